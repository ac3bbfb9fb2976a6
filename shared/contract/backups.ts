import { z } from 'zod';
import { isoDateTimeSchema, recoveryKeySchema, usernameSchema } from '../schemas';
import { text } from '../text';
import { channel } from './define';

/**
 * Backups (issue 14): encrypted copies of the whole vault (database under the same key, sealed documents,
 * the keyring) in a folder the admin picks, each with a manifest of hashes and counts (never case data).
 * The core writes them (electron/core/backups/); the renderer's Admin > Backups and the recovery screen
 * read them through these channels.
 */

/** A backup's folder name: its creation instant (UTC) and what started it; never a path (no traversal). */
export const BACKUP_ID = /^haven-backup-\d{8}T\d{6}Z-(manual|scheduled|pre-migration|cli)(-\d{1,3})?$/;
export const backupIdSchema = text().regex(BACKUP_ID, 'Not a backup name.');

export const backupTriggerSchema = z.enum(['manual', 'scheduled', 'pre-migration', 'cli']);

/** The outcome of the last verification of one backup (hashes, manifest, opened with the key, integrity_check). */
export const backupVerificationSchema = z.object({
  at: isoDateTimeSchema,
  ok: z.boolean(),
  /** Short codes ('hash:attachments/…', 'integrity', 'manifest', 'key'): file names at most, never data. */
  findings: z.array(z.string()),
});

export const backupEntrySchema = z.object({
  id: backupIdSchema,
  createdAt: isoDateTimeSchema,
  trigger: backupTriggerSchema,
  schemaVersion: z.number().int().nonnegative(),
  keyringGeneration: z.number().int().nonnegative(),
  /** Rows per table and documents: numbers only. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  bytes: z.number().int().nonnegative(),
  verified: backupVerificationSchema.nullable(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** A long job (backup, verify, restore) in progress or just finished; polled with backups.progress. */
export const backupJobSchema = z.object({
  jobId: z.string(),
  kind: z.enum(['backup', 'verify', 'restore']),
  phase: z.enum(['database', 'documents', 'keyring', 'verifying', 'swapping', 'done', 'failed']),
  /** Units of the current phase (documents copied, files hashed); total 0 when it cannot be counted. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  startedAt: isoDateTimeSchema,
  finishedAt: isoDateTimeSchema.nullable(),
  backupId: backupIdSchema.nullable(),
  /** An error code (shared/errors.ts) when the job failed. */
  error: z.string().nullable(),
});
export type BackupJob = z.infer<typeof backupJobSchema>;

/** Why the vault needs recovering, seen before anyone signs in (vault.status). */
export const recoveryStateSchema = z.object({
  reason: z.enum(['DATABASE_CORRUPT', 'DATABASE_UNREADABLE', 'DATABASE_MISSING']),
  detectedAt: isoDateTimeSchema.nullable(),
  /** The backup folder remembered outside the database (backups.json in the data folder), if any. */
  folder: z.string().nullable(),
  /** Newest first; those whose last verification passed are the ones to offer. */
  backups: z.array(backupEntrySchema.pick({ id: true, createdAt: true, trigger: true, verified: true })),
});
export type RecoveryState = z.infer<typeof recoveryStateSchema>;

const folderSchema = text()
  .trim()
  .min(1)
  .max(1024)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'Choose a folder by its full path.');

const admin = ['admin'] as const;

export const backupChannels = {
  'backups.list': channel({
    summary: 'The backup folder, the schedule, and every backup in it (age, trigger, verified?), newest first.',
    access: admin,
    audit: 'none',
    scope: 'none',
    input: z.strictObject({}),
    output: z.object({
      folder: z.string().nullable(),
      /** Automatic backups while unlocked, this often. */
      everyHours: z.number().int().positive(),
      latestAt: isoDateTimeSchema.nullable(),
      backups: z.array(backupEntrySchema),
      job: backupJobSchema.nullable(),
    }),
  }),
  'backups.setFolder': channel({
    summary: 'Choose the folder backups go to (an external drive). It must exist. Remembered outside the database too, for recovery.',
    access: admin,
    audit: 'change',
    scope: 'none',
    input: z.strictObject({ folder: folderSchema }),
    output: z.object({ folder: z.string() }),
  }),
  'backups.run': channel({
    summary: 'Start a backup now. Returns at once; follow it with backups.progress.',
    access: admin,
    audit: 'change',
    scope: 'none',
    input: z.strictObject({}),
    output: backupJobSchema,
  }),
  'backups.progress': channel({
    summary: 'The backup, verify or restore job in progress, or the last one finished (null: none since unlock).',
    access: admin,
    audit: 'none',
    scope: 'none',
    input: z.strictObject({}),
    output: backupJobSchema.nullable(),
  }),
  'backups.verify': channel({
    summary: 'Verify one backup: every hash, the manifest, and the database opened with its key (integrity_check).',
    access: admin,
    audit: 'change',
    scope: 'none',
    input: z.strictObject({ backupId: backupIdSchema }),
    output: backupVerificationSchema.extend({ backupId: backupIdSchema }),
  }),
  'backups.restore': channel({
    summary:
      'Restore a backup into a new folder, verify it, then swap it in place of the data folder (the current one is moved aside and kept). Needs your password as the backup knows it; Haven locks afterwards.',
    access: admin,
    audit: 'change',
    scope: 'none',
    input: z.strictObject({ backupId: backupIdSchema, password: text().min(1).max(512) }),
    output: z.object({ backupId: backupIdSchema, keptAs: z.string() }),
  }),
};

/** Pre-unlock: the recovery screen's restore, only while vault.status reports a recovery state. */
export const recoveryChannels = {
  'vault.restoreBackup': channel({
    summary:
      'Recovery: restore a backup over a damaged or unreadable database (the damaged files are moved aside, never deleted). Needs an admin password, or the recovery key, that opens the backup.',
    access: 'public',
    audit: 'self',
    scope: 'none',
    input: z.union([
      z.strictObject({ backupId: backupIdSchema, username: usernameSchema, password: text().min(1).max(512) }),
      z.strictObject({ backupId: backupIdSchema, recoveryKey: recoveryKeySchema }),
    ]),
    output: z.object({ backupId: backupIdSchema, keptAs: z.string() }),
  }),
};
