import { daysBefore } from '../dates';
import type { MatterFacts } from '../matter';
import type { Case } from './case';
import { ruleRef } from './emit';

/** Each court date, and preparation dates at the centre's offsets before it (the effective date, if rescheduled by override). */
export function emitCourtDates(c: Case, m: MatterFacts): void {
  const em = c.em;
  const rule = em.rule(m, 'court_preparation', null);
  const ref = ruleRef(rule, 'court_preparation');
  for (const cd of m.courtDates) {
    const court = em.date(m, 'court_date', cd.date, ref, cd.accompany ? ['accompany_survivor'] : [], `:${cd.key}`);
    if (!court.date) continue;
    for (const n of em.ctx.settings.courtPreparationDays)
      em.date(m, 'court_preparation', daysBefore(court.date, n), ref, court.flags, `:${cd.key}-${n}d`, { key: court.key, offsetDays: n });
  }
}
