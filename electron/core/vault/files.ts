import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const DB_FILE = 'haven.db';
export const KEYRING_FILE = 'keyring.json';
export const KEYRING_PREVIOUS_FILE = 'keyring.previous.json';
export const THROTTLE_FILE = 'unlock-attempts.json';

export const pathsFor = (dataDir: string) => ({
  db: join(dataDir, DB_FILE),
  keyring: join(dataDir, KEYRING_FILE),
  keyringPrevious: join(dataDir, KEYRING_PREVIOUS_FILE),
  throttle: join(dataDir, THROTTLE_FILE),
});

/** Write-then-rename with fsync of file and folder, so a crash leaves either the old file or the new one. */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  try {
    const dfd = openSync(dirname(file), 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Directory fsync is not supported on every platform (Windows); the rename is still atomic there.
  }
}
