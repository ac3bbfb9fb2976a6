import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrations';

/**
 * Retention and a discarded intake delete the case row and rely on ON DELETE CASCADE for the rest (see
 * electron/core/retention/registry.ts: a purger's `remove` is only for what the cascade cannot reach). So
 * every table holding case data must hang off case_file by a cascading key, directly or through another
 * such table: a new feature's table that forgets it fails here, not in a purge that leaves its rows behind.
 */
describe('case data cascade', () => {
  it('every table that holds case data is deleted with its case', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`).pluck().all() as string[]).filter(
      (t) => !/_fts_(data|idx|docsize|config|content)$/.test(t),
    );
    const cascadesFrom = new Map<string, string[]>(
      tables.map((t) => [t, (db.pragma(`foreign_key_list(${t})`) as { table: string; on_delete: string }[]).filter((f) => f.on_delete === 'CASCADE').map((f) => f.table)]),
    );
    const reaches = (t: string, seen = new Set<string>()): boolean =>
      t === 'case_file' || (!seen.has(t) && (cascadesFrom.get(t) ?? []).some((p) => reaches(p, new Set([...seen, t]))));
    const holdsCaseData = (t: string) =>
      (db.pragma(`table_info(${t})`) as { name: string }[]).some((c) => c.name === 'case_id') ||
      (db.pragma(`foreign_key_list(${t})`) as { table: string }[]).some((f) => f.table !== 'staff' && reaches(f.table));
    const orphaned = tables.filter((t) => t !== 'case_file' && holdsCaseData(t) && !reaches(t));
    expect(orphaned).toEqual([]);
    // The check is not empty: the tables it covers today.
    expect(tables.filter((t) => t !== 'case_file' && holdsCaseData(t)).length).toBeGreaterThan(5);
  });
});
