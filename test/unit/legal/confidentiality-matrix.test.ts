import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { isCaseScope, SCOPE_KEYS } from '../../../shared/contract/define';
import { MATTER_TYPES } from '../../../shared/legal/vocab';
import { SAMPLES } from '../contract/samples';
import { makeCentre, known, type TestCentre } from '../helpers/centre';

/**
 * 8 U.S.C. 1367 through EVERY channel (issue 12): legal matters are seeded with a canary in every free-text
 * field and with dates used nowhere else; then each person who is not a legal aide on the case calls every
 * channel of the contract (with the sample input pointed at the real case, matter, task, note...), plus the
 * cross-case readers with inputs aimed at the canary, and nothing they get back, answers or errors alike,
 * holds the canary, a legal date, a matter type or a legal event. Caseworkers on the case may see the one
 * thing the design gives them: the accompany court date (date and time) and "has an open matter".
 * The assigned legal aide is the control: the same calls show them the canary.
 */
const CANARY = 'QZXLEGALCANARY';
/** Dates entered on the matters and used nowhere else in the centre. */
const SECRET_DATES = ['2019-03-17', '2019-04-02', '2019-05-21', '2019-06-13', '2027-02-11', '2027-03-09'];
const ACCOMPANY = { date: '2026-12-03', time: '10:15' };
// Event names (the audit log's action names are channel names, e.g. legal.overrides.set: ids only in their details).
const HIDDEN_EVENTS = ['legal.matter_', 'legal.override_', 'legal.court_date_added', 'legal.outcome_', 'legal.rule_adopted'];

/** Channels not called in the loop: they sign in, out or change the vault, or are the audited way in (break-the-glass, below). */
const SKIP = new Set<Channel>(['vault.setup', 'vault.unlock', 'vault.lock', 'vault.recover', 'vault.changePassword', 'cases.breakGlass', 'retention.purge']);
/** Extra inputs for cross-case readers, aimed at the canary. */
const EXTRA: Partial<Record<Channel, object[]>> = {
  'notes.search': [{ query: CANARY }, { query: 'Fictional' }],
  'cases.list': [{ search: CANARY }, {}],
  'today.get': [{ days: 90 }],
  'legal.deadlines.list': [{ due: 'all', includeReminders: true, includeDone: true }],
  'audit.list': [{ limit: 500 }],
};

describe('legal confidentiality matrix: no non-legal role reads a legal-matter field through any channel', () => {
  let c: TestCentre;
  let ids: Record<string, number | string>;

  beforeAll(async () => {
    c = await makeCentre();
    const k = await c.newCase({ givenName: known('Fictional') });
    const caseId = k.id;
    await c.as('admin');
    const extra = async (username: string, roles: string[]) => {
      const s = await c.ok<{ id: number }>('staff.create', { username, displayName: `Fictional ${username}`, roles, temporaryPassword: 'temporary-pass-1' });
      await c.ok('vault.unlock', { username, password: 'temporary-pass-1' });
      await c.ok('vault.changePassword', { currentPassword: 'temporary-pass-1', newPassword: `${username}-final-pass-1` });
      await c.as('admin');
      return s.id;
    };
    const cwAssigned = await extra('cwb', ['caseworker']);
    const cwGlass = await extra('cwglass', ['caseworker']);
    const demoted = await extra('legaldem', ['legal_aide']);
    const target = await extra('target', ['mentor']);
    await c.as('cw');
    await c.ok('cases.assign', { caseId, staffId: cwAssigned, caseRole: 'caseworker' });
    await c.ok('cases.assign', { caseId, staffId: demoted, caseRole: 'legal_aide' });
    const note = await c.ok<{ id: number }>('notes.create', { caseId, type: 'contact', body: 'A Fictional contact note.' });
    const file = await c.ok<{ header: { tasks: { id: number }[] } }>('cases.get', { caseId });

    await c.as('legal');
    const le = { name: `Det ${CANARY}`, agency: `PD ${CANARY}`, phone: `555 ${CANARY}`, email: `${CANARY}@example.org` };
    const t = await c.ok<{ id: number; version: number }>('legal.matters.create', {
      caseId, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn: '2019-03-17', admittedOn: '2019-04-02',
      receiptNumber: `EAC${CANARY}`, noticeNumber: `N${CANARY}`,
    });
    await c.ok('legal.matters.create', { caseId, type: 'us_t_i914_derivative', jurisdiction: 'US', status: 'filed', principalMatterId: t.id, filedOn: '2019-05-21', receiptNumber: `D${CANARY}` });
    await c.ok('legal.matters.create', { caseId, type: 'us_continued_presence', jurisdiction: 'US', status: 'approved', approvedOn: '2025-06-13', lawEnforcementContact: le });
    const trp = await c.ok<{ id: number; version: number; tasks: { id: number; kind: string; version: number }[] }>('legal.matters.create', {
      caseId, type: 'ca_vtip_trp_initial', jurisdiction: 'CA', status: 'approved', approvedOn: '2025-12-20', noticeNumber: `TRP${CANARY}`,
    });
    const task = trp.tasks.find((x) => x.kind === 'status_expiry')!;
    await c.ok('legal.tasks.snooze', { legalTaskId: task.id, version: task.version, until: '2026-12-01', reason: `Waiting ${CANARY}` });
    const tm = await c.ok<{ version: number }>('legal.matters.get', { matterId: t.id });
    await c.ok('legal.overrides.set', { matterId: t.id, version: tm.version, key: `${t.id}:status_expiry`, date: '2027-03-09', reason: `Notice says ${CANARY}`, noticeRef: `REF${CANARY}` });
    const p = await c.ok<{ id: number; version: number }>('legal.matters.create', { caseId, type: 'proceeding_criminal', jurisdiction: 'US', status: 'filed', lawEnforcementContact: le });
    const p1 = await c.ok<{ version: number }>('legal.proceedings.update', {
      matterId: p.id, version: p.version, court: `Court ${CANARY}`, docketNumber: `DK${CANARY}`, charges: `Charges ${CANARY}`, victimImpactStatus: 'drafting',
      victimImpactNotes: `VIS ${CANARY}`, outcome: 'plea', outcomeOn: '2019-06-13', sentence: `Sentence ${CANARY}`, restitution: `Restitution ${CANARY}`,
    });
    const p2 = await c.ok<{ version: number }>('legal.courtDates.add', { matterId: p.id, version: p1.version, date: ACCOMPANY.date, time: ACCOMPANY.time, purpose: `Trial ${CANARY}`, location: `Room ${CANARY}`, accompany: true });
    await c.ok('legal.courtDates.add', { matterId: p.id, version: p2.version, date: '2027-02-11', purpose: `Hearing ${CANARY}`, location: `Hall ${CANARY}`, accompany: false });
    await c.ok('notes.create', { caseId, type: 'legal', body: 'A fictional legal note.' });

    // The demoted legal aide loses the role; the assignment stays but no longer counts.
    await c.as('admin');
    const dem = await c.ok<{ id: number; version: number }[]>('staff.list', {});
    const d = dem.find((s) => s.id === demoted)!;
    await c.ok('staff.update', { id: demoted, version: d.version, roles: ['caseworker'] });
    // The break-the-glass caseworker opens the case the audited way: caseworker parts, so the summary only.
    await c.ok('vault.unlock', { username: 'cwglass', password: 'cwglass-final-pass-1' });
    await c.ok('cases.breakGlass', { caseId, reason: 'Fictional emergency: the survivor is at the front desk.' });
    ids = { case: caseId, note: note.id, task: file.header.tasks[0]?.id ?? 999_999, matter: t.id, legalTask: task.id, target, cwAssigned, cwGlass };
  });

  /** Every channel's sample input, pointed at the real records (as in contract/need-to-know.test.ts). */
  function inputsFor(ch: Channel): unknown[] {
    const scope = contract[ch].scope;
    const sample = SAMPLES[ch]({ caseId: ids.case as number, targetStaffId: ids.target as number }) as Record<string, unknown>;
    const base = isCaseScope(scope) ? { ...sample, [SCOPE_KEYS[scope.kind]]: ids[scope.kind] ?? 999_999 } : sample;
    return [base, ...(EXTRA[ch] ?? [])];
  }

  async function everything(): Promise<{ shown: string; perChannel: Record<string, string> }> {
    const perChannel: Record<string, string> = {};
    for (const ch of CHANNELS) {
      if (SKIP.has(ch)) continue;
      const out: string[] = [];
      for (const input of inputsFor(ch)) out.push(JSON.stringify(await c.call(ch, input)));
      perChannel[ch] = out.join('\n');
    }
    return { shown: Object.values(perChannel).join('\n'), perChannel };
  }

  function leaks(perChannel: Record<string, string>, caseworker: boolean): string[] {
    const found: string[] = [];
    for (const [ch, text] of Object.entries(perChannel)) {
      if (text.includes(CANARY)) found.push(`${ch}: canary`);
      for (const d of SECRET_DATES) if (text.includes(d)) found.push(`${ch}: ${d}`);
      for (const e of HIDDEN_EVENTS) if (text.includes(e)) found.push(`${ch}: event ${e}`);
      // The rule table names rules, not anyone's matters.
      if (ch !== 'legal.rules.list') for (const t of MATTER_TYPES) if (text.includes(`"${t}"`)) found.push(`${ch}: type ${t}`);
      if (!caseworker && (text.includes(ACCOMPANY.date) || text.includes('legal.accompany_court_date'))) found.push(`${ch}: accompany date`);
    }
    return found;
  }

  const ROWS: { label: string; who: string; caseworker: boolean }[] = [
    { label: 'caseworker, lead', who: 'cw', caseworker: true },
    { label: 'caseworker, assigned', who: 'cwb', caseworker: true },
    { label: 'caseworker, by break-the-glass', who: 'cwglass', caseworker: true },
    { label: 'mentor, assigned', who: 'mentor', caseworker: false },
    { label: 'admin', who: 'admin', caseworker: false },
    { label: 'legal aide, not assigned', who: 'legal2', caseworker: false },
    { label: 'legal aide, demoted (role removed, assignment kept)', who: 'legaldem', caseworker: false },
  ];

  for (const row of ROWS) {
    it(row.label, async () => {
      if (row.who === 'cwglass' || row.who === 'cwb' || row.who === 'legaldem') await c.ok('vault.unlock', { username: row.who, password: `${row.who}-final-pass-1` });
      else await c.as(row.who as 'cw');
      if (row.who === 'cwglass') await c.ok('cases.breakGlass', { caseId: ids.case, reason: 'Fictional emergency: the survivor is at the front desk.' });
      const { perChannel } = await everything();
      expect(leaks(perChannel, row.caseworker)).toEqual([]);
      if (row.caseworker) {
        // What the design gives a caseworker on the case, and only that.
        expect(JSON.parse(perChannel['legal.summary']!)).toEqual({ ok: true, value: { hasOpenMatter: true, accompanyCourtDates: [ACCOMPANY] } });
      }
    });
  }

  it('control: the assigned legal aide sees the canary and every date through the same calls', async () => {
    await c.as('legal');
    const { shown } = await everything();
    expect(shown).toContain(CANARY);
    for (const d of SECRET_DATES) expect(shown).toContain(d);
  });
});
