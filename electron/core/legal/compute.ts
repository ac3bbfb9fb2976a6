import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import {
  DEFAULT_LEGAL_SETTINGS,
  RULES,
  computeCaseDeadlines,
  deadlineUrgency,
  legalSettingsSchema,
  matterFactsSchema,
  type CaseDeadlines,
  type EngineContext,
  type LegalSettings,
  type MatterFacts,
} from '../../../shared/legal';
import { inYearRange, MAX_YEAR, MIN_YEAR } from '../../../shared/legal/dates';
import type { MatterStatus } from '../../../shared/legal/vocab';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { centreZone } from '../sessions/centre';
import type { Db } from '../store/connection';
import { courtDatesOfCase, legalSettingsRow, mattersOfCase, overridesOfCase, setMatterComputed, storeDeadlines, type MatterRow } from './queries';

/**
 * The bridge between stored rows and the pure engine (shared/legal): facts in, deadlines out, stored in the
 * request's transaction. The UI previews with the same computeCaseDeadlines on the same facts, so what it
 * shows is what is stored.
 */

/** A matter is due-tracked while it is being prepared, pending or granted. */
export const OPEN_STATUSES: readonly MatterStatus[] = ['preparing', 'filed', 'approved'];
export const isOpen = (status: string): boolean => (OPEN_STATUSES as readonly string[]).includes(status);

/**
 * The centre's calendar day. Deadlines are calendar dates in no time zone; which of them is due "today" is
 * decided on the centre's day, in the centre's time zone (calendar settings, issue 13), not the
 * workstation's: a laptop set to UTC must not call a deadline overdue at 19:00 in Los Angeles.
 */
export const todayOf = (ctx: Ctx): string => format(new TZDate(ctx.now.getTime(), centreZone(ctx)), 'yyyy-MM-dd');

export function legalSettings(db: Db): { settings: LegalSettings; version: number } {
  const row = legalSettingsRow(db);
  if (!row) return { settings: DEFAULT_LEGAL_SETTINGS, version: 1 };
  return { settings: legalSettingsSchema.parse(JSON.parse(row.data)), version: row.version };
}

export const engineContext = (ctx: Ctx): EngineContext => ({ today: todayOf(ctx), rules: RULES, settings: legalSettings(ctx.db).settings });

/** One case's matters as the engine's facts, court dates and overrides included. */
export function caseFacts(db: Db, caseId: number, rows: MatterRow[] = mattersOfCase(db, caseId)): MatterFacts[] {
  const courts = courtDatesOfCase(db, caseId);
  const overrides = overridesOfCase(db, caseId);
  return rows.map((m) =>
    matterFactsSchema.parse({
      id: m.id,
      type: m.type,
      jurisdiction: m.jurisdiction,
      status: m.status,
      principalMatterId: m.principal_matter_id,
      baseMatterId: m.base_matter_id,
      filedOn: m.filed_on,
      approvedOn: m.approved_on,
      admittedOn: m.admitted_on,
      signedOn: m.signed_on,
      eadCategory: m.ead_category,
      courtDates: courts.filter((c) => c.matter_id === m.id).map((c) => ({ key: String(c.id), date: c.date, accompany: c.accompany === 1 })),
      overrides: overrides
        .filter((o) => o.matter_id === m.id)
        .map((o) => ({ key: o.key, date: o.date, by: o.by_id, reason: o.reason, noticeRef: o.notice_ref, recordedAt: o.recorded_at })),
      ruleVersions: JSON.parse(m.rule_versions) as Record<string, number>,
    }),
  );
}

/**
 * Recomputes and stores every deadline of one case, in the caller's transaction: called after every change
 * of facts, overrides, court dates, rule pins or settings. Pins the engine chose are kept on the matter
 * (merged over the ones it had), so a later rule version leaves it alone until staff adopt it.
 */
export function recompute(ctx: Ctx, caseId: number): CaseDeadlines {
  const rows = mattersOfCase(ctx.db, caseId);
  const facts = caseFacts(ctx.db, caseId, rows);
  const out = computeCaseDeadlines(facts, engineContext(ctx));
  // A date past the range every reader accepts (a term added to a date near its end) is refused here, in the
  // request that caused it, rather than stored and then failing every later read of the case.
  const outside = out.deadlines.find((d) => [d.date, d.computed].some((x) => x !== null && !inYearRange(x)));
  if (outside) fail('VALIDATION', undefined, { fields: { deadlines: `A deadline would fall outside the years ${MIN_YEAR} to ${MAX_YEAR}.` } });
  const open = new Map(rows.map((m) => [m.id, isOpen(m.status)]));
  const owner = new Map(rows.map((m) => [m.id, m.owner_id]));
  storeDeadlines(
    ctx.db,
    caseId,
    out.deadlines.map((d) => ({
      key: d.key,
      matter_id: d.matterId,
      kind: d.kind,
      date: d.date,
      computed: d.computed,
      rule_id: d.ruleId,
      rule_version: d.ruleVersion,
      confidence: d.confidence,
      flags: JSON.stringify(d.flags),
      parent_key: d.parentKey,
      offset_days: d.offsetDays,
      open: open.get(d.matterId) ? 1 : 0,
    })),
    (id) => owner.get(id) ?? null,
    ctx.nowIso,
  );
  for (const m of facts) {
    const expiry = out.deadlines.find((d) => d.matterId === m.id && d.kind === 'status_expiry')?.date ?? null;
    setMatterComputed(ctx.db, m.id, {
      rule_versions: JSON.stringify({ ...m.ruleVersions, ...(out.pins[m.id] ?? {}) }),
      warnings: JSON.stringify(out.warnings.filter((w) => w.matterId === m.id)),
      expires_on: expiry,
    });
  }
  return out;
}

export const urgencyOn = (date: string | null, today: string) => deadlineUrgency(date, today);
