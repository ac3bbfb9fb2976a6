import { existsSync, readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { addDays, addHours, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../shared/contract/backups';
import { toKeep, KEEP } from '../../../electron/core/backups/rotate';
import { readManifest } from '../../../electron/core/backups/manifest';
import { backupBeforeMigration, PRE_MIGRATION_DIR } from '../../../electron/core/backups/premigration';
import { createCore } from '../../../electron/core/index';
import { openDatabase } from '../../../electron/core/store/connection';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/store/migrations';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import type { Scheduler } from '../../../electron/core/vault/idle';
import { ADMIN, makeVault, tempDir } from '../helpers/vault';

describe('rotation: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months that hold one, and 3 pre-migration copies', () => {
    // One backup every 6 hours for 500 days, and a pre-migration copy every 50 days.
    const start = new Date('2025-01-01T00:00:00Z');
    const all = Array.from({ length: 500 * 4 }, (_, i) => {
      const at = addHours(start, i * 6);
      return { id: `b${i}`, createdAt: at.toISOString(), trigger: 'scheduled' };
    });
    const pre = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, createdAt: addDays(start, i * 50).toISOString(), trigger: 'pre-migration' }));
    const keep = toKeep([...all, ...pre]);
    const kept = all.filter((b) => keep.has(b.id));
    // Days, weeks and months overlap (the newest of today is also the newest of this week and month).
    // (plus every backup of the last 24 hours: 5 at one every 6 hours)
    expect(kept.length).toBeLessThanOrEqual(KEEP.daily + KEEP.weekly + KEEP.monthly + 4);
    expect(all.slice(-5).every((b) => keep.has(b.id))).toBe(true);
    expect(kept.length).toBeGreaterThanOrEqual(KEEP.monthly + KEEP.daily - 1);
    // The newest backup is always kept, and so is one from about a year ago.
    expect(keep.has(all[all.length - 1]!.id)).toBe(true);
    const newest = new Date(all[all.length - 1]!.createdAt);
    const oldestKept = new Date(kept[0]!.createdAt);
    expect(oldestKept < subDays(newest, 300)).toBe(true);
    expect(oldestKept > subDays(newest, 400)).toBe(true);
    expect(pre.filter((b) => keep.has(b.id)).map((b) => b.id)).toEqual(['p7', 'p8', 'p9']);
  });

  it('a backup folder keeps its count bounded as scheduled backups pile up (rotation after each verified backup)', async () => {
    const v = await makeVault();
    const folder = tempDir();
    await v.ok('backups.setFolder', { folder });
    for (let day = 0; day < 10; day++) {
      let job = await v.ok<{ phase: string }>('backups.run');
      while (job.phase !== 'done' && job.phase !== 'failed') job = (await v.ok<{ phase: string }>('backups.progress'))!;
      v.clock.now += 24 * 3600_000;
      await v.unlockAs('admin', ADMIN.password);
    }
    const ids = readdirSync(folder);
    // 10 days: the 7 newest days plus the newest of earlier weeks/months still in range.
    expect(ids.length).toBeLessThan(10);
    expect(ids.length).toBeGreaterThanOrEqual(7);
  });
});

describe('before a migration', () => {
  it('the runner calls the hook once, with the version it starts from, only for an existing database with steps pending', () => {
    const db = openDatabase(join(tempDir(), 'm.db'), randomBytes(32), { create: true });
    const calls: number[] = [];
    migrate(db, 3, (from) => calls.push(from));
    expect(calls).toEqual([]);
    migrate(db, LATEST_VERSION, (from) => calls.push(from));
    expect(calls).toEqual([3]);
    migrate(db, LATEST_VERSION, (from) => calls.push(from));
    expect(calls).toEqual([3]);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('a hook that fails (no backup could be written) stops the migration: the database is left as it was', () => {
    const db = openDatabase(join(tempDir(), 'm.db'), randomBytes(32), { create: true });
    migrate(db, 3);
    expect(() =>
      migrate(db, LATEST_VERSION, () => {
        throw new Error('no backup');
      }),
    ).toThrow('no backup');
    expect(schemaVersion(db)).toBe(3);
    db.close();
  });

  it('backupBeforeMigration writes a full pre-migration backup: to the chosen folder, or inside the data folder when it cannot be written', async () => {
    const v = await makeVault();
    const rt = v.core.runtime;
    const inside = backupBeforeMigration(rt.dataDir, rt.db!, rt.key!, rt.now());
    expect(readManifest(join(rt.dataDir, PRE_MIGRATION_DIR, inside))).toMatchObject({ trigger: 'pre-migration', schemaVersion: LATEST_VERSION });
    const folder = tempDir();
    await v.ok('backups.setFolder', { folder });
    v.clock.now += 1000;
    const id = backupBeforeMigration(rt.dataDir, rt.db!, rt.key!, rt.now());
    expect(existsSync(join(folder, id, 'manifest.json'))).toBe(true);
  });
});

describe('the schedule', () => {
  it('while unlocked and quiet, a backup starts once the newest is older than 24 hours (fake timers and clock)', async () => {
    const timers: { fn: () => void; ms: number }[] = [];
    const scheduler: Scheduler = { set: (fn, ms) => timers.push({ fn, ms }) - 1, clear: (h) => void (timers[h as number] = { fn: () => undefined, ms: -1 }) };
    const clock = { now: Date.parse('2026-11-25T09:00:00Z') };
    const dataDir = join(tempDir(), 'data');
    const core = createCore({ dataDir, kdfCost: FAST_KDF_COST, now: () => new Date(clock.now) }, scheduler);
    const ok = async <T>(channel: string, input: unknown = {}) => {
      const r = await core.handle({ channel, input });
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
      return r.value as T;
    };
    await ok('vault.setup', { centreName: 'Fictional Centre', jurisdiction: 'US', admin: ADMIN });
    const folder = tempDir();
    await ok('backups.setFolder', { folder });
    // Fire every live timer whose delay is the backup schedule's, then let the queued slices run.
    const fireSchedule = async () => {
      const live = timers.map((t, i) => ({ ...t, i })).filter((t) => t.ms >= 30_000);
      for (const t of live) {
        timers[t.i] = { fn: () => undefined, ms: -1 };
        t.fn();
      }
      let job = await ok<{ phase: string } | null>('backups.progress');
      while (job && job.phase !== 'done' && job.phase !== 'failed') job = await ok<{ phase: string } | null>('backups.progress');
      return job;
    };
    expect(await fireSchedule()).toMatchObject({ phase: 'done' });
    const first = await ok<{ backups: BackupEntry[] }>('backups.list');
    expect(first.backups.map((b) => b.trigger)).toEqual(['scheduled']);
    // An hour later (signed in again: the idle lock ran meanwhile): not due.
    clock.now += 3600_000;
    await ok('vault.unlock', { username: ADMIN.username, password: ADMIN.password });
    await fireSchedule();
    expect((await ok<{ backups: BackupEntry[] }>('backups.list')).backups).toHaveLength(1);
    // A day later: due again.
    clock.now += 24 * 3600_000;
    await ok('vault.unlock', { username: ADMIN.username, password: ADMIN.password });
    await fireSchedule();
    expect((await ok<{ backups: BackupEntry[] }>('backups.list')).backups).toHaveLength(2);
    await core.close();
  });
});
