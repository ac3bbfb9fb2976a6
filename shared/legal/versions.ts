import type { IsoDate } from './dates';
import { computeCaseDeadlines } from './engine/index';
import type { EngineContext } from './engine/types';
import type { MatterFacts } from './matter';
import type { Rule, RuleTable } from './rules/rule';

export interface DeadlineChange {
  key: string;
  kind: string;
  before: IsoDate | null | 'absent';
  after: IsoDate | null | 'absent';
}
export interface MatterChange {
  matterId: number;
  changes: DeadlineChange[];
}

/**
 * What a new rule version WOULD change, before anyone applies it. Every matter keeps the version it was
 * computed under (its pin); this compares each case as it stands with the same case where the candidate's
 * rule is re-resolved under the table plus the candidate (so it reaches only matters whose anchor date
 * falls on or after the candidate's effective date). Only effective dates are compared: a reminder moving
 * with its parent shows up too, since staff see reminders. Matters of different cases never interact, so
 * pass cases separately.
 */
export function previewRuleVersion(cases: readonly (readonly MatterFacts[])[], candidate: Rule, ctx: EngineContext): MatterChange[] {
  const next: EngineContext = { ...ctx, rules: [...ctx.rules, candidate] };
  const result: MatterChange[] = [];
  for (const matters of cases) {
    const before = dated(computeCaseDeadlines(matters, ctx).deadlines);
    const unpinned = matters.map((m) => adoptRuleVersion(m, candidate.id, null));
    const after = dated(computeCaseDeadlines(unpinned, next).deadlines);
    for (const m of matters) {
      const changes: DeadlineChange[] = [];
      for (const key of new Set([...before.keys(), ...after.keys()])) {
        const b = before.get(key);
        const a = after.get(key);
        if ((b?.matterId ?? a?.matterId) !== m.id) continue;
        const bd = b ? b.date : 'absent';
        const ad = a ? a.date : 'absent';
        const kind = b?.kind ?? a?.kind ?? '';
        if (bd !== ad) changes.push({ key, kind, before: bd, after: ad });
      }
      if (changes.length) result.push({ matterId: m.id, changes: changes.sort((x, y) => x.key.localeCompare(y.key)) });
    }
  }
  return result;
}

function dated(ds: readonly { key: string; matterId: number; kind: string; date: IsoDate | null }[]) {
  return new Map(ds.map((d) => [d.key, d]));
}

/**
 * The matter with its pin for `ruleId` moved to `version` (null: drop the pin, so the next computation takes
 * the version in force). The core calls this when staff adopt a previewed version, then stores the new pins.
 */
export function adoptRuleVersion(m: MatterFacts, ruleId: string, version: number | null): MatterFacts {
  const ruleVersions = { ...m.ruleVersions };
  if (version === null) delete ruleVersions[ruleId];
  else ruleVersions[ruleId] = version;
  return { ...m, ruleVersions };
}

const OWN_ANCHORS = ['approvedOn', 'filedOn', 'admittedOn', 'signedOn'] as const;
type OwnAnchor = (typeof OWN_ANCHORS)[number];
const isOwnAnchor = (a: string | undefined): a is OwnAnchor => (OWN_ANCHORS as readonly string[]).includes(a ?? '');

/**
 * The pins to keep when staff edit a matter's facts: a pin whose anchor date changed (a typo in the approval
 * date corrected) is dropped, because the version was chosen for a date that no longer holds. The core calls
 * this on every update before storing; the next computation re-pins. Anchors on another matter (an EAD's
 * renewal, a BFD's I-914) are the core's to watch.
 */
export function pinsAfterEdit(before: MatterFacts, after: MatterFacts, table: RuleTable): MatterFacts['ruleVersions'] {
  const kept: MatterFacts['ruleVersions'] = {};
  for (const [ruleId, version] of Object.entries(after.ruleVersions)) {
    const anchor = table.find((r) => r.id === ruleId)?.anchor;
    if (isOwnAnchor(anchor) && before[anchor] !== after[anchor]) continue;
    kept[ruleId] = version;
  }
  return kept;
}
