import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Session, Staff } from '../../../shared/schemas';
import { anchorAudit } from '../audit/anchor';
import { appendAudit } from '../audit/chain';
import { sweepPartialFiles } from '../documents/files';
import { fileCommitted } from '../documents/queries';
import { CoreError, fail } from '../errors';
import type { Ctx, Runtime } from '../runtime';
import { getSettings, insertSettings } from '../settings/queries';
import { getStaff, getStaffByUsername, insertStaff, updateStaffRow } from '../staff/queries';
import { inTransaction, openDatabase, type Db } from '../store/connection';
import { isDamaged, readDbSalt } from '../store/health';
import { migrate } from '../store/migrations';
import {
  deriveKey,
  deriveRecoveryKey,
  newKdfParams,
  newRecoverySecret,
  parseRecoverySecret,
  type KdfCost,
} from './crypto';
import { ensureDataDir, pathsFor, renameDurable, vaultFilesPresent } from './files';
import {
  accountAad,
  assertKeyringCurrent,
  discardPending,
  installPending,
  keyringExists,
  readKeyring,
  readPending,
  refreshKeyringMirror,
  recoveryAad,
  resolvePending,
  stageKeyring,
  writeKeyring,
  type Keyring,
  type KeyringAccount,
} from './keyring';
import { openVaultDb, prepareDataDir } from './start';
import { newEntry, openAccountEntry, openEntry, openRecoveryEntry } from './sealed';
import { finishOwedRekey, removePreRekeyCopy, restorePreRekeyCopy, rollForwardRekey } from './rekey';
import { permissionFinding } from './permissions';
import { Throttle, withUnlockLock } from './throttle';
import { needsCheckAtUnlock, rememberClosedSound, soundAtUnlock } from '../backups/health';
import { backupBeforeMigration } from '../backups/premigration';
import { clearDamage, noteDamage, recoveryState } from '../backups/recovery';

export const toSession = (s: Staff): Session => ({
  staffId: s.id,
  username: s.username,
  displayName: s.displayName,
  roles: s.roles,
  mustChangePassword: s.mustChangePassword,
});

export const isInitialized = (dataDir: string) => existsSync(pathsFor(dataDir).db);

/** A wrapped copy of the database key for one account, under a key derived from its password. */
export async function wrapForAccount(k: Keyring, dbKey: Buffer, staffId: number, username: string, password: string, cost: KdfCost): Promise<KeyringAccount> {
  const kdf = newKdfParams(cost);
  const kek = await deriveKey(password, kdf);
  return { staffId, username, kdf, ...newEntry(kek, dbKey, accountAad(k, staffId, username)) };
}

export function withAccount(k: Keyring, a: KeyringAccount): Keyring {
  return { ...k, accounts: [...k.accounts.filter((x) => x.staffId !== a.staffId), a] };
}

export function withoutAccount(k: Keyring, staffId: number): Keyring {
  return { ...k, accounts: k.accounts.filter((x) => x.staffId !== staffId) };
}

function newRecovery(k: Pick<Keyring, 'vaultId'>, dbKey: Buffer) {
  const { secret, display } = newRecoverySecret();
  const salt = randomBytes(16).toString('base64');
  return { display, recovery: { salt, ...newEntry(deriveRecoveryKey(secret, salt), dbKey, recoveryAad(k)) } };
}

export function vaultStatus(rt: Runtime): OutputOf<'vault.status'> {
  prepareDataDir(rt.dataDir);
  const initialized = isInitialized(rt.dataDir);
  let problem: 'KEYRING_MISSING' | 'KEYRING_CORRUPT' | null = null;
  let accounts: { username: string }[] = [];
  if (initialized) {
    try {
      accounts = readKeyring(rt.dataDir).accounts.map((a) => ({ username: a.username })).sort((a, b) => a.username.localeCompare(b.username));
    } catch {
      problem = keyringExists(rt.dataDir) ? 'KEYRING_CORRUPT' : 'KEYRING_MISSING';
    }
  }
  // Before sign-in only: the recovery screen's cue (a damaged, unreadable or missing database) and its backups.
  const recovery = rt.session ? null : recoveryState(rt.dataDir);
  return { initialized, unlocked: rt.session !== null, problem, accounts, session: rt.session, recovery, permissions: permissionFinding(rt.dataDir) };
}

/**
 * First run. The database is built under a temporary name and only renamed into place after the keyring
 * that opens it is on disk, so a crash at any point leaves either nothing or a complete vault.
 */
export async function setupVault(rt: Runtime, input: ParsedInputOf<'vault.setup'>): Promise<OutputOf<'vault.setup'>> {
  const p = pathsFor(rt.dataDir);
  if (isInitialized(rt.dataDir)) fail('ALREADY_INITIALIZED');
  // Any other vault file (a keyring without its database, attachments, a staging database) may be the only
  // way into a backup: setup never removes or replaces it. The names are file names, never data.
  const present = vaultFilesPresent(rt.dataDir);
  if (present.length) fail('VAULT_FILES_PRESENT', undefined, { fields: Object.fromEntries(present.map((f) => [f, 'present'])) });
  ensureDataDir(rt.dataDir);
  const staging = p.staging;
  const dbKey = randomBytes(32);
  const base = { format: 'haven-keyring' as const, version: 1 as const, vaultId: randomUUID() };
  const { display, recovery } = newRecovery(base, dbKey);
  const now = rt.now();
  const db = openDatabase(staging, dbKey, { create: true });
  let staff: Staff;
  try {
    migrate(db);
    staff = inTransaction(db, () => {
      insertSettings(db, { centreName: input.centreName, jurisdiction: input.jurisdiction, now: now.toISOString() });
      const id = insertStaff(db, { username: input.admin.username, displayName: input.admin.displayName, roles: ['admin'], mustChangePassword: false, now: now.toISOString() });
      appendAudit(db, now, { actorId: id, action: 'vault.setup', target: `staff:${id}`, outcome: 'ok' });
      return getStaff(db, id)!;
    });
  } finally {
    db.close();
  }
  const dbSalt = readDbSalt(staging)?.toString('base64');
  const account = await wrapForAccount({ ...base, accounts: [], recovery }, dbKey, staff.id, staff.username, input.admin.password, rt.kdfCost);
  // Another process may have set up this folder while the key was being derived: never write over its keyring.
  if (keyringExists(rt.dataDir)) fail('VAULT_FILES_PRESENT');
  writeKeyring(rt.dataDir, { ...base, accounts: [account], recovery, ...(dbSalt ? { dbSalt } : {}) });
  renameDurable(staging, p.db);

  openInto(rt, dbKey, staff.id);
  // The database records the keyring it was set up with (migration 0004).
  assertKeyringCurrent(rt.dataDir, rt.db!);
  refreshKeyringMirror(rt.dataDir, rt.db!);
  return { recoveryKey: display, session: rt.session! };
}

/** Opens the database with a key already unwrapped, migrates it, and makes `staffId` the session. */
export function openInto(rt: Runtime, dbKey: Buffer, staffId: number, opened?: Db): Db {
  const db = opened ?? openVaultDb(rt.dataDir, dbKey, keyringOrEmpty(rt.dataDir));
  try {
    migrate(db);
    const staff = getStaff(db, staffId);
    if (!staff) fail('BAD_CREDENTIALS');
    if (!staff!.active) fail('ACCOUNT_INACTIVE');
    rt.db = db;
    rt.key = dbKey;
    rt.session = toSession(staff!);
    rt.idle = { limitMs: getSettings(db).idleMinutes * 60_000, lastActivity: rt.now().getTime() };
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Keyrings made before the salt was recorded get it at the first unlock that proves the pair belongs together. */
function recordDbSalt(dataDir: string): void {
  const k = readKeyring(dataDir);
  const salt = readDbSalt(pathsFor(dataDir).db);
  if (!k.dbSalt && salt) writeKeyring(dataDir, { ...k, dbSalt: salt.toString('base64') });
}

/** The keyring's recorded database salt, when there is a readable keyring; opening classifies with it. */
function keyringOrEmpty(dataDir: string): Pick<Keyring, 'dbSalt'> {
  try {
    return readKeyring(dataDir);
  } catch {
    return {};
  }
}

// A fixed decoy, so an unknown name costs the same KDF time as a wrong password and names are not probed.
const DECOY = newKdfParams({ memoryKiB: 64, iterations: 1, parallelism: 1 });

const sameWrap = (a: KeyringAccount | undefined, b: KeyringAccount | undefined) => !!a && !!b && a.wrapped.ct === b.wrapped.ct && a.wrapped.iv === b.wrapped.iv;

async function tryAccount(keyring: Keyring, account: KeyringAccount, password: string): Promise<Buffer | null> {
  return openAccountEntry(account, password, accountAad(keyring, account.staffId, account.username));
}

export async function unlockVault(rt: Runtime, input: ParsedInputOf<'vault.unlock'>): Promise<OutputOf<'vault.unlock'>> {
  prepareDataDir(rt.dataDir);
  if (!isInitialized(rt.dataDir)) fail('NOT_INITIALIZED');
  return withUnlockLock(rt.dataDir, () => unlockLocked(rt, input)).catch(rememberDamage(rt));
}

/** Damage seen by a correct password or recovery key is remembered outside the database: the start screen offers recovery. */
const rememberDamage = (rt: Runtime) => (e: unknown): never => {
  if (e instanceof CoreError && (e.code === 'DATABASE_CORRUPT' || e.code === 'DATABASE_UNREADABLE')) noteDamage(rt.dataDir, e.code, rt.now());
  throw e;
};

async function unlockLocked(rt: Runtime, input: ParsedInputOf<'vault.unlock'>): Promise<OutputOf<'vault.unlock'>> {
  const keyring = readKeyring(rt.dataDir);
  const throttle = new Throttle(rt.dataDir, () => rt.now().getTime());
  const now = rt.now().getTime();
  const wait = throttle.waitMs(input.username, now);
  if (wait > 0) fail('THROTTLED', undefined, { retryAfterMs: wait });

  const account = keyring.accounts.find((a) => a.username === input.username);
  let used = account;
  let dbKey = account ? await tryAccount(keyring, account, input.password) : null;
  if (!account) await deriveKey(input.password, { ...DECOY, ...rt.kdfCost });
  // A change committed just before a crash may have left its keyring staged (keyring.ts): its wrap is tried
  // too, and accepted only if the database confirms that change below.
  const pending = readPending(rt.dataDir);
  const staged = pending?.keyring.accounts.find((a) => a.username === input.username);
  if (!dbKey && pending && staged && !sameWrap(staged, account)) {
    dbKey = await tryAccount(pending.keyring, staged, input.password);
    used = staged;
  }
  const refuse = (reason: string) => {
    throttle.recordFailure(input.username, now, reason);
    const after = throttle.waitMs(input.username, now);
    return fail('BAD_CREDENTIALS', undefined, after > 0 ? { retryAfterMs: after } : {});
  };
  if (!dbKey) return refuse(account ? 'bad-password' : 'unknown-account');
  // Only a correct password ends the current session: a wrong guess at the lock screen leaves it alone.
  if (rt.session) lockVault(rt, 'switch-user');
  let opened: Db;
  try {
    opened = openVaultDb(rt.dataDir, dbKey, keyring);
  } catch (e) {
    // A re-key cut short by a crash (rekey.ts): the staged keyring's key, from the same password, opens it.
    const next = pending && staged ? await tryAccount(pending.keyring, staged, input.password) : null;
    if (!next || next.equals(dbKey) || !(e instanceof CoreError)) throw e;
    let rolled: Db | null = null;
    try {
      rolled = openVaultDb(rt.dataDir, next, keyring);
    } catch (e3) {
      // Killed inside the PRAGMA with neither key opening the file: the pre-rekey copy goes back.
      if (!restorePreRekeyCopy(rt.dataDir)) throw e3;
    }
    if (rolled) {
      opened = rolled;
      try {
        rollForwardRekey(rt.dataDir, opened, dbKey, next, rt.now());
      } catch (e2) {
        opened.close();
        next.fill(0);
        throw e2;
      }
      dbKey.fill(0);
      dbKey = next;
    } else {
      next.fill(0);
      opened = openVaultDb(rt.dataDir, dbKey, keyring);
    }
  }
  // Settle a staged keyring now that the audit log can be read; then the wrap that opened must still be in
  // the keyring in force (a reset that committed revokes the old password, one that did not never granted).
  try {
    // Damage anywhere in the file (a bad sector mid-file) is found now, not by the first request that reads it.
    if (needsCheckAtUnlock(rt) && !soundAtUnlock(opened)) fail('DATABASE_CORRUPT');
    resolvePending(rt.dataDir, opened);
    removePreRekeyCopy(rt.dataDir);
    migrate(opened, undefined, () => backupBeforeMigration(rt.dataDir, opened, dbKey!, rt.now()));
    assertKeyringCurrent(rt.dataDir, opened);
  } catch (e) {
    opened.close();
    dbKey.fill(0);
    throw e;
  }
  if (!sameWrap(readKeyring(rt.dataDir).accounts.find((a) => a.staffId === used!.staffId), used)) {
    opened.close();
    dbKey.fill(0);
    return refuse('revoked-wrap');
  }
  const db = openInto(rt, dbKey, used!.staffId, opened);
  recordDbSalt(rt.dataDir);
  try {
    clearDamage(rt.dataDir);
    refreshKeyringMirror(rt.dataDir, db);
  } catch {
    // Housekeeping: the mirror is refreshed again at the next unlock.
  }
  // Uploads cut off by a crash left partial files only the database can judge (documents/files.ts).
  try {
    sweepPartialFiles(rt.dataDir, (fileId) => fileCommitted(db, fileId));
  } catch {
    // Housekeeping: a damaged document table or a file the system refuses must not stop the unlock; the
    // sweep runs again at the next one, and opening a document repairs or reports its own file.
  }
  const pendingFailures = throttle.pending();
  inTransaction(db, () => {
    for (const f of pendingFailures) {
      // Usernames are login handles, not case data; failed attempts name the handle that was tried.
      appendAudit(db, new Date(f.at), { actorId: null, action: 'vault.unlock', target: null, outcome: 'refused:BAD_CREDENTIALS', detail: { username: f.username.slice(0, 64), reason: f.reason } });
    }
    appendAudit(db, rt.now(), { actorId: rt.session!.staffId, action: 'vault.unlock', target: `staff:${rt.session!.staffId}`, outcome: 'ok' });
  });
  // Cleared only once the failures are safely in the audit log.
  throttle.takePending(input.username);
  anchorAudit(rt.dataDir, db, dbKey);
  // A deactivation's re-key cut short by a crash is finished before the first request (rekey.ts).
  const rekeyed = finishOwedRekey(rt, db, dbKey, rt.session!.staffId);
  if (rekeyed) {
    dbKey.fill(0);
    rt.key = rekeyed;
  }
  return rt.session!;
}

export function lockVault(rt: Runtime, reason: string): void {
  const db = rt.db;
  if (db) {
    try {
      // Settles a keyring staged by a request that rolled back, while the audit log can still be read.
      resolvePending(rt.dataDir, db);
      inTransaction(db, () => appendAudit(db, rt.now(), { actorId: rt.session?.staffId ?? null, action: 'vault.lock', outcome: 'ok', detail: { reason } }));
      // Reads and refusals since the last change are anchored here (audit/anchor.ts).
      if (rt.key) anchorAudit(rt.dataDir, db, rt.key);
    } catch {
      // A damaged database may refuse the record; the key is dropped regardless.
    } finally {
      db.close();
      // The file as this process leaves it: the next unlock re-checks it only if something else changed it.
      rememberClosedSound(rt, !isDamaged(db));
    }
  }
  for (const u of rt.uploads.values()) u.abort();
  rt.uploads.clear();
  // A backup in progress needs the open database: it stops here and its partial folder is removed.
  if (rt.job?.running) rt.job.cancel('LOCKED');
  rt.breakGlass.clear();
  rt.key?.fill(0);
  rt.db = null;
  rt.key = null;
  rt.session = null;
}

/**
 * Commits a database change together with the keyring it needs: the keyring is staged first, the change
 * carries the stage's id in its audit record, and the staged keyring goes into place after COMMIT.
 */
function commitWithKeyring(rt: Runtime, db: Db, next: Keyring, change: (detail: { keyringIntent: string }) => void): void {
  try {
    // Staged inside the transaction: the database's record of the keyring (generation, digest) commits with the change.
    inTransaction(db, () => change({ keyringIntent: stageKeyring(rt.dataDir, db, next).intent }));
  } catch (e) {
    discardPending(rt.dataDir);
    throw e;
  }
  installPending(rt.dataDir);
}

export async function recoverAccount(rt: Runtime, input: ParsedInputOf<'vault.recover'>): Promise<OutputOf<'vault.recover'>> {
  prepareDataDir(rt.dataDir);
  if (!isInitialized(rt.dataDir)) fail('NOT_INITIALIZED');
  return withUnlockLock(rt.dataDir, () => recoverLocked(rt, input)).catch(rememberDamage(rt));
}

async function recoverLocked(rt: Runtime, input: ParsedInputOf<'vault.recover'>): Promise<OutputOf<'vault.recover'>> {
  const keyring = readKeyring(rt.dataDir);
  const throttle = new Throttle(rt.dataDir, () => rt.now().getTime());
  const now = rt.now().getTime();
  const slot = `recovery:${input.username}`;
  const wait = throttle.waitMs(slot, now);
  if (wait > 0) fail('THROTTLED', undefined, { retryAfterMs: wait });

  const secret = parseRecoverySecret(input.recoveryKey);
  const dbKey = secret ? openRecoveryEntry(keyring.recovery, secret, recoveryAad(keyring)) : null;
  if (!dbKey) {
    throttle.recordFailure(slot, now, 'bad-recovery-key');
    return fail('BAD_CREDENTIALS');
  }
  if (rt.session) lockVault(rt, 'recovery');
  const db = openVaultDb(rt.dataDir, dbKey, keyring);
  try {
    // As at unlock: a damaged file is not written to (a new recovery key would be), it goes to recovery.
    if (needsCheckAtUnlock(rt) && !soundAtUnlock(db)) fail('DATABASE_CORRUPT');
    resolvePending(rt.dataDir, db);
    migrate(db, undefined, () => backupBeforeMigration(rt.dataDir, db, dbKey, rt.now()));
    // An older keyring put back (with the recovery wrap a later recovery replaced) opens nothing.
    assertKeyringCurrent(rt.dataDir, db);
    const current = readKeyring(rt.dataDir);
    // A recovery wrap replaced by a change that committed before a crash is no longer valid.
    if (current.recovery.wrapped.ct !== keyring.recovery.wrapped.ct) {
      throttle.recordFailure(slot, now, 'bad-recovery-key');
      fail('BAD_CREDENTIALS');
    }
    migrate(db);
    const staff = getStaffByUsername(db, input.username);
    if (!staff) fail('NOT_FOUND');
    if (!staff!.active) fail('ACCOUNT_INACTIVE');
    const account = await wrapForAccount(current, dbKey, staff!.id, staff!.username, input.newPassword, rt.kdfCost);
    // The key that was just typed has been seen: replace it, so the old one stops working.
    const { display, recovery } = newRecovery(current, dbKey);
    commitWithKeyring(rt, db, { ...withAccount(current, account), recovery }, (detail) => {
      updateStaffRow(db, staff!.id, staff!.version, { mustChangePassword: false }, rt.now().toISOString());
      appendAudit(db, rt.now(), { actorId: staff!.id, action: 'vault.recover', target: `staff:${staff!.id}`, outcome: 'ok', detail });
    });
    throttle.takePending(slot);
    // As at unlock: a deactivation's re-key cut short is finished (rekey.ts); the key is not kept here.
    finishOwedRekey(rt, db, dbKey, staff!.id)?.fill(0);
    return { recoveryKey: display };
  } finally {
    db.close();
    dbKey.fill(0);
  }
}

export async function changePassword(ctx: Ctx, input: ParsedInputOf<'vault.changePassword'>): Promise<OutputOf<'vault.changePassword'>> {
  const keyring = readKeyring(ctx.rt.dataDir);
  const me = ctx.session;
  const account = keyring.accounts.find((a) => a.staffId === me.staffId);
  if (!account) fail('BAD_CREDENTIALS');
  const kek = await deriveKey(input.currentPassword, account!.kdf);
  if (!openEntry(kek, account!, accountAad(keyring, me.staffId, me.username))) fail('BAD_CREDENTIALS');
  // A temporary password was chosen (and seen) by an admin: "changing" it to itself would keep it.
  if (input.newPassword.normalize('NFC') === input.currentPassword.normalize('NFC')) {
    fail('VALIDATION', 'The new password must differ from the current one.', { fields: { newPassword: 'same as current' } });
  }
  const next = await wrapForAccount(keyring, ctx.key, me.staffId, me.username, input.newPassword, ctx.rt.kdfCost);
  const db = ctx.db;
  const staff = getStaff(db, me.staffId)!;
  commitWithKeyring(ctx.rt, db, withAccount(keyring, next), (detail) => {
    updateStaffRow(db, staff.id, staff.version, { mustChangePassword: false }, ctx.nowIso);
    appendAudit(db, ctx.now, { actorId: me.staffId, action: 'vault.changePassword', target: `staff:${me.staffId}`, outcome: 'ok', detail });
  });
  ctx.rt.session = toSession(getStaff(db, me.staffId)!);
  return ctx.rt.session;
}
