import type { MatterFacts } from '../matter';
import type { MatterType } from '../vocab';
import { emitCourtDates } from './court';
import { Case } from './case';
import { emitPermit, emitTrp } from './ca';
import { emitBonaFide, emitContinuedPresence, emitEad } from './us-other';
import { emitAdjustment, emitExtension, emitStatus, emitTSupplementB, emitUSupplementB } from './us-status';
import type { CaseDeadlines, Deadline, EngineContext } from './types';

const EMITTERS: Record<MatterType, (c: Case, m: MatterFacts) => void> = {
  us_t_i914_principal: emitStatus,
  us_t_i914_derivative: emitStatus,
  us_t_i914_supplement_b: emitTSupplementB,
  us_t_bona_fide_determination: emitBonaFide,
  us_t_extension: emitExtension,
  us_t_adjustment_i485: emitAdjustment,
  us_u_i918_principal: emitStatus,
  us_u_i918_derivative: emitStatus,
  us_u_i918_supplement_b: emitUSupplementB,
  us_continued_presence: emitContinuedPresence,
  us_ead: emitEad,
  ca_vtip_trp_initial: emitTrp,
  ca_vtip_trp_subsequent: emitTrp,
  ca_work_permit: emitPermit,
  ca_study_permit: emitPermit,
  proceeding_criminal: emitCourtDates,
  proceeding_civil: emitCourtDates,
  proceeding_family: emitCourtDates,
};

/**
 * Every deadline of one case's legal matters. Pure: same matters, rules, settings and today give the same
 * result, so the UI's preview is exactly what the core stores. Matters are parsed facts (matterFactsSchema).
 * Whole case at once because derivatives, extensions, I-485s and renewals read the matter they belong to.
 * Closed, withdrawn or denied matters still compute: the timeline shows their past dates.
 */
export function computeCaseDeadlines(matters: readonly MatterFacts[], ctx: EngineContext): CaseDeadlines {
  const c = new Case(matters, ctx);
  for (const m of matters) EMITTERS[m.type](c, m);
  c.em.checkOverrides(matters);
  const out = c.em.out;
  out.deadlines.sort(byDateThenKey);
  return out;
}

/** Undated (needs the notice) first, then by date: what needs doing first is on top. */
function byDateThenKey(a: Deadline, b: Deadline): number {
  if (a.date === b.date) return a.key.localeCompare(b.key);
  if (a.date === null) return -1;
  if (b.date === null) return 1;
  return a.date.localeCompare(b.date);
}

export type { CaseDeadlines, Deadline, EngineContext, Warning } from './types';
