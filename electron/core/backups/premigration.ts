import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { logEvent } from '../log';
import type { Db } from '../store/connection';
import { readBackupFolder } from './location';
import { assertFolderUsable, writeBackupNow } from './write';

/** Used when no backup folder is chosen (or it is unplugged): inside the data folder, better than none. */
export const PRE_MIGRATION_DIR = 'pre-migration-backups';

/**
 * The migration runner's hook (store/migrations migrate(…, before)): a full backup of the database as it is,
 * before the first step of an upgrade touches it. To the admin's backup folder when it can be written, else
 * into the data folder. If no backup can be written at all the migration does not run (the error stands).
 */
export function backupBeforeMigration(dataDir: string, db: Db, dbKey: Buffer, now: Date): string {
  const chosen = readBackupFolder(dataDir);
  let folder = join(dataDir, PRE_MIGRATION_DIR);
  if (chosen) {
    try {
      assertFolderUsable(chosen);
      folder = chosen;
    } catch {
      logEvent('core.backup-folder-unavailable', { trigger: 'pre-migration' });
    }
  }
  if (folder !== chosen) mkdirSync(folder, { recursive: true, mode: 0o700 });
  return writeBackupNow({ db, dbKey, dataDir, folder, trigger: 'pre-migration', now }).id;
}
