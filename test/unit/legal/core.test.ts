import { beforeAll, describe, expect, it } from 'vitest';
import { computeCaseDeadlines, DEFAULT_LEGAL_SETTINGS, matterFactsSchema, RULES } from '../../../shared/legal';
import type { MatterDetail } from '../../../shared/legal/schemas';
import { makeCentre, known, type TestCentre } from '../helpers/centre';

/**
 * The legal core end to end through the contract (issue 12): what is stored is exactly what the engine
 * computes (the UI previews with the same function), every change recomputes in its own transaction,
 * overrides win, tasks survive recomputation, snoozes hide, TRPs carry "no maintained status" to every
 * output, rule versions are previewed before they are adopted. The clock is 2026-11-25 (helpers/vault.ts).
 */
type Detail = MatterDetail;

describe('legal matters core', () => {
  let c: TestCentre;
  let caseId: number;
  let t: Detail;
  beforeAll(async () => {
    c = await makeCentre();
    caseId = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('legal');
    t = await c.ok<Detail>('legal.matters.create', { caseId, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn: '2023-01-10', admittedOn: '2023-01-10', receiptNumber: 'EAC0000000001' });
  });

  /** The engine's own answer for the case's matters as stored: the core must hold exactly this. */
  async function engineSays(id: number) {
    const all = await c.ok<{ id: number }[]>('legal.matters.list', { caseId });
    const details = await Promise.all(all.map((m) => c.ok<Detail>('legal.matters.get', { matterId: m.id })));
    const facts = details.map((d) =>
      matterFactsSchema.parse({
        id: d.id,
        type: d.type,
        jurisdiction: d.jurisdiction,
        status: d.status,
        principalMatterId: d.principalMatterId,
        baseMatterId: d.baseMatterId,
        filedOn: d.filedOn,
        approvedOn: d.approvedOn,
        admittedOn: d.admittedOn,
        signedOn: d.signedOn,
        eadCategory: d.eadCategory,
        courtDates: d.courtDates.map((x) => ({ key: String(x.id), date: x.date, accompany: x.accompany })),
        overrides: d.overrides.map((o) => ({ key: o.key, date: o.date, by: o.by, reason: o.reason, noticeRef: o.noticeRef, recordedAt: o.recordedAt })),
        ruleVersions: d.ruleVersions,
      }),
    );
    const out = computeCaseDeadlines(facts, { today: '2026-11-25', rules: RULES, settings: DEFAULT_LEGAL_SETTINGS });
    const stored = details.find((d) => d.id === id)!.deadlines;
    return { engine: out.deadlines.filter((d) => d.matterId === id), stored };
  }

  it('stores exactly what the engine computes (the UI preview), with one task per deadline that is not a reminder', async () => {
    const { engine, stored } = await engineSays(t.id);
    expect(stored.length).toBeGreaterThan(4);
    expect(stored.map(({ urgency: _u, override, ...d }) => ({ ...d, override: override && { ...override, byName: undefined } }))).toEqual(
      engine.map((d) => ({ ...d, override: d.override && { ...d.override, byName: undefined } })),
    );
    // USCIS PM Vol 3 Pt B Ch 10: valid 4 years from approval, the day before the anniversary (DOMAIN.md date conventions).
    expect(t.expiresOn).toBe('2027-01-09');
    expect(t.tasks.map((x) => x.kind).sort()).toEqual(stored.filter((d) => d.kind !== 'reminder').map((d) => d.kind).sort());
    expect(t.tasks.every((x) => x.ownerId === c.ids.legal)).toBe(true);
  });

  it('a derivative never runs past its principal, and follows it when the principal changes', async () => {
    const d = await c.ok<Detail>('legal.matters.create', {
      caseId, type: 'us_t_i914_derivative', jurisdiction: 'US', status: 'approved', principalMatterId: t.id, approvedOn: '2024-06-01',
    });
    const exp = d.deadlines.find((x) => x.kind === 'status_expiry')!;
    expect(exp.date).toBe('2027-01-09');
    expect(exp.flags).toContain('capped_by_principal');
    const p = await c.ok<Detail>('legal.matters.get', { matterId: t.id });
    await c.ok('legal.overrides.set', { matterId: t.id, version: p.version, key: `${t.id}:status_expiry`, date: '2026-12-20', reason: 'Printed on the I-797 approval notice.', noticeRef: 'I-797 0001' });
    const after = await c.ok<Detail>('legal.matters.get', { matterId: d.id });
    expect(after.deadlines.find((x) => x.kind === 'status_expiry')!.date).toBe('2026-12-20');
    const { engine, stored } = await engineSays(d.id);
    expect(stored.map((x) => [x.key, x.date])).toEqual(engine.map((x) => [x.key, x.date]));
  });

  it('an override wins, says who and why, keeps its task across recomputation, and clears back to the computed date', async () => {
    const m = await c.ok<Detail>('legal.matters.get', { matterId: t.id });
    const exp = m.deadlines.find((x) => x.kind === 'status_expiry')!;
    expect(exp).toMatchObject({ date: '2026-12-20', computed: '2027-01-09', override: { byName: 'Fictional legal', noticeRef: 'I-797 0001' } });
    expect(m.expiresOn).toBe('2026-12-20');
    // Reminders hang off the date that counts.
    expect(m.deadlines.find((x) => x.key === `${t.id}:reminder:status_expiry-30d`)!.date).toBe('2026-11-20');
    const task = m.tasks.find((x) => x.deadlineKey === exp.key)!;
    // Its owner moves and it is ticked off; a recomputation (any change of facts) keeps both.
    await c.ok('legal.tasks.complete', { legalTaskId: task.id, version: task.version });
    const updated = await c.ok<Detail>('legal.matters.update', { matterId: t.id, version: m.version, noticeNumber: 'NOTICE-1' });
    expect(updated.tasks.find((x) => x.deadlineKey === exp.key)).toMatchObject({ id: task.id, done: true, doneByName: 'Fictional legal' });
    const undone = updated.tasks.find((x) => x.deadlineKey === exp.key)!;
    await c.ok('legal.tasks.complete', { legalTaskId: task.id, version: undone.version, done: false });
    const cleared = await c.ok<Detail>('legal.overrides.clear', { matterId: t.id, version: updated.version, key: exp.key, reason: 'Entered on the wrong matter.' });
    expect(cleared.deadlines.find((x) => x.kind === 'status_expiry')!.date).toBe('2027-01-09');
    // A key the engine never produced is refused, not silently stored.
    const r = await c.call('legal.overrides.set', { matterId: t.id, version: cleared.version, key: `${t.id}:nothing`, date: '2027-01-01', reason: 'A typo.' });
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
  });

  it('a VTIP TRP carries "no maintained status" to the matter, its deadlines, the deadline list and Today', async () => {
    const trp = await c.ok<Detail>('legal.matters.create', { caseId, type: 'ca_vtip_trp_initial', jurisdiction: 'CA', status: 'approved', approvedOn: '2025-12-01' });
    expect(trp.noMaintainedStatus).toBe(true);
    // IRCC Feb 2025: at least 12 months from issue; the earlier candidate is the day before the anniversary.
    expect(trp.expiresOn).toBe('2026-11-30');
    expect(trp.deadlines.filter((d) => d.kind !== 'reminder').every((d) => d.flags.includes('no_maintained_status'))).toBe(true);
    const list = await c.ok<{ matterId: number; flags: string[]; caseNumber: string }[]>('legal.deadlines.list', { due: 'soon' });
    const mine = list.filter((d) => d.matterId === trp.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.flags.includes('no_maintained_status'))).toBe(true);
    const today = await c.ok<{ kind: string; ref: { id: number }; params: Record<string, unknown> }[]>('today.get', {});
    const item = today.find((i) => i.kind === 'legal.deadline' && i.ref.id === trp.id);
    expect(item?.params.noMaintainedStatus).toBe(1);
    // A Canada matter is not filed in the US.
    const bad = await c.call('legal.matters.create', { caseId, type: 'ca_vtip_trp_initial', jurisdiction: 'US', status: 'approved' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('VALIDATION');
  });

  it('snoozing hides a task from due lists and reminders until the day, never past its deadline, always with a reason', async () => {
    const trp = (await c.ok<{ id: number; type: string }[]>('legal.matters.list', { caseId })).find((m) => m.type === 'ca_vtip_trp_initial')!;
    const detail = await c.ok<Detail>('legal.matters.get', { matterId: trp.id });
    const task = detail.tasks.find((x) => x.kind === 'status_expiry')!;
    expect((await c.ok<{ caseNumber: string; count: number }[]>('legal.reminders.due', {})).length).toBe(1);
    const noReason = await c.call('legal.tasks.snooze', { legalTaskId: task.id, version: task.version, until: '2026-11-28' });
    expect(noReason.ok ? 'ok' : noReason.error.code).toBe('VALIDATION');
    const tooLate = await c.call('legal.tasks.snooze', { legalTaskId: task.id, version: task.version, until: '2026-12-05', reason: 'Waiting for the permit.' });
    expect(tooLate.ok ? 'ok' : tooLate.error.code).toBe('VALIDATION');
    const s = await c.ok<{ snoozedUntil: string; version: number }>('legal.tasks.snooze', { legalTaskId: task.id, version: task.version, until: '2026-11-28', reason: 'Waiting for the permit.' });
    expect(s.snoozedUntil).toBe('2026-11-28');
    const list = await c.ok<{ key: string }[]>('legal.deadlines.list', { due: 'soon' });
    expect(list.some((d) => d.key === task.deadlineKey)).toBe(false);
    const reminders = await c.ok<{ caseId: number }[]>('legal.reminders.due', {});
    expect(reminders.some((r) => r.caseId === caseId && JSON.stringify(r).includes('Fictional'))).toBe(false);
    const done = await c.ok<{ done: boolean }>('legal.tasks.complete', { legalTaskId: task.id, version: s.version });
    expect(done.done).toBe(true);
  });

  it('reminders due name the case number and a count, nothing else', async () => {
    const due = await c.ok<Record<string, unknown>[]>('legal.reminders.due', {});
    for (const r of due) expect(Object.keys(r).sort()).toEqual(['caseId', 'caseNumber', 'count']);
  });

  it('previews a rule version on a matter, then adopts it (audited); the old version stays for matters computed under it', async () => {
    const trp = (await c.ok<{ id: number; type: string; version: number }[]>('legal.matters.list', { caseId })).find((m) => m.type === 'ca_vtip_trp_initial')!;
    const before = await c.ok<Detail>('legal.matters.get', { matterId: trp.id });
    expect(before.ruleVersions.ca_vtip_trp_initial).toBe(2);
    const preview = await c.ok<{ fromVersion: number; changes: { key: string; before: string; after: string }[] }>('legal.rules.preview', { matterId: trp.id, ruleId: 'ca_vtip_trp_initial', ruleVersion: 1 });
    expect(preview.fromVersion).toBe(2);
    // Version 1 (before 4 Feb 2025): 180 days counted from the issue day as day 1.
    expect(preview.changes.find((x) => x.key === `${trp.id}:status_expiry`)).toMatchObject({ before: '2026-11-30', after: '2026-05-29' });
    const unchanged = await c.ok<Detail>('legal.matters.get', { matterId: trp.id });
    expect(unchanged.expiresOn).toBe('2026-11-30');
    const impact = await c.ok<{ matterId: number }[]>('legal.rules.impact', { ruleId: 'ca_vtip_trp_initial', ruleVersion: 1 });
    expect(impact.map((i) => i.matterId)).toEqual([trp.id]);
    const adopted = await c.ok<Detail>('legal.rules.adopt', { matterId: trp.id, version: before.version, ruleId: 'ca_vtip_trp_initial', ruleVersion: 1 });
    expect(adopted.expiresOn).toBe('2026-05-29');
    expect(adopted.ruleVersions.ca_vtip_trp_initial).toBe(1);
    // Correcting the anchor date drops a pin chosen for the old date: the version in force on the new one applies.
    const fixed = await c.ok<Detail>('legal.matters.update', { matterId: trp.id, version: adopted.version, approvedOn: '2025-12-02' });
    expect(fixed.ruleVersions.ca_vtip_trp_initial).toBe(2);
    expect(fixed.expiresOn).toBe('2026-12-01');
    await c.as('admin');
    const audit = await c.ok<{ action: string; outcome: string }[]>('audit.list', { limit: 200 });
    expect(audit.some((a) => a.action === 'legal.rules.adopt' && a.outcome === 'ok')).toBe(true);
    await c.as('legal');
  });

  it('proceedings: court dates with preparation, an outcome, and the caseworker sees only the accompany date', async () => {
    const p = await c.ok<Detail>('legal.matters.create', { caseId, type: 'proceeding_criminal', jurisdiction: 'US', status: 'filed', lawEnforcementContact: { name: 'Det. Fictional', agency: 'Fictional PD', phone: '555-0100', email: 'det@example.org' } });
    const a = await c.ok<Detail>('legal.courtDates.add', { matterId: p.id, version: p.version, date: '2026-11-30', time: '09:30', purpose: 'Trial', location: 'Courtroom 4', accompany: true });
    const b = await c.ok<Detail>('legal.courtDates.add', { matterId: p.id, version: a.version, date: '2026-12-15', purpose: 'Status hearing', accompany: false });
    expect(b.deadlines.filter((d) => d.kind === 'court_date').map((d) => d.date)).toEqual(['2026-11-30', '2026-12-15']);
    expect(b.deadlines.some((d) => d.kind === 'court_preparation' && d.date === '2026-11-29')).toBe(true);
    const o = await c.ok<Detail>('legal.proceedings.update', { matterId: p.id, version: b.version, charges: 'Fictional charges', outcome: 'conviction', outcomeOn: '2026-11-20', sentence: 'Fictional sentence', restitution: '1000 USD' });
    expect(o.proceeding).toMatchObject({ outcome: 'conviction', sentence: 'Fictional sentence' });
    await c.as('cw');
    expect(await c.ok('legal.summary', { caseId })).toEqual({ hasOpenMatter: true, accompanyCourtDates: [{ date: '2026-11-30', time: '09:30' }] });
    const today = await c.ok<{ kind: string; at: string; params: Record<string, unknown> }[]>('today.get', {});
    expect(today.filter((i) => i.kind.startsWith('legal.'))).toEqual([expect.objectContaining({ kind: 'legal.accompany_court_date', at: '2026-11-30', params: { time: '09:30' } })]);
    await c.as('mentor');
    expect((await c.ok<{ kind: string }[]>('today.get', {})).filter((i) => i.kind.startsWith('legal.'))).toEqual([]);
    await c.as('legal');
  });

  it('the deadline list filters by due, kind, jurisdiction and owner, with or without reminders, over the same stored rows', async () => {
    const all = await c.ok<{ key: string; kind: string; jurisdiction: string; date: string; task: { ownerId: number } | null }[]>('legal.deadlines.list', { due: 'all', includeDone: true, limit: 1000 });
    const withReminders = await c.ok<{ key: string; kind: string }[]>('legal.deadlines.list', { due: 'all', includeDone: true, includeReminders: true, limit: 1000 });
    expect(withReminders.filter((d) => d.kind !== 'reminder').map((d) => d.key).sort()).toEqual(all.map((d) => d.key).sort());
    expect(all.some((d) => d.kind === 'reminder')).toBe(false);
    const ca = await c.ok<{ jurisdiction: string }[]>('legal.deadlines.list', { due: 'all', includeDone: true, jurisdiction: 'CA', limit: 1000 });
    expect(ca.length).toBe(all.filter((d) => d.jurisdiction === 'CA').length);
    expect(ca.length).toBeGreaterThan(0);
    const courts = await c.ok<{ kind: string }[]>('legal.deadlines.list', { due: 'all', kind: 'court_date', limit: 1000 });
    expect(courts.map((d) => d.kind)).toEqual(['court_date', 'court_date']);
    const mine = await c.ok<unknown[]>('legal.deadlines.list', { due: 'all', includeDone: true, mine: true, limit: 1000 });
    expect(mine.length).toBe(all.filter((d) => d.task?.ownerId === c.ids.legal).length);
    const overdue = await c.ok<{ date: string }[]>('legal.deadlines.list', { due: 'overdue', limit: 1000 });
    expect(overdue.every((d) => d.date < '2026-11-25')).toBe(true);
    const soon = await c.ok<{ date: string }[]>('legal.deadlines.list', { due: 'soon', soonDays: 30, limit: 1000 });
    expect(soon.every((d) => d.date >= '2026-11-25' && d.date <= '2026-12-25')).toBe(true);
    // Sorted soonest first.
    expect(soon.map((d) => d.date)).toEqual(soon.map((d) => d.date).sort());
  });

  it('a change that fails validation leaves nothing behind (one transaction)', async () => {
    const before = await c.ok<unknown[]>('legal.matters.list', { caseId });
    const r = await c.call('legal.matters.create', { caseId, type: 'us_t_i914_derivative', jurisdiction: 'US', status: 'filed', principalMatterId: 999_999 });
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    expect(await c.ok<unknown[]>('legal.matters.list', { caseId })).toEqual(before);
  });

  it('new reminder offsets re-plan every matter; legal dates stay', async () => {
    await c.as('admin');
    const s = await c.ok<{ version: number; reminderDays: Record<string, number[]> }>('legal.settings.get', {});
    await c.ok('legal.settings.update', { version: s.version, settings: { reminderDays: { ...s.reminderDays, tStatus: [45] } } });
    await c.as('legal');
    const m = await c.ok<Detail>('legal.matters.get', { matterId: t.id });
    expect(m.deadlines.filter((d) => d.kind === 'reminder' && d.parentKey === `${t.id}:status_expiry`).map((d) => d.offsetDays)).toEqual([45]);
    expect(m.expiresOn).toBe('2027-01-09');
  });
});
