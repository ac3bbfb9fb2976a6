import { addHours, isAfter } from 'date-fns';

export type Freshness = { state: 'none' } | { state: 'fresh' | 'stale'; at: string };

/**
 * Whether the newest backup is recent enough. Automatic backups run every `everyHours` while Haven is
 * unlocked; one missed run is ordinary (a closed laptop), two in a row mean the drive is gone or the job
 * fails, so the warning starts past twice the interval. No backup at all is its own state: it warns too.
 */
export function backupFreshness(latestAt: string | null, everyHours: number, now: Date): Freshness {
  if (latestAt === null) return { state: 'none' };
  const at = new Date(latestAt);
  if (Number.isNaN(at.getTime())) return { state: 'none' };
  return { state: isAfter(now, addHours(at, 2 * everyHours)) ? 'stale' : 'fresh', at: latestAt };
}
