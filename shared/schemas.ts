import { z } from 'zod';
import { roleSchema } from './roles';
import { text } from './text';

/** Login handle: lower-case, no spaces. It is stored in the keyring so the lock screen can list accounts. */
export const usernameSchema = text()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'Use 2–32 letters, digits, dot, dash or underscore.');

/** A passphrase, not a PIN: 10+ characters. Long limit so pasted passphrases work. */
export const passwordSchema = text().min(10, 'Use at least 10 characters.').max(512);

export const displayNameSchema = text().trim().min(1).max(80);
export const idSchema = z.number().int().positive();
export const versionSchema = z.number().int().positive();
export const isoDateTimeSchema = z.string();

export const rolesSchema = z
  .array(roleSchema)
  .min(1, 'Give at least one role.')
  .refine((r) => new Set(r).size === r.length, 'Each role once.');

export const jurisdictionSchema = z.enum(['US', 'CA', 'both']);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const sessionSchema = z.object({
  staffId: idSchema,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  mustChangePassword: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const staffSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: versionSchema,
});
export type Staff = z.infer<typeof staffSchema>;

export const settingsSchema = z.object({
  centreName: z.string(),
  jurisdiction: jurisdictionSchema,
  idleMinutes: z.number().int(),
  /** Closed cases are purged this many months after closing; null = never (the default). */
  retentionMonths: z.number().int().nullable(),
  version: versionSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const idleMinutesSchema = z.number().int().min(1).max(120);
export const centreNameSchema = text().trim().min(1).max(120);

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actorId: z.number().int().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  outcome: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const recoveryKeySchema = text()
  .trim()
  .regex(/^[A-Z2-7-\s]{20,120}$/i, 'A recovery key is groups of letters and digits.');
