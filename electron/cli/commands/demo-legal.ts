import { addDays, format } from 'date-fns';
import type { FictionalCaseLegal } from '../../../fiction/generator';
import type { MatterDetail } from '../../../shared/legal/schemas';
import type { CoreClient } from '../../core/host';
import { must } from './demo-common';

/** A calendar day `days` from today, as legal dates are written (the core's local day). */
const dayIn = (days: number) => format(addDays(new Date(), days), 'yyyy-MM-dd');

/** What the legal writer adds to the demo's counts. */
export interface LegalCounts {
  matters: number;
  courtDates: number;
  overrides: number;
  snoozed: number;
}

export /** One case's legal matters, written as its legal aide would, in the order a file is built up. */
async function writeLegal(core: CoreClient, caseId: number, plan: FictionalCaseLegal, counts: LegalCounts): Promise<void> {
  const made: MatterDetail[] = [];
  const day = (daysAgo: number | undefined) => (daysAgo === undefined ? undefined : dayIn(-daysAgo));
  for (const m of plan.matters) {
    let d = must<MatterDetail>(
      await core.request('legal.matters.create', {
        caseId,
        type: m.type,
        jurisdiction: m.jurisdiction,
        // A closed proceeding is entered open, then closed once its outcome is recorded.
        status: m.status === 'closed' ? 'filed' : m.status,
        ...(m.principal !== undefined ? { principalMatterId: made[m.principal]!.id } : {}),
        ...(m.base !== undefined ? { baseMatterId: made[m.base]!.id } : {}),
        receiptNumber: m.receiptNumber,
        noticeNumber: m.noticeNumber,
        filedOn: day(m.filedDaysAgo),
        approvedOn: day(m.approvedDaysAgo),
        admittedOn: day(m.admittedDaysAgo),
        signedOn: day(m.signedDaysAgo),
        ...(m.eadCategory ? { eadCategory: m.eadCategory } : {}),
        ...(m.lawEnforcementContact ? { lawEnforcementContact: m.lawEnforcementContact } : {}),
      }),
      `legal matter ${m.type}`,
    );
    counts.matters++;
    if (m.proceeding) {
      const { outcomeDaysAgo, ...p } = m.proceeding;
      d = must<MatterDetail>(await core.request('legal.proceedings.update', { matterId: d.id, version: d.version, ...p, outcomeOn: day(outcomeDaysAgo) ?? null }), 'proceeding');
    }
    for (const cd of m.courtDates) {
      d = must<MatterDetail>(
        await core.request('legal.courtDates.add', { matterId: d.id, version: d.version, date: dayIn(cd.inDays), time: cd.time, purpose: cd.purpose, location: cd.location, accompany: cd.accompany }),
        'court date',
      );
      counts.courtDates++;
    }
    const o = m.override;
    const key = o && d.deadlines.find((x) => x.kind === o.kind)?.key;
    if (o && key) {
      d = must<MatterDetail>(await core.request('legal.overrides.set', { matterId: d.id, version: d.version, key, date: dayIn(o.inDays), reason: o.reason, noticeRef: o.noticeRef }), 'override');
      counts.overrides++;
    }
    if (m.status === 'closed') d = must<MatterDetail>(await core.request('legal.matters.close', { matterId: d.id, version: d.version, status: 'closed' }), 'close');
    made.push(d);
  }
  // Past tasks were done on time, except on a few cases (Today shows them overdue); then the snoozes.
  const today = dayIn(0);
  const tasks = must<MatterDetail['tasks']>(await core.request('legal.tasks.list', { caseId, includeDone: false }), 'tasks');
  if (!plan.leaveOverdue)
    for (const t of tasks.filter((x) => x.dueOn !== null && x.dueOn < today)) must(await core.request('legal.tasks.complete', { legalTaskId: t.id, version: t.version }), 'task done');
  for (const [i, m] of plan.matters.entries()) {
    const sz = m.snooze;
    const t = sz && tasks.find((x) => x.matterId === made[i]!.id && x.kind === sz.kind);
    if (!sz || !t || t.dueOn === null || t.dueOn <= dayIn(1)) continue;
    const until = dayIn(sz.days) < t.dueOn ? dayIn(sz.days) : t.dueOn;
    must(await core.request('legal.tasks.snooze', { legalTaskId: t.id, version: t.version, until, reason: sz.reason }), 'snooze');
    counts.snoozed++;
  }
}

