import {
  DEFAULT_LEGAL_SETTINGS,
  RULES,
  computeCaseDeadlines,
  deadlineUrgency,
  pinsAfterEdit,
  type Deadline,
  type LegalSettings,
  type MatterFacts,
  type RuleTable,
  type Warning,
} from '../../../../shared/legal';
import type { Matter, MatterDetail } from '../../../../shared/legal/schemas';

/** The facts the engine reads, from a matter as the core returns it (detail: with its court dates and overrides). */
export function factsOf(m: Matter | MatterDetail): MatterFacts {
  const detail = 'overrides' in m ? m : null;
  return {
    id: m.id,
    type: m.type,
    jurisdiction: m.jurisdiction,
    status: m.status,
    principalMatterId: m.principalMatterId,
    baseMatterId: m.baseMatterId,
    filedOn: m.filedOn,
    approvedOn: m.approvedOn,
    admittedOn: m.admittedOn,
    signedOn: m.signedOn,
    eadCategory: m.eadCategory,
    courtDates: detail ? detail.courtDates.map((c) => ({ key: String(c.id), date: c.date, accompany: c.accompany })) : [],
    overrides: detail ? detail.overrides.map((o) => ({ key: o.key, date: o.date, by: o.by, reason: o.reason, noticeRef: o.noticeRef, recordedAt: o.recordedAt })) : [],
    ruleVersions: m.ruleVersions,
  };
}

export type DraftDates = Pick<MatterFacts, 'status' | 'filedOn' | 'approvedOn' | 'admittedOn' | 'signedOn' | 'eadCategory'>;

export interface Preview {
  deadlines: (Deadline & { urgency: ReturnType<typeof deadlineUrgency> })[];
  warnings: Warning[];
}

/**
 * What the core will store once the draft is saved: the same engine call over the case's matters with this
 * one's facts replaced (pins whose anchor date changed dropped, as the core does). Other matters come from
 * the case's list, which carries their facts but not their overrides: only this matter's dates are shown.
 */
export function previewDraft(detail: MatterDetail, draft: DraftDates, others: readonly Matter[], today: string, rules: RuleTable = RULES, settings: LegalSettings = DEFAULT_LEGAL_SETTINGS): Preview {
  const before = factsOf(detail);
  const edited: MatterFacts = { ...before, ...draft };
  edited.ruleVersions = pinsAfterEdit(before, edited, rules);
  const matters = [edited, ...others.filter((m) => m.id !== detail.id).map(factsOf)];
  const out = computeCaseDeadlines(matters, { today, rules, settings });
  return {
    deadlines: out.deadlines.filter((d) => d.matterId === detail.id).map((d) => ({ ...d, urgency: deadlineUrgency(d.date, today) })),
    warnings: out.warnings.filter((w) => w.matterId === detail.id),
  };
}
