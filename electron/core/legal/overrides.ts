import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { adoptRuleVersion, computeCaseDeadlines, RULES, resolveRule, type MatterFacts } from '../../../shared/legal';
import type { MatterType } from '../../../shared/legal/vocab';
import { glassWith, rolesWith, visibility } from '../cases/visibility';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { caseFacts, engineContext, todayOf } from './compute';
import { changeMatter, legalEvent, matterDetail, matterOf } from './service';
import { reachCaseIdsWithRule, type Reach } from './across/queries';
import { deadlinesOfCase, deleteOverride, mattersOfCase, upsertOverride } from './queries';

/**
 * Overrides (the notice's date wins, who and why kept) and rule versions (a matter keeps the version it was
 * computed under until staff preview and adopt another).
 */

const invalid = (field: string, message: string): never => fail('VALIDATION', undefined, { fields: { [field]: message } });

export function overridesSet(ctx: Ctx, input: ParsedInputOf<'legal.overrides.set'>): OutputOf<'legal.overrides.set'> {
  const m = matterOf(ctx, input.matterId);
  // Only a deadline the engine produced for this matter: a typo'd key would sit unused (the engine warns, but refusing is kinder).
  const d = deadlinesOfCase(ctx.db, m.case_id).find((x) => x.key === input.key && x.matter_id === m.id);
  if (!d) invalid('key', 'This matter has no such deadline.');
  if (d!.kind === 'reminder') invalid('key', 'Reminders follow their deadline; override the deadline.');
  upsertOverride(ctx.db, {
    key: input.key,
    matter_id: m.id,
    case_id: m.case_id,
    date: input.date,
    by_id: ctx.session.staffId,
    reason: input.reason,
    notice_ref: input.noticeRef || null,
    recorded_at: ctx.nowIso,
  });
  const next = changeMatter(ctx, m, input.version, {});
  legalEvent(ctx, next, 'legal.override_set', { type: next.type, kind: d!.kind, date: input.date });
  ctx.note(`case:${m.case_id}`, { matter: m.id });
  return matterDetail(ctx, m.id);
}

export function overridesClear(ctx: Ctx, input: ParsedInputOf<'legal.overrides.clear'>): OutputOf<'legal.overrides.clear'> {
  const m = matterOf(ctx, input.matterId);
  if (!deleteOverride(ctx.db, m.id, input.key)) fail('NOT_FOUND');
  const kind = deadlinesOfCase(ctx.db, m.case_id).find((x) => x.key === input.key)?.kind ?? null;
  const next = changeMatter(ctx, m, input.version, {});
  legalEvent(ctx, next, 'legal.override_cleared', { type: next.type, kind });
  ctx.note(`case:${m.case_id}`, { matter: m.id });
  return matterDetail(ctx, m.id);
}

// --- rules --------------------------------------------------------------------------------------------------

export function rulesList(ctx: Ctx): OutputOf<'legal.rules.list'> {
  const today = todayOf(ctx);
  return RULES.map((r) => ({ ...r, inForce: resolveRule(RULES, r.id, today)?.version === r.version }));
}

function checkRule(ruleId: string, version: number | null): void {
  if (!RULES.some((r) => r.id === ruleId)) invalid('ruleId', 'No such rule.');
  if (version !== null && !RULES.some((r) => r.id === ruleId && r.version === version)) invalid('ruleVersion', 'No such version of this rule.');
}

type Change = OutputOf<'legal.rules.preview'>['changes'][number];

/** Date-by-date difference of a case before and after one matter's pin moves (other matters of the case may follow). */
function diff(ctx: Ctx, facts: MatterFacts[], matterId: number, ruleId: string, version: number | null): Change[] {
  const ectx = engineContext(ctx);
  const before = new Map(computeCaseDeadlines(facts, ectx).deadlines.map((d) => [d.key, d]));
  const after = new Map(computeCaseDeadlines(facts.map((m) => (m.id === matterId ? adoptRuleVersion(m, ruleId, version) : m)), ectx).deadlines.map((d) => [d.key, d]));
  const changes: Change[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    const bd = b ? b.date : 'absent';
    const ad = a ? a.date : 'absent';
    if (bd !== ad) changes.push({ key, kind: (b ?? a)!.kind, before: bd, after: ad });
  }
  return changes.sort((x, y) => x.key.localeCompare(y.key));
}

export function rulesPreview(ctx: Ctx, input: ParsedInputOf<'legal.rules.preview'>): OutputOf<'legal.rules.preview'> {
  checkRule(input.ruleId, input.ruleVersion);
  const m = matterOf(ctx, input.matterId);
  const facts = caseFacts(ctx.db, m.case_id);
  const from = facts.find((f) => f.id === m.id)!.ruleVersions[input.ruleId] ?? null;
  ctx.note(`case:${m.case_id}`, { matter: m.id, version: input.ruleVersion ?? 0 });
  return { matterId: m.id, ruleId: input.ruleId, fromVersion: from, toVersion: input.ruleVersion, changes: diff(ctx, facts, m.id, input.ruleId, input.ruleVersion) };
}

export function rulesAdopt(ctx: Ctx, input: ParsedInputOf<'legal.rules.adopt'>): OutputOf<'legal.rules.adopt'> {
  checkRule(input.ruleId, input.ruleVersion);
  const m = matterOf(ctx, input.matterId);
  const pins = JSON.parse(m.rule_versions) as Record<string, number>;
  const from = pins[input.ruleId] ?? null;
  if (input.ruleVersion === null) delete pins[input.ruleId];
  else pins[input.ruleId] = input.ruleVersion;
  const next = changeMatter(ctx, m, input.version, { rule_versions: JSON.stringify(pins) });
  legalEvent(ctx, next, 'legal.rule_adopted', { rule: input.ruleId, from, to: input.ruleVersion });
  ctx.note(`case:${m.case_id}`, { matter: m.id, from: from ?? 0, to: input.ruleVersion ?? 0 });
  return matterDetail(ctx, m.id);
}

/** The reader's reach as a legal aide: the cases whose 'legal' part they hold (assigned in a held role, or by break-the-glass). */
export function legalReach(ctx: Ctx, part: 'legal' | 'legal.summary' = 'legal'): Reach {
  const v = visibility(ctx);
  return { staffId: v.staffId, roles: rolesWith(v, part), glass: glassWith(v, part) };
}

/** Every matter on the reader's cases that a rule version would change if adopted: the preview before anything is applied. */
export function rulesImpact(ctx: Ctx, input: ParsedInputOf<'legal.rules.impact'>): OutputOf<'legal.rules.impact'> {
  checkRule(input.ruleId, input.ruleVersion);
  const out: OutputOf<'legal.rules.impact'> = [];
  for (const caseId of reachCaseIdsWithRule(ctx.db, legalReach(ctx), input.ruleId)) {
    const rows = mattersOfCase(ctx.db, caseId);
    const facts = caseFacts(ctx.db, caseId, rows);
    for (const m of facts) {
      const from = m.ruleVersions[input.ruleId] ?? null;
      if (from === input.ruleVersion) continue;
      const changes = diff(ctx, facts, m.id, input.ruleId, input.ruleVersion);
      if (changes.length) out.push({ caseId, caseNumber: rows[0]!.case_number, matterId: m.id, matterType: m.type as MatterType, fromVersion: from, changes });
    }
  }
  ctx.note(null, { version: input.ruleVersion, matters: out.length });
  return out;
}
