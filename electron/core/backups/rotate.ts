import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startOfDay, startOfISOWeek, startOfMonth, subHours } from 'date-fns';

export interface Dated {
  id: string;
  createdAt: string;
  trigger: string;
}

/** 7 daily, 4 weekly, 12 monthly: the newest backup of each of the most recent days, weeks and months that have one. */
export const KEEP = { daily: 7, weekly: 4, monthly: 12, preMigration: 3 } as const;

/**
 * Which backups the rotation keeps. Each period (day, ISO week, month, in the machine's time zone) keeps its
 * newest backup; the most recent 7 days, 4 weeks and 12 months that hold one are kept, the rest may go.
 * Every backup of the last 24 hours (before the newest) is kept as well. Backups taken before a migration
 * are kept apart (the 3 newest): they are the way back from an upgrade.
 */
export function toKeep(backups: readonly Dated[]): Set<string> {
  const keep = new Set<string>();
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const regular = newestFirst.filter((b) => b.trigger !== 'pre-migration');
  const by = (period: (d: Date) => Date, count: number) => {
    const seen = new Set<number>();
    for (const b of regular) {
      const key = period(new Date(b.createdAt)).getTime();
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(b.id);
    }
  };
  // Everything from the day before the newest backup stays too: a manual backup taken before a risky change
  // must not be pruned by the scheduled one an hour later (both fall on the same day).
  const newest = regular[0] ? new Date(regular[0].createdAt) : null;
  if (newest) for (const b of regular) if (new Date(b.createdAt) >= subHours(newest, 24)) keep.add(b.id);
  by(startOfDay, KEEP.daily);
  by(startOfISOWeek, KEEP.weekly);
  by(startOfMonth, KEEP.monthly);
  for (const b of newestFirst.filter((x) => x.trigger === 'pre-migration').slice(0, KEEP.preMigration)) keep.add(b.id);
  return keep;
}

/** Removes the backups the rotation does not keep. Only folders with a readable manifest are candidates. */
export function rotate(folder: string, backups: readonly Dated[]): string[] {
  const keep = toKeep(backups);
  const removed = backups.filter((b) => !keep.has(b.id)).map((b) => b.id);
  for (const id of removed) rmSync(join(folder, id), { recursive: true, force: true });
  return removed;
}
