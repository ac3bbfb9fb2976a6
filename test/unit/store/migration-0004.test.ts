import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrations';
import { keyringState, recordKeyringState } from '../../../electron/core/vault/queries';

describe('migration 0004 (keyring generation)', () => {
  it('adds one keyring_state row at generation 0 with no digest yet; a v3 database reads as "not recorded"', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    expect(keyringState(db)).toBeNull();
    expect(migrate(db, 4)).toBe(4);
    expect(keyringState(db)).toEqual({ generation: 0, digest: null });
    expect(() => db.prepare('INSERT INTO keyring_state (id, generation) VALUES (2, 0)').run()).toThrow(/CHECK/);
  });

  it('generations only move forward: recording one not past the current is a CONFLICT', () => {
    const db = new Database(':memory:');
    migrate(db);
    recordKeyringState(db, { generation: 2, digest: 'a' });
    expect(keyringState(db)).toEqual({ generation: 2, digest: 'a' });
    expect(() => recordKeyringState(db, { generation: 2, digest: 'b' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(keyringState(db)).toEqual({ generation: 2, digest: 'a' });
  });
});
