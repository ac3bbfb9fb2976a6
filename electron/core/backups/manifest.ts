import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { BACKUP_ID, backupTriggerSchema, backupVerificationSchema } from '../../../shared/contract/backups';
import { writeFileAtomic } from '../vault/files';

/**
 * manifest.json: what a backup holds and how to check it. Numbers, hashes, file names (document ids) and
 * instants only: no case data, nothing a reader of the drive learns about a survivor.
 */
export const MANIFEST_FILE = 'manifest.json';
/** The last verification's outcome, written beside the manifest (not hashed by it: it changes). */
export const VERIFIED_FILE = 'verified.json';
export const BACKUP_DB = 'haven.db';
export const BACKUP_KEYRING = 'keyring.json';
export const BACKUP_ATTACHMENTS = 'attachments';

export const manifestSchema = z.object({
  format: z.literal('haven-backup'),
  formatVersion: z.literal(1),
  id: z.string().regex(BACKUP_ID),
  createdAt: z.string(),
  trigger: backupTriggerSchema,
  schemaVersion: z.number().int().nonnegative(),
  keyringGeneration: z.number().int().nonnegative(),
  vaultId: z.string().uuid(),
  counts: z.object({ tables: z.record(z.string(), z.number().int().nonnegative()), documents: z.number().int().nonnegative() }),
  /** Document files the database snapshot had but that were purged before they could be copied. */
  documentsGoneDuringCopy: z.number().int().nonnegative(),
  /** HMAC of the backup id under the database key: tells "another key" from "damaged" without the key leaving the core. */
  keyCheck: z.string().regex(/^[0-9a-f]{64}$/),
  files: z.array(z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  /**
   * HMAC of the canonical manifest (every field above, files and keyringGeneration included) under a key
   * derived from the database key: the hashes alone can be recomputed by anyone who edits a file, this cannot.
   */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const keyCheckOf = (dbKey: Buffer, id: string): string => createHmac('sha256', dbKey).update(`haven backup key check v1|${id}`).digest('hex');

/** Sorted keys at every level, no spaces: the same bytes for the same manifest whoever wrote the JSON. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The manifest's MAC: HKDF from the database key (its own purpose, never the key itself), HMAC-SHA-256 over the canonical manifest without its mac. */
export function manifestMacOf(dbKey: Buffer, m: Omit<Manifest, 'mac'> & { mac?: string }): string {
  const macKey = Buffer.from(hkdfSync('sha256', dbKey, Buffer.alloc(0), 'haven backup manifest mac v1', 32));
  try {
    const { mac: _mac, ...rest } = m;
    return createHmac('sha256', macKey).update(canonical(rest)).digest('hex');
  } finally {
    macKey.fill(0);
  }
}

export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Every file under dir as a '/'-separated relative path. Symbolic links are listed as entries, never
 * followed (a link loop or a link out of the folder is a finding of verify, not a crash or a detour).
 */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (lstatSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export function readManifest(backupDir: string): Manifest | null {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(backupDir, MANIFEST_FILE), 'utf8')));
  } catch {
    return null;
  }
}

export const writeManifest = (backupDir: string, m: Manifest) => writeFileAtomic(join(backupDir, MANIFEST_FILE), JSON.stringify(manifestSchema.parse(m), null, 2));

export type Verification = z.infer<typeof backupVerificationSchema>;

export function readVerification(backupDir: string): Verification | null {
  try {
    return backupVerificationSchema.parse(JSON.parse(readFileSync(join(backupDir, VERIFIED_FILE), 'utf8')));
  } catch {
    return null;
  }
}

export const writeVerification = (backupDir: string, v: Verification) => writeFileAtomic(join(backupDir, VERIFIED_FILE), JSON.stringify(v, null, 2));
