import type { IsoDate } from '../dates';
import type { DeadlineOverride } from '../matter';
import type { RuleTable } from '../rules/rule';
import type { LegalSettings } from '../settings';
import type { Confidence, DeadlineFlag, DeadlineKind, MatterWarning } from '../vocab';

/** One date the engine produces. The core stores exactly these (by key); the UI previews the same values. */
export interface Deadline {
  /** Stable across recomputation: `<matterId>:<kind>`, `...:<parentKind>-<n>d` for reminders, `...:<courtKey>` for court dates. */
  key: string;
  matterId: number;
  kind: DeadlineKind;
  /** The date that counts: the override's if there is one, else the computed one; null = enter it from the notice. */
  date: IsoDate | null;
  computed: IsoDate | null;
  override: DeadlineOverride | null;
  ruleId: string;
  ruleVersion: number | null;
  confidence: Confidence;
  flags: DeadlineFlag[];
  /** For reminders and preparation dates: the deadline they precede and by how many days. */
  parentKey: string | null;
  offsetDays: number | null;
}

export interface Warning {
  matterId: number;
  code: MatterWarning;
  ruleId: string | null;
}

export interface EngineContext {
  /** The centre's today, as a calendar date: picks rule versions for matters with no anchor date yet. */
  today: IsoDate;
  rules: RuleTable;
  settings: LegalSettings;
}

export interface CaseDeadlines {
  deadlines: Deadline[];
  warnings: Warning[];
  /** Rule versions each matter was computed under: the core stores them so a later version leaves it alone. */
  pins: Record<number, Record<string, number>>;
}
