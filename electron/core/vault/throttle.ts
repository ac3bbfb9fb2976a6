import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { pathsFor, writeFileAtomic } from './files';

/**
 * Failed unlocks are counted on disk (so restarting the app does not reset the back-off) and kept as a
 * pending list that is written into the audit log at the next successful unlock (the log is inside the
 * encrypted database, which is closed while locked).
 */
const stateSchema = z.object({
  accounts: z.record(z.string(), z.object({ failures: z.number().int(), lastFailureAt: z.number() })),
  pending: z.array(z.object({ username: z.string(), at: z.number(), reason: z.string() })),
});
type State = z.infer<typeof stateSchema>;

const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 15 * 60_000;
const MAX_PENDING = 1000;

/** 0 for the first three failures, then 1 s, 2 s, 4 s … capped at 15 minutes. */
export function backoffMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export class Throttle {
  constructor(private readonly dataDir: string) {}

  private read(): State {
    const file = pathsFor(this.dataDir).throttle;
    if (!existsSync(file)) return { accounts: {}, pending: [] };
    try {
      return stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // A damaged counter file must not lock everyone out, nor reset to zero silently: treat as one failure.
      return { accounts: {}, pending: [{ username: '*', at: Date.now(), reason: 'counter-file-damaged' }] };
    }
  }

  private write(s: State): void {
    writeFileAtomic(pathsFor(this.dataDir).throttle, JSON.stringify(s));
  }

  /** Milliseconds the caller must still wait before trying this account again. */
  waitMs(username: string, now: number): number {
    const a = this.read().accounts[username];
    if (!a) return 0;
    return Math.max(0, a.lastFailureAt + backoffMs(a.failures) - now);
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

  /** On success: clears this account's counter and hands back every pending failure for the audit log. */
  takePending(username: string): State['pending'] {
    const s = this.read();
    const pending = s.pending;
    delete s.accounts[username];
    s.pending = [];
    this.write(s);
    return pending;
  }
}
