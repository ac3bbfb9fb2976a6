import type { IsoDate } from '../dates';
import { CA_RULES } from './ca';
import { COURT_RULES } from './court';
import type { Rule, RuleTable } from './rule';
import { US_RULES } from './us';

/** The rule table the app ships. A new version is appended here (or handed to previewRuleVersion first). */
export const RULES: RuleTable = [...US_RULES, ...CA_RULES, ...COURT_RULES];

export type RuleId = string;

/**
 * The version a matter uses: the pinned one if it was computed before (a matter computed under N keeps N),
 * otherwise the highest version in force on the anchor date. `null` when the anchor precedes every version:
 * the engine then computes nothing from this rule and asks for the date on the notice.
 * A pin is not honoured for an anchor date before that version took effect: a pin keeps a reading stable,
 * it never applies a law to dates it does not cover (e.g. a TRP issued before 4 Feb 2025 under the 12 months).
 */
export function resolveRule(table: RuleTable, id: RuleId, anchor: IsoDate, pinned?: number): Rule | null {
  const versions = table.filter((r) => r.id === id);
  if (versions.length === 0) throw new RangeError(`No rule ${id} in the table.`);
  if (pinned !== undefined) {
    const kept = versions.find((r) => r.version === pinned);
    if (kept && kept.effectiveFrom <= anchor) return kept;
  }
  let best: Rule | null = null;
  for (const r of versions) if (r.effectiveFrom <= anchor && (!best || r.version > best.version)) best = r;
  return best;
}

/** Table invariants, checked by the tests: one record per id+version, versions rise with their effective dates. */
export function tableProblems(table: RuleTable): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of table) {
    const k = `${r.id}@${r.version}`;
    if (seen.has(k)) problems.push(`${k} twice`);
    seen.add(k);
  }
  for (const id of new Set(table.map((r) => r.id))) {
    const vs = table.filter((r) => r.id === id).sort((a, b) => a.version - b.version);
    vs.forEach((r, i) => {
      if (r.version !== i + 1) problems.push(`${id}: versions must be 1..n`);
      const prev = vs[i - 1];
      if (prev && prev.effectiveFrom > r.effectiveFrom) problems.push(`${id}@${r.version} effective before @${prev.version}`);
    });
  }
  return problems;
}
