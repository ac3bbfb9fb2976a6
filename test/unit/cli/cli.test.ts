import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import { databaseChecksum } from '../../../electron/core/store/checksum';
import { filesContaining, haven, openWithPassword } from '../helpers/cli';
import { tempDir } from '../helpers/vault';

const PASSWORD = 'admin-cli-pass-1';

describe('haven CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tempDir(), 'd');
    const r = haven(['init', '--data-dir', dir, '--admin', 'ada', '--centre', 'Fictional Centre'], { password: PASSWORD });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Recovery key.*\n\n\s+[A-Z2-7]{4}(-[A-Z2-7]{4}){7}/s);
  });

  it('usage: help exits 0, no command or an unknown one exits 2', () => {
    expect(haven(['--help']).code).toBe(0);
    expect(haven([]).code).toBe(2);
    expect(haven(['frobnicate']).code).toBe(2);
    expect(haven(['call', '--data-dir', dir, '--bogus-flag']).code).toBe(2);
  });

  it('never takes a password from argv: without HAVEN_PASSWORD init refuses and writes nothing', () => {
    const d = join(tempDir(), 'nopass');
    const r = haven(['init', '--data-dir', d, '--admin', 'ada']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/HAVEN_PASSWORD/);
    expect(existsSync(d)).toBe(false);
    expect(haven(['init', '--data-dir', d, '--admin', 'ada', '--password', 'x'], { password: PASSWORD }).code).toBe(2);
  });

  it('init twice: the second refuses with ALREADY_INITIALIZED', () => {
    const r = haven(['init', '--data-dir', dir, '--admin', 'bob'], { password: PASSWORD });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ALREADY_INITIALIZED');
  });

  it('call: ok -> exit 0, error response -> exit 1, bad JSON -> exit 2', () => {
    const ok = haven(['call', '--data-dir', dir, '--user', 'ada', 'staff.list', '{}'], { password: PASSWORD });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, value: [{ username: 'ada', roles: ['admin'] }] });
    const wrong = haven(['call', '--data-dir', dir, '--user', 'ada', 'staff.list'], { password: 'wrong-password' });
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    const status = haven(['call', '--data-dir', dir, 'vault.status']);
    expect(JSON.parse(status.stdout)).toMatchObject({ ok: true, value: { initialized: true, unlocked: false } });
    expect(haven(['call', '--data-dir', dir, '--user', 'ada', 'staff.list', '{nope'], { password: PASSWORD }).code).toBe(2);
    const missing = haven(['call', '--data-dir', join(dir, 'nope'), '--user', 'ada', 'staff.list'], { password: PASSWORD });
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'NOT_INITIALIZED' } });
  });

  it('channels prints the whole contract with JSON Schemas', () => {
    const r = haven(['channels']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { channel: string; access: unknown; input: { type?: string }; output: object }[];
    expect(list.map((c) => c.channel)).toEqual(CHANNELS);
    const create = list.find((c) => c.channel === 'staff.create')!;
    expect(create.access).toEqual(['admin']);
    expect(create.input).toMatchObject({ type: 'object', required: expect.arrayContaining(['username', 'roles']), additionalProperties: false });
    // The consent gate and need-to-know are part of what it prints.
    expect(list.find((c) => c.channel === 'referrals.create')).toMatchObject({ shares: 'referral.create', scope: { kind: 'case', need: ['referrals', 'referrals.legal'] } });
    expect(list.find((c) => c.channel === 'directory.list')).toMatchObject({ shares: null, scope: 'none' });
  });

  it('10,000 malformed batch requests: each answered with a stable code, no crash, nothing changed', async () => {
    const lines: string[] = [];
    const shapes = [
      () => '{not json',
      () => '42',
      () => JSON.stringify({ channel: 'cases.dropAll', input: {} }),
      () => JSON.stringify({ input: {} }),
      () => JSON.stringify({ channel: CHANNELS[lines.length % CHANNELS.length], input: 42 }),
      () => JSON.stringify({ channel: CHANNELS[lines.length % CHANNELS.length], input: { unexpected: 'x'.repeat(lines.length % 300) } }),
      () => JSON.stringify({ channel: 'staff.create', input: { username: '', roles: ['root'] } }),
    ];
    while (lines.length < 10_000) lines.push(shapes[lines.length % shapes.length]!());
    // Run as someone holding every role, so each malformed request reaches validation (a refused role
    // would be FORBIDDEN, which is audited on purpose).
    const omni = JSON.stringify({ username: 'omni', displayName: 'Fictional Omni', roles: ['admin', 'caseworker', 'mentor', 'legal_aide'], temporaryPassword: 'temporary-pass-1' });
    expect(haven(['call', '--data-dir', dir, '--user', 'ada', 'staff.create', omni], { password: PASSWORD }).code).toBe(0);
    const change = JSON.stringify({ currentPassword: 'temporary-pass-1', newPassword: PASSWORD });
    expect(haven(['call', '--data-dir', dir, '--user', 'omni', 'vault.changePassword', change], { password: 'temporary-pass-1' }).code).toBe(0);
    let db = await openWithPassword(dir, 'ada', PASSWORD);
    const auditBefore = db.prepare('SELECT count(*) FROM audit').pluck().get() as number;
    const before = databaseChecksum(db, { auditUpTo: auditBefore });
    db.close();

    const r = haven(['call', '--data-dir', dir, '--user', 'omni', '--batch'], { password: PASSWORD, input: lines.join('\n') + '\n' });
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; error?: { code: string; message: string } });
    expect(out).toHaveLength(10_000);
    const codes = new Set(out.map((o) => o.error?.code));
    expect([...codes].sort()).toEqual(['UNKNOWN_CHANNEL', 'VALIDATION']);
    expect(out.every((o) => !o.ok && !/\bat\b.*:\d+|SELECT|sqlite/i.test(o.error!.message))).toBe(true);

    db = await openWithPassword(dir, 'ada', PASSWORD);
    // The batch's own unlock and lock are audited (with failed unlocks from earlier tests, which are
    // written at the next successful unlock); no other row of any table may have changed.
    const added = db.prepare(`SELECT action || ' ' || outcome FROM audit WHERE id > ? AND outcome NOT LIKE 'refused:BAD_CREDENTIALS' ORDER BY id`).pluck().all(auditBefore);
    expect(added).toEqual(['vault.unlock ok', 'vault.lock ok']);
    expect(databaseChecksum(db, { auditUpTo: auditBefore })).toBe(before);
    db.close();
  });

  it('verify passes, then names the first bad record after a one-byte change in the audit table', async () => {
    const ok = haven(['verify', '--data-dir', dir, '--user', 'ada'], { password: PASSWORD });
    expect(ok.code, ok.stdout).toBe(0);
    const db = await openWithPassword(dir, 'ada', PASSWORD);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare(`UPDATE audit SET at = replace(at, '20', '21') WHERE id = 2`).run();
    db.close();
    const bad = haven(['verify', '--data-dir', dir, '--user', 'ada'], { password: PASSWORD });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: true, value: { audit: { ok: false, firstBadId: 2 } } });
    expect(bad.stderr).toMatch(/record 2/);
  });
});

describe('haven demo --canary', () => {
  it('puts the canary everywhere and it never appears in plaintext under the data dir', async () => {
    const d = join(tempDir(), 'demo');
    const r = haven(['demo', '--data-dir', d, '--size', 'small', '--canary', 'ZQXCANARY']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/demo-[a-z0-9]+-\d{4}/);
    const admin = /^\s+(\S+)\s+admin\s+(\S+)$/m.exec(r.stdout)!;
    expect(readdirSync(d).sort()).toEqual(expect.arrayContaining(['haven.db', 'keyring.json']));
    expect(filesContaining(d, 'ZQXCANARY')).toEqual([]);
    // The canary really is inside: decrypting with the key finds it.
    const db = await openWithPassword(d, admin[1]!, admin[2]!);
    expect(db.prepare(`SELECT count(*) FROM staff WHERE display_name LIKE 'ZQXCANARY%'`).pluck().get()).toBeGreaterThan(5);
    expect(db.prepare('SELECT centre_name FROM settings').pluck().get()).toMatch(/^ZQXCANARY/);
    // …and while the database is open with a live WAL, the WAL holds no plaintext either.
    db.prepare(`UPDATE settings SET centre_name = 'ZQXCANARY wal check'`).run();
    expect(readdirSync(d)).toContain('haven.db-wal');
    expect(filesContaining(d, 'ZQXCANARY')).toEqual([]);
    db.close();
  });
});
