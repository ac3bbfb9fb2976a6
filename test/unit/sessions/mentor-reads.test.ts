import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { isCaseScope, SCOPE_KEYS, type ScopeKind } from '../../../shared/contract/define';
import { makeCentre, known, type TestCentre } from '../helpers/centre';
import { giveConsent, inDays, makeDirectory } from '../helpers/referrals';
import { SAMPLES } from '../contract/samples';

/**
 * The mentor's wall, through EVERY channel of the contract: a mentor assigned to the case calls each one
 * (the contract's sample input, pointed at the case's real records) and no answer, success or error, carries
 * a legal or screening marker: the legal note, legal document, legal appointment (its title), legal referral,
 * the consent, the profile, and the screening's instrument. A new channel joins by being in the contract.
 * Issue 12's legal matters carry the canary in a receipt number and a proceeding's charges.
 */
const CANARY = 'LEGALCANARYQX7';
const MARKERS = [CANARY, 'hhs_acf_adult', 'SCREENCANARY'];

/** Channels that would end the mentor's own session or set up another vault: not data channels. */
const SKIP = new Set<Channel>(['vault.lock', 'vault.setup', 'vault.recover', 'vault.changePassword', 'vault.unlock']);

describe('a mentor reads no legal or screening field through any channel', () => {
  let c: TestCentre;
  let ids: Record<ScopeKind, number | string> & { staffId: number };

  beforeAll(async () => {
    c = await makeCentre();
    const k = await c.newCase({ givenName: known(`SCREENCANARY`), traffickingType: known('labour') });
    await c.as('cw');
    const screening = await c.ok<{ id: number }>('screening.start', { caseId: k.id, instrumentId: 'hhs_acf_adult' });
    const dir = await makeDirectory(c);
    await c.as('cw');
    const consent = await giveConsent(c, k.id, dir.legal.agencyId, ['identity']);
    const referral = await c.ok<{ id: number }>('referrals.create', { caseId: k.id, serviceId: dir.legal.serviceId, urgency: 'routine', reason: `Fictional ${CANARY}`, categories: ['identity'], followUpAt: inDays(c, 7) });
    await c.as('legal');
    const note = await c.ok<{ id: number }>('notes.create', { caseId: k.id, type: 'legal', body: `Fictional legal note ${CANARY}` });
    const data = Buffer.from(`fictional ${CANARY}`);
    const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: k.id, kind: 'notice', legal: true, filename: `${CANARY}.txt`, mime: 'text/plain', size: data.length });
    await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
    const doc = await c.ok<{ id: number }>('documents.finishUpload', { uploadId });
    // Issue 12: a legal matter with a canary in its free text and a deadline task.
    const matter = await c.ok<{ id: number; version: number; tasks: { id: number }[] }>('legal.matters.create', {
      caseId: k.id, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn: '2026-01-15', receiptNumber: `R${CANARY}`,
    });
    const proceeding = await c.ok<{ id: number; version: number }>('legal.matters.create', { caseId: k.id, type: 'proceeding_criminal', jurisdiction: 'US', status: 'filed' });
    await c.ok('legal.proceedings.update', { matterId: proceeding.id, version: proceeding.version, charges: `Fictional charges ${CANARY}` });
    const legal = await c.ok<{ id: number }>('sessions.create', { caseId: k.id, kind: 'legal', title: `Fictional ${CANARY}`, date: '2026-11-25', startTime: '14:00', endTime: '15:00', location: 'remote' });
    // The mentor's own session on the same case, so session channels have something of theirs to show.
    await c.as('mentor');
    await c.ok('sessions.create', { caseId: k.id, kind: 'mentoring', date: '2026-11-25', startTime: '10:00', endTime: '11:00', location: 'remote' });
    const file = await c.ok<{ header: { tasks: { id: number }[] } }>('cases.get', { caseId: k.id });
    ids = { case: k.id, note: note.id, document: doc.id, screening: screening.id, upload: uploadId, task: file.header.tasks[0]?.id ?? 999_999, consent: consent.id, referral: referral.id, session: legal.id, matter: matter.id, legalTask: matter.tasks[0]!.id, staffId: c.ids.mentor };
  });

  it('no answer of any channel carries a marker', async () => {
    await c.as('mentor');
    const leaks: string[] = [];
    let calls = 0;
    for (const ch of CHANNELS.filter((x) => !SKIP.has(x))) {
      const scope = contract[ch].scope;
      const sample = SAMPLES[ch]({ caseId: ids.case as number, targetStaffId: ids.staffId }) as Record<string, unknown>;
      const input = isCaseScope(scope) ? { ...sample, [SCOPE_KEYS[scope.kind]]: ids[scope.kind] } : sample;
      const inputs = ch === 'notes.search' ? [{ query: CANARY }, { query: 'fictional' }] : [input];
      for (const i of inputs) {
        const r = await c.call(ch, i);
        calls++;
        const text = JSON.stringify(r);
        for (const m of MARKERS) if (text.includes(m)) leaks.push(`${ch}: ${m}`);
      }
      // Each probe as the mentor; a channel that signs out (none should) would make the rest meaningless.
      expect(c.core.runtime.session?.username, ch).toBe('mentor');
    }
    expect(calls).toBeGreaterThan(80);
    expect(leaks).toEqual([]);
  });

  it('the markers are there to be found: the caseworker and legal aide do see them', async () => {
    await c.as('legal');
    expect(JSON.stringify(await c.call('sessions.get', { sessionId: ids.session }))).toContain(CANARY);
    expect(JSON.stringify(await c.call('notes.list', { caseId: ids.case }))).toContain(CANARY);
    await c.as('cw');
    expect(JSON.stringify(await c.call('screening.list', { caseId: ids.case }))).toContain('hhs_acf_adult');
    expect(JSON.stringify(await c.call('cases.get', { caseId: ids.case }))).toContain('SCREENCANARY');
  });
});
