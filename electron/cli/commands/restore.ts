import { resolve } from 'node:path';
import { keyForBackup, restoreInto } from '../../core/backups/restore';
import { CoreError, fail } from '../../core/errors';
import { verifyBackup } from '../../core/backups/verify';
import { parse, requireOpt } from '../args';
import { print } from '../session';
import { credentialFrom } from './backup';

export const help = `haven restore --from B --data-dir D2 --user NAME     (or HAVEN_RECOVERY_KEY instead of --user)
  Restores backup folder B into D2, a NEW data folder (absent or empty; anything else is refused). The
  backup is verified first (hashes, key, integrity_check). NAME must be an admin in the backup. Open D2 with the app or --data-dir D2.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { from: { type: 'string' } });
  const from = resolve(requireOpt(values.from, 'from'));
  const dataDir = resolve(requireOpt(values['data-dir'], 'data-dir'));
  const found = await keyForBackup(from, credentialFrom(values));
  if (!found) {
    print({ ok: false, error: { code: 'BAD_CREDENTIALS', message: 'That password or recovery key does not open this backup.' } });
    return 1;
  }
  // Like the recovery screen: an account of the backup restores only if it is an active admin there. (A backup
  // whose database cannot be read says nothing about roles: restoreInto refuses it as BACKUP_INVALID.)
  if (!found.admin && verifyBackup(from, found.key).ok) {
    found.key.fill(0);
    print({ ok: false, error: { code: 'FORBIDDEN', message: 'Only an admin of the backup, or its recovery key, may restore it.' } });
    return 1;
  }
  try {
    if (!found.admin) fail('BACKUP_INVALID');
    restoreInto(from, dataDir, found.key);
  } catch (e) {
    if (e instanceof CoreError) {
      print({ ok: false, error: e.toAppError() });
      return 1;
    }
    throw e;
  } finally {
    found.key.fill(0);
  }
  print({ ok: true, value: { restoredInto: dataDir } });
  return 0;
}
