import { z } from 'zod';
import { scheduleCheckSchema } from './sessions/schemas';

/**
 * Stable error codes. The UI translates a code into a human message; the core never sends a stack trace
 * or SQL text. Add codes at the end; never rename one (scripts and tests match on them).
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'THROTTLED',
  'CONSENT_REQUIRED',
  'UNKNOWN_CHANNEL',
  'NOT_INITIALIZED',
  'ALREADY_INITIALIZED',
  'BAD_CREDENTIALS',
  'ACCOUNT_INACTIVE',
  'KEYRING_MISSING',
  'KEYRING_CORRUPT',
  'KEYRING_STALE',
  'DATABASE_TOO_NEW',
  'DATABASE_UNREADABLE',
  'LAST_ADMIN',
  'INTERNAL',
  'PASSWORD_CHANGE_REQUIRED',
  'NEED_TO_KNOW',
  'VAULT_FILES_PRESENT',
  'DATABASE_CORRUPT',
  'STORE_UNAVAILABLE',
  'BACKUP_FOLDER_NOT_SET',
  'BACKUP_FOLDER_UNAVAILABLE',
  'BACKUP_INVALID',
  'BACKUP_BUSY',
  'FOLDER_NOT_EMPTY',
  'RECOVERY_NOT_NEEDED',
  'DATA_DIR_IN_USE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Field path -> short reason, for VALIDATION. Never echoes the submitted value. */
  fields: z.record(z.string(), z.string()).optional(),
  /** For THROTTLED: how long until the next attempt is accepted. */
  retryAfterMs: z.number().int().nonnegative().optional(),
  /** For CONFLICT: the record as it is now, so the UI can show what moved. */
  current: z.unknown().optional(),
  /** For CONFLICT on a booking (sessions): what clashes, and the next free slots. */
  schedule: scheduleCheckSchema.optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Default English messages; the renderer has its own translated ones keyed by code. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: 'Some of the information is not valid.',
  UNAUTHENTICATED: 'Haven is locked. Unlock to continue.',
  FORBIDDEN: 'Your role does not allow this.',
  NOT_FOUND: 'That record does not exist.',
  CONFLICT: 'Someone else changed this record. Review the current version and try again.',
  LOCKED: 'Haven is locked.',
  THROTTLED: 'Too many failed attempts. Wait before trying again.',
  CONSENT_REQUIRED: 'An active release of information is required before sharing.',
  UNKNOWN_CHANNEL: 'Unknown request.',
  NOT_INITIALIZED: 'No Haven data was found in this folder.',
  ALREADY_INITIALIZED: 'This folder already holds Haven data; nothing was changed.',
  BAD_CREDENTIALS: 'The name or password is not correct.',
  ACCOUNT_INACTIVE: 'This account has been deactivated.',
  KEYRING_MISSING: 'The keyring file is missing. Restore keyring.json from a backup.',
  KEYRING_CORRUPT: 'The keyring file is damaged. Restore keyring.json from a backup.',
  KEYRING_STALE: 'This keyring is older than the database (or is not the one it last saved): later changes to accounts, passwords or the recovery key are missing from it. Restore the newest keyring.json from a backup.',
  DATABASE_TOO_NEW: 'This data was written by a newer version of Haven. Update Haven to open it.',
  DATABASE_UNREADABLE: 'The database could not be opened with this keyring.',
  LAST_ADMIN: 'At least one active administrator must remain.',
  INTERNAL: 'Something went wrong. Nothing was changed.',
  PASSWORD_CHANGE_REQUIRED: 'Choose a new password before continuing.',
  NEED_TO_KNOW: 'You are not assigned to this case, or this part of it is not part of your work on it.',
  VAULT_FILES_PRESENT: 'This folder already holds Haven files (a keyring, database or attachments); nothing was changed. Choose an empty folder, or restore the missing files from a backup.',
  DATABASE_CORRUPT: 'The database file is damaged. Haven stopped writing to it; restore it from a backup.',
  STORE_UNAVAILABLE: 'The database engine could not be loaded. Reinstall Haven; your data was not touched.',
  BACKUP_FOLDER_NOT_SET: 'No backup folder is chosen yet. Choose one in Admin > Backups.',
  BACKUP_FOLDER_UNAVAILABLE: 'The backup folder cannot be reached or written. Connect the drive, or choose another folder.',
  BACKUP_INVALID: 'This backup failed its check (a file is missing or changed, or the database is damaged). Choose another backup.',
  BACKUP_BUSY: 'A backup, check or restore is already running. Wait for it to finish.',
  FOLDER_NOT_EMPTY: 'The destination folder is not empty. Restore into a new, empty folder.',
  RECOVERY_NOT_NEEDED: 'The database opens normally: restoring over it from the start screen is not allowed. Sign in and use Admin > Backups.',
  DATA_DIR_IN_USE: 'Another Haven window or haven command already has this data folder open. Close it first; nothing was changed.',
};
