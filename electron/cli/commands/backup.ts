import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupToFolder } from '../../core/backups/service';
import { keyForBackup, type Credential } from '../../core/backups/restore';
import { writeVerification } from '../../core/backups/manifest';
import { verifyBackup } from '../../core/backups/verify';
import { assertOutsideDataDir } from '../../core/backups/write';
import { CoreError } from '../../core/errors';
import { createCore } from '../../core/index';
import { parse, readPassword, requireOpt, UsageError } from '../args';
import { print } from '../session';

export const help = `haven backup --data-dir D --to DIR --user NAME
  Writes an encrypted backup of D (database under the same key, documents, keyring, manifest of hashes)
  into a new folder inside DIR, verifies it, and prints its name. NAME must be an admin.
haven backup --verify B --user NAME     (or HAVEN_RECOVERY_KEY instead of --user and a password)
  Checks backup folder B: the manifest, every file's SHA-256, nothing missing or added, and the database
  opened with the backup's key (from NAME's password as the backup knows it) through integrity_check.
  Exit 0 when sound, 1 on any finding.`;

/** A password for an account of the backup's keyring, or the recovery key from the environment (never argv). */
export function credentialFrom(values: { user?: string | boolean; 'password-file'?: string | boolean }): Credential {
  const recoveryKey = process.env.HAVEN_RECOVERY_KEY;
  if (typeof values.user === 'string' && values.user) return { username: values.user, password: readPassword(typeof values['password-file'] === 'string' ? values['password-file'] : undefined) };
  if (recoveryKey) return { recoveryKey };
  throw new UsageError('--user NAME (password from HAVEN_PASSWORD or --password-file) or HAVEN_RECOVERY_KEY is required');
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { to: { type: 'string' }, verify: { type: 'string' } });
  if (values.verify) return verify(resolve(values.verify), credentialFrom(values));
  const dataDir = requireOpt(values['data-dir'], 'data-dir');
  const to = resolve(requireOpt(values.to, 'to'));
  const username = requireOpt(values.user, 'user');
  const core = createCore({ dataDir });
  try {
    const unlock = await core.handle({ channel: 'vault.unlock', input: { username, password: readPassword(values['password-file']) } });
    if (!unlock.ok) {
      print(unlock);
      return 1;
    }
    if (!core.runtime.session!.roles.includes('admin')) {
      print({ ok: false, error: { code: 'FORBIDDEN', message: 'Only an admin may write a backup.' } });
      return 1;
    }
    let r;
    try {
      // Checked before the folder is made (nothing created inside the data folder), and again once it is real.
      assertOutsideDataDir(dataDir, to);
      mkdirSync(to, { recursive: true, mode: 0o700 });
      r = backupToFolder(core.runtime, to, 'cli');
    } catch (e) {
      if (!(e instanceof CoreError)) throw e;
      print({ ok: false, error: e.toAppError() });
      return 1;
    }
    print({ ok: r.verified.ok, value: r });
    return r.verified.ok ? 0 : 1;
  } finally {
    await core.close();
  }
}

async function verify(dir: string, cred: Credential): Promise<number> {
  const found = await keyForBackup(dir, cred);
  if (!found) {
    print({ ok: false, error: { code: 'BAD_CREDENTIALS', message: 'That password or recovery key does not open this backup.' } });
    return 1;
  }
  const v = verifyBackup(dir, found.key);
  found.key.fill(0);
  if (v.manifest) writeVerification(dir, { at: new Date().toISOString(), ok: v.ok, findings: v.findings });
  print({ ok: v.ok, value: { backupId: v.manifest?.id ?? null, findings: v.findings } });
  for (const f of v.findings) process.stderr.write(`finding: ${f}\n`);
  return v.ok ? 0 : 1;
}
