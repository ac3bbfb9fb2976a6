import { z } from 'zod';
import {
  auditEntrySchema,
  centreNameSchema,
  displayNameSchema,
  idSchema,
  idleMinutesSchema,
  jurisdictionSchema,
  passwordSchema,
  rolesSchema,
  settingsSchema,
  staffSchema,
  usernameSchema,
  versionSchema,
} from '../schemas';
import { channel } from './define';

const admin = ['admin'] as const;

export const adminChannels = {
  'staff.list': channel({
    summary: 'Staff accounts and their roles.',
    access: admin,
    audit: 'none',
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    output: z.array(staffSchema),
  }),
  'staff.create': channel({
    summary: 'Create a staff account with one or more roles and a temporary password to change at first unlock.',
    access: admin,
    audit: 'change',
    input: z.strictObject({
      username: usernameSchema,
      displayName: displayNameSchema,
      roles: rolesSchema,
      temporaryPassword: passwordSchema,
    }),
    output: staffSchema,
  }),
  'staff.update': channel({
    summary: 'Change a staff member’s name or roles.',
    access: admin,
    audit: 'change',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      displayName: displayNameSchema.optional(),
      roles: rolesSchema.optional(),
    }),
    output: staffSchema,
  }),
  'staff.deactivate': channel({
    summary: 'Deactivate an account: its wrapped key is removed from the keyring, so it can no longer unlock.',
    access: admin,
    audit: 'change',
    input: z.strictObject({ id: idSchema, version: versionSchema }),
    output: staffSchema,
  }),
  'staff.reactivate': channel({
    summary: 'Reactivate an account with a new temporary password.',
    access: admin,
    audit: 'change',
    input: z.strictObject({ id: idSchema, version: versionSchema, temporaryPassword: passwordSchema }),
    output: staffSchema,
  }),
  'staff.resetPassword': channel({
    summary: 'Give an active account a temporary password, to be changed at its next unlock.',
    access: admin,
    audit: 'change',
    input: z.strictObject({ id: idSchema, version: versionSchema, temporaryPassword: passwordSchema }),
    output: staffSchema,
  }),
  'settings.get': channel({
    summary: 'Centre settings (name, jurisdiction, idle lock).',
    access: 'any',
    audit: 'none',
    input: z.strictObject({}),
    output: settingsSchema,
  }),
  'settings.update': channel({
    summary: 'Change centre settings.',
    access: admin,
    audit: 'change',
    input: z.strictObject({
      version: versionSchema,
      centreName: centreNameSchema.optional(),
      jurisdiction: jurisdictionSchema.optional(),
      idleMinutes: idleMinutesSchema.optional(),
      retentionMonths: z.number().int().min(1).max(1200).nullable().optional(),
    }),
    output: settingsSchema,
  }),
  'audit.list': channel({
    summary: 'Audit records, newest first. Records hold ids and codes, never case text.',
    access: admin,
    audit: 'none',
    input: z.strictObject({ beforeId: idSchema.optional(), limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(auditEntrySchema),
  }),
  'system.verify': channel({
    summary: 'Check database integrity and the audit hash chain.',
    access: admin,
    audit: 'change',
    input: z.strictObject({}),
    output: z.object({
      integrity: z.array(z.string()),
      audit: z.object({
        ok: z.boolean(),
        checked: z.number().int(),
        firstBadId: z.number().int().nullable(),
        reason: z.string().nullable(),
      }),
    }),
  }),
};
