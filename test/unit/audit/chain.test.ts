import { createHash } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyChain } from '../../../electron/core/audit/chain';
import { migrate } from '../../../electron/core/store/migrations';

function chainOf(n: number) {
  const db = new Database(':memory:');
  migrate(db);
  for (let i = 0; i < n; i++) appendAudit(db, new Date(Date.UTC(2026, 10, 25, 9, i)), { actorId: (i % 3) + 1, action: 'staff.create', target: `staff:${i}`, outcome: 'ok', detail: { n: i } });
  // Tampering needs the triggers gone: an attacker with the key can drop them, which is what we simulate.
  db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
  return db;
}

const COLUMNS = ['at', 'actor_id', 'action', 'target', 'outcome', 'detail', 'prev_hash', 'hash'] as const;

/** Changes one character of a value, keeping its type (a digit stays a digit). */
function flipOne(v: string | number): string | number {
  if (typeof v === 'number') return v + 1;
  const i = Math.floor(v.length / 2);
  const c = v[i]!;
  const next = /[0-9]/.test(c) ? String((Number(c) + 1) % 10) : /[a-f]/.test(c) ? (c === 'f' ? 'e' : 'f') : c === 'x' ? 'y' : 'x';
  return v.slice(0, i) + next + v.slice(i + 1);
}

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyChain(chainOf(20))).toEqual({ ok: true, checked: 20, firstBadId: null, reason: null });
  });

  it.each(COLUMNS)('a one-character change in %s names the first bad record', (col) => {
    const db = chainOf(20);
    const old = db.prepare(`SELECT ${col} AS v FROM audit WHERE id = 7`).get() as { v: string | number };
    db.prepare(`UPDATE audit SET ${col} = ? WHERE id = 7`).run(flipOne(old.v));
    const r = verifyChain(db);
    expect(r.ok).toBe(false);
    // Changing a row's own hash breaks it (content no longer matches); any other column breaks row 7 too.
    expect(r.firstBadId).toBe(7);
  });

  it('a deleted record is found', () => {
    const db = chainOf(10);
    db.prepare('DELETE FROM audit WHERE id = 4').run();
    expect(verifyChain(db)).toMatchObject({ ok: false, firstBadId: 5 });
  });

  it('a re-hashed forgery breaks the link to the next record', () => {
    const db = chainOf(10);
    // The forger knows the hash rule (it is in the source): record 3 is rewritten AND given its true new hash,
    // so it passes its own check, and only record 4's link to it can give it away.
    type Row = { id: number; at: string; actor_id: number | null; action: string; target: string | null; outcome: string; detail: string; prev_hash: string };
    const forged: Row = { ...(db.prepare('SELECT * FROM audit WHERE id = 3').get() as Row), outcome: 'refused:FORBIDDEN' };
    const body = JSON.stringify([forged.id, forged.at, forged.actor_id, forged.action, forged.target, forged.outcome, forged.detail]);
    const hash = createHash('sha256').update(forged.prev_hash).update('\n').update(body).digest('hex');
    db.prepare(`UPDATE audit SET outcome = ?, hash = ? WHERE id = 3`).run(forged.outcome, hash);
    expect(verifyChain(db)).toEqual({ ok: false, checked: 3, firstBadId: 4, reason: 'link to the previous record is broken' });
  });

  it('refuses free text in details', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(() => appendAudit(db, new Date(), { actorId: 1, action: 'x', outcome: 'ok', detail: { note: 'a'.repeat(65) } })).toThrow();
  });
});
