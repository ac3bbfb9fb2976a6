import { describe, expect, it } from 'vitest';
import { dueDeadlines, remindersDue } from '../../../electron/core/legal/across/queries';
import { makeCentre, known } from '../helpers/centre';

/**
 * Today and the due lists stay fast at centre scale because they read an index of the reader's pending tasks,
 * never the centre's deadlines (timings are the bench's: test/bench/suites/legal.ts). The plan is checked
 * here, so a query change that falls back to a scan fails a test, not a bench run someone may not do.
 */
describe('legal due lists are index-driven', () => {
  it('Today and the due list start from the reader\'s cases and read pending tasks through legal_task_due; reminders through legal_deadline_due', async () => {
    const c = await makeCentre();
    const k = await c.newCase({ givenName: known('Fictional') });
    await c.as('legal');
    await c.ok('legal.matters.create', { caseId: k.id, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn: '2023-01-10' });
    const db = c.core.runtime.db!;
    const reach = { staffId: c.ids.legal, roles: ['legal_aide'] as const, glass: [] };
    const plans: string[] = [];
    const prepare = db.prepare.bind(db);
    const spy = (sql: string) => {
      if (/legal_(task|deadline)/.test(sql) && !sql.startsWith('EXPLAIN'))
        plans.push((prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ me: 1, roles: '[]', glass: '[]', limit: 1, to: 'x', before: 'x', snz: 'x', today: 'x', earliest: 'x' }) as { detail: string }[]).map((r) => r.detail).join('\n'));
      return prepare(sql);
    };
    (db as unknown as { prepare: typeof spy }).prepare = spy;
    try {
      expect(dueDeadlines(db, reach, { to: '2027-12-31', excludeKinds: ['reminder'], includeDone: false, notSnoozedOn: '2026-11-25', limit: 100 }).length).toBeGreaterThan(0);
      dueDeadlines(db, reach, { before: '2026-11-25', excludeKinds: ['reminder'], includeDone: false, notSnoozedOn: '2026-11-25', limit: 100 });
      remindersDue(db, reach, '2026-11-25', '2024-11-25');
    } finally {
      (db as unknown as { prepare: typeof prepare }).prepare = prepare;
    }
    expect(plans).toHaveLength(3);
    for (const p of plans.slice(0, 2)) {
      expect(p).toMatch(/SEARCH case_assignment USING COVERING INDEX case_assignment_staff/);
      expect(p).toMatch(/SEARCH t USING INDEX legal_task_due \(case_id=\? AND due_on/);
      expect(p).not.toMatch(/SCAN (t|d|legal_task|legal_deadline)\b/);
    }
    expect(plans[2]).toMatch(/SEARCH r USING INDEX legal_deadline_due \(case_id=\? AND open=\? AND date>\? AND date<\?\)/);
  });
});
