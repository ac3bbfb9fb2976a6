import { inTransaction, type Db } from '../store/connection';
import { mergeNoteIndexSlice, noteIndexSegments } from './queries';

export interface IndexMaintenance {
  /** Stop starting new slices after this long; a slice already running finishes (~100 ms at 500 pages). */
  budgetMs: number;
  /** Leave the index alone while it has at most this many segments: merging rewrites the whole index. */
  maxSegments?: number;
  /** Leaf pages per slice, each in its own short write transaction so requests are not held up long. */
  pagesPerSlice?: number;
}

export interface IndexMaintenanceResult {
  segmentsBefore: number;
  segmentsAfter: number;
  slices: number;
  /** True when the index is down to one segment (or was already under maxSegments). */
  done: boolean;
}

/**
 * Keeps note search fast as the vault ages (bench: notes.search.p95_ms at 200k notes). Run it when the core
 * is idle and unlocked, never inside a request and never at lock (locking must be immediate), e.g. from an
 * idle timer every few minutes with a budget of a few hundred ms: it does nothing until writes have piled
 * up more than `maxSegments` segments, then merges in slices across as many runs as it needs.
 * Not wired yet: the lead chooses where (the core's idle timer is the natural place).
 */
export function maintainNoteIndex(db: Db, o: IndexMaintenance): IndexMaintenanceResult {
  const started = performance.now();
  const segmentsBefore = noteIndexSegments(db);
  let slices = 0;
  let more = segmentsBefore > (o.maxSegments ?? 8);
  while (more && performance.now() - started < o.budgetMs) {
    more = inTransaction(db, () => mergeNoteIndexSlice(db, o.pagesPerSlice ?? 500));
    slices++;
  }
  return { segmentsBefore, segmentsAfter: slices ? noteIndexSegments(db) : segmentsBefore, slices, done: !more };
}
