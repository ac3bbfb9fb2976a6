import { differenceInMilliseconds, addHours } from 'date-fns';
import { logEvent } from '../log';
import type { Runtime } from '../runtime';
import { isDamaged } from '../store/health';
import { oneShot, type Scheduler } from '../vault/idle';
import { listBackups } from './list';
import { readBackupFolder } from './location';
import { EVERY_HOURS, startBackupJob } from './service';

/** Quiet time before a due backup starts (after the last request), so it does not start under someone's typing. */
export const BACKUP_QUIET_MS = 30_000;
/** While unlocked and idle, look again at least this often (a vault left open for days still gets its backup). */
const RECHECK_MS = 60 * 60_000;

/**
 * Automatic backups while unlocked: re-armed after every request (like quiet.ts); when it fires and the
 * newest backup (pre-migration ones aside) is older than EVERY_HOURS, a backup job starts. Runs through the
 * request queue; the clock is the runtime's (tests move it).
 */
export function backupSchedule(rt: Runtime, scheduler: Scheduler, enqueue: (job: () => void) => void) {
  const timer = oneShot(scheduler, () => enqueue(check));
  const arm = (ms = BACKUP_QUIET_MS) => (rt.session ? timer.set(ms) : timer.cancel());
  const check = () => {
    if (!rt.session || !rt.db || isDamaged(rt.db) || rt.job?.running) return arm(RECHECK_MS);
    const folder = readBackupFolder(rt.dataDir);
    if (!folder) return arm(RECHECK_MS);
    const latest = listBackups(folder).find((b) => b.trigger !== 'pre-migration');
    const dueAt = latest ? addHours(new Date(latest.createdAt), EVERY_HOURS) : rt.now();
    const wait = differenceInMilliseconds(dueAt, rt.now());
    if (wait > 0) return arm(Math.min(wait, RECHECK_MS));
    try {
      const job = startBackupJob(rt, 'scheduled', null);
      rt.job = job;
      job.start();
    } catch (e) {
      // An unplugged drive: Today's stale-backup warning tells the admins; try again later.
      logEvent('core.backup-scheduled', { error: e instanceof Error ? e.name : typeof e });
      arm(RECHECK_MS);
    }
  };
  return { arm: () => arm(), cancel: timer.cancel };
}
