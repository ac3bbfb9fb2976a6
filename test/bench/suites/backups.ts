import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { soundAtUnlock } from '../../../electron/core/backups/health';
import { backupToFolder } from '../../../electron/core/backups/service';
import { keyForBackup, restoreInto } from '../../../electron/core/backups/restore';
import { benchData, openAs, scaleLabel } from '../bulk';
import { tempDir } from '../seed';
import { row, type Row, type Suite } from '../report';

/**
 * A backup and a restore of the centre-scale vault (100k cases, ~200k notes; quick: 10k), with documents:
 * the bench data has none (no bench reads them), so sealed-size random files stand in for them (the backup
 * copies and hashes document files without opening them). One run each: these are minutes-scale
 * operations an admin waits on, measured as wall time, on a copy of the cached vault.
 *   backup: VACUUM INTO under the same key + documents + keyring + manifest, then the verification the job
 *           runs (every SHA-256, the copy opened read-only, integrity_check);
 *   restore: verification of the backup (the same checks), then the copy into a new folder;
 *   unlock: now with quick_check over every page (damage is found at sign-in, not by a later request).
 */
const plan = (quick: boolean) => ({ cases: quick ? 10_000 : 100_000, documents: quick ? 200 : 2_000, docBytes: 100 * 1024 });

export const backups: Suite = async ({ quick }) => {
  const p = plan(quick);
  const data = await benchData(p.cases, (s) => process.stdout.write(`${s}\n`));
  const tmp = tempDir('backups');
  const rows: Row[] = [];
  const scale = scaleLabel(p.cases);
  try {
    const vault = join(tmp.dir, 'vault');
    cpSync(data.dataDir, vault, { recursive: true });
    mkdirSync(join(vault, 'attachments'), { recursive: true, mode: 0o700 });
    for (let i = 0; i < p.documents; i++) writeFileSync(join(vault, 'attachments', `${randomBytes(16).toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')}.hvd`), randomBytes(p.docBytes), { mode: 0o600 });
    // The unlock now runs quick_check over the whole file (backups/health.ts): its cost at this scale.
    const tu = performance.now();
    const core = await openAs({ ...data, dataDir: vault }, 'admin');
    rows.push(row(`unlock.${scale}_cases.with_quick_check.seconds`, 's', (performance.now() - tu) / 1000, 10));
    const tq = performance.now();
    soundAtUnlock(core.runtime.db!);
    rows.push(row(`unlock.${scale}_cases.quick_check_alone.seconds`, 's', (performance.now() - tq) / 1000));
    // A switch of user in the same process: the file is as this process left it, so no check.
    await core.handle({ channel: 'vault.lock', input: { reason: 'user' } });
    const ts = performance.now();
    const again = await core.handle({ channel: 'vault.unlock', input: { username: data.admin.username, password: data.admin.password } });
    if (!again.ok) throw new Error(`second unlock: ${again.error.code}`);
    rows.push(row(`unlock.${scale}_cases.switch_user.seconds`, 's', (performance.now() - ts) / 1000, 1));
    const folder = join(tmp.dir, 'backups');
    mkdirSync(folder, { mode: 0o700 });
    let written: ReturnType<typeof backupToFolder>;
    try {
      const t0 = performance.now();
      written = backupToFolder(core.runtime, folder, 'manual');
      const backupMs = performance.now() - t0;
      if (!written.verified.ok) throw new Error(`bench backup did not verify: ${written.verified.findings.join(', ')}`);
      const dbBytes = statSync(join(written.dir, 'haven.db')).size;
      rows.push(
        // An admin waits for it; the scheduled one runs in slices between requests.
        row(`backup.${scale}_cases.seconds`, 's', backupMs / 1000, 120),
        row(`backup.${scale}_cases.database_mb`, 'MB', dbBytes / 1e6),
        row(`backup.${scale}_cases.documents`, 'files', p.documents),
      );
    } finally {
      await core.close();
    }
    const found = (await keyForBackup(written.dir, { username: data.admin.username, password: data.admin.password }))!;
    const t1 = performance.now();
    restoreInto(written.dir, join(tmp.dir, 'restored'), found.key);
    const restoreMs = performance.now() - t1;
    found.key.fill(0);
    rows.push(row(`restore.${scale}_cases.seconds`, 's', restoreMs / 1000, 120));
    return rows;
  } finally {
    tmp.cleanup();
  }
};
