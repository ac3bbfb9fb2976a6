import { describe, expect, it } from 'vitest';
import { makeCentre } from '../helpers/centre';

/** synchronous as PRAGMA reports it: 1 NORMAL, 2 FULL. */
const FULL = 2;
const NORMAL = 1;

describe('request transactions', () => {
  it('changes commit with synchronous=FULL; audited reads commit with NORMAL and leave the connection at FULL', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    const db = c.core.runtime.db!;
    const seen: Array<{ sql: string; sync: number }> = [];
    const exec = db.exec.bind(db);
    db.exec = ((sql: string) => {
      if (sql === 'COMMIT') seen.push({ sql, sync: db.pragma('synchronous', { simple: true }) as number });
      return exec(sql);
    }) as typeof db.exec;
    try {
      await c.ok('notes.create', { caseId: id, type: 'contact', body: 'A fictional call.' });
      expect(seen.pop()).toEqual({ sql: 'COMMIT', sync: FULL });
      await c.ok('cases.list', {});
      expect(seen.pop()).toEqual({ sql: 'COMMIT', sync: NORMAL });
      expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
      // A refused audited read rolls back and is audited with a change's durability; the connection is FULL again.
      await c.as('mentor2');
      expect(await c.call('timeline.get', { caseId: id })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
      expect(c.core.runtime.db!.pragma('synchronous', { simple: true })).toBe(FULL);
    } finally {
      db.exec = exec;
    }
  });
});
