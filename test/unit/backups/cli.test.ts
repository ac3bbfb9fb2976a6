import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haven } from '../helpers/cli';
import { tempDir } from '../helpers/vault';

const PASSWORD = 'cli-admin-pass-1';

describe('haven backup / restore', () => {
  it('backup --to, backup --verify (exit 0, then 1 on a changed byte), restore into a new folder only', { timeout: 300_000 }, async () => {
    const root = tempDir();
    const data = join(root, 'data');
    expect(haven(['init', '--data-dir', data, '--admin', 'ada'], { password: PASSWORD }).code).toBe(0);
    const out = join(root, 'backups');
    const b = haven(['backup', '--data-dir', data, '--to', out, '--user', 'ada'], { password: PASSWORD });
    expect(b.code).toBe(0);
    const { value } = JSON.parse(b.stdout) as { value: { id: string; dir: string; verified: { ok: boolean } } };
    expect(value.verified.ok).toBe(true);
    expect(readdirSync(out)).toEqual([value.id]);

    expect(haven(['backup', '--verify', value.dir, '--user', 'ada'], { password: PASSWORD }).code).toBe(0);
    expect(haven(['backup', '--verify', value.dir, '--user', 'ada'], { password: 'wrong-password-1' })).toMatchObject({ code: 1, stdout: expect.stringContaining('BAD_CREDENTIALS') });

    // Restore: a non-empty folder is refused, a new one receives the vault, whole.
    const busy = join(root, 'busy');
    expect(haven(['init', '--data-dir', busy, '--admin', 'bob'], { password: PASSWORD }).code).toBe(0);
    expect(haven(['restore', '--from', value.dir, '--data-dir', busy, '--user', 'ada'], { password: PASSWORD })).toMatchObject({ code: 1, stdout: expect.stringContaining('FOLDER_NOT_EMPTY') });
    const restored = join(root, 'restored');
    expect(haven(['restore', '--from', value.dir, '--data-dir', restored, '--user', 'ada'], { password: PASSWORD }).code).toBe(0);
    const list = haven(['call', '--data-dir', restored, '--user', 'ada', 'staff.list', '{}'], { password: PASSWORD });
    expect(JSON.parse(list.stdout)).toMatchObject({ ok: true, value: [{ username: 'ada' }] });
    expect(haven(['verify', '--data-dir', restored, '--user', 'ada'], { password: PASSWORD }).code).toBe(0);

    // One changed byte in the backup: verify exits 1 and names the file.
    const db = join(value.dir, 'haven.db');
    const bytes = readFileSync(db);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(db, bytes);
    const bad = haven(['backup', '--verify', value.dir, '--user', 'ada'], { password: PASSWORD });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('hash:haven.db');
    // And a damaged backup is not restored.
    expect(haven(['restore', '--from', value.dir, '--data-dir', join(root, 'again'), '--user', 'ada'], { password: PASSWORD })).toMatchObject({ code: 1, stdout: expect.stringContaining('BACKUP_INVALID') });
  });

  it('restore --user of a caseworker is FORBIDDEN (admin or recovery key only); backup --to inside the data folder is refused', { timeout: 300_000 }, async () => {
    const root = tempDir();
    const data = join(root, 'data');
    expect(haven(['init', '--data-dir', data, '--admin', 'ada'], { password: PASSWORD }).code).toBe(0);
    const staff = { username: 'cwfict', displayName: 'Fictional Caseworker', roles: ['caseworker'], temporaryPassword: 'temporary-pass-9' };
    expect(haven(['call', '--data-dir', data, '--user', 'ada', 'staff.create', JSON.stringify(staff)], { password: PASSWORD }).code).toBe(0);
    const inside = haven(['backup', '--data-dir', data, '--to', join(data, 'bk'), '--user', 'ada'], { password: PASSWORD });
    expect(inside).toMatchObject({ code: 1, stdout: expect.stringContaining('BACKUP_FOLDER_UNAVAILABLE') });
    expect(readdirSync(data)).not.toContain('bk');
    const out = join(root, 'backups');
    const b = haven(['backup', '--data-dir', data, '--to', out, '--user', 'ada'], { password: PASSWORD });
    expect(b.code).toBe(0);
    const dir = (JSON.parse(b.stdout) as { value: { dir: string } }).value.dir;
    const dest = join(root, 'restored');
    expect(haven(['restore', '--from', dir, '--data-dir', dest, '--user', 'cwfict'], { password: 'temporary-pass-9' })).toMatchObject({ code: 1, stdout: expect.stringContaining('FORBIDDEN') });
    expect(existsSync(dest)).toBe(false);
  });
});
