import { logEvent } from './log';
import { maintainNoteIndex } from './notes/maintenance';
import type { Runtime } from './runtime';
import { isCorruption, isDamaged, markDamaged } from './store/health';
import { oneShot, type Scheduler } from './vault/idle';

/** How long the core must have had no request before it tidies up, and how long one tidy-up may take. */
export const QUIET_MS = 5_000;
const BUDGET_MS = 150;

/**
 * Upkeep the core does on its own while unlocked and quiet: today, merging the note search index (writes
 * pile up FTS5 segments, and search slows with them: bench notes.search.p95_ms vs after_index_merge). Never
 * inside a request and never at lock (locking must be immediate); it runs through the request queue, a few
 * short transactions at a time, and re-arms itself until the work is done. It is not activity: the idle
 * lock's clock does not move.
 */
export function quietWork(rt: Runtime, scheduler: Scheduler, enqueue: (job: () => void) => void) {
  const timer = oneShot(scheduler, () => enqueue(run));
  const arm = () => (rt.session ? timer.set(QUIET_MS) : timer.cancel());
  const run = () => {
    const db = rt.db;
    if (!db || !rt.session || isDamaged(db)) return;
    try {
      if (!maintainNoteIndex(db, { budgetMs: BUDGET_MS }).done) arm();
    } catch (e) {
      if (isCorruption(e)) markDamaged(db);
      logEvent('core.quiet-work', { error: e instanceof Error ? e.name : typeof e });
    }
  };
  return { arm, cancel: timer.cancel };
}
