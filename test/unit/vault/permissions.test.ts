import { chmodSync, lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissionFinding, type PermissionProbe } from '../../../electron/core/vault/permissions';
import { makeVault } from '../helpers/vault';

/** A file system that accepts chmod and changes nothing (FAT, exFAT, some network shares): everything 0755/0644. */
const ignoresChmod: PermissionProbe = {
  platform: 'linux',
  stat: (p) => {
    const st = lstatSync(p);
    return { mode: st.isDirectory() ? 0o40755 : 0o100644, isSymbolicLink: () => false, isDirectory: () => st.isDirectory() };
  },
};

describe('data-folder permissions: a warning where the system cannot enforce them', () => {
  it('vault.status says ok on a folder Haven made 0700/0600, even after a file was loosened (fixed at start)', async () => {
    const v = await makeVault();
    writeFileSync(join(v.dataDir, 'stray.txt'), 'x');
    chmodSync(join(v.dataDir, 'stray.txt'), 0o644);
    expect(await v.ok('vault.status')).toMatchObject({ permissions: 'ok' });
  });

  it('a file system that ignores chmod is reported as not-enforced', async () => {
    const v = await makeVault();
    expect(permissionFinding(v.dataDir, ignoresChmod)).toBe('not-enforced');
  });

  it('Windows (modes are not how access is decided there) is reported as unsupported', async () => {
    const v = await makeVault();
    expect(permissionFinding(v.dataDir, { platform: 'win32', stat: lstatSync })).toBe('unsupported');
  });
});
