import { existsSync, lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/**
 * enforcePermissions (files.ts) sets 0700 on the data folder and 0600 on its files, silently where it can.
 * Where the system cannot (Windows, where modes are not how access is decided; a FAT/exFAT drive or a network
 * share mounted with fixed modes, where chmod "succeeds" and changes nothing), the folder may be readable by
 * other accounts on the machine, and the person in charge must be told: vault.status carries the finding, the
 * lock screen and `haven call vault.status` show it. Checked after enforcing: whatever is still open is what
 * the system refused. The files are encrypted either way; this is about who can copy them.
 */
export type PermissionFinding = 'ok' | 'unsupported' | 'not-enforced';

export interface PermissionProbe {
  platform: NodeJS.Platform;
  stat: (path: string) => Pick<Stats, 'mode' | 'isSymbolicLink' | 'isDirectory'>;
}

const realProbe: PermissionProbe = { platform: process.platform, stat: lstatSync };

export function permissionFinding(dataDir: string, probe: PermissionProbe = realProbe): PermissionFinding {
  if (probe.platform === 'win32') return 'unsupported';
  if (!existsSync(dataDir)) return 'ok';
  const open = (path: string) => {
    try {
      const st = probe.stat(path);
      return !st.isSymbolicLink() && (st.mode & 0o077) !== 0;
    } catch {
      return false; // gone between readdir and stat (a WAL checkpoint)
    }
  };
  if (open(dataDir)) return 'not-enforced';
  for (const name of readdirSync(dataDir)) if (open(join(dataDir, name))) return 'not-enforced';
  return 'ok';
}
