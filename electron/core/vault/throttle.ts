import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { fail } from '../errors';
import { onVaultFile, pathsFor, pidAlive, writeFileAtomic } from './files';
import { readKeyring, writeKeyring, type AttemptsMirror } from './keyring';

/**
 * Failed unlocks are counted on disk (so restarting the app does not reset the back-off) and kept as a
 * pending list that is written into the audit log at the next successful unlock (the log is inside the
 * encrypted database, which is closed while locked).
 *
 * Deleting or editing unlock-attempts.json must not reset the back-off. Nothing secret is available while
 * locked (a MAC keyed from the database key could not be checked before unlock), so the counter is mirrored
 * instead: every write bumps a sequence number and copies {seq, highest failure count, last failure, SHA-256 of
 * the file, number of failures awaiting audit} into keyring.json. A counter file that is missing, unreadable or
 * differs in any byte from what the mirror names was tampered with: the mirrored back-off then applies to every
 * account until the next successful unlock, the tampering is audited, and so is how many failures awaiting
 * audit the file lost. (A crash between the file write and the mirror write reads as tampering too: the
 * back-off it keeps is the mirror's, never more, and an audited false alarm is the safe side.) Someone who edits both files can reset it, but whoever can write keyring.json can
 * also copy it and guess offline, which no counter prevents; the mirror closes the one-step reset.
 */
const counterSchema = z.object({ failures: z.number().int().nonnegative(), lastFailureAt: z.number() });
const stateSchema = z.object({
  seq: z.number().int().nonnegative().default(0),
  accounts: z.record(z.string(), counterSchema),
  /** Applies to every name: set when the file was found tampered with. */
  floor: counterSchema.nullable().default(null),
  pending: z.array(z.object({ username: z.string(), at: z.number(), reason: z.string() })),
});
type State = z.infer<typeof stateSchema>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 15 * 60_000;
const MAX_PENDING = 1000;
/** A lock older than this is from a process that hung or died without cleaning up (an unlock takes < 10 s). */
const STALE_LOCK_MS = 2 * 60_000;

/** 0 for the first three failures, then 1 s, 2 s, 4 s … capped at 15 minutes. */
export function backoffMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

const highest = (s: State): { failures: number; lastFailureAt: number } => {
  let failures = s.floor?.failures ?? 0;
  let lastFailureAt = s.floor?.lastFailureAt ?? 0;
  for (const a of Object.values(s.accounts)) {
    failures = Math.max(failures, a.failures);
    lastFailureAt = Math.max(lastFailureAt, a.lastFailureAt);
  }
  return { failures, lastFailureAt };
};

export class Throttle {
  constructor(
    private readonly dataDir: string,
    private readonly clock: () => number = Date.now,
  ) {}

  private mirror(): AttemptsMirror | null {
    try {
      return readKeyring(this.dataDir).attempts ?? null;
    } catch {
      return null;
    }
  }

  private read(): State {
    const file = pathsFor(this.dataDir).throttle;
    let s: State | null = null;
    let damaged = false;
    let body: string | null = null;
    if (existsSync(file)) {
      // Unreadable (a directory, EIO) is a store problem, not tampering: refuse rather than guess.
      body = onVaultFile(file, 'STORE_UNAVAILABLE', () => readFileSync(file, 'utf8'));
      try {
        s = stateSchema.parse(JSON.parse(body));
      } catch {
        damaged = true;
      }
    }
    const m = this.mirror();
    // The mirror names the file's exact content; mirrors written before that was recorded compare counts.
    const tampered =
      m !== null &&
      m.seq > 0 &&
      (m.digest !== undefined ? body === null || sha256(body) !== m.digest : s === null || s.seq < m.seq || highest(s).failures < m.failures);
    if (!tampered && s) return s;
    const base: State = s ?? { seq: m?.seq ?? 0, accounts: {}, floor: null, pending: [] };
    if (tampered) {
      // Keep the mirrored back-off whatever the file now claims (a decoy account's count says nothing of this one).
      base.seq = Math.max(base.seq, m!.seq);
      base.floor = { failures: m!.failures, lastFailureAt: m!.lastFailureAt };
      const at = this.clock();
      const removed = (m!.pending ?? 0) - base.pending.filter((p) => p.username !== '*').length;
      base.pending.push({ username: '*', at, reason: 'counter-file-tampered' });
      if (removed > 0) base.pending.push({ username: '*', at, reason: `${removed} failed attempts were removed from the counter file` });
      this.write(base);
    } else if (damaged) {
      // A damaged counter file with no mirror to compare must not lock everyone out nor pass silently.
      base.pending.push({ username: '*', at: this.clock(), reason: 'counter-file-damaged' });
    }
    return base;
  }

  /** The file first, then the mirror: a crash between leaves the file ahead of the mirror, which is not tampering. */
  private write(s: State): void {
    s.seq += 1;
    const file = pathsFor(this.dataDir).throttle;
    const body = JSON.stringify(s);
    onVaultFile(file, 'STORE_UNAVAILABLE', () => writeFileAtomic(file, body));
    try {
      const k = readKeyring(this.dataDir);
      const pending = s.pending.filter((p) => p.username !== '*').length;
      writeKeyring(this.dataDir, { ...k, attempts: { seq: s.seq, ...highest(s), digest: sha256(body), pending } });
    } catch {
      // No readable keyring: nothing to unlock, so nothing to mirror.
    }
  }

  /** Milliseconds the caller must still wait before trying this account again. */
  waitMs(username: string, now: number): number {
    const s = this.read();
    const wait = (c: { failures: number; lastFailureAt: number } | null | undefined) => (c ? Math.max(0, c.lastFailureAt + backoffMs(c.failures) - now) : 0);
    return Math.max(wait(s.accounts[username]), wait(s.floor));
  }

  recordFailure(username: string, now: number, reason: string): void {
    const s = this.read();
    const a = s.accounts[username] ?? { failures: 0, lastFailureAt: 0 };
    s.accounts[username] = { failures: a.failures + 1, lastFailureAt: now };
    s.pending.push({ username, at: now, reason });
    if (s.pending.length > MAX_PENDING) s.pending.splice(0, s.pending.length - MAX_PENDING);
    this.write(s);
  }

  pending(): State['pending'] {
    return this.read().pending;
  }

  /** On success: clears this account's counter (and a tamper floor) and hands back every pending failure for the audit log. */
  takePending(username: string): State['pending'] {
    const s = this.read();
    const pending = s.pending;
    // Nothing to clear: keep the files (and the keyring's mirror) as they are rather than rewrite them per unlock.
    if (!s.accounts[username] && !s.floor && !pending.length) return pending;
    delete s.accounts[username];
    s.floor = null;
    s.pending = [];
    this.write(s);
    return pending;
  }
}

/**
 * One password check at a time across processes (the app and a `haven` CLI on the same folder): an exclusive
 * lock file beside the counter. Without it, parallel processes each got a full check before any of them
 * recorded a failure. A lock whose owner is gone, or that is older than STALE_LOCK_MS, is taken over.
 */
export async function withUnlockLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  const file = pathsFor(dataDir).unlockLock;
  const token = `${process.pid} ${Date.now()}`;
  const take = (): boolean => {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, token);
      closeSync(fd);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return onVaultFile(file, 'STORE_UNAVAILABLE', () => { throw e; });
      return false;
    }
  };
  if (!take()) {
    let stale = false;
    try {
      const pid = Number(readFileSync(file, 'utf8').split(' ')[0]);
      stale = !pidAlive(pid) || pid === process.pid || Date.now() - statSync(file).mtimeMs > STALE_LOCK_MS;
    } catch (e) {
      // Vanished: its owner finished. Anything else (a directory, EIO) is not a lock we may remove.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') onVaultFile(file, 'STORE_UNAVAILABLE', () => { throw e; });
      stale = true;
    }
    if (stale) onVaultFile(file, 'STORE_UNAVAILABLE', () => rmSync(file, { force: true }));
    if (!stale || !take()) fail('THROTTLED', 'Another unlock is in progress. Try again in a moment.', { retryAfterMs: 1000 });
  }
  try {
    return await fn();
  } finally {
    try {
      if (readFileSync(file, 'utf8') === token) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  }
}
