import { differenceInCalendarDays, subDays } from 'date-fns';
import { registerTodayProvider } from '../today/registry';
import { listBackups } from './list';
import { readBackupFolder } from './location';

/** Today warns admins when the newest backup is older than this, or there is none. */
export const STALE_AFTER_DAYS = 2;

registerTodayProvider({
  name: 'backups',
  items: (ctx) => {
    if (!ctx.session.roles.includes('admin')) return [];
    const folder = readBackupFolder(ctx.rt.dataDir);
    const latest = listBackups(folder).find((b) => b.verified?.ok !== false);
    if (latest && new Date(latest.createdAt) > subDays(ctx.now, STALE_AFTER_DAYS)) return [];
    return [
      {
        kind: 'backup.stale',
        at: latest?.createdAt ?? ctx.nowIso,
        overdue: true,
        caseId: null,
        caseNumber: null,
        ref: { type: 'backup', id: 1 },
        params: { latestAt: latest?.createdAt ?? null, ageDays: latest ? differenceInCalendarDays(ctx.now, new Date(latest.createdAt)) : null, folderSet: folder ? 1 : 0 },
      },
    ];
  },
});
