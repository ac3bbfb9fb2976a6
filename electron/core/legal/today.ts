import type { TodayItem } from '../../../shared/referrals/schemas';
import { registerTodayProvider } from '../today/registry';
import { todayOf } from './compute';
import { legalReach } from './overrides';
import { accompanyDatesAcross, dueDeadlines } from './across/queries';
import { plusDays } from './tasks';

/**
 * Today's legal section (issue 12), role-aware by the case parts alone:
 * - a legal aide ('legal' part): overdue and due-soon deadlines (7 days, DOMAIN.md's Primero anchor) of open
 *   matters, court dates of the week among them, tasks neither done nor snoozed; reminders go to notifications;
 * - a caseworker ('legal.summary' part, not 'legal'): court dates of the week the survivor must be accompanied
 *   to, date and time only;
 * - a mentor or an admin: nothing (neither part).
 * Both queries start from the reader's own cases (legal_deadline_due, legal_court_date_accompany).
 */
const SOON_DAYS = 7;
const LIMIT = 100;

registerTodayProvider({
  name: 'legal',
  items: (ctx) => {
    const today = todayOf(ctx);
    const to = plusDays(today, SOON_DAYS);
    const me = ctx.session.staffId;
    const legal = legalReach(ctx, 'legal');
    const items: TodayItem[] = dueDeadlines(ctx.db, legal, { to, excludeKinds: ['reminder'], includeDone: false, notSnoozedOn: today, limit: LIMIT }).map((d) => {
      const flags = JSON.parse(d.flags) as string[];
      return {
        kind: d.kind === 'court_date' ? 'legal.court_date' : 'legal.deadline',
        at: d.date!,
        overdue: d.date! < today,
        caseId: d.case_id,
        caseNumber: d.case_number,
        ref: { type: 'legal_matter', id: d.matter_id },
        params: {
          deadline: d.kind,
          matterType: d.matter_type,
          noMaintainedStatus: flags.includes('no_maintained_status') ? 1 : 0,
          accompany: flags.includes('accompany_survivor') ? 1 : 0,
          mine: d.owner_id === me ? 1 : 0,
        },
      };
    });
    // Cases where the reader holds the summary but not the matters themselves (a caseworker's).
    const legalCases = new Set(legal.glass);
    const summary = legalReach(ctx, 'legal.summary');
    const cw = { ...summary, roles: summary.roles.filter((r) => !legal.roles.includes(r)), glass: summary.glass.filter((id) => !legalCases.has(id)) };
    for (const c of accompanyDatesAcross(ctx.db, cw, today, to))
      items.push({ kind: 'legal.accompany_court_date', at: c.date, overdue: false, caseId: c.case_id, caseNumber: c.case_number, ref: { type: 'case', id: c.case_id }, params: { time: c.time } });
    return items;
  },
});
