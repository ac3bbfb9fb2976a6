import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { INSTANCE_LOCK_FILE } from '../../../electron/core/vault/instance';
import { haven } from '../helpers/cli';
import { ADMIN, makeVault, tempDir } from '../helpers/vault';

/** A live process that is not this one: its pid stands for "another Haven on this folder". */
function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGKILL'))) };
}

describe('one process per data folder (instance.lock)', () => {
  it('a second process on the folder gets DATA_DIR_IN_USE from every channel and changes nothing', async () => {
    const v = await makeVault();
    const lock = join(v.dataDir, INSTANCE_LOCK_FILE);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    const before = readFileSync(join(v.dataDir, 'keyring.json'));
    // A real second process: the haven CLI, with its own core worker, on the folder this test's core holds.
    const r = haven(['call', '--data-dir', v.dataDir, 'vault.status']);
    expect(r.stdout).toContain('DATA_DIR_IN_USE');
    const u = haven(['call', '--data-dir', v.dataDir, '--user', ADMIN.username, 'staff.list', '{}'], { password: ADMIN.password });
    expect(u.stdout).toContain('DATA_DIR_IN_USE');
    expect(readFileSync(join(v.dataDir, 'keyring.json'))).toEqual(before);
    // This process still works, and once it closes the folder the CLI may open it.
    expect((await v.call('staff.list', { includeInactive: true })).ok).toBe(true);
    await v.core.close();
    expect(existsSync(lock)).toBe(false);
    const after = haven(['call', '--data-dir', v.dataDir, 'vault.status']);
    expect(after.stdout).toContain('"initialized":true');
    // Three CLI processes (tsx start-up each): slow on a loaded machine, so a generous bound, not a timing.
  }, 180_000);

  it('a lock held by another live process refuses; once that process is gone it is taken over', async () => {
    const dataDir = join(tempDir(), 'd');
    const v = await makeVault({ dataDir });
    await v.core.close();
    const other = otherProcess();
    writeFileSync(join(dataDir, INSTANCE_LOCK_FILE), String(other.pid));
    const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
    const refused = await core.handle({ channel: 'vault.status', input: {} });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DATA_DIR_IN_USE' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/already has this data folder open/);
    await other.stop();
    // kill -9 left its lock behind: stale, taken over at the next request.
    expect((await core.handle({ channel: 'vault.status', input: {} })).ok).toBe(true);
    expect(readFileSync(join(dataDir, INSTANCE_LOCK_FILE), 'utf8')).toBe(String(process.pid));
    await core.close();
  });

  it('an empty lock file (a writer cut between create and write) is stale', async () => {
    const dataDir = join(tempDir(), 'd');
    const v = await makeVault({ dataDir });
    await v.core.close();
    writeFileSync(join(dataDir, INSTANCE_LOCK_FILE), '');
    const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
    expect((await core.handle({ channel: 'vault.status', input: {} })).ok).toBe(true);
    await core.close();
  });
});
