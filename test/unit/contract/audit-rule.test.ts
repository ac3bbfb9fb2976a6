import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { isCaseScope } from '../../../shared/contract/define';
import { ROLES, type Role } from '../../../shared/roles';
import { makeCentre, known, type StaffKey, type TestCentre } from '../helpers/centre';
import { SAMPLES } from './samples';

/**
 * The audit rule (shared/contract/define.ts): a read that shows a survivor's data is audited, and so is
 * every refusal. Checked over the whole contract, so a new channel cannot forget it.
 */
const ONLY: Record<Role, StaffKey | 'admin'> = { admin: 'admin', caseworker: 'cw2', mentor: 'mentor2', legal_aide: 'legal2' };

type AuditRow = { action: string; actorId: number | null; outcome: string; target: string | null };

describe('audit rule, declared', () => {
  it('every channel that shows or changes one survivor’s file, or ranges over many, is audited', () => {
    const silent = CHANNELS.filter((ch) => {
      const s = contract[ch].scope;
      return (isCaseScope(s) || s === 'visible') && contract[ch].audit !== 'read' && contract[ch].audit !== 'change';
    });
    expect(silent).toEqual([]);
  });

  it('the reads issue 8 found silent are audited reads now', () => {
    for (const ch of ['screening.list', 'timeline.get', 'documents.list', 'notes.search', 'cases.list'] as Channel[]) expect(contract[ch].audit, ch).toBe('read');
  });
});

describe('audit rule, enforced', () => {
  let c: TestCentre;
  let caseId: number;
  const audit = () => c.core.runtime.db!.prepare('SELECT action, actor_id AS actorId, outcome, target FROM audit ORDER BY id').all() as AuditRow[];
  const lastId = () => c.core.runtime.db!.prepare('SELECT max(id) FROM audit').pluck().get() as number;
  const since = (id: number) => c.core.runtime.db!.prepare('SELECT action, actor_id AS actorId, outcome, target FROM audit WHERE id > ? ORDER BY id').all(id) as AuditRow[];

  beforeAll(async () => {
    c = await makeCentre();
    caseId = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('cw');
    await c.ok('notes.create', { caseId, type: 'contact', body: 'A fictional note about a bus pass.' });
    await c.ok('screening.start', { caseId, instrumentId: 'hhs_acf_adult' });
  });

  it('a successful sensitive read writes one record naming the case (never the query text)', async () => {
    await c.as('cw');
    const reads: [Channel, unknown][] = [
      ['screening.list', { caseId }],
      ['timeline.get', { caseId }],
      ['documents.list', { caseId }],
      ['notes.search', { query: 'bus pass' }],
      ['cases.list', {}],
    ];
    for (const [ch, input] of reads) {
      const from = lastId();
      await c.ok(ch, input);
      const rows = since(from);
      expect(rows, ch).toEqual([expect.objectContaining({ action: ch, actorId: c.ids.cw, outcome: 'ok' })]);
      if (ch !== 'notes.search' && ch !== 'cases.list') expect(rows[0]!.target, ch).toBe(`case:${caseId}`);
      expect(JSON.stringify(rows), ch).not.toMatch(/bus/);
    }
  });

  it('every FORBIDDEN refusal is audited, whatever the channel’s audit mode', async () => {
    const missing: string[] = [];
    for (const role of ROLES) {
      await c.as(ONLY[role]);
      for (const ch of CHANNELS) {
        const access = contract[ch].access;
        if (access === 'public' || access === 'any' || access.includes(role)) continue;
        const from = lastId();
        const r = await c.call(ch, SAMPLES[ch]({ caseId, targetStaffId: c.ids.mentor }));
        expect(r, `${role} -> ${ch}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        const rows = since(from);
        if (!rows.some((a) => a.action === ch && a.outcome === 'refused:FORBIDDEN' && a.actorId === c.core.runtime.session!.staffId)) missing.push(`${role} -> ${ch} (${contract[ch].audit})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a NEED_TO_KNOW refusal on the reads issue 8 named is audited, naming the case', async () => {
    await c.as('cw2');
    for (const ch of ['screening.list', 'timeline.get', 'documents.list'] as Channel[]) {
      const from = lastId();
      expect(await c.call(ch, { caseId }), ch).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
      expect(since(from), ch).toEqual([{ action: ch, actorId: c.ids.cw2, outcome: 'refused:NEED_TO_KNOW', target: `case:${caseId}` }]);
    }
  });

  it('a refusal on a channel that is not audited when it succeeds (PASSWORD_CHANGE_REQUIRED) is audited too', async () => {
    await c.as('admin');
    await c.ok('staff.create', { username: 'fresh', displayName: 'Fictional Fresh', roles: ['admin'], temporaryPassword: 'temporary-pass-1' });
    await c.ok('vault.unlock', { username: 'fresh', password: 'temporary-pass-1' });
    const from = lastId();
    expect(await c.call('staff.list', {})).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    expect(since(from)).toEqual([expect.objectContaining({ action: 'staff.list', outcome: 'refused:PASSWORD_CHANGE_REQUIRED' })]);
    expect(audit().length).toBeGreaterThan(0);
  });
});
