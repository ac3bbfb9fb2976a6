import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWithPassword } from '../helpers/cli';
import { ADMIN, makeVault } from '../helpers/vault';

const PAGE = 4096;

function flipByte(file: string, offset: number): void {
  const b = readFileSync(file);
  b[offset] = b[offset]! ^ 0xff;
  writeFileSync(file, b);
}

async function vaultWithRows() {
  const v = await makeVault();
  for (let i = 0; i < 40; i++) await v.ok('staff.create', { username: `user${i}`, displayName: `Fictional Person ${i}`, roles: ['mentor'], temporaryPassword: `temp-pass-${i}-000` });
  await v.ok('vault.lock');
  return v;
}

describe('corruption reads as itself', () => {
  for (const [label, size] of [['empty (0 bytes)', 0], ['cut to 10 bytes', 10], ['cut to 100 bytes', 100], ['cut to half a page', 2048]] as const) {
    it(`a database ${label} is DATABASE_CORRUPT and nothing is written into it (no fresh database in its place)`, async () => {
      const v = await vaultWithRows();
      const file = join(v.dataDir, 'haven.db');
      writeFileSync(file, readFileSync(file).subarray(0, size));
      const before = readFileSync(file);
      expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(existsSync(`${file}-wal`)).toBe(false);
    });
  }


  it('a flipped byte mid-file: the unlock’s quick_check finds it, answers DATABASE_CORRUPT and the start screen offers recovery', async () => {
    const v = await vaultWithRows();
    const file = join(v.dataDir, 'haven.db');
    const pages = statSync(file).size / PAGE;
    flipByte(file, Math.floor(pages / 2) * PAGE + 2000);
    const before = readFileSync(file);
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
    // Nothing was written into the damaged file; the damage is remembered outside it, for the recovery screen.
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(await v.ok('vault.status')).toMatchObject({ unlocked: false, recovery: { reason: 'DATABASE_CORRUPT' } });
    // Every later start says the same: no crash loop, no silent "wrong password".
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
  });

  it('a damaged page met by an ordinary request answers DATABASE_CORRUPT, writes stop, and the next start offers recovery', async () => {
    const v = await vaultWithRows();
    const db = await openWithPassword(v.dataDir, 'admin', ADMIN.password);
    // The oldest audit records' page: audit.list reads it, unlocking (which appends at the other end) does not.
    const [first] = db.prepare("SELECT pageno FROM dbstat WHERE name = 'audit' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    db.close();
    await v.unlockAs('admin', ADMIN.password);
    // Damage that appears while unlocked (the unlock's check read every page; its cache is dropped here).
    flipByte(join(v.dataDir, 'haven.db'), (first! - 1) * PAGE + 2000);
    v.core.runtime.db!.pragma('shrink_memory');
    expect(await v.call('audit.list', { limit: 500 })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
    const s = await v.ok<{ version: number }>('settings.get');
    expect(await v.call('settings.update', { version: s.version, centreName: 'Other Fictional Centre' })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
    await v.ok('vault.lock');
    expect(await v.ok('vault.status')).toMatchObject({ recovery: { reason: 'DATABASE_CORRUPT' } });
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
  });

  it('a damaged first page is DATABASE_CORRUPT; another vault’s database is DATABASE_UNREADABLE', async () => {
    const v = await vaultWithRows();
    const file = join(v.dataDir, 'haven.db');
    const good = readFileSync(file);
    flipByte(file, 1000);
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
    writeFileSync(file, good);
    const other = await makeVault();
    await other.ok('vault.lock');
    copyFileSync(join(other.dataDir, 'haven.db'), file);
    const r = await v.call('vault.unlock', { username: 'admin', password: ADMIN.password });
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE_UNREADABLE' } });
  });
});

describe('keyrings from before the database salt was recorded', () => {
  it('get it at the next unlock, so later damage to page 1 is told from another vault', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    const file = join(v.dataDir, 'keyring.json');
    const k = JSON.parse(readFileSync(file, 'utf8'));
    const salt = k.dbSalt;
    expect(salt).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    delete k.dbSalt;
    writeFileSync(file, JSON.stringify(k));
    await v.unlockAs('admin', ADMIN.password);
    expect(JSON.parse(readFileSync(file, 'utf8')).dbSalt).toBe(salt);
  });
});
