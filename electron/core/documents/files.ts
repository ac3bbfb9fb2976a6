import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID, type CipherGCM } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../errors';
import { pidAlive } from '../vault/files';

/**
 * Attachment files: AES-256-GCM under a random per-file key (wrapped by the database key elsewhere), the
 * file id bound as associated data. Layout: "HVD1" | 12-byte IV | ciphertext | 16-byte tag. Plaintext
 * exists only in memory, chunk by chunk; the partial file on disk is ciphertext from the first byte.
 */
const MAGIC = Buffer.from('HVD1');

export const attachmentsDir = (dataDir: string) => join(dataDir, 'attachments');
const pathOf = (dataDir: string, fileId: string) => join(attachmentsDir(dataDir), `${fileId}.hvd`);
/** The partial file names the process writing it, so a sweep can tell a live upload from one a crash left. */
const partPathOf = (dataDir: string, fileId: string, pid: number) => `${pathOf(dataDir, fileId)}.${pid}.part`;
// `<uuid>.hvd.part` is the name used before the pid was added; its writer is unknown (treated as gone).
const PART = /^([0-9a-f-]{36})\.hvd(?:\.(\d+))?\.part$/;

/** Partial files of one document (normally none or one): a crash may leave one between COMMIT and the move. */
function partsOf(dataDir: string, fileId: string): string[] {
  const dir = attachmentsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.match(PART)?.[1] === fileId)
    .map((n) => join(dir, n));
}

export class EncryptingWriter {
  readonly fileId = randomUUID();
  readonly key = randomBytes(32);
  private readonly cipher: CipherGCM;
  private readonly hash = createHash('sha256');
  private readonly fd: number;
  private readonly partPath: string;
  bytes = 0;
  private open = true;

  constructor(private readonly dataDir: string) {
    mkdirSync(attachmentsDir(dataDir), { recursive: true, mode: 0o700 });
    const iv = randomBytes(12);
    this.cipher = createCipheriv('aes-256-gcm', this.key, iv);
    this.cipher.setAAD(Buffer.from(this.fileId));
    this.partPath = partPathOf(dataDir, this.fileId, process.pid);
    this.fd = openSync(this.partPath, 'wx', 0o600);
    writeSync(this.fd, Buffer.concat([MAGIC, iv]));
  }

  write(plain: Buffer): void {
    this.hash.update(plain);
    this.bytes += plain.length;
    writeSync(this.fd, this.cipher.update(plain));
  }

  /**
   * Seals the file (tag) and makes it durable under its partial name; returns the plaintext SHA-256. It is
   * moved into place by `place()` only after the document's row commits (a rollback calls `abort()`), and a
   * crash between the two is repaired when the document is first opened (`decryptFile`).
   */
  seal(): string {
    writeSync(this.fd, this.cipher.final());
    writeSync(this.fd, this.cipher.getAuthTag());
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.open = false;
    return this.hash.digest('hex');
  }

  place(): void {
    renameSync(this.partPath, pathOf(this.dataDir, this.fileId));
  }

  abort(): void {
    // Never close a descriptor twice: by then its number may belong to another open file.
    if (this.open) closeSync(this.fd);
    this.open = false;
    rmSync(this.partPath, { force: true });
    this.key.fill(0);
  }
}

export function decryptFile(dataDir: string, fileId: string, key: Buffer, sha256: string): Buffer {
  const path = pathOf(dataDir, fileId);
  // The row is committed (the caller read it), so a sealed partial file is this document: a crash came
  // between COMMIT and the move into place. Finish the move.
  if (!existsSync(path)) {
    const [part] = partsOf(dataDir, fileId);
    if (part) renameSync(part, path);
  }
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (e) {
    // Only a file that is not there is NOT_FOUND. Anything else (too many open files, permissions) is the
    // machine's trouble, not a missing document: INTERNAL, so nobody concludes the document is gone.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return fail('NOT_FOUND', 'The document file is missing from the data folder.');
    throw e;
  }
  if (raw.length < 32 || !raw.subarray(0, 4).equals(MAGIC)) fail('INTERNAL', 'The document file is damaged.');
  const d = createDecipheriv('aes-256-gcm', key, raw.subarray(4, 16));
  d.setAAD(Buffer.from(fileId));
  d.setAuthTag(raw.subarray(raw.length - 16));
  let plain: Buffer;
  try {
    plain = Buffer.concat([d.update(raw.subarray(16, raw.length - 16)), d.final()]);
  } catch {
    return fail('INTERNAL', 'The document file is damaged or was altered.');
  }
  if (createHash('sha256').update(plain).digest('hex') !== sha256) fail('INTERNAL', 'The document does not match its recorded hash.');
  return plain;
}

export const deleteFile = (dataDir: string, fileId: string) => rmSync(pathOf(dataDir, fileId), { force: true });

/**
 * Partial files nobody will finish: an upload cut off by a crash or kill -9 leaves `<id>.hvd.<pid>.part` that
 * no process's idle sweep knows about. Run at unlock, when the database can be read. A partial file whose
 * document row committed is that document (the crash came between COMMIT and the move): moved into place.
 * One whose writer is another live process (a window or CLI on this folder mid-upload) is left alone. Any other has no row and never will: removed. Returns how many were placed and removed.
 */
export function sweepPartialFiles(dataDir: string, committed: (fileId: string) => boolean): { placed: number; removed: number } {
  const dir = attachmentsDir(dataDir);
  const out = { placed: 0, removed: 0 };
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const m = name.match(PART);
    if (!m) continue;
    const fileId = m[1]!;
    const pid = m[2] === undefined ? null : Number(m[2]);
    const part = join(dir, name);
    if (committed(fileId)) {
      if (!existsSync(pathOf(dataDir, fileId))) {
        renameSync(part, pathOf(dataDir, fileId));
        out.placed++;
        continue;
      }
    } else if (pid !== null && pid !== process.pid && pidAlive(pid)) {
      // This process has no upload in progress at unlock (locking aborts them), so only another's can be live.
      continue;
    }
    rmSync(part, { force: true });
    out.removed++;
  }
  return out;
}
