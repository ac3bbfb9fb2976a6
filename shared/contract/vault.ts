import { z } from 'zod';
import {
  centreNameSchema,
  displayNameSchema,
  jurisdictionSchema,
  passwordSchema,
  recoveryKeySchema,
  sessionSchema,
  usernameSchema,
} from '../schemas';
import { text } from '../text';
import { recoveryStateSchema } from './backups';
import { channel } from './define';

export const vaultChannels = {
  'vault.status': channel({
    summary: 'Whether this data folder holds a vault, whether it is unlocked, and the accounts to pick from.',
    access: 'public',
    audit: 'none',
    scope: 'none',
    input: z.strictObject({}),
    output: z.object({
      initialized: z.boolean(),
      unlocked: z.boolean(),
      problem: z.enum(['KEYRING_MISSING', 'KEYRING_CORRUPT']).nullable(),
      accounts: z.array(z.object({ username: z.string() })),
      session: sessionSchema.nullable(),
      /** Set when the database is damaged, unreadable or gone: the renderer shows the recovery screen (issue 14). */
      recovery: recoveryStateSchema.nullable(),
      /** Whether the data folder is 0700 and its files 0600: 'unsupported' on Windows, 'not-enforced' where chmod is ignored. */
      permissions: z.enum(['ok', 'unsupported', 'not-enforced']).optional(),
    }),
  }),
  'vault.setup': channel({
    summary: 'First run: create the encrypted database, the centre and the first admin. Returns the recovery key once.',
    access: 'public',
    audit: 'self',
    scope: 'none',
    input: z.strictObject({
      centreName: centreNameSchema,
      jurisdiction: jurisdictionSchema,
      admin: z.strictObject({ username: usernameSchema, displayName: displayNameSchema, password: passwordSchema }),
    }),
    output: z.object({ recoveryKey: z.string(), session: sessionSchema }),
  }),
  'vault.unlock': channel({
    summary: 'Unlock with a staff account. Failed attempts back off exponentially and are audited.',
    access: 'public',
    audit: 'self',
    scope: 'none',
    input: z.strictObject({ username: usernameSchema, password: text().min(1).max(512) }),
    output: sessionSchema,
  }),
  'vault.lock': channel({
    summary: 'Drop the key and close the database. Safe to call when already locked.',
    access: 'public',
    audit: 'self',
    scope: 'none',
    input: z.strictObject({ reason: z.enum(['user', 'shortcut', 'idle', 'os-lock', 'suspend', 'exit']).default('user') }),
    output: z.object({ locked: z.literal(true) }),
  }),
  'vault.recover': channel({
    summary: 'Set a new password for an account with the recovery key. Issues a new recovery key; the old one stops working.',
    access: 'public',
    audit: 'self',
    scope: 'none',
    input: z.strictObject({ username: usernameSchema, recoveryKey: recoveryKeySchema, newPassword: passwordSchema }),
    output: z.object({ recoveryKey: z.string() }),
  }),
  'vault.changePassword': channel({
    summary: 'Change your own password. Re-wraps the database key; never re-keys the database.',
    access: 'any',
    audit: 'self',
    scope: 'none',
    input: z.strictObject({ currentPassword: text().min(1).max(512), newPassword: passwordSchema }),
    output: sessionSchema,
  }),
  'vault.rotateKey': channel({
    summary: 'Re-key the database: a new key, document keys re-wrapped, the keyring resealed, so a keyring copied before opens nothing. Also runs after every deactivation.',
    access: ['admin'],
    audit: 'self',
    scope: 'none',
    input: z.strictObject({}),
    output: z.object({ documents: z.number().int().nonnegative() }),
  }),
  'session.current': channel({
    summary: 'Who is signed in.',
    access: 'any',
    audit: 'none',
    scope: 'none',
    input: z.strictObject({}),
    output: sessionSchema,
  }),
};
