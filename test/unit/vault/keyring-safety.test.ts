import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { openDatabase } from '../../../electron/core/store/connection';
import { FAST_KDF_COST, parseRecoverySecret } from '../../../electron/core/vault/crypto';
import { openAccountEntry, openRecoveryEntry } from '../../../electron/core/vault/sealed';
import { accountAad, readKeyring, recoveryAad, type Keyring } from '../../../electron/core/vault/keyring';
import { wrapForAccount } from '../../../electron/core/vault/service';
import { ADMIN, makeVault, tempDir } from '../helpers/vault';

const SETUP = { centreName: 'Fictional Centre', jurisdiction: 'US', admin: { ...ADMIN, username: 'intruder' } };
const rawKeyring = (dir: string) => readFileSync(join(dir, 'keyring.json'), 'utf8');
const coreFor = (dataDir: string, now = () => new Date('2026-11-25T09:00:00Z')) => createCore({ dataDir, kdfCost: FAST_KDF_COST, now });

/** Every wrapped copy of the key that a password or recovery key could open, in any keyring-like file in the folder. */
function keyringFiles(dir: string): Keyring[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith('keyring'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Keyring);
}

async function opensWith(dir: string, username: string, password: string): Promise<boolean> {
  for (const k of keyringFiles(dir)) {
    for (const a of k.accounts.filter((x) => x.username === username)) {
      if (await openAccountEntry(a, password, accountAad(k, a.staffId, a.username))) return true;
    }
  }
  return false;
}

function recoveryOpens(dir: string, recoveryKey: string): boolean {
  const secret = parseRecoverySecret(recoveryKey)!;
  return keyringFiles(dir).some((k) => openRecoveryEntry(k.recovery, secret, recoveryAad(k)) !== null);
}

describe('vault.setup never touches an existing vault', () => {
  for (const name of ['haven.db-wal', 'haven.db-shm', 'keyring.json', 'keyring.previous.json', 'attachments', 'haven.db.setup']) {
    it(`refuses with VAULT_FILES_PRESENT when only ${name} is left`, async () => {
      const v = await makeVault();
      await v.ok('vault.lock');
      const dir = v.dataDir;
      const moved = join(tempDir(), 'moved');
      mkdirSync(moved);
      for (const f of readdirSync(dir)) renameSync(join(dir, f), join(moved, f));
      if (name === 'attachments') mkdirSync(join(dir, name));
      else if (name === 'keyring.json' || name === 'keyring.previous.json') cpSync(join(moved, 'keyring.json'), join(dir, name));
      else writeFileSync(join(dir, name), 'x');
      const before = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).isFile() ? readFileSync(join(dir, f), 'utf8') : 'dir']);
      const r = await coreFor(dir).handle({ channel: 'vault.setup', input: SETUP });
      expect(r).toMatchObject({ ok: false, error: { code: 'VAULT_FILES_PRESENT', fields: { [name]: 'present' } } });
      // instance.lock (vault/instance.ts) is the process's hold on the folder, not vault data.
      const after = readdirSync(dir).filter((f) => f !== 'instance.lock');
      expect(after.map((f) => [f, statSync(join(dir, f)).isFile() ? readFileSync(join(dir, f), 'utf8') : 'dir'])).toEqual(before);
    });
  }

  it('a folder that lost only haven.db keeps its keyring through repeated setups (the original database still opens)', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    const original = rawKeyring(v.dataDir);
    const backup = join(tempDir(), 'haven.db');
    renameSync(join(v.dataDir, 'haven.db'), backup);
    for (let i = 0; i < 2; i++) expect(await coreFor(v.dataDir).handle({ channel: 'vault.setup', input: SETUP })).toMatchObject({ error: { code: 'VAULT_FILES_PRESENT' } });
    expect(rawKeyring(v.dataDir)).toBe(original);
    renameSync(backup, join(v.dataDir, 'haven.db'));
    await v.unlockAs('admin', ADMIN.password);
  });
});

describe('revocation leaves no stale wrap on disk', () => {
  it('deactivation, reset, password change and recovery leave no file that opens with the old secret', async () => {
    const v = await makeVault();
    const mentor = await v.ok<{ id: number; version: number }>('staff.create', { username: 'mentor', displayName: 'Fictional Mentor', roles: ['mentor'], temporaryPassword: 'temp-mentor-001' });
    const worker = await v.ok<{ id: number; version: number }>('staff.create', { username: 'worker', displayName: 'Fictional Worker', roles: ['caseworker'], temporaryPassword: 'temp-worker-001' });
    await v.ok('staff.deactivate', { id: mentor.id, version: mentor.version });
    await v.ok('staff.resetPassword', { id: worker.id, version: worker.version, temporaryPassword: 'temp-worker-002' });
    await v.ok('vault.changePassword', { currentPassword: ADMIN.password, newPassword: 'admin-pass-5678' });
    const oldRecovery = v.recoveryKey;
    await v.ok('vault.lock');
    const { recoveryKey } = await v.ok<{ recoveryKey: string }>('vault.recover', { username: 'admin', recoveryKey: oldRecovery, newPassword: 'admin-pass-9999' });

    expect(existsSync(join(v.dataDir, 'keyring.previous.json'))).toBe(false);
    expect(await opensWith(v.dataDir, 'mentor', 'temp-mentor-001')).toBe(false);
    expect(await opensWith(v.dataDir, 'worker', 'temp-worker-001')).toBe(false);
    expect(await opensWith(v.dataDir, 'worker', 'temp-worker-002')).toBe(true);
    expect(await opensWith(v.dataDir, 'admin', ADMIN.password)).toBe(false);
    expect(await opensWith(v.dataDir, 'admin', 'admin-pass-5678')).toBe(false);
    expect(await opensWith(v.dataDir, 'admin', 'admin-pass-9999')).toBe(true);
    expect(recoveryOpens(v.dataDir, oldRecovery)).toBe(false);
    expect(recoveryOpens(v.dataDir, recoveryKey)).toBe(true);
  });

  it('a keyring.previous.json left by an older version is removed at the next unlock', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    cpSync(join(v.dataDir, 'keyring.json'), join(v.dataDir, 'keyring.previous.json'));
    await v.unlockAs('admin', ADMIN.password);
    expect(existsSync(join(v.dataDir, 'keyring.previous.json'))).toBe(false);
  });
});

describe('a crash between COMMIT and the keyring write is repaired', () => {
  it('staff.create: the new account can unlock after the crash, and the staged keyring is installed', async () => {
    const v = await makeVault();
    const before = rawKeyring(v.dataDir);
    await v.ok('staff.create', { username: 'newbie', displayName: 'Fictional Newbie', roles: ['mentor'], temporaryPassword: 'temp-newbie-01' });
    const installed = JSON.parse(rawKeyring(v.dataDir)) as Keyring;
    // The audit record carries the id of the keyring staged for this change.
    const audit = await v.ok<{ action: string; detail: { keyringIntent?: string } }[]>('audit.list', { limit: 5 });
    const intent = audit.find((a) => a.action === 'staff.create')!.detail.keyringIntent!;
    expect(intent).toMatch(/^[0-9a-f]{32}$/);
    // What a crash after COMMIT and before the rename leaves: the old keyring and the staged one.
    const staged = join(v.dataDir, 'keyring.pending.json');
    writeFileSync(staged, JSON.stringify({ ...installed, pendingIntent: intent }));
    writeFileSync(join(v.dataDir, 'keyring.json'), before);
    const restarted = coreFor(v.dataDir);
    const unlocked = await restarted.handle({ channel: 'vault.unlock', input: { username: 'newbie', password: 'temp-newbie-01' } });
    expect(unlocked).toMatchObject({ ok: true, value: { username: 'newbie' } });
    expect(existsSync(staged)).toBe(false);
    expect(readKeyring(v.dataDir).accounts.map((a) => a.username).sort()).toEqual(['admin', 'newbie']);
  });

  it('staff.deactivate: after a crash the deactivated wrap is still in keyring.json until the next unlock removes it', async () => {
    const v = await makeVault();
    const m = await v.ok<{ id: number; version: number }>('staff.create', { username: 'mentor', displayName: 'Fictional Mentor', roles: ['mentor'], temporaryPassword: 'temp-mentor-001' });
    const before = rawKeyring(v.dataDir);
    await v.ok('staff.deactivate', { id: m.id, version: m.version });
    const installed = JSON.parse(rawKeyring(v.dataDir)) as Keyring;
    const audit = await v.ok<{ action: string; detail: { keyringIntent?: string } }[]>('audit.list', { limit: 5 });
    const intent = audit.find((a) => a.action === 'staff.deactivate')!.detail.keyringIntent!;
    writeFileSync(join(v.dataDir, 'keyring.pending.json'), JSON.stringify({ ...installed, pendingIntent: intent }));
    writeFileSync(join(v.dataDir, 'keyring.json'), before);
    const restarted = coreFor(v.dataDir);
    // The mentor's old wrap still unwraps, but the database says the account is gone and the repair removes it.
    expect(await restarted.handle({ channel: 'vault.unlock', input: { username: 'mentor', password: 'temp-mentor-001' } })).toMatchObject({ ok: false });
    expect(restarted.runtime.key).toBeNull();
    // The deactivation re-keyed the database (vault/rekey.ts), so the mentor's old key no longer opens it and
    // the repair waits for the next unlock by someone who stays: it installs the staged keyring.
    expect(await restarted.handle({ channel: 'vault.unlock', input: { username: 'admin', password: ADMIN.password } })).toMatchObject({ ok: true });
    expect(await opensWith(v.dataDir, 'mentor', 'temp-mentor-001')).toBe(false);
    expect(existsSync(join(v.dataDir, 'keyring.pending.json'))).toBe(false);
  });

  it('a staged keyring whose change never committed is discarded, and its wrap does not open', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    const k = readKeyring(v.dataDir);
    const admin = k.accounts[0]!;
    const dbKey = (await openAccountEntry(admin, ADMIN.password, accountAad(k, admin.staffId, admin.username)))!;
    // A reset to 'ghost-pass-1234' that rolled back (its id is in no audit record).
    const ghost = await wrapForAccount(k, dbKey, admin.staffId, admin.username, 'ghost-pass-1234', FAST_KDF_COST);
    writeFileSync(join(v.dataDir, 'keyring.pending.json'), JSON.stringify({ ...k, accounts: [ghost], pendingIntent: 'ab'.repeat(16) }));
    expect(await v.call('vault.unlock', { username: 'admin', password: 'ghost-pass-1234' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    expect(existsSync(join(v.dataDir, 'keyring.pending.json'))).toBe(false);
    expect(v.core.runtime.key).toBeNull();
    await v.unlockAs('admin', ADMIN.password);
  });

  it('stale keyring.json.tmp-PID files are removed at start', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    const stale = join(v.dataDir, 'keyring.json.tmp-999999999');
    writeFileSync(stale, 'half-written');
    await v.ok('vault.status');
    expect(existsSync(stale)).toBe(false);
  });
});

describe('permissions', () => {
  it('the folder is 0700 and every file 0600, corrected at every start', async () => {
    if (process.platform === 'win32') return;
    const dataDir = join(tempDir(), 'loose');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const v = await makeVault({ dataDir });
    await v.ok('vault.lock');
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    for (const f of readdirSync(dataDir)) expect([f, mode(join(dataDir, f))]).toEqual([f, 0o600]);
    mkdirSync(join(dataDir, 'attachments'), { mode: 0o755 });
    writeFileSync(join(dataDir, 'attachments', 'x.hvd'), 'x', { mode: 0o644 });
    chmodSync(join(dataDir, 'haven.db'), 0o644);
    chmodSync(dataDir, 0o755);
    await v.ok('vault.status');
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'haven.db'))).toBe(0o600);
    expect(mode(join(dataDir, 'attachments'))).toBe(0o700);
    expect(mode(join(dataDir, 'attachments', 'x.hvd'))).toBe(0o600);
    await v.unlockAs('admin', ADMIN.password);
    for (const f of readdirSync(dataDir).filter((x) => x !== 'attachments')) expect([f, mode(join(dataDir, f))]).toEqual([f, 0o600]);
  });
});

describe('KDF parameters are bounded when the keyring is read', () => {
  it('a keyring claiming 4 GiB x 64 passes is refused as KEYRING_CORRUPT without running Argon2', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    // Without the mirror (backups/: a copy of the current keyring, read when keyring.json does not parse).
    rmSync(join(v.dataDir, 'keyring.mirror.json'));
    const k = JSON.parse(rawKeyring(v.dataDir));
    k.accounts[0].kdf.memoryKiB = 4 * 1024 * 1024;
    k.accounts[0].kdf.iterations = 64;
    writeFileSync(join(v.dataDir, 'keyring.json'), JSON.stringify(k));
    // The injected cost here would take minutes if Argon2 ran; the refusal is immediate.
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'KEYRING_CORRUPT' } });
    k.accounts[0].kdf = { ...k.accounts[0].kdf, memoryKiB: 64, iterations: 1, salt: 'c2hvcnQ=' };
    writeFileSync(join(v.dataDir, 'keyring.json'), JSON.stringify(k));
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'KEYRING_CORRUPT' } });
  });
});

describe('a temporary password cannot be kept', () => {
  it('changing a password to itself is refused', async () => {
    const v = await makeVault();
    await v.ok('staff.create', { username: 'temp', displayName: 'Fictional Temp', roles: ['mentor'], temporaryPassword: 'temp-pass-0001' });
    await v.unlockAs('temp', 'temp-pass-0001');
    expect(await v.call('vault.changePassword', { currentPassword: 'temp-pass-0001', newPassword: 'temp-pass-0001' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { newPassword: 'same as current' } },
    });
    expect((await v.ok<{ mustChangePassword: boolean }>('session.current')).mustChangePassword).toBe(true);
    await v.ok('vault.changePassword', { currentPassword: 'temp-pass-0001', newPassword: 'temp-pass-0002' });
  });
});

describe('back-off cannot be reset from the folder', () => {
  it('deleting unlock-attempts.json keeps the back-off (mirrored in the keyring) and the tampering is audited', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    for (let i = 0; i < 5; i++) await v.call('vault.unlock', { username: 'admin', password: 'nope-nope-nope' });
    const throttled = await v.call('vault.unlock', { username: 'admin', password: ADMIN.password });
    expect(throttled).toMatchObject({ error: { code: 'THROTTLED' } });
    rmSync(join(v.dataDir, 'unlock-attempts.json'));
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'THROTTLED' } });
    // Editing the counter down is caught the same way.
    writeFileSync(join(v.dataDir, 'unlock-attempts.json'), JSON.stringify({ seq: 999, accounts: {}, floor: null, pending: [] }));
    const k = JSON.parse(rawKeyring(v.dataDir));
    expect(k.attempts.failures).toBe(3);
    v.clock.now += 16 * 60_000;
    await v.unlockAs('admin', ADMIN.password);
    const audit = await v.ok<{ action: string; detail: { reason?: string } }[]>('audit.list', { limit: 20 });
    expect(audit).toContainEqual(expect.objectContaining({ action: 'vault.unlock', detail: expect.objectContaining({ reason: 'counter-file-tampered' }) }));
  });

  it('a forged counter file (huge seq, a decoy account beating the mirror) keeps the back-off, and the failures it erased are audited as removed', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    for (let i = 0; i < 6; i++) {
      v.clock.now += 16 * 60_000;
      expect(await v.call('vault.unlock', { username: 'admin', password: 'nope-nope-nope' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    }
    writeFileSync(join(v.dataDir, 'unlock-attempts.json'), JSON.stringify({ seq: 1e6, accounts: { zz: { failures: 1e6, lastFailureAt: 0 } }, floor: null, pending: [] }));
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'THROTTLED' } });
    v.clock.now += 16 * 60_000;
    await v.unlockAs('admin', ADMIN.password);
    const audit = await v.ok<{ action: string; detail: { reason?: string } }[]>('audit.list', { limit: 20 });
    const reasons = audit.filter((a) => a.action === 'vault.unlock').map((a) => a.detail.reason);
    expect(reasons).toContain('counter-file-tampered');
    expect(reasons).toContain('6 failed attempts were removed from the counter file');
  });

  it('any one-file edit of the counter file is noticed, even one that raises the seq and keeps the counts', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    for (let i = 0; i < 3; i++) await v.call('vault.unlock', { username: 'admin', password: 'nope-nope-nope' });
    const file = join(v.dataDir, 'unlock-attempts.json');
    const s = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...s, seq: s.seq + 5, pending: s.pending.slice(0, 1) }));
    v.clock.now += 16 * 60_000;
    await v.unlockAs('admin', ADMIN.password);
    const audit = await v.ok<{ action: string; detail: { reason?: string } }[]>('audit.list', { limit: 20 });
    const reasons = audit.filter((a) => a.action === 'vault.unlock').map((a) => a.detail.reason);
    expect(reasons).toContain('counter-file-tampered');
    expect(reasons).toContain('2 failed attempts were removed from the counter file');
  });

  it('a second process cannot check a password while another holds the unlock lock', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    // A live process (this test's parent, never this process) holds the lock.
    writeFileSync(join(v.dataDir, 'unlock.lock'), `${process.ppid} ${Date.now()}`);
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'THROTTLED', retryAfterMs: 1000 } });
    // A lock whose owner is gone is taken over.
    writeFileSync(join(v.dataDir, 'unlock.lock'), `999999999 ${Date.now()}`);
    await v.unlockAs('admin', ADMIN.password);
    expect(existsSync(join(v.dataDir, 'unlock.lock'))).toBe(false);
  });
});

describe('database opens say what went wrong', () => {
  it('a missing native module is STORE_UNAVAILABLE, not NOT_INITIALIZED', () => {
    const dir = tempDir();
    const file = join(dir, 'haven.db');
    writeFileSync(file, 'x'.repeat(4096)); // a whole page: shorter is DATABASE_CORRUPT before the engine loads
    expect(() => openDatabase(file, Buffer.alloc(32), { create: false, nativeBinding: join(dir, 'missing.node') })).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE' }));
    rmSync(file);
    expect(() => openDatabase(file, Buffer.alloc(32), { create: false })).toThrow(expect.objectContaining({ code: 'NOT_INITIALIZED' }));
  });
});

describe('a vault file that cannot be read answers with a code that names it, never INTERNAL', () => {
  const cases: [string, string][] = [
    ['keyring.json', 'KEYRING_CORRUPT'],
    ['keyring.pending.json', 'KEYRING_CORRUPT'],
    ['keyring.previous.json', 'KEYRING_CORRUPT'],
    ['unlock.lock', 'STORE_UNAVAILABLE'],
    ['unlock-attempts.json', 'STORE_UNAVAILABLE'],
  ];
  for (const [name, code] of cases) {
    it(`${name} that is a directory (EISDIR, standing in for EIO): unlock answers ${code}`, async () => {
      const v = await makeVault();
      await v.ok('vault.lock');
      // Without the keyring's mirror, which would otherwise stand in for it.
      rmSync(join(v.dataDir, 'keyring.mirror.json'));
      rmSync(join(v.dataDir, name), { force: true });
      mkdirSync(join(v.dataDir, name));
      writeFileSync(join(v.dataDir, name, 'keep'), 'not ours to remove');
      const r = await coreFor(v.dataDir).handle({ channel: 'vault.unlock', input: { username: ADMIN.username, password: ADMIN.password } });
      expect(r).toMatchObject({ ok: false, error: { code } });
      expect(existsSync(join(v.dataDir, name, 'keep'))).toBe(true);
    });
  }
});

describe('an old keyring put back undoes nothing (the database records the keyring in force)', () => {
  const unlock = (dir: string, username: string, password: string) => coreFor(dir).handle({ channel: 'vault.unlock', input: { username, password } });

  it('keyring.json copied before a recovery, a password change and a deactivation, then put back: KEYRING_STALE for every secret it holds', async () => {
    const v = await makeVault();
    const m = await v.ok<{ id: number; version: number }>('staff.create', { username: 'mentor', displayName: 'Fictional Mentor', roles: ['mentor'], temporaryPassword: 'temp-mentor-001' });
    await v.ok('vault.lock');
    const old = rawKeyring(v.dataDir);
    const { recoveryKey: second } = await v.ok<{ recoveryKey: string }>('vault.recover', { username: 'admin', recoveryKey: v.recoveryKey, newPassword: 'admin-new-pass-2' });
    await v.unlockAs('admin', 'admin-new-pass-2');
    await v.ok('staff.deactivate', { id: m.id, version: m.version });
    await v.ok('vault.lock');
    const newest = rawKeyring(v.dataDir);
    writeFileSync(join(v.dataDir, 'keyring.json'), old);
    // The deactivation also re-keyed the database: the old keyring's key does not open it at all any more.
    const staleOrRekeyed = { ok: false, error: { code: expect.stringMatching(/^(KEYRING_STALE|DATABASE_UNREADABLE)$/) } };
    expect(await coreFor(v.dataDir).handle({ channel: 'vault.recover', input: { username: 'admin', recoveryKey: v.recoveryKey, newPassword: 'attacker-pass-1' } })).toMatchObject(staleOrRekeyed);
    expect(await unlock(v.dataDir, 'admin', ADMIN.password)).toMatchObject(staleOrRekeyed);
    expect(await unlock(v.dataDir, 'mentor', 'temp-mentor-001')).toMatchObject(staleOrRekeyed);
    expect(rawKeyring(v.dataDir)).toBe(old);
    // The newest keyring back in place: the current secrets work again, the old ones do not.
    writeFileSync(join(v.dataDir, 'keyring.json'), newest);
    expect(await unlock(v.dataDir, 'admin', 'admin-new-pass-2')).toMatchObject({ ok: true });
    expect(recoveryOpens(v.dataDir, v.recoveryKey)).toBe(false);
    expect(recoveryOpens(v.dataDir, second)).toBe(true);
  });

  it('a copy of keyring.json (with a committed intent id) put in keyring.pending.json is never installed', async () => {
    const v = await makeVault();
    await v.ok('staff.create', { username: 'newbie', displayName: 'Fictional Newbie', roles: ['mentor'], temporaryPassword: 'temp-newbie-01' });
    expect(rawKeyring(v.dataDir)).not.toMatch(/pendingIntent/);
    const audit = await v.ok<{ action: string; detail: { keyringIntent?: string } }[]>('audit.list', { limit: 5 });
    const intent = audit.find((a) => a.action === 'staff.create')!.detail.keyringIntent!;
    const k0 = JSON.parse(rawKeyring(v.dataDir)) as Keyring;
    await v.ok('vault.changePassword', { currentPassword: ADMIN.password, newPassword: 'admin-new-pass-2' });
    await v.ok('vault.lock');
    writeFileSync(join(v.dataDir, 'keyring.pending.json'), JSON.stringify({ ...k0, pendingIntent: intent }));
    expect(await unlock(v.dataDir, 'admin', ADMIN.password)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await unlock(v.dataDir, 'admin', 'admin-new-pass-2')).toMatchObject({ ok: true });
    expect(existsSync(join(v.dataDir, 'keyring.pending.json'))).toBe(false);
    expect(await opensWith(v.dataDir, 'admin', ADMIN.password)).toBe(false);
  });

  it('editing the generation in an old copy does not help: the database records the keyring’s digest', async () => {
    const v = await makeVault();
    const old = JSON.parse(rawKeyring(v.dataDir)) as Keyring;
    await v.ok('vault.changePassword', { currentPassword: ADMIN.password, newPassword: 'admin-new-pass-2' });
    await v.ok('vault.lock');
    writeFileSync(join(v.dataDir, 'keyring.json'), JSON.stringify({ ...old, generation: 99 }));
    expect(await unlock(v.dataDir, 'admin', ADMIN.password)).toMatchObject({ ok: false, error: { code: 'KEYRING_STALE' } });
  });
});
