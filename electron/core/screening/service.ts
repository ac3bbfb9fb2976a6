import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { findInstrument, scoreScreening, type ScreeningAnswer } from '../../../shared/screening';
import { appendCaseEvent } from '../events';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getScreening, insertScreening, saveScreening, screeningsOf, type ScreeningRow } from './queries';

type Screening = OutputOf<'screening.start'>;

function toScreening(r: ScreeningRow): Screening {
  const instrument = findInstrument(r.instrument_id, r.instrument_version) ?? fail('INTERNAL');
  const answers = JSON.parse(r.answers) as Record<string, ScreeningAnswer>;
  const s = scoreScreening(instrument, answers);
  return {
    id: r.id,
    caseId: r.case_id,
    instrumentId: r.instrument_id,
    instrumentVersion: r.instrument_version,
    status: r.status,
    answers,
    score: s.score,
    maxScore: s.maxScore,
    band: s.band,
    declined: s.declined,
    unanswered: s.unanswered,
    screenedBy: r.screener,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    version: r.version,
  };
}

export function screeningList(ctx: Ctx, input: ParsedInputOf<'screening.list'>): OutputOf<'screening.list'> {
  const list = screeningsOf(ctx.db, input.caseId).map(toScreening);
  ctx.note(`case:${input.caseId}`, { screenings: list.length });
  return list;
}

export function screeningStart(ctx: Ctx, input: ParsedInputOf<'screening.start'>): OutputOf<'screening.start'> {
  const instrument = findInstrument(input.instrumentId) ?? fail('VALIDATION', 'Unknown screening instrument.', { fields: { instrumentId: 'unknown' } });
  const id = insertScreening(ctx.db, { caseId: input.caseId, instrumentId: instrument.id, version: instrument.version, by: ctx.session.staffId, now: ctx.nowIso });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'screening', event: 'screening.started', part: 'screening', params: { instrument: instrument.id }, ref: { type: 'screening', id } });
  ctx.note(`screening:${id}`, { caseId: input.caseId, instrument: instrument.id });
  return toScreening(getScreening(ctx.db, id)!);
}

/** Answers merge into what was saved, so a screening can be filled over several sittings. */
export function screeningAnswer(ctx: Ctx, input: ParsedInputOf<'screening.answer'>): OutputOf<'screening.answer'> {
  const r = getScreening(ctx.db, input.screeningId)!;
  if (r.status === 'complete') fail('CONFLICT', 'This screening is complete; start a new one to screen again.');
  const instrument = findInstrument(r.instrument_id, r.instrument_version)!;
  const known = new Set(instrument.questions.map((q) => q.id));
  const unknownIds = Object.keys(input.answers).filter((k) => !known.has(k));
  if (unknownIds.length) fail('VALIDATION', 'Unknown question.', { fields: Object.fromEntries(unknownIds.map((k) => [`answers.${k}`, 'unknown question'])) });
  return save(ctx, r, { ...(JSON.parse(r.answers) as Record<string, ScreeningAnswer>), ...input.answers }, input.version, false);
}

export function screeningComplete(ctx: Ctx, input: ParsedInputOf<'screening.complete'>): OutputOf<'screening.complete'> {
  const r = getScreening(ctx.db, input.screeningId)!;
  if (r.status === 'complete') fail('CONFLICT', 'This screening is already complete.');
  const out = save(ctx, r, JSON.parse(r.answers) as Record<string, ScreeningAnswer>, input.version, true);
  appendCaseEvent(ctx.db, { caseId: r.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'screening', event: 'screening.completed', part: 'screening', params: { instrument: r.instrument_id, band: out.band, score: out.score }, ref: { type: 'screening', id: r.id } });
  return out;
}

function save(ctx: Ctx, r: ScreeningRow, answers: Record<string, ScreeningAnswer>, version: number, complete: boolean): Screening {
  const s = scoreScreening(findInstrument(r.instrument_id, r.instrument_version)!, answers);
  if (!saveScreening(ctx.db, { id: r.id, version, answers: JSON.stringify(answers), score: s.score, band: s.band, complete, now: ctx.nowIso })) {
    fail('CONFLICT', undefined, { current: toScreening(getScreening(ctx.db, r.id)!) });
  }
  ctx.note(`screening:${r.id}`, { caseId: r.case_id, answered: s.answered, band: s.band });
  return toScreening(getScreening(ctx.db, r.id)!);
}
