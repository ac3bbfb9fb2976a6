import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { SHARE_KINDS, type ShareKind } from '../../../shared/contract/define';
import { databaseChecksum } from '../../../electron/core/store/checksum';
import { known, makeCentre, type TestCentre } from '../helpers/centre';
import { giveConsent, inDays, makeDirectory, type Directory } from '../helpers/referrals';
import { SAMPLES } from '../contract/samples';

/**
 * Every channel that shares, refers, exports, prints or discloses is consent-gated (ChannelSpec.shares,
 * enforced by the router). Found two ways, so a new channel cannot slip past by not declaring itself:
 * by its name, and by an input that names a receiving agency or asks for an export or a print. Each one
 * found must carry `shares` or be listed below with the reason it shares nothing.
 */
const SHARING_NAME = /refer|packet|share|export|print|disclos/i;
const SHARING_INPUT_KEYS = new Set(['agencyId', 'serviceId', 'recipientName']);
const SHARING_INPUT_VALUES = /"(export|print|share|disclose)"/;

/** Kept by hand on purpose: each exemption is a decision a reviewer must see. */
const EXEMPT: Partial<Record<Channel, string>> = {
  'referrals.list': "Reads the case's referrals for staff on the case; nothing leaves the centre.",
  'referrals.get': 'Reads one referral and its steps; nothing leaves the centre.',
  'referrals.board': 'A staff view across visible cases; nothing leaves the centre.',
  'referrals.recordIncoming': 'Records what another agency sent to the centre; nothing is sent out.',
  'referrals.advance': 'Records a step (accepted, appointment, attended...) reported by the agency; adds no information to what is shared.',
  'referrals.update': 'Owner, follow-up date and urgency: the centre’s own bookkeeping.',
  'disclosures.list': 'Reads the disclosure log; nothing leaves the centre.',
  'consents.record': 'Records the release itself (or that it was declined); shares nothing.',
  'directory.list': 'Directory data is not survivor data.',
  'directory.saveService': 'Directory data is not survivor data.',
  'agreements.list': 'Partner agreements are centre records, not survivor data.',
  'agreements.save': 'Partner agreements are centre records, not survivor data.',
  'documents.open': "A copy for the staff member's own use (view or save), audited as a read; sending it to an agency goes through a referral packet.",
  'sessions.exportCalendar': "The staff member's own sessions for their own calendar, de-identified (kind and case number only: no name, place, title or note); nothing about the survivor goes to an agency. Audited as a change.",
};

const inputText = (ch: Channel): string => JSON.stringify(z.toJSONSchema(contract[ch].input, { unrepresentable: 'any', io: 'input' }));
const inputKeys = (ch: Channel): string[] => Object.keys((contract[ch].input as unknown as { shape?: object }).shape ?? {});

describe('every sharing channel is consent-gated', () => {
  it('finds sharing channels by name and by input, and each is gated or exempt with a reason', () => {
    const found = CHANNELS.filter((ch) => SHARING_NAME.test(ch) || inputKeys(ch).some((k) => SHARING_INPUT_KEYS.has(k)) || SHARING_INPUT_VALUES.test(inputText(ch)));
    const ungated = found.filter((ch) => !contract[ch].shares && !EXEMPT[ch]);
    expect(ungated, 'sharing channels with neither `shares` nor a written exemption').toEqual([]);
    // The heuristics are not empty, and the exemption list holds no stale or contradictory entry.
    expect(found.filter((ch) => contract[ch].shares).length).toBeGreaterThanOrEqual(5);
    for (const [ch, reason] of Object.entries(EXEMPT)) {
      expect(CHANNELS, ch).toContain(ch);
      expect(contract[ch as Channel].shares, `${ch} is gated and exempt at once`).toBeUndefined();
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it('the name heuristic would catch a new channel that forgets the marker', () => {
    const pretend = ['referrals.sendEmail', 'cases.exportPdf', 'documents.shareLink', 'notes.print', 'consents.disclose'];
    expect(pretend.filter((ch) => !SHARING_NAME.test(ch))).toEqual([]);
  });

  describe('behaviour: with the consent revoked, every gated channel refuses with CONSENT_REQUIRED and changes nothing', () => {
    let c: TestCentre;
    let d: Directory;
    let f: { caseId: number; referralId: number; referralVersion: number; policeConsentId: number };
    beforeAll(async () => {
      c = await makeCentre();
      d = await makeDirectory(c);
      const caseId = (await c.newCase({ givenName: known('Fictional') })).id;
      await c.as('cw');
      const consent = await giveConsent(c, caseId, d.legal.agencyId, ['identity', 'contact']);
      const police = await giveConsent(c, caseId, d.police.agencyId, ['identity']);
      const r = await c.ok<{ id: number; version: number }>('referrals.create', { caseId, serviceId: d.legal.serviceId, urgency: 'soon', reason: 'Fictional.', categories: ['identity'], followUpAt: inDays(c, 7) });
      c.clock.now += 1;
      await c.ok('consents.revoke', { consentId: consent.id, version: consent.version });
      await c.ok('consents.revoke', { consentId: police.id, version: police.version });
      f = { caseId, referralId: r.id, referralVersion: r.version, policeConsentId: police.id };
    });

    /** What each kind of sharing needs in its input to point at the fixture. The mapped type asks for a new kind. */
    const GATED_INPUT: { [K in ShareKind]: () => Record<string, unknown> } = {
      'referral.create': () => ({ caseId: f.caseId, serviceId: d.legal.serviceId, categories: ['identity'] }),
      'referral.share': () => ({ referralId: f.referralId, version: f.referralVersion, categories: ['contact'] }),
      'referral.packet': () => ({ referralId: f.referralId, version: f.referralVersion }),
      disclosure: () => ({ caseId: f.caseId, agencyId: d.police.agencyId, basis: 'consent', consentId: f.policeConsentId, orderReference: undefined }),
    };

    it('covers every share kind', () => {
      const used = new Set(CHANNELS.map((ch) => contract[ch].shares).filter(Boolean));
      expect([...used].sort()).toEqual([...SHARE_KINDS].sort());
    });

    for (const ch of CHANNELS.filter((x) => contract[x].shares)) {
      it(ch, async () => {
        await c.as('cw');
        const merged: Record<string, unknown> = { ...(SAMPLES[ch]({ caseId: f.caseId, targetStaffId: c.ids.mentor }) as object), ...GATED_INPUT[contract[ch].shares!]() };
        const input = Object.fromEntries(Object.entries(merged).filter(([k, v]) => v !== undefined && inputKeys(ch).includes(k)));
        const db = c.core.runtime.db!;
        const lastAudit = db.prepare('SELECT max(id) FROM audit').pluck().get() as number;
        const before = databaseChecksum(db, { auditUpTo: lastAudit });
        expect(await c.call(ch, input)).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
        expect(databaseChecksum(db, { auditUpTo: lastAudit })).toBe(before);
        expect(db.prepare('SELECT action, outcome FROM audit WHERE id > ?').all(lastAudit)).toEqual([{ action: ch, outcome: 'refused:CONSENT_REQUIRED' }]);
      });
    }
  });
});
