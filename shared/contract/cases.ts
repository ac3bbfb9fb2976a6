import { z } from 'zod';
import {
  caseFileSchema,
  caseHeaderSchema,
  caseListRowSchema,
  caseRoleSchema,
  caseStatusSchema,
  contactNameSchema,
  contactSchema,
  profilePatchSchema,
} from '../cases/schemas';
import { TRAFFICKING_TYPES } from '../cases/vocab';
import { idSchema, versionSchema } from '../schemas';
import { reasonSchema, text } from '../text';
import { channel } from './define';

const caseRef = { caseId: idSchema };
const casework = ['caseworker'] as const;

export const caseChannels = {
  'cases.list': channel({
    summary: 'Cases this user may see (admins: all, without names; others: assigned), filtered, sorted and paged.',
    access: 'any',
    audit: 'read',
    scope: 'visible',
    input: z.strictObject({
      status: caseStatusSchema.optional(),
      assigneeId: idSchema.optional(),
      traffickingType: z.enum(TRAFFICKING_TYPES).optional(),
      search: text().trim().max(100).optional(),
      sort: z.enum(['caseNumber', 'openedAt', 'updatedAt', 'status']).default('updatedAt'),
      dir: z.enum(['asc', 'desc']).default('desc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({ total: z.number().int(), rows: z.array(caseListRowSchema) }),
  }),
  'cases.create': channel({
    summary: 'Start an intake: a new case with a pseudonymous number; the creator becomes its lead caseworker. Can be saved half done.',
    access: casework,
    audit: 'change',
    scope: 'none',
    input: z.strictObject({ profile: profilePatchSchema.default({}) }),
    output: caseFileSchema,
  }),
  'cases.get': channel({
    summary: 'Open a case file: only the parts this user may see. Every open is audited.',
    access: 'any',
    audit: 'read',
    scope: { kind: 'case', need: 'header' },
    input: z.strictObject(caseRef),
    output: caseFileSchema,
  }),
  'cases.breakGlass': channel({
    summary: 'Open an unassigned case in an emergency, with a written reason. Flagged in the audit log; lasts until lock.',
    access: ['caseworker', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'case', need: 'exists' },
    input: z.strictObject({ ...caseRef, reason: reasonSchema(20, 1000) }),
    output: caseFileSchema,
  }),
  'cases.updateProfile': channel({
    summary: 'Change profile fields (each known / unknown / declined).',
    access: casework,
    audit: 'change',
    scope: { kind: 'case', need: 'casework' },
    input: z.strictObject({ ...caseRef, version: versionSchema, profile: profilePatchSchema }),
    output: caseFileSchema,
  }),
  'cases.updateContact': channel({
    summary: 'Change safe contact methods and safety flags.',
    access: ['caseworker', 'mentor', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'case', need: 'contact' },
    input: z.strictObject({ ...caseRef, version: versionSchema, contact: contactSchema }),
    output: caseFileSchema,
  }),
  'cases.setStatus': channel({
    summary: 'Move a case between Active, FollowUp, Closed and ClosedReferred.',
    access: casework,
    audit: 'change',
    scope: { kind: 'case', need: 'casework' },
    input: z.strictObject({ ...caseRef, version: versionSchema, status: caseStatusSchema }),
    output: caseFileSchema,
  }),
  'cases.completeIntake': channel({
    summary: 'Mark the intake finished.',
    access: casework,
    audit: 'change',
    scope: { kind: 'case', need: 'casework' },
    input: z.strictObject({ ...caseRef, version: versionSchema }),
    output: caseFileSchema,
  }),
  'cases.discardIntake': channel({
    summary: 'Delete a case whose intake was never completed, with everything in it (the lead caseworker only). Audited with counts.',
    access: casework,
    audit: 'change',
    scope: { kind: 'case', need: 'casework' },
    input: z.strictObject({ ...caseRef, version: versionSchema }),
    output: z.object({ discarded: z.literal(true) }),
  }),
  'cases.assignableStaff': channel({
    summary: 'Active staff who can be put on a case, with the roles they hold.',
    access: ['admin', 'caseworker'],
    audit: 'none',
    scope: 'none',
    input: z.strictObject({}),
    output: z.array(z.object({ id: idSchema, displayName: z.string(), roles: z.array(z.string()) })),
  }),
  'cases.assign': channel({
    summary: 'Put a staff member on a case in a case role they hold (admins, or the case’s lead caseworker).',
    access: ['admin', 'caseworker'],
    audit: 'change',
    scope: { kind: 'case', need: 'manage' },
    input: z.strictObject({
      ...caseRef,
      staffId: idSchema,
      caseRole: caseRoleSchema,
      /** With caseRole 'mentor': the name or initials the mentor uses when making contact. Kept only if none is known yet. */
      contactName: contactNameSchema.optional(),
    }),
    output: caseHeaderSchema,
  }),
  'cases.unassign': channel({
    summary: 'Take a staff member off a case. A case keeps at least one lead caseworker while open.',
    access: ['admin', 'caseworker'],
    audit: 'change',
    scope: { kind: 'case', need: 'manage' },
    input: z.strictObject({ ...caseRef, staffId: idSchema }),
    output: caseHeaderSchema,
  }),
  'tasks.complete': channel({
    summary: 'Mark a case task done (e.g. the 24-hour HHS notification for a possible minor).',
    access: casework,
    audit: 'change',
    scope: { kind: 'task', need: 'casework' },
    input: z.strictObject({ taskId: idSchema }),
    output: caseHeaderSchema,
  }),
};
