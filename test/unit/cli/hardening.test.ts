import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haven } from '../helpers/cli';
import { tempDir } from '../helpers/vault';

const PASSWORD = 'admin-cli-pass-1';

describe('haven CLI against hostile folders and input', () => {
  it('init on a folder that lost only haven.db refuses with VAULT_FILES_PRESENT and keeps the keyring', () => {
    const dir = join(tempDir(), 'd');
    expect(haven(['init', '--data-dir', dir, '--admin', 'ada'], { password: PASSWORD }).code).toBe(0);
    const keyring = readFileSync(join(dir, 'keyring.json'), 'utf8');
    const backup = join(tempDir(), 'haven.db');
    renameSync(join(dir, 'haven.db'), backup);
    for (let i = 0; i < 2; i++) {
      const r = haven(['init', '--data-dir', dir, '--admin', 'eve'], { password: 'eve-cli-pass-01' });
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'VAULT_FILES_PRESENT' } });
    }
    expect(readFileSync(join(dir, 'keyring.json'), 'utf8')).toBe(keyring);
    renameSync(backup, join(dir, 'haven.db'));
    expect(haven(['call', '--data-dir', dir, '--user', 'ada', 'session.current'], { password: PASSWORD }).code).toBe(0);
  });

  it('a line nested 6,000 deep is refused with VALIDATION and the rest of the batch is answered', () => {
    const dir = join(tempDir(), 'deep');
    expect(haven(['init', '--data-dir', dir, '--admin', 'ada'], { password: PASSWORD }).code).toBe(0);
    const deep = '['.repeat(6000) + ']'.repeat(6000);
    const input = [
      JSON.stringify({ channel: 'session.current', input: {} }),
      `{"channel":"staff.list","input":${deep}}`,
      JSON.stringify({ channel: 'session.current', input: {} }),
    ].join('\n');
    const r = haven(['call', '--data-dir', dir, '--user', 'ada', '--batch'], { password: PASSWORD, input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ ok: true });
    expect(lines[1]).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(lines[2]).toMatchObject({ ok: true });
    expect(r.code).toBe(1);
  });
});
