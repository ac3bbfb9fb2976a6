import { beforeAll, describe, expect, it } from 'vitest';
import type { MatterDetail } from '../../../shared/legal/schemas';
import { makeCentre, known, type TestCentre } from '../helpers/centre';

/**
 * Findings of the red team on legal matters (issue 12), each pinned by the request that showed it. The clock
 * is 2026-11-25 (helpers/vault.ts). A T-1 approved 2023-01-10 expires 2027-01-09 (core.test.ts).
 */
type Detail = MatterDetail;
type Task = Detail['tasks'][number];

describe('legal matters: red-team findings', () => {
  let c: TestCentre;
  let caseId: number;
  beforeAll(async () => {
    c = await makeCentre();
    caseId = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('legal');
  });

  const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);
  const fieldsOf = (r: unknown) => Object.keys((r as { error?: { fields?: object } }).error?.fields ?? {});
  const tPrincipal = (extra: Record<string, unknown> = {}) =>
    c.ok<Detail>('legal.matters.create', { caseId, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn: '2023-01-10', ...extra });
  const expiryTask = (d: Detail): Task => d.tasks.find((x) => x.kind === 'status_expiry')!;

  it('a snooze ending after the deadline is dropped when the deadline moves earlier; one ending before it stays', async () => {
    const m = await tPrincipal();
    const task = expiryTask(m);
    expect(task.dueOn).toBe('2027-01-09');
    await c.ok('legal.tasks.snooze', { legalTaskId: task.id, version: task.version, until: '2027-01-05', reason: 'Waiting for the notice.' });
    // The notice says 30 November: the snooze to 5 January would hide the date that costs status.
    const o = await c.ok<Detail>('legal.overrides.set', { matterId: m.id, version: m.version, key: `${m.id}:status_expiry`, date: '2026-11-30', reason: 'Printed on the I-797 approval notice.' });
    expect(expiryTask(o)).toMatchObject({ dueOn: '2026-11-30', snoozedUntil: null, snoozeReason: null });
    const soon = await c.ok<{ key: string }[]>('legal.deadlines.list', { due: 'soon', soonDays: 30, limit: 1000 });
    expect(soon.some((d) => d.key === `${m.id}:status_expiry`)).toBe(true);
    const today = await c.ok<{ kind: string; ref: { id: number } }[]>('today.get', {});
    expect(today.some((i) => i.kind === 'legal.deadline' && i.ref.id === m.id)).toBe(true);
    // A snooze that still ends on or before the new date is the staff's choice and stays.
    const t2 = expiryTask(o);
    await c.ok('legal.tasks.snooze', { legalTaskId: t2.id, version: t2.version, until: '2026-11-28', reason: 'Waiting for the notice.' });
    const o2 = await c.ok<Detail>('legal.overrides.set', { matterId: m.id, version: o.version, key: `${m.id}:status_expiry`, date: '2026-11-29', reason: 'Corrected notice.' });
    expect(expiryTask(o2)).toMatchObject({ dueOn: '2026-11-29', snoozedUntil: '2026-11-28' });
  });

  it('a task done for one date is pending again when its deadline gets a new date; an unchanged date keeps it done', async () => {
    const m = await tPrincipal();
    const task = expiryTask(m);
    await c.ok('legal.tasks.complete', { legalTaskId: task.id, version: task.version });
    const same = await c.ok<Detail>('legal.matters.update', { matterId: m.id, version: m.version, noticeNumber: 'NOTICE-2' });
    expect(expiryTask(same)).toMatchObject({ id: task.id, done: true, dueOn: '2027-01-09' });
    // The same key now names a later expiry (an extension's notice): the old tick must not hide it.
    const moved = await c.ok<Detail>('legal.overrides.set', { matterId: m.id, version: same.version, key: `${m.id}:status_expiry`, date: '2027-06-30', reason: 'Extension approved, new I-797.' });
    expect(expiryTask(moved)).toMatchObject({ id: task.id, done: false, doneAt: null, doneByName: null, dueOn: '2027-06-30' });
    expect(expiryTask(moved).version).toBeGreaterThan(expiryTask(same).version);
  });

  it('terms and dates are bounded: runaway settings and year 9999 are VALIDATION, and so is a computation past 2199', async () => {
    await c.as('admin');
    const s = await c.ok<{ version: number }>('legal.settings.get', {});
    for (const bad of [{ years: 8000 }, { months: 241 }, { days: 3651 }])
      expect(code(await c.call('legal.settings.update', { version: s.version, settings: { bonaFideValidity: bad } }))).toBe('VALIDATION');
    await c.ok('legal.settings.update', { version: s.version, settings: { bonaFideValidity: { years: 4 } } });
    await c.as('legal');
    expect(code(await c.call('legal.matters.list', { caseId }))).toBe('ok');
    for (const approvedOn of ['9999-12-31', '1899-12-31', '2200-01-01'])
      expect(code(await c.call('legal.matters.create', { caseId, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn }))).toBe('VALIDATION');
    // In range, but 4 years on falls past 2199: refused in the request, never stored to fail every read.
    const late = await c.call('legal.matters.create', { caseId, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn: '2199-06-01' });
    expect(code(late)).toBe('VALIDATION');
    expect(fieldsOf(late)).toEqual(['deadlines']);
    expect(code(await c.call('legal.matters.list', { caseId }))).toBe('ok');
  });

  it('the caseworker summary leaves out accompany court dates of closed or withdrawn proceedings (as Today does)', async () => {
    const other = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('legal');
    const p = await c.ok<Detail>('legal.matters.create', { caseId: other, type: 'proceeding_criminal', jurisdiction: 'US', status: 'filed' });
    const a = await c.ok<Detail>('legal.courtDates.add', { matterId: p.id, version: p.version, date: '2026-12-03', accompany: true });
    await c.as('cw');
    expect((await c.ok<{ accompanyCourtDates: unknown[] }>('legal.summary', { caseId: other })).accompanyCourtDates).toEqual([{ date: '2026-12-03', time: null }]);
    await c.as('legal');
    await c.ok('legal.matters.close', { matterId: p.id, version: a.version, status: 'withdrawn' });
    await c.as('cw');
    expect(await c.ok('legal.summary', { caseId: other })).toEqual({ hasOpenMatter: false, accompanyCourtDates: [] });
    await c.as('legal');
  });

  // 200 requests that each recompute the case: slow on a loaded machine, so a generous limit (not a timing).
  it('the court date past the bound is VALIDATION, not INTERNAL', { timeout: 180_000 }, async () => {
    const own = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('legal');
    let p = await c.ok<Detail>('legal.matters.create', { caseId: own, type: 'proceeding_civil', jurisdiction: 'US', status: 'filed' });
    for (let i = 0; i < 200; i++) p = await c.ok<Detail>('legal.courtDates.add', { matterId: p.id, version: p.version, date: '2025-01-01', accompany: false });
    const r = await c.call('legal.courtDates.add', { matterId: p.id, version: p.version, date: '2025-01-02', accompany: false });
    expect(code(r)).toBe('VALIDATION');
    expect(fieldsOf(r)).toEqual(['date']);
    await c.ok('legal.matters.close', { matterId: p.id, version: p.version, status: 'closed' });
  });

  it('impossible orders of dates are refused with the field named; possible ones are kept', async () => {
    const create = (f: Record<string, unknown>) => c.call('legal.matters.create', { caseId, jurisdiction: 'US', status: 'approved', type: 'us_t_i914_principal', ...f });
    const approvedFirst = await create({ filedOn: '2023-05-01', approvedOn: '2023-01-10' });
    expect([code(approvedFirst), fieldsOf(approvedFirst)]).toEqual(['VALIDATION', ['approvedOn']]);
    const admittedFirst = await create({ filedOn: '2022-01-10', approvedOn: '2023-01-10', admittedOn: '1990-01-01' });
    expect([code(admittedFirst), fieldsOf(admittedFirst)]).toEqual(['VALIDATION', ['admittedOn']]);
    const ok = await c.ok<Detail>('legal.matters.create', { caseId, jurisdiction: 'US', status: 'approved', type: 'us_t_i914_principal', filedOn: '2022-01-10', approvedOn: '2023-01-10', admittedOn: '2023-01-10' });
    const edit = await c.call('legal.matters.update', { matterId: ok.id, version: ok.version, filedOn: '2024-01-01' });
    expect([code(edit), fieldsOf(edit)]).toEqual(['VALIDATION', ['approvedOn', 'admittedOn']]);
    // An I-485's admittedOn (the T-1 admission, before it is filed) is a real order.
    const i485 = await c.call('legal.matters.create', { caseId, jurisdiction: 'US', status: 'filed', type: 'us_t_adjustment_i485', filedOn: '2026-02-01', admittedOn: '2023-01-10' });
    expect(code(i485)).toBe('ok');
  });

  it("legal 'today' is the centre's day in its time zone, not the workstation's", async () => {
    const m = await tPrincipal();
    const key = `${m.id}:status_expiry`;
    await c.ok('legal.overrides.set', { matterId: m.id, version: m.version, key, date: '2026-11-25', reason: 'Printed on the I-797 approval notice.' });
    const was = c.clock.now;
    try {
      // 05:00 UTC on the 26th is 21:00 on the 25th in Vancouver: the deadline is due today there, not overdue.
      c.clock.now = Date.parse('2026-11-26T05:00:00Z');
      await c.as('admin');
      const cal = await c.ok<{ version: number }>('calendar.settings', {});
      await c.ok('calendar.updateSettings', { version: cal.version, timeZone: 'America/Vancouver' });
      await c.as('legal');
      const due = await c.ok<{ key: string }[]>('legal.deadlines.list', { due: 'today', limit: 1000 });
      expect(due.map((d) => d.key)).toContain(key);
      const overdue = await c.ok<{ key: string }[]>('legal.deadlines.list', { due: 'overdue', limit: 1000 });
      expect(overdue.map((d) => d.key)).not.toContain(key);
    } finally {
      c.clock.now = was;
    }
  });

  it('identifier fields refuse invisible format characters (bidi overrides and isolates, zero-width)', async () => {
    for (const ch of ['\u202E', '\u202A', '\u2066', '\u2069', '\u200B', '\u200D', '\uFEFF'])
      expect(code(await c.call('legal.matters.create', { caseId, jurisdiction: 'US', status: 'filed', type: 'us_t_i914_principal', receiptNumber: `EAC${ch}0000000002` }))).toBe('VALIDATION');
    const m = await c.ok<Detail>('legal.matters.create', { caseId, jurisdiction: 'US', status: 'filed', type: 'proceeding_criminal', receiptNumber: 'EAC0000000002' });
    expect(code(await c.call('legal.matters.update', { matterId: m.id, version: m.version, noticeNumber: 'N\u200B1' }))).toBe('VALIDATION');
    expect(code(await c.call('legal.proceedings.update', { matterId: m.id, version: m.version, docketNumber: '2026-CR-\u202E0001' }))).toBe('VALIDATION');
    expect(code(await c.call('legal.proceedings.update', { matterId: m.id, version: m.version, docketNumber: '2026-CR-0001' }))).toBe('ok');
  });
});
