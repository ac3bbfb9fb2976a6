import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../vault/files';

/**
 * Where backups go, remembered in the data folder OUTSIDE the database (backups.json): the recovery screen
 * must find the backups when the database cannot be read. A folder path and nothing else: no secret, no
 * case data. Not copied into backups (a restored vault keeps the location of the one it replaces).
 */
export const LOCATION_FILE = 'backups.json';

const locationSchema = z.object({ folder: z.string().min(1).max(1024) });

export function readBackupFolder(dataDir: string): string | null {
  const file = join(dataDir, LOCATION_FILE);
  if (!existsSync(file)) return null;
  try {
    return locationSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).folder;
  } catch {
    return null;
  }
}

export function writeBackupFolder(dataDir: string, folder: string): void {
  writeFileAtomic(join(dataDir, LOCATION_FILE), JSON.stringify({ folder }, null, 2));
}
