import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { fail } from '../errors';
import type { Db } from '../store/connection';
import { kdfParamsSchema, wrappedSchema } from './crypto';
import { onVaultFile, pathsFor, renameDurable, writeFileAtomic } from './files';
import { keyringIntentCommitted } from './queries';

/**
 * keyring.json holds only what unlocking needs: salts, KDF parameters and wrapped copies of the database
 * key, plus each account's login handle so the lock screen can offer a picker. No names, no case data.
 */
const accountSchema = z.object({
  staffId: z.number().int().positive(),
  username: z.string(),
  kdf: kdfParamsSchema,
  wrapped: wrappedSchema,
});
export type KeyringAccount = z.infer<typeof accountSchema>;

/** Mirror of the failed-unlock counter (throttle.ts), so deleting unlock-attempts.json is noticed. */
export const attemptsMirrorSchema = z.object({
  seq: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.number(),
});
export type AttemptsMirror = z.infer<typeof attemptsMirrorSchema>;

const keyringSchema = z.object({
  format: z.literal('haven-keyring'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  accounts: z.array(accountSchema),
  recovery: z.object({ salt: z.string().min(16).max(128), wrapped: wrappedSchema }),
  /** The first 16 bytes of haven.db (SQLCipher's salt, stored in the clear): tells a damaged file from another vault's. */
  dbSalt: z.string().optional(),
  attempts: attemptsMirrorSchema.optional(),
});
export type Keyring = z.infer<typeof keyringSchema>;

export const accountAad = (k: Pick<Keyring, 'vaultId'>, staffId: number, username: string) =>
  `haven-keyring/v1|${k.vaultId}|account|${staffId}|${username}`;
export const recoveryAad = (k: Pick<Keyring, 'vaultId'>) => `haven-keyring/v1|${k.vaultId}|recovery`;

export function keyringExists(dataDir: string): boolean {
  return existsSync(pathsFor(dataDir).keyring);
}

function parseKeyring(text: string): Keyring {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('KEYRING_CORRUPT');
  }
  const r = keyringSchema.safeParse(parsed);
  return r.success ? r.data : fail('KEYRING_CORRUPT');
}

export function readKeyring(dataDir: string): Keyring {
  const file = pathsFor(dataDir).keyring;
  if (!existsSync(file)) fail('KEYRING_MISSING');
  return parseKeyring(onVaultFile(file, 'KEYRING_CORRUPT', () => readFileSync(file, 'utf8')));
}

/**
 * Replaces keyring.json in one atomic rename (write to a temporary, fsync, rename, fsync the folder): a crash
 * leaves the old keyring or the new one, never a mix, so no backup copy is kept. A copy would outlive a
 * revocation (a deactivated account's wrap, a replaced password, a used recovery key).
 */
export function writeKeyring(dataDir: string, k: Keyring): void {
  // keyring.previous.json (older versions) is removed only by signed-in paths (resolvePending, installPending):
  // this write also serves the lock screen's failure counter, and no public channel removes key material.
  writeFileAtomic(pathsFor(dataDir).keyring, JSON.stringify(keyringSchema.parse(k), null, 2));
}

/*
 * A change that touches both the database and the keyring (staff.create, resetPassword, deactivate,
 * reactivate, changePassword, recover) cannot be one transaction. So the next keyring is staged in
 * keyring.pending.json with a random intent id BEFORE the commit, the database change carries the same id in
 * its audit record, and the pending file is moved over keyring.json AFTER the commit. A crash in between is
 * settled at the next unlock or lock, once the database can be read: the id in the audit log means the change
 * committed (install the pending keyring); no id means it did not (discard it).
 */
// The staged file is a whole keyring plus its intent id (ignored when read as a keyring), so installing it is one rename.
const pendingSchema = z.object({ pendingIntent: z.string().regex(/^[0-9a-f]{32}$/) });

export interface Staged {
  intent: string;
}

export function stageKeyring(dataDir: string, k: Keyring): Staged {
  const intent = randomBytes(16).toString('hex');
  writeFileAtomic(pathsFor(dataDir).keyringPending, JSON.stringify({ ...keyringSchema.parse(k), pendingIntent: intent }, null, 2));
  return { intent };
}

/** The staged keyring, or null when there is none or it cannot be read (then it is discarded at resolution). */
export function readPending(dataDir: string): { intent: string; keyring: Keyring } | null {
  const file = pathsFor(dataDir).keyringPending;
  if (!existsSync(file)) return null;
  // A file that cannot be read at all (a directory, EIO) is refused rather than removed: it is not ours to judge.
  const body = onVaultFile(file, 'KEYRING_CORRUPT', () => readFileSync(file, 'utf8'));
  try {
    const raw: unknown = JSON.parse(body);
    return { intent: pendingSchema.parse(raw).pendingIntent, keyring: keyringSchema.parse(raw) };
  } catch {
    return null;
  }
}

export function installPending(dataDir: string): void {
  const p = pathsFor(dataDir);
  onVaultFile(p.keyringPending, 'KEYRING_CORRUPT', () => renameDurable(p.keyringPending, p.keyring));
  removePrevious(dataDir);
}

const removePrevious = (dataDir: string) => {
  const file = pathsFor(dataDir).keyringPrevious;
  onVaultFile(file, 'KEYRING_CORRUPT', () => rmSync(file, { force: true }));
};

export function discardPending(dataDir: string): void {
  const file = pathsFor(dataDir).keyringPending;
  onVaultFile(file, 'KEYRING_CORRUPT', () => rmSync(file, { force: true }));
}

/**
 * Settles a staged keyring against the database (see above), and removes keyring.previous.json left by older
 * versions: it may hold wraps the current keyring revoked. Returns what happened, for the caller's checks.
 */
export function resolvePending(dataDir: string, db: Db): 'none' | 'installed' | 'discarded' {
  const p = pathsFor(dataDir);
  removePrevious(dataDir);
  if (!existsSync(p.keyringPending)) return 'none';
  const pending = readPending(dataDir);
  if (pending && keyringIntentCommitted(db, pending.intent)) {
    installPending(dataDir);
    return 'installed';
  }
  discardPending(dataDir);
  return 'discarded';
}
