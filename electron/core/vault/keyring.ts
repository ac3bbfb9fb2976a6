import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { fail } from '../errors';
import type { Db } from '../store/connection';
import { kdfParamsSchema, wrappedSchema } from './crypto';
import { onVaultFile, pathsFor, writeFileAtomic } from './files';
import { publicKeySchema, sealedSchema } from './sealed';
import { adoptKeyringDigest, keyringIntentCommitted, keyringState, recordKeyringState } from './queries';

/**
 * keyring.json holds only what unlocking needs: salts, KDF parameters and wrapped copies of the database
 * key, plus each account's login handle so the lock screen can offer a picker. No names, no case data.
 */
const accountSchema = z.object({
  staffId: z.number().int().positive(),
  username: z.string(),
  kdf: kdfParamsSchema,
  /** The database key under the password's key (older entries), or the private key of publicKey (sealed.ts). */
  wrapped: wrappedSchema,
  publicKey: publicKeySchema.optional(),
  sealed: sealedSchema.optional(),
});
export type KeyringAccount = z.infer<typeof accountSchema>;

/** Mirror of the failed-unlock counter (throttle.ts), so deleting unlock-attempts.json is noticed. */
export const attemptsMirrorSchema = z.object({
  seq: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.number(),
  /** SHA-256 of the counter file as last written: any edit of that file alone is noticed. */
  digest: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** How many failures were waiting for the audit log: erasing them from the file alone is noticed and counted. */
  pending: z.number().int().nonnegative().optional(),
});
export type AttemptsMirror = z.infer<typeof attemptsMirrorSchema>;

const keyringSchema = z.object({
  format: z.literal('haven-keyring'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  accounts: z.array(accountSchema),
  recovery: z.object({ salt: z.string().min(16).max(128), wrapped: wrappedSchema, publicKey: publicKeySchema.optional(), sealed: sealedSchema.optional() }),
  /** The first 16 bytes of haven.db (SQLCipher's salt, stored in the clear): tells a damaged file from another vault's. */
  dbSalt: z.string().optional(),
  attempts: attemptsMirrorSchema.optional(),
  /** Bumped by every change of key material; the database records it with the keyring's digest (migration 0004). */
  generation: z.number().int().nonnegative().optional(),
  /** The audit log's tail, anchored outside the database under a MAC keyed from the database key (audit/anchor.ts). */
  auditAnchor: z.object({ count: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/), mac: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
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
  try {
    if (!existsSync(file)) fail('KEYRING_MISSING');
    return parseKeyring(onVaultFile(file, 'KEYRING_CORRUPT', () => readFileSync(file, 'utf8')));
  } catch (e) {
    // A truncated or damaged keyring.json: the mirror is the same generation (see KEYRING_MIRROR_FILE), and
    // unlocking still checks it against the database's record (assertKeyringCurrent), so it revives nothing.
    const mirror = readKeyringMirror(dataDir);
    if (mirror) return mirror;
    throw e;
  }
}

/** The mirror copy, or null when there is none or it does not parse. */
export function readKeyringMirror(dataDir: string): Keyring | null {
  const file = pathsFor(dataDir).keyringMirror;
  try {
    return existsSync(file) ? parseKeyring(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

export function writeKeyringMirror(dataDir: string, k: Keyring): void {
  writeFileAtomic(pathsFor(dataDir).keyringMirror, JSON.stringify(keyringSchema.parse(k), null, 2));
}

/**
 * After an unlock proved the keyring current (assertKeyringCurrent): the mirror becomes a copy of it, and a
 * damaged keyring.json read through the mirror is rewritten from it. Only a keyring the database names
 * (its generation and digest) is ever mirrored.
 */
export function refreshKeyringMirror(dataDir: string, db: Db): void {
  const k = readKeyring(dataDir);
  const state = keyringState(db);
  if (state?.digest && state.digest !== keyringDigest(k)) return;
  const mirror = readKeyringMirror(dataDir);
  if (!mirror || keyringDigest(mirror) !== keyringDigest(k) || JSON.stringify(mirror.attempts) !== JSON.stringify(k.attempts)) writeKeyringMirror(dataDir, k);
  let main: Keyring | null = null;
  try {
    main = parseKeyring(readFileSync(pathsFor(dataDir).keyring, 'utf8'));
  } catch {
    main = null;
  }
  if (!main) writeFileAtomic(pathsFor(dataDir).keyring, JSON.stringify(keyringSchema.parse(k), null, 2));
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
  // The failure-counter mirror changes while locked: the keyring mirror follows it, but only within the same
  // key material (a new generation is mirrored once settled: installPending, refreshKeyringMirror).
  const mirror = readKeyringMirror(dataDir);
  if (mirror && keyringDigest(mirror) === keyringDigest(k)) writeKeyringMirror(dataDir, k);
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

/**
 * What the database records of a keyring: its key material (accounts, recovery wrap, vault id, generation),
 * not the failure-counter mirror or the database salt, which are rewritten while locked.
 */
export function keyringDigest(k: Keyring): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, canonical((v as Record<string, unknown>)[key])])) : v;
  const material = { vaultId: k.vaultId, generation: k.generation ?? 0, recovery: k.recovery, accounts: [...k.accounts].sort((a, b) => a.staffId - b.staffId) };
  return createHash('sha256').update(JSON.stringify(canonical(material))).digest('hex');
}

/**
 * Stages `k` as the next keyring, one generation past both the keyring and the database, and records that
 * generation and digest in the database. Must run inside the transaction that makes the change: the record
 * commits or rolls back with it, so the database always names the keyring that goes with it.
 */
export function stageKeyring(dataDir: string, db: Db, k: Keyring): Staged {
  const intent = randomBytes(16).toString('hex');
  const generation = Math.max(k.generation ?? 0, keyringState(db)?.generation ?? 0) + 1;
  const next = keyringSchema.parse({ ...k, generation });
  writeFileAtomic(pathsFor(dataDir).keyringPending, JSON.stringify({ ...next, pendingIntent: intent }, null, 2));
  recordKeyringState(db, { generation, digest: keyringDigest(next) });
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

/**
 * Puts the staged keyring in force without its intent id (a copy of keyring.json must never pass for a staged
 * change), keeping the failure-counter mirror the current keyring holds. A crash after the write and before
 * the removal leaves a pending file of the installed generation, which resolvePending discards.
 */
export function installPending(dataDir: string): void {
  const p = pathsFor(dataDir);
  const pending = readPending(dataDir) ?? fail('KEYRING_CORRUPT');
  let attempts: AttemptsMirror | undefined;
  try {
    attempts = readKeyring(dataDir).attempts;
  } catch {
    attempts = pending.keyring.attempts;
  }
  const next = { ...pending.keyring, ...(attempts ? { attempts } : {}) };
  onVaultFile(p.keyring, 'KEYRING_CORRUPT', () => writeKeyring(dataDir, next));
  // Settled: the database committed this keyring's generation and digest (stageKeyring), so it is the current one.
  onVaultFile(p.keyringMirror, 'KEYRING_CORRUPT', () => writeKeyringMirror(dataDir, next));
  discardPending(dataDir);
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
  if (pending && keyringIntentCommitted(db, pending.intent) && isRecorded(dataDir, db, pending.keyring)) {
    installPending(dataDir);
    return 'installed';
  }
  discardPending(dataDir);
  return 'discarded';
}

/**
 * A staged keyring is installed only if it is the one the database recorded and newer than the keyring in
 * force: an old keyring.json copied to keyring.pending.json (with a committed intent id) is not. A database
 * from before migration 0004 records nothing; the intent id alone decides there, as it did.
 */
function isRecorded(dataDir: string, db: Db, k: Keyring): boolean {
  const state = keyringState(db);
  if (!state) return true;
  let installed = -1;
  try {
    installed = readKeyring(dataDir).generation ?? 0;
  } catch {
    // Missing or damaged keyring.json: the recorded pending keyring is the way back.
  }
  return (k.generation ?? 0) > installed && k.generation === state.generation && keyringDigest(k) === state.digest;
}

/**
 * After a staged keyring was settled: the keyring in force must be the one the database last recorded.
 * An older copy put back would revive what later changes revoked (a used recovery key, a replaced password,
 * a deactivated account): KEYRING_STALE. The first unlock after migration 0004 adopts the keyring in force.
 */
export function assertKeyringCurrent(dataDir: string, db: Db): void {
  const state = keyringState(db);
  if (!state) return;
  const k = readKeyring(dataDir);
  const digest = keyringDigest(k);
  if (state.digest === null && (k.generation ?? 0) >= state.generation) return adoptKeyringDigest(db, digest);
  if (digest !== state.digest) fail('KEYRING_STALE');
}
