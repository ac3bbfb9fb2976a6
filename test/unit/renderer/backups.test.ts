import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { folderPathProblem } from '../../../renderer/src/screens/admin/backups/folderPath';
import { jobFraction } from '../../../renderer/src/screens/admin/backups/jobText';
import { backupFreshness } from '../../../renderer/src/screens/admin/backups/staleness';
import { offeredBackups, type RecoveryBackup } from '../../../renderer/src/screens/recovery/backupChoice';
import type { TodayItem } from '../../../shared/referrals/schemas';
import { caseworkItems, groupToday } from '../../../renderer/src/screens/today/sections';

describe('backup folder field', () => {
  const accepted = ['/media/backup/haven', '/Volumes/HAVEN', 'E:\\HavenBackups', 'e:/haven', '\\\\nas\\backups\\haven', '  /mnt/usb  '];
  const refused: Array<[string, string]> = [
    ['', 'backupsPage.folderRequired'],
    ['   ', 'backupsPage.folderRequired'],
    ['backups', 'backupsPage.folderNotAbsolute'],
    ['./backups', 'backupsPage.folderNotAbsolute'],
    ['~/backups', 'backupsPage.folderNotAbsolute'],
    ['E:', 'backupsPage.folderNotAbsolute'],
    ['/media/a\nb', 'backupsPage.folderInvalid'],
    ['/media/\u0000x', 'backupsPage.folderInvalid'],
    [`/${'a'.repeat(1024)}`, 'backupsPage.folderTooLong'],
  ];

  it.each(accepted)('accepts the full path %j', (p) => {
    expect(folderPathProblem(p)).toBeNull();
  });

  it.each(refused)('refuses %j with %s', (p, key) => {
    expect(folderPathProblem(p)).toBe(key);
  });

  it('never lets through a path the core would refuse (the field is the first check, not a looser one)', () => {
    for (const p of accepted) expect(contract['backups.setFolder'].input.safeParse({ folder: p }).success, p).toBe(true);
  });
});

describe('backup freshness (Admin > Backups and the Today warning)', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('is "none" without any backup', () => {
    expect(backupFreshness(null, 24, now)).toEqual({ state: 'none' });
  });

  it('stays fresh through one missed run (up to twice the interval) and is stale after', () => {
    expect(backupFreshness('2026-03-09T12:00:00Z', 24, now).state).toBe('fresh');
    expect(backupFreshness('2026-03-08T12:00:00Z', 24, now).state).toBe('fresh');
    expect(backupFreshness('2026-03-08T11:59:00Z', 24, now).state).toBe('stale');
    expect(backupFreshness('2026-03-10T05:00:00Z', 3, now).state).toBe('stale');
  });
});

describe("Today's backup warning (the core's backup.stale item)", () => {
  const item = (kind: string, params: TodayItem['params'] = {}): TodayItem => ({ kind, at: '2026-03-08T00:00:00Z', overdue: true, caseId: null, caseNumber: null, ref: { type: 'backup', id: 1 }, params });
  const t = ((k: string) => k) as never;

  it('has its own section, opening Admin > Backups, worded for none and for out of date', () => {
    const groups = groupToday([item('backup.stale', { latestAt: null }), item('backup.stale', { latestAt: '2026-03-01T00:00:00Z' })]);
    const backups = groups.find((g) => g.section.id === 'backups')!;
    expect(backups.items).toHaveLength(2);
    expect(groups.find((g) => g.section.id === 'other')).toBeUndefined();
    expect(backups.section.target(backups.items[0]!)).toEqual({ kind: 'backups' });
    expect(backups.items.map((i) => backups.section.label(i, t))).toEqual(['today.backupNone', 'today.backupStale']);
  });

  it('is upkeep, not casework: a new centre with only the warning still gets "nothing due" and its next steps', () => {
    const followUp = { ...item('referral.follow_up'), caseId: 3, ref: { type: 'referral', id: 3 } };
    expect(caseworkItems([item('backup.stale', { latestAt: null })])).toEqual([]);
    expect(caseworkItems([item('backup.stale'), followUp])).toEqual([followUp]);
  });
});

describe('recovery screen: which backups are offered', () => {
  const b = (id: string, createdAt: string, verified: RecoveryBackup['verified']): RecoveryBackup => ({ id, createdAt, trigger: 'scheduled', verified });
  const ok = { at: '2026-03-09T00:00:00Z', ok: true, findings: [] };
  const bad = { at: '2026-03-09T00:00:00Z', ok: false, findings: ['integrity'] };

  it('offers checked backups first, newest first, then unchecked ones; never one that failed its check', () => {
    const list = [
      b('old-ok', '2026-03-01T00:00:00Z', ok),
      b('newest-bad', '2026-03-09T00:00:00Z', bad),
      b('new-unchecked', '2026-03-08T00:00:00Z', null),
      b('mid-ok', '2026-03-05T00:00:00Z', ok),
    ];
    expect(offeredBackups(list).map((x) => x.id)).toEqual(['mid-ok', 'old-ok', 'new-unchecked']);
  });

  it('offers nothing when every backup failed its check (the screen then says whom to call)', () => {
    expect(offeredBackups([b('x', '2026-03-09T00:00:00Z', bad)])).toEqual([]);
  });
});

describe('job progress', () => {
  it('is a fraction when counted, indeterminate when not, full when done', () => {
    expect(jobFraction({ phase: 'documents', done: 5, total: 20 })).toBe(0.25);
    expect(jobFraction({ phase: 'database', done: 0, total: 0 })).toBeNull();
    expect(jobFraction({ phase: 'done', done: 0, total: 0 })).toBe(1);
    expect(jobFraction({ phase: 'documents', done: 30, total: 20 })).toBe(1);
  });
});
