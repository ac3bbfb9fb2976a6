import { z } from 'zod';
import { idSchema, isoDateTimeSchema, versionSchema } from '../schemas';
import { reasonSchema, text } from '../text';
import { inYearRange, isoDateSchema, MAX_YEAR, MIN_YEAR } from './dates';
import { ruleSchema } from './rules/rule';
import { legalSettingsSchema } from './settings';
import {
  CONFIDENCES,
  DEADLINE_FLAGS,
  DEADLINE_KINDS,
  MATTER_WARNINGS,
  PROCEEDING_OUTCOMES,
  matterJurisdictionSchema,
  matterStatusSchema,
  matterTypeSchema,
} from './vocab';

/**
 * What the legal channels (shared/contract/legal.ts) take and return (issue 12). Every field here is legal
 * information under 8 U.S.C. 1367: only the 'legal' case part shows it. The caseworker's view is
 * `legalSummarySchema`, which by construction holds nothing but a yes/no and accompany court dates.
 */

const line = (max: number) => text().trim().max(max);
/** A calendar date in an input: shared text first (no controls), then the yyyy-mm-dd calendar check, then a sane year. */
export const dayInput = text().pipe(isoDateSchema.refine(inYearRange, `A date between ${MIN_YEAR} and ${MAX_YEAR}.`));
/**
 * An identifier copied from a notice or a docket (receipt, notice, docket number, notice reference): one line
 * with no format characters (Cf: bidi overrides and isolates, zero-width spaces and joiners, the BOM), which
 * would make two different numbers look alike or reorder what a reader sees.
 */
const identifierLine = (max: number) =>
  line(max).refine((s) => !/\p{Cf}/u.test(s), 'Contains invisible formatting characters.');
const optionalIdentifier = (max: number) => identifierLine(max).nullable().optional();
const timeInput = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time like 09:30.');
export const ruleIdInput = text().regex(/^[a-z0-9_]+$/).max(60);
const optionalLine = (max: number) => line(max).nullable().optional();

/** The law-enforcement contact of a Continued Presence request or a Supplement B certification. */
export const lawEnforcementContactSchema = z.strictObject({
  name: line(120),
  agency: line(160),
  phone: line(40),
  email: line(160),
});
export type LawEnforcementContact = z.infer<typeof lawEnforcementContactSchema>;

/** The facts staff enter on a matter. Dates are calendar dates (yyyy-mm-dd) from the notices. */
const matterFields = {
  status: matterStatusSchema,
  receiptNumber: optionalIdentifier(40),
  noticeNumber: optionalIdentifier(40),
  filedOn: dayInput.nullable().optional(),
  approvedOn: dayInput.nullable().optional(),
  admittedOn: dayInput.nullable().optional(),
  signedOn: dayInput.nullable().optional(),
  eadCategory: text().regex(/^[ac]\d{1,2}$/, 'An EAD category like c40 or a16.').nullable().optional(),
  lawEnforcementContact: lawEnforcementContactSchema.nullable().optional(),
  /** The legal aide responsible: tasks of new deadlines go to them. Defaults to the creator. */
  ownerId: idSchema.optional(),
};

export const matterCreateSchema = z.strictObject({
  caseId: idSchema,
  type: matterTypeSchema,
  jurisdiction: matterJurisdictionSchema,
  principalMatterId: idSchema.nullable().optional(),
  baseMatterId: idSchema.nullable().optional(),
  ...matterFields,
  status: matterStatusSchema.default('preparing'),
});

/** Only the fields given change; null clears. Type, jurisdiction and the principal/base links are fixed at creation. */
export const matterUpdateSchema = z.strictObject({
  matterId: idSchema,
  version: versionSchema,
  ...matterFields,
  status: matterStatusSchema.optional(),
});

export const MATTER_CLOSE_STATUSES = ['closed', 'withdrawn', 'denied', 'rejected', 'expired'] as const;

export const proceedingUpdateSchema = z.strictObject({
  matterId: idSchema,
  version: versionSchema,
  court: optionalLine(160),
  docketNumber: optionalIdentifier(60),
  charges: text().trim().max(2000).nullable().optional(),
  victimImpactStatus: z.enum(['not_started', 'drafting', 'submitted', 'declined']).optional(),
  victimImpactOn: dayInput.nullable().optional(),
  victimImpactNotes: text().trim().max(2000).nullable().optional(),
  outcome: z.enum(PROCEEDING_OUTCOMES).nullable().optional(),
  outcomeOn: dayInput.nullable().optional(),
  sentence: text().trim().max(1000).nullable().optional(),
  restitution: text().trim().max(500).nullable().optional(),
});

export const courtDateInputSchema = z.strictObject({
  matterId: idSchema,
  version: versionSchema,
  date: dayInput,
  /** Local time of the hearing, when the notice gives one (hh:mm, 24 h). */
  time: timeInput.nullable().optional(),
  purpose: optionalLine(160),
  location: optionalLine(200),
  /** The survivor must be accompanied: the one legal fact a caseworker on the case sees (date only). */
  accompany: z.boolean().default(false),
});

export const courtDateUpdateSchema = z.strictObject({
  matterId: idSchema,
  version: versionSchema,
  courtDateId: idSchema,
  date: dayInput.optional(),
  time: timeInput.nullable().optional(),
  purpose: optionalLine(160),
  location: optionalLine(200),
  accompany: z.boolean().optional(),
});

export const overrideSetSchema = z.strictObject({
  matterId: idSchema,
  version: versionSchema,
  /** A deadline key from the matter's deadlines (engine: `<matterId>:<kind>...`). */
  key: text().min(1).max(120),
  /** The date printed on the notice: it wins over the computed date. */
  date: dayInput,
  reason: reasonSchema(3, 500),
  noticeRef: identifierLine(80).nullable().optional(),
});

export const overrideClearSchema = z.strictObject({
  matterId: idSchema,
  version: versionSchema,
  key: text().min(1).max(120),
  reason: reasonSchema(3, 500),
});

export const urgencySchema = z.enum(['undated', 'overdue', 'due_today', 'due_soon', 'later']);

export const overrideSchema = z.object({
  key: z.string(),
  date: isoDateSchema,
  by: idSchema,
  byName: z.string().nullable(),
  reason: z.string(),
  noticeRef: z.string().nullable(),
  recordedAt: isoDateTimeSchema,
});

/** One stored deadline: exactly what computeCaseDeadlines returned, plus today's urgency. */
export const deadlineSchema = z.object({
  key: z.string(),
  matterId: idSchema,
  kind: z.enum(DEADLINE_KINDS),
  date: isoDateSchema.nullable(),
  computed: isoDateSchema.nullable(),
  override: overrideSchema.nullable(),
  ruleId: z.string(),
  ruleVersion: z.number().int().positive().nullable(),
  confidence: z.enum(CONFIDENCES),
  flags: z.array(z.enum(DEADLINE_FLAGS)),
  parentKey: z.string().nullable(),
  offsetDays: z.number().int().nullable(),
  urgency: urgencySchema,
});
export type StoredDeadline = z.infer<typeof deadlineSchema>;

export const warningSchema = z.object({ matterId: idSchema, code: z.enum(MATTER_WARNINGS), ruleId: z.string().nullable() });

export const legalTaskSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  matterId: idSchema,
  deadlineKey: z.string(),
  kind: z.enum(DEADLINE_KINDS),
  /** The deadline's effective date (null: enter it from the notice). */
  dueOn: isoDateSchema.nullable(),
  urgency: urgencySchema,
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  done: z.boolean(),
  doneAt: isoDateTimeSchema.nullable(),
  doneByName: z.string().nullable(),
  snoozedUntil: isoDateSchema.nullable(),
  snoozeReason: z.string().nullable(),
  version: versionSchema,
});
export type LegalTask = z.infer<typeof legalTaskSchema>;

export const courtDateSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  time: z.string().nullable(),
  purpose: z.string().nullable(),
  location: z.string().nullable(),
  accompany: z.boolean(),
});

export const proceedingSchema = z.object({
  court: z.string().nullable(),
  docketNumber: z.string().nullable(),
  charges: z.string().nullable(),
  victimImpactStatus: z.enum(['not_started', 'drafting', 'submitted', 'declined']),
  victimImpactOn: isoDateSchema.nullable(),
  victimImpactNotes: z.string().nullable(),
  outcome: z.enum(PROCEEDING_OUTCOMES).nullable(),
  outcomeOn: isoDateSchema.nullable(),
  sentence: z.string().nullable(),
  restitution: z.string().nullable(),
});

/** A matter as lists show it: no proceeding detail, no deadlines. */
export const matterSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseNumber: z.string(),
  type: matterTypeSchema,
  jurisdiction: matterJurisdictionSchema,
  status: matterStatusSchema,
  principalMatterId: idSchema.nullable(),
  baseMatterId: idSchema.nullable(),
  receiptNumber: z.string().nullable(),
  noticeNumber: z.string().nullable(),
  filedOn: isoDateSchema.nullable(),
  approvedOn: isoDateSchema.nullable(),
  admittedOn: isoDateSchema.nullable(),
  signedOn: isoDateSchema.nullable(),
  /** The status or permit's last valid day as the deadlines say (override, else computed); null when none. */
  expiresOn: isoDateSchema.nullable(),
  eadCategory: z.string().nullable(),
  lawEnforcementContact: lawEnforcementContactSchema.nullable(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  /** Rule versions the matter is computed under (rule id -> version). */
  ruleVersions: z.record(z.string(), z.number().int().positive()),
  /** The next dated deadline that is not a reminder, for lists. */
  next: z.object({ key: z.string(), kind: z.enum(DEADLINE_KINDS), date: isoDateSchema, urgency: urgencySchema }).nullable(),
  /** Carried from the deadlines: a Canada TRP keeps no status while a new one is processed. */
  noMaintainedStatus: z.boolean(),
  closedAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: versionSchema,
});
export type Matter = z.infer<typeof matterSchema>;

export const matterDetailSchema = matterSchema.extend({
  proceeding: proceedingSchema.nullable(),
  courtDates: z.array(courtDateSchema),
  overrides: z.array(overrideSchema),
  deadlines: z.array(deadlineSchema),
  warnings: z.array(warningSchema),
  tasks: z.array(legalTaskSchema),
});
export type MatterDetail = z.infer<typeof matterDetailSchema>;

/** The legal aide's cross-case list (and Today). Case number, never a name. */
export const deadlineRowSchema = deadlineSchema.extend({
  caseId: idSchema,
  caseNumber: z.string(),
  matterType: matterTypeSchema,
  jurisdiction: matterJurisdictionSchema,
  task: legalTaskSchema.nullable(),
});
export type DeadlineRow = z.infer<typeof deadlineRowSchema>;

export const deadlineListInputSchema = z.strictObject({
  /** today: due today; soon: due within `soonDays` (today included); overdue: date passed, task not done; all: every dated one. */
  due: z.enum(['today', 'soon', 'overdue', 'all']).default('soon'),
  soonDays: z.number().int().min(1).max(365).default(7),
  kind: z.enum(DEADLINE_KINDS).optional(),
  jurisdiction: matterJurisdictionSchema.optional(),
  /** Only deadlines whose task is mine. */
  mine: z.boolean().default(false),
  /** Reminders are shown through notifications; the list hides them unless asked. */
  includeReminders: z.boolean().default(false),
  includeDone: z.boolean().default(false),
  limit: z.number().int().min(1).max(1000).default(200),
});

/** A rule version as the rules table shows it: source, version, effective date, and whether it is in force today. */
export const ruleRowSchema = ruleSchema.extend({ inForce: z.boolean() });

export const deadlineChangeSchema = z.object({
  key: z.string(),
  kind: z.string(),
  before: z.union([isoDateSchema, z.null(), z.literal('absent')]),
  after: z.union([isoDateSchema, z.null(), z.literal('absent')]),
});

export const rulePreviewInputSchema = z.strictObject({
  matterId: idSchema,
  ruleId: ruleIdInput,
  /** A version from the rules table; null = the version in force for the matter's own dates. */
  ruleVersion: z.number().int().positive().nullable(),
});

export const rulePreviewSchema = z.object({
  matterId: idSchema,
  ruleId: z.string(),
  fromVersion: z.number().int().positive().nullable(),
  toVersion: z.number().int().positive().nullable(),
  changes: z.array(deadlineChangeSchema),
});

export const ruleImpactRowSchema = z.object({
  caseId: idSchema,
  caseNumber: z.string(),
  matterId: idSchema,
  matterType: matterTypeSchema,
  fromVersion: z.number().int().positive().nullable(),
  changes: z.array(deadlineChangeSchema),
});

/** For OS notifications and the in-app notice: case numbers and counts only, never a name or a matter type. */
export const reminderDueSchema = z.object({ caseId: idSchema, caseNumber: z.string(), count: z.number().int().positive() });

/**
 * The caseworker's whole view of a survivor's legal matters (8 U.S.C. 1367): whether one is open (so they
 * ask the legal aide), and the court dates the survivor must be accompanied to (date and time, nothing else).
 */
export const legalSummarySchema = z.strictObject({
  hasOpenMatter: z.boolean(),
  accompanyCourtDates: z.array(z.strictObject({ date: isoDateSchema, time: z.string().nullable() })),
});

export const taskCompleteSchema = z.strictObject({ legalTaskId: idSchema, version: versionSchema, done: z.boolean().default(true) });
export const taskSnoozeSchema = z.strictObject({
  legalTaskId: idSchema,
  version: versionSchema,
  /** Hidden from due lists and reminders until this day; null ends the snooze. */
  until: dayInput.nullable(),
  reason: reasonSchema(3, 300).optional(),
});
export const taskAssignSchema = z.strictObject({ legalTaskId: idSchema, version: versionSchema, ownerId: idSchema });

export const legalSettingsOutputSchema = legalSettingsSchema.extend({ version: versionSchema });
export const legalSettingsUpdateSchema = z.strictObject({ version: versionSchema, settings: legalSettingsSchema });
