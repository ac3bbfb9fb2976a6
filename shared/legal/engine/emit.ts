import { daysBefore } from '../dates';
import type { IsoDate } from '../dates';
import type { MatterFacts } from '../matter';
import type { Rule } from '../rules/rule';
import { resolveRule } from '../rules/table';
import type { ReminderSet } from '../settings';
import type { DeadlineFlag, DeadlineKind, MatterWarning } from '../vocab';
import type { CaseDeadlines, Deadline, EngineContext } from './types';

/**
 * The one place deadlines are written, so every date gets the same treatment: the staff override for its key
 * wins, rule id and version travel with it, and reminders hang off the EFFECTIVE date (a notice that moves an
 * expiry moves its reminders too).
 */
export class Emitter {
  readonly out: CaseDeadlines = { deadlines: [], warnings: [], pins: {} };
  private readonly usedOverrides = new Set<string>();

  constructor(readonly ctx: EngineContext) {}

  /**
   * The rule version for a matter (pinned, else in force on `anchor`, else on today). It becomes the matter's
   * pin only once the anchor fact exists: a version picked by today's date is provisional (an EAD with no
   * renewal filed yet must take the version in force on the day the renewal IS filed).
   */
  rule(m: MatterFacts, id: string, anchor: IsoDate | null): Rule | null {
    const r = resolveRule(this.ctx.rules, id, anchor ?? this.ctx.today, m.ruleVersions[id]);
    if (r && anchor !== null) (this.out.pins[m.id] ??= {})[id] = r.version;
    return r;
  }

  /** The notice's date for `key`, if staff entered one. Used by timelines that need it before emitting. */
  overrideDate(m: MatterFacts, key: string): IsoDate | null {
    return m.overrides.find((o) => o.key === key)?.date ?? null;
  }

  warn(m: MatterFacts, code: MatterWarning, ruleId: string | null = null): void {
    if (!this.out.warnings.some((w) => w.matterId === m.id && w.code === code)) this.out.warnings.push({ matterId: m.id, code, ruleId });
  }

  date(
    m: MatterFacts,
    kind: DeadlineKind,
    computed: IsoDate | null,
    rule: { id: string; version: number | null; confidence: Rule['confidence'] },
    flags: DeadlineFlag[] = [],
    keySuffix = '',
    parent: { key: string; offsetDays: number } | null = null,
  ): Deadline {
    const key = `${m.id}:${kind}${keySuffix}`;
    const override = m.overrides.find((o) => o.key === key) ?? null;
    if (override) this.usedOverrides.add(`${m.id}|${key}`);
    const all = new Set(flags);
    if (computed === null && !override && kind !== 'reminder') all.add('needs_notice');
    const d: Deadline = {
      key,
      matterId: m.id,
      kind,
      date: override?.date ?? computed,
      computed,
      override,
      ruleId: rule.id,
      ruleVersion: rule.version,
      confidence: rule.confidence,
      flags: [...all],
      parentKey: parent?.key ?? null,
      offsetDays: parent?.offsetDays ?? null,
    };
    this.out.deadlines.push(d);
    return d;
  }

  /** Reminders `n` days before the parent's effective date; none while the parent has no date. */
  reminders(m: MatterFacts, parent: Deadline, set: ReminderSet, extraFlags: DeadlineFlag[] = []): void {
    if (parent.date === null) return;
    const inherited = parent.flags.filter((f) => f === 'no_maintained_status' || f === 'prompt_law_enforcement_sponsor');
    for (const n of this.ctx.settings.reminderDays[set]) {
      this.date(
        m,
        'reminder',
        daysBefore(parent.date, n),
        { id: parent.ruleId, version: parent.ruleVersion, confidence: parent.confidence },
        [...inherited, ...extraFlags],
        `:${parent.kind}-${n}d`,
        { key: parent.key, offsetDays: n },
      );
    }
  }

  /** An override whose key the engine never produced is kept but reported, so a typo is not silently ignored. */
  checkOverrides(matters: readonly MatterFacts[]): void {
    for (const m of matters)
      for (const o of m.overrides) if (!this.usedOverrides.has(`${m.id}|${o.key}`)) this.warn(m, 'override_matches_no_deadline');
  }
}

/**
 * Whether a status or permit has been granted, so it has an end date to track. A pending application has
 * none: showing it "needs the notice" would ask staff for a date that does not exist yet.
 */
export const isGranted = (m: MatterFacts): boolean => m.status === 'approved' || m.approvedOn !== null || m.overrides.length > 0;

export const ruleRef = (r: Rule | null, id: string) => ({ id, version: r?.version ?? null, confidence: r?.confidence ?? ('unverified' as const) });
