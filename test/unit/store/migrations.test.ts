import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/connection';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../electron/core/store/migrations';
import { CoreError } from '../../../electron/core/errors';
import { tempDir } from '../helpers/vault';

const tables = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table','trigger') ORDER BY name`).pluck().all();

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001 creates staff, roles, settings and an append-only audit table', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 1)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['audit', 'audit_no_delete', 'audit_no_update', 'settings', 'staff', 'staff_role']));
    db.prepare(`INSERT INTO audit (id, at, action, outcome, prev_hash, hash) VALUES (1, 'x', 'a', 'ok', 'p', 'h')`).run();
    expect(() => db.prepare(`UPDATE audit SET action = 'b'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`INSERT INTO staff_role VALUES (99, 'admin')`).run()).toThrow(/FOREIGN KEY/);
  });

  it('is a no-op on an up-to-date database', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = tables(db);
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(tables(db)).toEqual(before);
  });

  it('refuses a database from a newer Haven and changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    const before = tables(db);
    expect(() => migrate(db)).toThrowError(CoreError);
    try {
      migrate(db);
    } catch (e) {
      expect((e as CoreError).code).toBe('DATABASE_TOO_NEW');
    }
    expect(tables(db)).toEqual(before);
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
  });

  it('rolls back every step when one fails', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE staff (x)'); // collides with 0001
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual(['staff']);
  });

  it('opens the encrypted file only with its key, with WAL, FULL sync and foreign keys on', () => {
    const file = join(tempDir(), 'x.db');
    const key = randomBytes(32);
    const db = openDatabase(file, key, { create: true });
    migrate(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    db.close();
    expect(() => openDatabase(file, randomBytes(32), { create: false })).toThrow(expect.objectContaining({ code: 'DATABASE_UNREADABLE' }));
    const plain = new Database(file);
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    plain.close();
  });
});
