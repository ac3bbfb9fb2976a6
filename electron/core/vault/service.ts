import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Session, Staff } from '../../../shared/schemas';
import { appendAudit } from '../audit/chain';
import { fail } from '../errors';
import type { Ctx, Runtime } from '../runtime';
import { getSettings, insertSettings } from '../settings/queries';
import { getStaff, getStaffByUsername, insertStaff, updateStaffRow } from '../staff/queries';
import { inTransaction, openDatabase, type Db } from '../store/connection';
import { migrate } from '../store/migrations';
import {
  deriveKey,
  deriveRecoveryKey,
  newKdfParams,
  newRecoverySecret,
  parseRecoverySecret,
  unwrapKey,
  wrapKey,
  type KdfCost,
} from './crypto';
import { pathsFor } from './files';
import { accountAad, keyringExists, readKeyring, recoveryAad, writeKeyring, type Keyring, type KeyringAccount } from './keyring';
import { Throttle } from './throttle';

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
  return { staffId, username, kdf, wrapped: wrapKey(kek, dbKey, accountAad(k, staffId, username)) };
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
  return { display, recovery: { salt, wrapped: wrapKey(deriveRecoveryKey(secret, salt), dbKey, recoveryAad(k)) } };
}

export function vaultStatus(rt: Runtime): OutputOf<'vault.status'> {
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
  return { initialized, unlocked: rt.session !== null, problem, accounts, session: rt.session };
}

/**
 * First run. The database is built under a temporary name and only renamed into place after the keyring
 * that opens it is on disk, so a crash at any point leaves either nothing or a complete vault.
 */
export async function setupVault(rt: Runtime, input: ParsedInputOf<'vault.setup'>): Promise<OutputOf<'vault.setup'>> {
  const p = pathsFor(rt.dataDir);
  if (isInitialized(rt.dataDir)) fail('ALREADY_INITIALIZED');
  mkdirSync(rt.dataDir, { recursive: true, mode: 0o700 });
  const staging = `${p.db}.setup`;
  for (const f of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(f, { force: true });

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
  const account = await wrapForAccount({ ...base, accounts: [], recovery }, dbKey, staff.id, staff.username, input.admin.password, rt.kdfCost);
  writeKeyring(rt.dataDir, { ...base, accounts: [account], recovery });
  renameSync(staging, p.db);

  openInto(rt, dbKey, staff.id);
  return { recoveryKey: display, session: rt.session! };
}

/** Opens the database with a key already unwrapped, migrates it, and makes `staffId` the session. */
export function openInto(rt: Runtime, dbKey: Buffer, staffId: number): Db {
  const db = openDatabase(pathsFor(rt.dataDir).db, dbKey, { create: false });
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

// A fixed decoy, so an unknown name costs the same KDF time as a wrong password and names are not probed.
const DECOY = newKdfParams({ memoryKiB: 64, iterations: 1, parallelism: 1 });

export async function unlockVault(rt: Runtime, input: ParsedInputOf<'vault.unlock'>): Promise<OutputOf<'vault.unlock'>> {
  if (!isInitialized(rt.dataDir)) fail('NOT_INITIALIZED');
  const keyring = readKeyring(rt.dataDir);
  const throttle = new Throttle(rt.dataDir);
  const now = rt.now().getTime();
  const wait = throttle.waitMs(input.username, now);
  if (wait > 0) fail('THROTTLED', undefined, { retryAfterMs: wait });

  const account = keyring.accounts.find((a) => a.username === input.username);
  const kek = await deriveKey(input.password, account ? account.kdf : { ...DECOY, ...rt.kdfCost });
  const dbKey = account ? unwrapKey(kek, account.wrapped, accountAad(keyring, account.staffId, account.username)) : null;
  if (!dbKey) {
    throttle.recordFailure(input.username, now, account ? 'bad-password' : 'unknown-account');
    const after = throttle.waitMs(input.username, now);
    return fail('BAD_CREDENTIALS', undefined, after > 0 ? { retryAfterMs: after } : {});
  }
  // Only a correct password ends the current session: a wrong guess at the lock screen leaves it alone.
  if (rt.session) lockVault(rt, 'switch-user');
  const db = openInto(rt, dbKey, account!.staffId);
  const pending = throttle.pending();
  inTransaction(db, () => {
    for (const f of pending) {
      // Usernames are login handles, not case data; failed attempts name the handle that was tried.
      appendAudit(db, new Date(f.at), { actorId: null, action: 'vault.unlock', target: null, outcome: 'refused:BAD_CREDENTIALS', detail: { username: f.username.slice(0, 64), reason: f.reason } });
    }
    appendAudit(db, rt.now(), { actorId: rt.session!.staffId, action: 'vault.unlock', target: `staff:${rt.session!.staffId}`, outcome: 'ok' });
  });
  // Cleared only once the failures are safely in the audit log.
  throttle.takePending(input.username);
  return rt.session!;
}

export function lockVault(rt: Runtime, reason: string): void {
  const db = rt.db;
  if (db) {
    try {
      inTransaction(db, () => appendAudit(db, rt.now(), { actorId: rt.session?.staffId ?? null, action: 'vault.lock', outcome: 'ok', detail: { reason } }));
    } finally {
      db.close();
    }
  }
  for (const u of rt.uploads.values()) u.abort();
  rt.uploads.clear();
  rt.breakGlass.clear();
  rt.key?.fill(0);
  rt.db = null;
  rt.key = null;
  rt.session = null;
}

export async function recoverAccount(rt: Runtime, input: ParsedInputOf<'vault.recover'>): Promise<OutputOf<'vault.recover'>> {
  if (!isInitialized(rt.dataDir)) fail('NOT_INITIALIZED');
  const keyring = readKeyring(rt.dataDir);
  const throttle = new Throttle(rt.dataDir);
  const now = rt.now().getTime();
  const slot = `recovery:${input.username}`;
  const wait = throttle.waitMs(slot, now);
  if (wait > 0) fail('THROTTLED', undefined, { retryAfterMs: wait });

  const secret = parseRecoverySecret(input.recoveryKey);
  const dbKey = secret ? unwrapKey(deriveRecoveryKey(secret, keyring.recovery.salt), keyring.recovery.wrapped, recoveryAad(keyring)) : null;
  if (!dbKey) {
    throttle.recordFailure(slot, now, 'bad-recovery-key');
    return fail('BAD_CREDENTIALS');
  }
  if (rt.session) lockVault(rt, 'recovery');
  const db = openDatabase(pathsFor(rt.dataDir).db, dbKey, { create: false });
  try {
    migrate(db);
    const staff = getStaffByUsername(db, input.username);
    if (!staff) fail('NOT_FOUND');
    if (!staff!.active) fail('ACCOUNT_INACTIVE');
    const account = await wrapForAccount(keyring, dbKey, staff!.id, staff!.username, input.newPassword, rt.kdfCost);
    // The key that was just typed has been seen: replace it, so the old one stops working.
    const { display, recovery } = newRecovery(keyring, dbKey);
    inTransaction(db, () => {
      updateStaffRow(db, staff!.id, staff!.version, { mustChangePassword: false }, rt.now().toISOString());
      appendAudit(db, rt.now(), { actorId: staff!.id, action: 'vault.recover', target: `staff:${staff!.id}`, outcome: 'ok' });
      writeKeyring(rt.dataDir, { ...withAccount(keyring, account), recovery });
    });
    throttle.takePending(slot);
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
  if (!unwrapKey(kek, account!.wrapped, accountAad(keyring, me.staffId, me.username))) fail('BAD_CREDENTIALS');
  const next = await wrapForAccount(keyring, ctx.key, me.staffId, me.username, input.newPassword, ctx.rt.kdfCost);
  const db = ctx.db;
  const staff = getStaff(db, me.staffId)!;
  inTransaction(db, () => {
    updateStaffRow(db, staff.id, staff.version, { mustChangePassword: false }, ctx.nowIso);
    appendAudit(db, ctx.now, { actorId: me.staffId, action: 'vault.changePassword', target: `staff:${me.staffId}`, outcome: 'ok' });
    // Written inside the transaction: if the keyring write fails, the database change is rolled back too.
    writeKeyring(ctx.rt.dataDir, withAccount(keyring, next));
  });
  ctx.rt.session = toSession(getStaff(db, me.staffId)!);
  return ctx.rt.session;
}
