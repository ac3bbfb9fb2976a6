import { accessSync, chmodSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { formatISO9075 } from 'date-fns';
import { BACKUP_ID, type BackupEntry } from '../../../shared/contract/backups';
import { fail } from '../errors';
import type { Db } from '../store/connection';
import { pathsFor, syncDir, writeFileAtomic } from '../vault/files';
import { keyringDigest, readKeyring } from '../vault/keyring';
import { keyringState } from '../vault/queries';
import { BACKUP_ATTACHMENTS, BACKUP_DB, BACKUP_KEYRING, keyCheckOf, listFiles, manifestMacOf, sha256File, writeManifest, type Manifest } from './manifest';
import { schemaVersionOf, tableCounts, vacuumInto } from './queries';

export type Trigger = BackupEntry['trigger'];

/** One slice of a backup's progress, yielded between the pieces of work (backups/jobs.ts runs one per turn). */
export interface Progress {
  phase: 'database' | 'documents' | 'keyring';
  done: number;
  total: number;
}

export interface WriteOptions {
  db: Db;
  dbKey: Buffer;
  dataDir: string;
  /** The folder that holds every backup (the admin's choice). */
  folder: string;
  trigger: Trigger;
  now: Date;
  /** Documents copied per slice. */
  batch?: number;
}

/** haven-backup-20261202T010203Z-manual: sorts by time, says what started it, and is never a path. */
export function backupIdFor(now: Date, trigger: Trigger, folder: string): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const base = `haven-backup-${stamp}-${trigger}`;
  if (!existsSync(join(folder, base)) && !existsSync(join(folder, `${base}.partial`))) return base;
  for (let i = 2; i < 1000; i++) {
    const id = `${base}-${i}`;
    if (!existsSync(join(folder, id)) && !existsSync(join(folder, `${id}.partial`))) return id;
  }
  return fail('BACKUP_BUSY');
}

/** The folder must exist and be writable (an external drive that is plugged in). */
export function assertFolderUsable(folder: string): void {
  let usable = false;
  try {
    usable = statSync(folder).isDirectory();
    accessSync(folder, constants.W_OK | constants.R_OK);
  } catch {
    usable = false;
  }
  if (!usable) fail('BACKUP_FOLDER_UNAVAILABLE');
}

/**
 * A backup killed mid-write (power cut, process killed) leaves `<id>.partial`: never listed, never complete,
 * and one backup runs at a time, so any there when the next starts is a leftover and goes. Only names of our
 * own form; nothing else in the folder is touched.
 */
export function clearPartials(folder: string): void {
  for (const n of readdirSync(folder)) {
    if (n.endsWith('.partial') && BACKUP_ID.test(n.slice(0, -'.partial'.length))) rmSync(join(folder, n), { recursive: true, force: true });
  }
}

/**
 * Inside the data folder a backup shares the fate of what it backs up (and would be copied into itself).
 * Compared as real paths, so a symlink (or a `..` detour) into the data folder is refused like the folder itself.
 */
export function assertOutsideDataDir(dataDir: string, folder: string): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const inside = relative(real(dataDir), real(folder));
  if (!inside || (!inside.startsWith('..') && !isAbsolute(inside))) fail('BACKUP_FOLDER_UNAVAILABLE', 'Choose a folder outside the Haven data folder, ideally on another drive.');
}

/**
 * Writes one backup, as a generator: each `yield` is a point where other requests may run (the job runner
 * resumes it on the next turn of the core's queue). The database snapshot and the list of documents are
 * taken in the same turn, so they agree; documents are immutable once sealed, so copying them later copies
 * what the snapshot names (one purged in between is counted, not invented). The backup is built under
 * `<id>.partial` and renamed to `<id>` only once the manifest is written: a crash leaves a .partial folder
 * that listings ignore, never a backup that looks complete and is not.
 */
export function* writeBackup(o: WriteOptions): Generator<Progress, { id: string; manifest: Manifest; dir: string }> {
  assertFolderUsable(o.folder);
  clearPartials(o.folder);
  const id = backupIdFor(o.now, o.trigger, o.folder);
  const partial = join(o.folder, `${id}.partial`);
  mkdirSync(partial, { recursive: true, mode: 0o700 });
  try {
    // The keyring copied must be the one this database names (generation + digest): a backup is a pair that opens.
    const keyringText = readFileSync(pathsFor(o.dataDir).keyring, 'utf8');
    const keyring = readKeyring(o.dataDir);
    const state = keyringState(o.db);
    if (state?.digest && state.digest !== keyringDigest(keyring)) fail('KEYRING_STALE');
    vacuumInto(o.db, join(partial, BACKUP_DB));
    // SQLite creates the file with the process umask: a backup is the owner's alone, like the data folder.
    chmodSync(join(partial, BACKUP_DB), 0o600);
    const tables = tableCounts(o.db);
    const schemaVersion = schemaVersionOf(o.db);
    const src = pathsFor(o.dataDir).attachments;
    const documents = listFiles(src).filter((f) => f.endsWith('.hvd'));
    writeFileAtomic(join(partial, BACKUP_KEYRING), keyringText);
    yield { phase: 'database', done: 1, total: 1 };

    const batch = o.batch ?? 200;
    let gone = 0;
    if (documents.length) mkdirSync(join(partial, BACKUP_ATTACHMENTS), { recursive: true, mode: 0o700 });
    for (let i = 0; i < documents.length; i++) {
      const from = join(src, documents[i]!);
      // Purged after the snapshot (retention runs between slices): the snapshot's row stays, the file cannot.
      if (existsSync(from)) {
        copyFileSync(from, join(partial, BACKUP_ATTACHMENTS, documents[i]!));
        chmodSync(join(partial, BACKUP_ATTACHMENTS, documents[i]!), 0o600);
      }
      else gone++;
      if ((i + 1) % batch === 0 || i === documents.length - 1) yield { phase: 'documents', done: i + 1, total: documents.length };
    }

    const files = listFiles(partial).map((path) => ({ path, bytes: statSync(join(partial, path)).size, sha256: sha256File(join(partial, path)) }));
    const unsigned: Omit<Manifest, 'mac'> = {
      format: 'haven-backup',
      formatVersion: 1,
      id,
      createdAt: o.now.toISOString(),
      trigger: o.trigger,
      schemaVersion,
      keyringGeneration: keyring.generation ?? 0,
      vaultId: keyring.vaultId,
      counts: { tables, documents: documents.length - gone },
      documentsGoneDuringCopy: gone,
      keyCheck: keyCheckOf(o.dbKey, id),
      files,
    };
    const manifest: Manifest = { ...unsigned, mac: manifestMacOf(o.dbKey, unsigned) };
    writeManifest(partial, manifest);
    syncDir(partial);
    renameSync(partial, join(o.folder, id));
    syncDir(o.folder);
    yield { phase: 'keyring', done: 1, total: 1 };
    return { id, manifest, dir: join(o.folder, id) };
  } catch (e) {
    // Ours alone (made above): a failed backup leaves nothing that could pass for one.
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
}

/** Runs a backup to the end in one go (CLI, before a migration). */
export function writeBackupNow(o: WriteOptions): { id: string; manifest: Manifest; dir: string } {
  const it = writeBackup(o);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/** "2026-12-02 01:02:03", for log lines and CLI output. */
export const shortTime = (d: Date) => formatISO9075(d);
