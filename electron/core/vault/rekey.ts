import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { anchorAudit, anchorMac, anchorProblem } from '../audit/anchor';
import { appendAudit } from '../audit/chain';
import { keyAad } from '../documents/service';
import { documentKeys, setDocumentKey } from '../documents/queries';
import type { OutputOf } from '../../../shared/contract';
import { CoreError, fail } from '../errors';
import type { Ctx, Runtime } from '../runtime';
import { inTransaction, type Db } from '../store/connection';
import { readDbSalt } from '../store/health';
import { rekeyDatabase } from '../store/rekey';
import { unwrapKey, wrapKey, wrappedSchema } from './crypto';
import { pathsFor, renameDurable, syncDir, writeFileAtomic } from './files';
import { accountAad, discardPending, keyringDigest, readKeyring, readPending, recoveryAad, resolvePending, type Keyring } from './keyring';
import { keyringIntentCommitted, keyringState, recordKeyringState, rekeyOwed } from './queries';
import { seal } from './sealed';

/**
 * Re-keying: a new random database key, so a keyring copied before (with any password it held, a deactivated
 * account's included) opens nothing of the database from then on. What changes:
 *  - the database file: PRAGMA rekey (SQLite3MultipleCiphers rewrites every page under the new key in one
 *    transaction). It refuses in WAL mode, so the WAL is checkpointed and the journal switched to DELETE for
 *    the rekey and back to WAL after; a crash inside it rolls back from the journal to the old key whole;
 *  - each document's file key, wrapped under the database key in its row, re-wrapped (the files are not
 *    touched: their own random keys do not change);
 *  - the keyring: the new key sealed to every remaining account's and the recovery key's public key
 *    (sealed.ts), one generation up; the audit anchor re-MACed under the new key.
 *
 * Crash safety rides on the pending-keyring scheme (keyring.ts), in this order:
 *  1. keyring.pending.json (the new key sealed, an intent id) written, nothing else changed;
 *  2. PRAGMA rekey: the database is under the old key until it commits, under the new one after;
 *  3. one transaction under the new key: document keys re-wrapped (old key -> new), the keyring generation
 *     and digest recorded, and the audit record carrying the intent id;
 *  4. the pending keyring moved into place.
 * A crash before 2 commits: the old keyring opens the old database; the pending file has no committed intent
 * and is discarded. Between 2 and 3: the database only opens with the pending key; the next unlock, whose
 * password opens both the keyring in force (old key) and the pending one (new key), finishes 3 and 4
 * (rollForwardRekey). After 3: the intent is committed and the usual resolution installs the keyring.
 *
 * Residual risk, said plainly: a copy of the database FILE taken before the re-key stays readable with the
 * old keyring and an old password. Re-keying protects the live vault and everything written after it.
 */
export interface RekeyStep {
  step: 'database' | 'documents' | 'keyring';
  done: number;
  total: number;
}
export type RekeyProgress = (p: RekeyStep) => void;

export interface RekeyResult {
  documents: number;
  /** Audit record of the re-key (its id). */
  auditId: number;
}

/** Accounts whose entry predates the sealed form cannot be carried through a re-key without their password. */
export function unsealedEntries(k: Keyring): string[] {
  const out = k.accounts.filter((a) => !a.publicKey || !a.sealed).map((a) => a.username);
  if (!k.recovery.publicKey || !k.recovery.sealed) out.push('(recovery key)');
  return out;
}

/** The keyring that goes with `newKey`: every remaining entry resealed, the anchor re-MACed. */
function nextKeyring(k: Keyring, oldKey: Buffer, newKey: Buffer, db: Db): Keyring {
  const generation = Math.max(k.generation ?? 0, keyringState(db)?.generation ?? 0) + 1;
  const a = k.auditAnchor;
  const anchor = a && !anchorProblem(db, oldKey, k) ? { ...a, mac: anchorMac(newKey, k.vaultId, a.count, a.hash) } : undefined;
  const next: Keyring = {
    ...k,
    generation,
    accounts: k.accounts.map((x) => ({ ...x, sealed: seal(x.publicKey!, newKey, accountAad(k, x.staffId, x.username)) })),
    recovery: { ...k.recovery, sealed: seal(k.recovery.publicKey!, newKey, recoveryAad(k)) },
  };
  delete next.auditAnchor;
  return anchor ? { ...next, auditAnchor: anchor } : next;
}

/**
 * haven.db as it was under the old key, kept only while a re-key runs. PRAGMA rekey is one journaled
 * transaction, but a kill -9 at some moments of it left a file that neither key opened (seen in about 1 of
 * 60 random kills with a hot journal beside it). So the checkpointed file is copied first (fsynced), and an
 * unlock that finds neither key opening haven.db puts the copy back: the re-key did not happen. It is removed
 * once the re-key is settled either way. It holds nothing the old key did not already open.
 */
export const preRekeyCopy = (dataDir: string) => `${pathsFor(dataDir).db}.prerekey`;

function copyDurable(from: string, to: string): void {
  copyFileSync(from, to);
  chmodSync(to, 0o600);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  syncDir(dirname(to));
}

/** After an unlock settled any staged keyring: the pre-rekey copy is no longer needed (see preRekeyCopy). */
export function removePreRekeyCopy(dataDir: string): void {
  if (!existsSync(pathsFor(dataDir).keyringPending)) rmSync(preRekeyCopy(dataDir), { force: true });
}

/**
 * Neither the keyring's key nor the staged one opens haven.db and a pre-rekey copy exists: a re-key was killed
 * inside its PRAGMA. The copy goes back in place (with the journal removed) and the staged keyring is dropped.
 */
export function restorePreRekeyCopy(dataDir: string): boolean {
  const copy = preRekeyCopy(dataDir);
  if (!existsSync(copy)) return false;
  const db = pathsFor(dataDir).db;
  rmSync(`${db}-journal`, { force: true });
  renameDurable(copy, db);
  discardPending(dataDir);
  return true;
}

/**
 * Seams for the crash test (test/unit/vault/rekey-child.ts sets them in its own bundled process to kill itself right
 * after the pre-rekey copy is made, or right after the PRAGMA committed, the roll-forward window). Nothing in the
 * app sets them.
 */
export const rekeySeams: { beforePragma: () => void; afterPragma: () => void } = { beforePragma: () => undefined, afterPragma: () => undefined };

/** Step 2: PRAGMA rekey (store/rekey.ts), the file copied first (preRekeyCopy). */
function rekeyFile(dataDir: string, db: Db, newKey: Buffer, progress: RekeyProgress): void {
  progress({ step: 'database', done: 0, total: 1 });
  rekeyDatabase(db, newKey, () => {
    copyDurable(pathsFor(dataDir).db, preRekeyCopy(dataDir));
    rekeySeams.beforePragma();
  });
  progress({ step: 'database', done: 1, total: 1 });
  rekeySeams.afterPragma();
}

/**
 * PRAGMA rekey gives the file a new salt (its first 16 bytes). The staged keyring is rewritten to record it, before
 * the intent commits, so the keyring installed after names the re-keyed file: otherwise the next start's salt check
 * (backups/recovery.ts) takes the vault's own database for another vault's (DATABASE_UNREADABLE, the recovery
 * screen). The salt is outside the keyring digest, so the record in the database still matches. A crash before this
 * rewrite is settled by rollForwardRekey, which calls it too.
 */
function stageNewSalt(dataDir: string): void {
  const pending = readPending(dataDir) ?? fail('KEYRING_CORRUPT');
  const salt = readDbSalt(pathsFor(dataDir).db)?.toString('base64');
  if (!salt || pending.keyring.dbSalt === salt) return;
  writeFileAtomic(pathsFor(dataDir).keyringPending, JSON.stringify({ ...pending.keyring, dbSalt: salt, pendingIntent: pending.intent }, null, 2));
}

/** Step 3: one transaction under the new key. */
function finishInDatabase(db: Db, oldKey: Buffer, newKey: Buffer, next: Keyring, intent: string, audit: { at: Date; actorId: number | null; reason: string }, progress: RekeyProgress): RekeyResult {
  return inTransaction(db, () => {
    const docs = documentKeys(db);
    let done = 0;
    for (const d of docs) {
      const fileKey = unwrapKey(oldKey, wrappedSchema.parse(JSON.parse(d.wrapped_key)), keyAad(d.file_id));
      // A wrap that does not open under the old key is already under the new one (or damaged): left as it is.
      if (fileKey) {
        setDocumentKey(db, d.id, JSON.stringify(wrapKey(newKey, fileKey, keyAad(d.file_id))));
        fileKey.fill(0);
      }
      if (++done % 1000 === 0) progress({ step: 'documents', done, total: docs.length });
    }
    progress({ step: 'documents', done: docs.length, total: docs.length });
    recordKeyringState(db, { generation: next.generation!, digest: keyringDigest(next) });
    const auditId = appendAudit(db, audit.at, { actorId: audit.actorId, action: 'vault.rotateKey', target: null, outcome: 'ok', detail: { keyringIntent: intent, documents: docs.length, reason: audit.reason } });
    return { documents: docs.length, auditId };
  });
}

/**
 * Re-keys the open vault: `db` is open under `oldKey` (the runtime's), no transaction open. Returns the new
 * key; the caller puts it in the runtime and zeroes the old one.
 */
export function rekeyVault(dataDir: string, db: Db, oldKey: Buffer, audit: { at: Date; actorId: number | null; reason: string }, progress: RekeyProgress = () => undefined): { key: Buffer; result: RekeyResult } {
  const k = readKeyring(dataDir);
  const unsealed = unsealedEntries(k);
  if (unsealed.length) {
    fail('VALIDATION', 'Some keyring entries are from an older version and cannot be re-keyed without their password: each of these people signs in once (or has their password reset), and a new recovery key is made, first.', {
      fields: Object.fromEntries(unsealed.map((u) => [u, 'older keyring entry'])),
    });
  }
  if (db.inTransaction) fail('INTERNAL');
  const newKey = randomBytes(32);
  const next = nextKeyring(k, oldKey, newKey, db);
  const intent = randomBytes(16).toString('hex');
  // 1. staged (keyring.ts's format: a whole keyring plus its intent id)
  writeFileAtomic(pathsFor(dataDir).keyringPending, JSON.stringify({ ...next, pendingIntent: intent }, null, 2));
  try {
    rekeyFile(dataDir, db, newKey, progress);
  } catch (e) {
    // The rekey did not commit: the database is under the old key, the staged keyring means nothing.
    discardPending(dataDir);
    rmSync(preRekeyCopy(dataDir), { force: true });
    newKey.fill(0);
    throw e;
  }
  stageNewSalt(dataDir);
  const result = finishInDatabase(db, oldKey, newKey, next, intent, audit, progress);
  progress({ step: 'keyring', done: 0, total: 1 });
  resolvePending(dataDir, db);
  removePreRekeyCopy(dataDir);
  anchorAudit(dataDir, db, newKey);
  progress({ step: 'keyring', done: 1, total: 1 });
  return { key: newKey, result };
}

/**
 * Unlock found the database refusing the key of the keyring in force while a staged keyring's key (the same
 * password) opens it: a re-key was cut between its PRAGMA and its last transaction (or before the keyring was
 * moved). Finishes it with both keys and installs the staged keyring. `db` is open under `newKey`.
 */
export function rollForwardRekey(dataDir: string, db: Db, oldKey: Buffer, newKey: Buffer, at: Date): void {
  stageNewSalt(dataDir);
  const pending = readPending(dataDir) ?? fail('KEYRING_CORRUPT');
  if (!keyringIntentCommitted(db, pending.intent)) {
    finishInDatabase(db, oldKey, newKey, pending.keyring, pending.intent, { at, actorId: null, reason: 'finished-after-crash' }, () => undefined);
  }
  // The staged keyring carries the audit anchor re-MACed under the new key.
  if (resolvePending(dataDir, db) !== 'installed') fail('KEYRING_STALE');
  removePreRekeyCopy(dataDir);
}

/** vault.rotateKey (admins): re-keys now; the session goes on under the new key. */
export function rotateKey(ctx: Ctx): OutputOf<'vault.rotateKey'> {
  const { key, result } = rekeyVault(ctx.rt.dataDir, ctx.db, ctx.key, { at: ctx.now, actorId: ctx.session.staffId, reason: 'admin' });
  swapKey(ctx, key);
  return { documents: result.documents };
}

function swapKey(ctx: Ctx, key: Buffer): void {
  ctx.rt.key?.fill(0);
  ctx.rt.key = key;
}

/**
 * After a deactivation commits (staff/service.ts): re-key, so the person's old keyring copy and password open
 * nothing. The deactivation stands whatever happens here; a re-key that cannot run (older keyring entries) or
 * fails is recorded in the audit log, and an admin can run vault.rotateKey once it can. A crash that cuts it
 * short leaves it owed (queries.ts rekeyOwed), and the next unlock or recovery finishes it (finishOwedRekey).
 */
export function rekeyAfterDeactivation(ctx: Ctx, staffId: number): void {
  const key = rekeyOrRecord(ctx.rt.dataDir, ctx.db, ctx.key, ctx.now, ctx.session.staffId, `staff:${staffId}`, `deactivate:${staffId}`);
  if (key) swapKey(ctx, key);
}

/** The re-key, or (it failed) an audit record saying so. Returns the new key, or null. */
function rekeyOrRecord(dataDir: string, db: Db, key: Buffer, at: Date, actorId: number | null, target: string, reason: string): Buffer | null {
  try {
    return rekeyVault(dataDir, db, key, { at, actorId, reason }).key;
  } catch (e) {
    const code = e instanceof CoreError ? e.code : 'INTERNAL';
    try {
      inTransaction(db, () => appendAudit(db, at, { actorId, action: 'vault.rotateKey', target, outcome: `failed:${code}`, detail: { reason: reason.split(':')[0]! } }));
    } catch {
      // The database refused even the record: the deactivation itself is committed.
    }
    return null;
  }
}

/**
 * Unlock and vault.recover, before anything is served: a deactivation whose re-key never completed (a kill inside
 * it, after which the pre-rekey copy went back under the old key, or a failure) is re-keyed now, so a keyring copied
 * before and the deactivated password stop opening the live database. Skipped, silently, while older keyring
 * entries make a re-key impossible (the deactivation already recorded that failure). Returns the new key, or null.
 */
export function finishOwedRekey(rt: Runtime, db: Db, key: Buffer, actorId: number | null): Buffer | null {
  const owed = rekeyOwed(db);
  if (!owed || unsealedEntries(readKeyring(rt.dataDir)).length) return null;
  return rekeyOrRecord(rt.dataDir, db, key, rt.now(), actorId, owed, `owed-after-deactivation:${owed}`);
}
