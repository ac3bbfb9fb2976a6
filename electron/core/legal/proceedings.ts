import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { changeMatter, isProceeding, legalEvent, matterDetail, matterOf } from './service';
import { MAX_COURT_DATES } from '../../../shared/legal/matter';
import { courtDateCount, courtDateRow, deleteCourtDate, insertCourtDate, proceedingOf, updateCourtDate, updateProceeding, type CourtDateRow, type MatterRow, type ProceedingRow } from './queries';

/**
 * Proceedings (criminal, civil, family) in which the survivor is a victim-witness: court, charges, the
 * victim-impact statement, outcome, sentence, restitution, and court dates. Every change bumps the matter's
 * version (one optimistic lock for the whole matter page) and recomputes the case's deadlines.
 */

const invalid = (field: string, message: string): never => fail('VALIDATION', undefined, { fields: { [field]: message } });

function proceedingMatter(ctx: Ctx, matterId: number): MatterRow {
  const m = matterOf(ctx, matterId);
  if (!isProceeding(m.type)) invalid('matterId', 'Only a proceeding has this.');
  return m;
}

export function proceedingsUpdate(ctx: Ctx, input: ParsedInputOf<'legal.proceedings.update'>): OutputOf<'legal.proceedings.update'> {
  const m = proceedingMatter(ctx, input.matterId);
  const before = proceedingOf(ctx.db, m.id) ?? fail('INTERNAL');
  const set: Partial<Omit<ProceedingRow, 'matter_id'>> = {};
  const str = (v: string | null | undefined) => (v === undefined ? undefined : v || null);
  const put = <K extends keyof typeof set>(k: K, v: (typeof set)[K] | undefined) => {
    if (v !== undefined) set[k] = v;
  };
  put('court', str(input.court));
  put('docket_number', str(input.docketNumber));
  put('charges', str(input.charges));
  put('victim_impact_status', input.victimImpactStatus);
  put('victim_impact_on', input.victimImpactOn);
  put('victim_impact_notes', str(input.victimImpactNotes));
  put('outcome', input.outcome);
  put('outcome_on', input.outcomeOn);
  put('sentence', str(input.sentence));
  put('restitution', str(input.restitution));
  const outcome = set.outcome !== undefined ? set.outcome : before.outcome;
  const outcomeOn = set.outcome_on !== undefined ? set.outcome_on : before.outcome_on;
  if (outcome === null && outcomeOn !== null) invalid('outcomeOn', 'A date is for an outcome.');
  if (m.type !== 'proceeding_criminal' && (set.sentence || set.outcome === 'conviction' || set.outcome === 'plea'))
    invalid('outcome', 'Convictions, pleas and sentences belong to criminal proceedings.');
  updateProceeding(ctx.db, m.id, set);
  const next = changeMatter(ctx, m, input.version, {});
  if (set.outcome && set.outcome !== before.outcome) legalEvent(ctx, next, 'legal.outcome_recorded', { outcome: set.outcome, on: outcomeOn });
  ctx.note(`case:${m.case_id}`, { matter: m.id, fields: Object.keys(set).length });
  return matterDetail(ctx, m.id);
}

function courtDateOf(ctx: Ctx, m: MatterRow, id: number): CourtDateRow {
  const c = courtDateRow(ctx.db, id);
  if (!c || c.matter_id !== m.id) fail('NOT_FOUND');
  return c!;
}

/** A court date the survivor must be accompanied to is the one legal event a caseworker's timeline shows (date only). */
function courtEvent(ctx: Ctx, m: MatterRow, date: string, accompany: boolean): void {
  if (accompany) legalEvent(ctx, m, 'legal.accompany_court_date', { date });
  else legalEvent(ctx, m, 'legal.court_date_added', { type: m.type, date });
}

export function courtDatesAdd(ctx: Ctx, input: ParsedInputOf<'legal.courtDates.add'>): OutputOf<'legal.courtDates.add'> {
  const m = proceedingMatter(ctx, input.matterId);
  // The engine's facts hold at most this many per matter; past it every recomputation of the case would fail.
  if (courtDateCount(ctx.db, m.id) >= MAX_COURT_DATES) invalid('date', `A proceeding holds at most ${MAX_COURT_DATES} court dates; remove past ones first.`);
  const id = insertCourtDate(ctx.db, {
    matter_id: m.id,
    case_id: m.case_id,
    date: input.date,
    time: input.time ?? null,
    purpose: input.purpose || null,
    location: input.location || null,
    accompany: input.accompany ? 1 : 0,
    created_by: ctx.session.staffId,
    created_at: ctx.nowIso,
  });
  const next = changeMatter(ctx, m, input.version, {});
  courtEvent(ctx, next, input.date, input.accompany);
  ctx.note(`case:${m.case_id}`, { matter: m.id, courtDate: id, accompany: input.accompany ? 1 : 0 });
  return matterDetail(ctx, m.id);
}

export function courtDatesUpdate(ctx: Ctx, input: ParsedInputOf<'legal.courtDates.update'>): OutputOf<'legal.courtDates.update'> {
  const m = proceedingMatter(ctx, input.matterId);
  const c = courtDateOf(ctx, m, input.courtDateId);
  const set: Parameters<typeof updateCourtDate>[2] = {};
  if (input.date !== undefined) set.date = input.date;
  if (input.time !== undefined) set.time = input.time;
  if (input.purpose !== undefined) set.purpose = input.purpose || null;
  if (input.location !== undefined) set.location = input.location || null;
  if (input.accompany !== undefined) set.accompany = input.accompany ? 1 : 0;
  updateCourtDate(ctx.db, c.id, set);
  const next = changeMatter(ctx, m, input.version, {});
  const date = set.date ?? c.date;
  const accompany = (set.accompany ?? c.accompany) === 1;
  if (date !== c.date || accompany !== (c.accompany === 1)) courtEvent(ctx, next, date, accompany);
  ctx.note(`case:${m.case_id}`, { matter: m.id, courtDate: c.id });
  return matterDetail(ctx, m.id);
}

export function courtDatesRemove(ctx: Ctx, input: ParsedInputOf<'legal.courtDates.remove'>): OutputOf<'legal.courtDates.remove'> {
  const m = proceedingMatter(ctx, input.matterId);
  const c = courtDateOf(ctx, m, input.courtDateId);
  deleteCourtDate(ctx.db, c.id);
  changeMatter(ctx, m, input.version, {});
  ctx.note(`case:${m.case_id}`, { matter: m.id, courtDate: c.id, removed: 1 });
  return matterDetail(ctx, m.id);
}
