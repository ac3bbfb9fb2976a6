import { dayAfter, isBeforeDay, lastDayOfTerm, termCompletedOn } from '../dates';
import type { IsoDate } from '../dates';
import type { MatterFacts } from '../matter';
import { DERIVATIVE_OF } from '../vocab';
import type { AdjustmentWindow, Case, StatusTimeline } from './case';

const isT = (m: MatterFacts) => m.type === 'us_t_i914_principal' || m.type === 'us_t_i914_derivative';
const EXTENDS_NOTHING = new Set(['rejected', 'denied', 'withdrawn']); // DOMAIN.md: "a rejected or late one extends nothing"

/** Caps a computed date at the principal's end: DOMAIN.md "derivatives never past the principal's end date". */
function cap(date: IsoDate | null, principalEnd: IsoDate | null): { date: IsoDate | null; capped: boolean } {
  if (date === null || principalEnd === null || !isBeforeDay(principalEnd, date)) return { date, capped: false };
  return { date: principalEnd, capped: true };
}

/**
 * T or U status: own term from approval, cut to the principal's end for a derivative, then each approved
 * T extension in filing order, each starting the day after the previous end. Overrides (the notice) win at
 * every step and everything after follows them. Only COMPUTED dates are capped: a notice is what USCIS printed.
 */
export function timeline(c: Case, m: MatterFacts): StatusTimeline {
  const memo = c.timelines.get(m.id);
  if (memo) return memo;
  const principal = DERIVATIVE_OF[m.type] ? c.get(m.principalMatterId) : null;
  if (DERIVATIVE_OF[m.type] && !principal) c.em.warn(m, 'principal_missing');
  const principalEnd = principal ? timeline(c, principal).end : null;

  const ruleId = isT(m) ? 'us_t_status_validity' : 'us_u_status_validity';
  const rule = c.em.rule(m, ruleId, m.approvedOn);
  if (m.approvedOn && !rule) c.em.warn(m, 'no_rule_version_for_date', ruleId);
  const term = rule?.params.term;
  const own0 = m.approvedOn && term ? lastDayOfTerm(m.approvedOn, term) : null;
  const { date: ownComputed, capped } = cap(own0, principalEnd);
  const own = c.em.overrideDate(m, `${m.id}:status_expiry`) ?? ownComputed;

  let end = own;
  const extensions: StatusTimeline['extensions'] = [];
  if (isT(m)) {
    for (const ext of c.children(m, 'us_t_extension')) {
      const rule = c.em.rule(ext, 'us_t_extension', ext.filedOn);
      const fileBy = end;
      let computed: IsoDate | null = null;
      let extCapped = false;
      if (ext.status === 'approved' && end && rule?.params.term) {
        ({ date: computed, capped: extCapped } = cap(lastDayOfTerm(dayAfter(end), rule.params.term), principalEnd));
      }
      const extEnd = ext.status === 'approved' ? (c.em.overrideDate(ext, `${ext.id}:status_expiry`) ?? computed) : null;
      extensions.push({ ext, rule, fileBy, computed, capped: extCapped, end: extEnd });
      if (extEnd) end = extEnd;
    }
  }
  const t: StatusTimeline = { rule, ownComputed, capped, own, extensions, end };
  c.timelines.set(m.id, t);
  return t;
}

/** The I-485 (T) or adjustment (U) window of a status matter; see rules us_t_adjustment_window / us_u_adjustment_window. */
export function adjustmentWindow(c: Case, m: MatterFacts): AdjustmentWindow {
  const memo = c.windows.get(m.id);
  if (memo) return memo;
  const ruleId = isT(m) ? 'us_t_adjustment_window' : 'us_u_adjustment_window';
  const rule = c.em.rule(m, ruleId, m.admittedOn);
  let openedComputed: IsoDate | null = m.admittedOn && rule?.params.term ? termCompletedOn(m.admittedOn, rule.params.term) : null;
  const principal = m.type === 'us_t_i914_derivative' ? c.get(m.principalMatterId) : null;
  if (m.type === 'us_t_i914_derivative') {
    // DOMAIN.md: "derivatives file with or after the principal": the window opens with the principal's filing,
    // or the principal's window while the principal has not filed. No 3 years of the derivative's own are stated.
    const p = principal ? adjustmentWindow(c, principal) : null;
    openedComputed = (principal ? pendingAdjustment(c, principal)?.filedOn : null) ?? p?.opens ?? null;
  }
  const opens = c.em.overrideDate(m, `${m.id}:adjustment_window_opens`) ?? openedComputed;
  const closes = c.em.overrideDate(m, `${m.id}:adjustment_window_closes`) ?? timeline(c, m).end;
  const w: AdjustmentWindow = { opens, openedComputed, rule, closes };
  c.windows.set(m.id, w);
  return w;
}

/** The I-485 that extends a T status: filed inside the window and not rejected, denied or withdrawn. */
export function pendingAdjustment(c: Case, m: MatterFacts): MatterFacts | null {
  if (!isT(m)) return null;
  const w = c.windows.get(m.id) ?? adjustmentWindow(c, m);
  for (const a of c.children(m, 'us_t_adjustment_i485')) {
    if (!a.filedOn || EXTENDS_NOTHING.has(a.status)) continue;
    if (w.opens && w.closes && !isBeforeDay(a.filedOn, w.opens) && !isBeforeDay(w.closes, a.filedOn)) return a;
  }
  return null;
}
