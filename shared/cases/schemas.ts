import { z } from 'zod';
import { CASE_ROLES, PARTS } from './access';
import { text as validText, visibleLength } from '../text';
import { answer } from './answer';
import {
  AGE_BANDS,
  CASE_STATUSES,
  CITIZENSHIP,
  CONTACT_KINDS,
  DOCUMENT_KINDS,
  GENDERS,
  MEANS_OF_CONTROL,
  MINOR_FLAGS,
  NOTE_TYPES,
  POLARIS_TYPES,
  TRAFFICKING_TYPES,
  VULNERABILITIES,
  YES_NO_UNKNOWN,
} from './vocab';

const text = (max: number) => validText().trim().min(1).max(max);
const isoDate = z.iso.date();
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).refine((xs) => new Set(xs.map((x) => JSON.stringify(x))).size === xs.length, 'Each value once.');

export const caseStatusSchema = z.enum(CASE_STATUSES);
export const caseRoleSchema = z.enum(CASE_ROLES);
export const partSchema = z.enum(PARTS);
export const noteTypeSchema = z.enum(NOTE_TYPES);
export const documentKindSchema = z.enum(DOCUMENT_KINDS);

/** Identity and context (HTCDS person + victim context). Every field: known / unknown / declined. */
export const profileSchema = z.strictObject({
  givenName: answer(text(100)),
  familyName: answer(text(100)),
  aliases: answer(uniqueList(text(100), 10)),
  dateOfBirth: answer(isoDate),
  ageBand: answer(z.enum(AGE_BANDS)),
  gender: answer(z.enum(GENDERS)),
  nationality: answer(uniqueList(validText().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'), 4)),
  languages: answer(uniqueList(validText().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'BCP 47 language tag'), 8)),
  citizenship: answer(z.enum(CITIZENSHIP)),
  traffickingType: answer(z.enum(TRAFFICKING_TYPES)),
  polarisType: answer(z.enum(POLARIS_TYPES)),
  meansOfControl: answer(uniqueList(z.enum(MEANS_OF_CONTROL), MEANS_OF_CONTROL.length)),
  vulnerabilities: answer(uniqueList(z.enum(VULNERABILITIES), VULNERABILITIES.length)),
  minor: answer(z.enum(MINOR_FLAGS)),
});
export type Profile = z.infer<typeof profileSchema>;
export const profilePatchSchema = profileSchema.partial();

/** How to reach the survivor safely. Shown to everyone on the case, always with its safety flags. */
export const contactSchema = z.strictObject({
  preferredName: validText().trim().max(100),
  methods: z
    .array(
      z.strictObject({
        kind: z.enum(CONTACT_KINDS),
        value: validText().trim().max(200),
        safeToLeaveMessage: z.enum(YES_NO_UNKNOWN),
        safeTimes: validText().trim().max(100),
      }),
    )
    .max(8),
  /** Someone unsafe (trafficker, abusive partner) may see messages or the phone. */
  unsafePersonMayMonitor: z.enum(YES_NO_UNKNOWN),
  /** Whether people around the survivor know they are in contact with the centre. */
  othersAwareOfContact: z.enum(YES_NO_UNKNOWN),
  doNotContact: z.boolean(),
  safetyNotes: validText().trim().max(2000),
});
export type Contact = z.infer<typeof contactSchema>;

/** A name or initials to use when making contact (e.g. given to a mentor): 1..80 characters a reader can see. */
export const contactNameSchema = validText()
  .trim()
  .max(100) // the contact field holds at most 100
  .refine((s) => visibleLength(s) >= 1, 'Enter a name or initials.')
  .refine((s) => visibleLength(s) <= 80, 'At most 80 characters.');

export const assignmentSchema = z.object({
  staffId: z.number().int(),
  displayName: z.string(),
  caseRole: caseRoleSchema,
  assignedAt: z.string(),
});

export const taskSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['hhs_minor_notification']),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
});

export const caseHeaderSchema = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  status: caseStatusSchema,
  intakeComplete: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  assignments: z.array(assignmentSchema),
  tasks: z.array(taskSchema),
});
export type CaseHeader = z.infer<typeof caseHeaderSchema>;

export const caseFileSchema = z.object({
  header: caseHeaderSchema,
  /** What this user may see of the case, and in which capacity. */
  parts: z.array(partSchema),
  myCaseRoles: z.array(caseRoleSchema),
  breakGlass: z.boolean(),
  profile: profileSchema.nullable(),
  contact: contactSchema.nullable(),
});
export type CaseFile = z.infer<typeof caseFileSchema>;

export const caseListRowSchema = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  status: caseStatusSchema,
  openedAt: z.string(),
  updatedAt: z.string(),
  intakeComplete: z.boolean(),
  /** The legal name where the reader sees the profile, else the contact's preferred name; null when neither. */
  name: z.string().nullable(),
  traffickingType: z.string().nullable(),
  assignees: z.array(z.object({ staffId: z.number().int(), displayName: z.string(), caseRole: caseRoleSchema })),
});
export type CaseListRow = z.infer<typeof caseListRowSchema>;

export const noteSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  type: noteTypeSchema,
  body: z.string(),
  authorId: z.number().int(),
  authorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revisions: z.number().int(),
  redactions: z.number().int(),
  version: z.number().int(),
});
export type Note = z.infer<typeof noteSchema>;

export const documentSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  kind: documentKindSchema,
  legal: z.boolean(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type CaseDocument = z.infer<typeof documentSchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.string(),
  /** A catalogue key suffix (timeline.<kind>.<event>) and its parameters: ids, codes, counts, names of staff. */
  event: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  actor: z.string().nullable(),
  ref: z.object({ type: z.string(), id: z.number().int() }).nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

