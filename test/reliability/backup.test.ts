import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { FAST_KDF_COST } from '../../electron/core/vault/crypto';
import { vaultContents } from '../unit/helpers/backups';
import { haven, openWithPassword } from '../unit/helpers/cli';
import { ADMIN, tempDir } from '../unit/helpers/vault';
import { FULL, report } from './figures';
import { seededCentre } from './seed';

/**
 * Backup round trip proof: `haven backup` -> `haven backup --verify` -> `haven restore` into a new folder, and
 * the restored vault holds every table row for row and every document file byte for byte (the audit log up to
 * the backup's last record: signing in to make the backup adds records after it). Fast: a small vault with
 * one record of every kind; full: the demo's centre-sized vault (150 cases) as well.
 */

async function roundTrip(dataDir: string, username: string, password: string) {
  const to = join(tempDir(), 'backups');
  const b = haven(['backup', '--data-dir', dataDir, '--to', to, '--user', username], { password });
  expect(b.code, b.stdout + b.stderr).toBe(0);
  const folders = readdirSync(to, { withFileTypes: true }).filter((e) => e.isDirectory());
  expect(folders).toHaveLength(1);
  const backup = join(to, folders[0]!.name);
  const v = haven(['backup', '--verify', backup, '--user', username], { password });
  expect(v.code, v.stdout + v.stderr).toBe(0);
  const restored = join(tempDir(), 'restored');
  const r = haven(['restore', '--from', backup, '--data-dir', restored, '--user', username], { password });
  expect(r.code, r.stdout + r.stderr).toBe(0);

  const dbA = await openWithPassword(dataDir, username, password);
  const dbB = await openWithPassword(restored, username, password);
  try {
    const upTo = dbB.prepare('SELECT max(id) FROM audit').pluck().get() as number;
    const a = vaultContents(dbA, dataDir, { auditUpTo: upTo });
    const c = vaultContents(dbB, restored, { auditUpTo: upTo });
    expect(c).toEqual(a);
    const rows = Object.values(a.tables).reduce((n, t) => n + t.rows, 0);
    return { restored, tables: Object.keys(a.tables).length, rows, documents: Object.keys(a.documents).length, identical: JSON.stringify(a) === JSON.stringify(c) };
  } finally {
    dbA.close();
    dbB.close();
  }
}

describe('backup round trip', () => {
  it('backup -> verify -> restore: every table and document identical, and the restored vault opens its documents', { timeout: 30 * 60_000 }, async () => {
    const c = await seededCentre();
    await c.core.close();
    const small = await roundTrip(c.dataDir, ADMIN.username, ADMIN.password);
    expect(small.documents).toBeGreaterThan(0);
    expect(small.rows).toBeGreaterThan(100);

    // The restored vault works: its document opens through the core, as the caseworker who uploaded it.
    const core = createCore({ dataDir: small.restored, kdfCost: FAST_KDF_COST });
    try {
      expect((await core.handle({ channel: 'vault.unlock', input: { username: 'cw', password: 'cw-final-pass-1' } })).ok).toBe(true);
      const list = await core.handle({ channel: 'documents.list', input: { caseId: 1 } });
      expect(list.ok).toBe(true);
      const docs = (list as { value: { id: number }[] }).value;
      expect(docs.length).toBeGreaterThan(0);
      const opened = await core.handle({ channel: 'documents.open', input: { documentId: docs[0]!.id, purpose: 'view' } });
      expect(opened.ok && Buffer.from((opened.value as { data: string }).data, 'base64').toString('utf8')).toBe('Fictional statement.');
    } finally {
      await core.close();
    }
    report('backup', { vault: 'seeded', tables: small.tables, rows: small.rows, documents: small.documents, identical: String(small.identical) });

    if (FULL) {
      const dir = join(tempDir(), 'demo-centre');
      const demo = haven(['demo', '--data-dir', dir, '--size', 'centre', '--seed', '14']);
      expect(demo.code, demo.stderr).toBe(0);
      const admin = /^\s+(\S+)\s+admin\s+(demo-\S+)$/m.exec(demo.stdout)!;
      const big = await roundTrip(dir, admin[1]!, admin[2]!);
      report('backup', { vault: 'demo centre', tables: big.tables, rows: big.rows, documents: big.documents, identical: String(big.identical) });
    }
  });
});
