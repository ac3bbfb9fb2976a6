import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/errors';
import { makeCentre, known, type StaffKey, type TestCentre } from '../helpers/centre';
import { giveConsent, inDays, makeDirectory } from '../helpers/referrals';

/**
 * Role x case-part matrix through the contract. Each row is a person and how they relate to the case;
 * each column a part of the case file. 'ok' = allowed; otherwise the stable code expected.
 */
type Who = { key: StaffKey | 'admin'; label: string };
const PEOPLE: Who[] = [
  { key: 'cw', label: 'caseworker, assigned (lead)' },
  { key: 'mentor', label: 'mentor, assigned' },
  { key: 'legal', label: 'legal aide, assigned' },
  { key: 'admin', label: 'admin, not assigned' },
  { key: 'cw2', label: 'caseworker, not assigned' },
  { key: 'mentor2', label: 'mentor, not assigned' },
  { key: 'legal2', label: 'legal aide, not assigned' },
];

type Probe = (c: TestCentre, ids: Fixture) => Promise<Result<unknown>>;
interface Fixture {
  caseId: number;
  notes: Record<'contact' | 'case_plan' | 'mentoring' | 'legal', number>;
  docs: { general: number; legal: number };
  referrals: { general: number; legal: number };
  matterId: number;
  sessions: { mentoring: number; legal: number };
}

const NTK = 'NEED_TO_KNOW';
const FORBIDDEN = 'FORBIDDEN';

const PARTS: Record<string, { probe: Probe; expect: Record<StaffKey | 'admin', 'ok' | string> }> = {
  'profile (cases.get profile)': {
    probe: async (c, f) => {
      const r = await c.call<{ profile: unknown }>('cases.get', { caseId: f.caseId });
      return r.ok && r.value.profile === null ? { ok: false, error: { code: 'NEED_TO_KNOW', message: 'hidden' } } : r;
    },
    expect: { cw: 'ok', mentor: NTK, legal: 'ok', admin: NTK, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  'contact (cases.get contact)': {
    probe: async (c, f) => {
      const r = await c.call<{ contact: unknown }>('cases.get', { caseId: f.caseId });
      return r.ok && r.value.contact === null ? { ok: false, error: { code: 'NEED_TO_KNOW', message: 'hidden' } } : r;
    },
    expect: { cw: 'ok', mentor: 'ok', legal: 'ok', admin: NTK, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  'header (cases.get)': {
    probe: (c, f) => c.call('cases.get', { caseId: f.caseId }),
    expect: { cw: 'ok', mentor: 'ok', legal: 'ok', admin: 'ok', cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  screening: {
    probe: (c, f) => c.call('screening.list', { caseId: f.caseId }),
    expect: { cw: 'ok', mentor: FORBIDDEN, legal: FORBIDDEN, admin: FORBIDDEN, cw2: NTK, mentor2: FORBIDDEN, legal2: FORBIDDEN },
  },
  ...Object.fromEntries(
    (['contact', 'case_plan', 'mentoring', 'legal'] as const).map((t) => [
      `note: ${t}`,
      {
        probe: ((c, f) => c.call('notes.history', { noteId: f.notes[t] })) as Probe,
        expect: {
          cw: t === 'legal' ? NTK : 'ok',
          mentor: t === 'mentoring' ? 'ok' : NTK,
          legal: t === 'legal' ? 'ok' : NTK,
          admin: FORBIDDEN,
          cw2: NTK,
          mentor2: NTK,
          legal2: NTK,
        },
      },
    ]),
  ),
  'documents: general': {
    probe: (c, f) => c.call('documents.open', { documentId: f.docs.general, purpose: 'view' }),
    expect: { cw: 'ok', mentor: FORBIDDEN, legal: NTK, admin: FORBIDDEN, cw2: NTK, mentor2: FORBIDDEN, legal2: NTK },
  },
  'documents: legal': {
    probe: (c, f) => c.call('documents.open', { documentId: f.docs.legal, purpose: 'view' }),
    expect: { cw: NTK, mentor: FORBIDDEN, legal: 'ok', admin: FORBIDDEN, cw2: NTK, mentor2: FORBIDDEN, legal2: NTK },
  },
  timeline: {
    probe: (c, f) => c.call('timeline.get', { caseId: f.caseId }),
    expect: { cw: 'ok', mentor: 'ok', legal: 'ok', admin: NTK, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  // Issue 11 (shared/cases/access.ts): caseworkers see consents and every referral; legal aides the consents
  // and the referrals to legal and immigration services; mentors neither (not even on the timeline).
  consents: {
    probe: (c, f) => c.call('consents.list', { caseId: f.caseId }),
    expect: { cw: 'ok', mentor: FORBIDDEN, legal: 'ok', admin: FORBIDDEN, cw2: NTK, mentor2: FORBIDDEN, legal2: NTK },
  },
  'referral: general (mentoring)': {
    probe: (c, f) => c.call('referrals.get', { referralId: f.referrals.general }),
    expect: { cw: 'ok', mentor: FORBIDDEN, legal: NTK, admin: FORBIDDEN, cw2: NTK, mentor2: FORBIDDEN, legal2: NTK },
  },
  'referral: legal (immigration)': {
    probe: (c, f) => c.call('referrals.get', { referralId: f.referrals.legal }),
    expect: { cw: 'ok', mentor: FORBIDDEN, legal: 'ok', admin: FORBIDDEN, cw2: NTK, mentor2: FORBIDDEN, legal2: NTK },
  },
  'referral events on the timeline': {
    probe: async (c, f) => {
      const r = await c.call<{ event: string }[]>('timeline.get', { caseId: f.caseId });
      return r.ok && !r.value.some((e) => e.event.startsWith('referral.')) ? { ok: false, error: { code: 'NEED_TO_KNOW', message: 'hidden' } } : r;
    },
    expect: { cw: 'ok', mentor: NTK, legal: 'ok', admin: NTK, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  // Issue 12 (8 U.S.C. 1367): legal matters to legal aides on the case only; caseworkers the summary (an open
  // matter, accompany court dates); mentors and admins nothing, not even on the timeline.
  'legal matters': {
    probe: (c, f) => c.call('legal.matters.get', { matterId: f.matterId }),
    expect: { cw: FORBIDDEN, mentor: FORBIDDEN, legal: 'ok', admin: FORBIDDEN, cw2: FORBIDDEN, mentor2: FORBIDDEN, legal2: NTK },
  },
  'legal summary': {
    probe: (c, f) => c.call('legal.summary', { caseId: f.caseId }),
    expect: { cw: 'ok', mentor: FORBIDDEN, legal: 'ok', admin: FORBIDDEN, cw2: NTK, mentor2: FORBIDDEN, legal2: NTK },
  },
  'legal events on the timeline (matter)': {
    probe: async (c, f) => {
      const r = await c.call<{ event: string }[]>('timeline.get', { caseId: f.caseId });
      return r.ok && !r.value.some((e) => e.event === 'legal.matter_created') ? { ok: false, error: { code: 'NEED_TO_KNOW', message: 'hidden' } } : r;
    },
    expect: { cw: NTK, mentor: NTK, legal: 'ok', admin: NTK, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  'legal events on the timeline (accompany court date)': {
    probe: async (c, f) => {
      const r = await c.call<{ event: string }[]>('timeline.get', { caseId: f.caseId });
      return r.ok && !r.value.some((e) => e.event === 'legal.accompany_court_date') ? { ok: false, error: { code: 'NEED_TO_KNOW', message: 'hidden' } } : r;
    },
    expect: { cw: 'ok', mentor: NTK, legal: 'ok', admin: NTK, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  // Issue 13: 'sessions' (mentoring sessions, caseworkers' appointments) for mentors and caseworkers;
  // 'sessions.legal' (legal aides' appointments) for legal aides and caseworkers; admins book nothing.
  'session: mentoring': {
    probe: (c, f) => c.call('sessions.get', { sessionId: f.sessions.mentoring }),
    expect: { cw: 'ok', mentor: 'ok', legal: NTK, admin: FORBIDDEN, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  'session: legal appointment': {
    probe: (c, f) => c.call('sessions.get', { sessionId: f.sessions.legal }),
    expect: { cw: 'ok', mentor: NTK, legal: 'ok', admin: FORBIDDEN, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
  'sessions of the case': {
    probe: (c, f) => c.call('sessions.ofCase', { caseId: f.caseId }),
    expect: { cw: 'ok', mentor: 'ok', legal: 'ok', admin: FORBIDDEN, cw2: NTK, mentor2: NTK, legal2: NTK },
  },
};

async function upload(c: TestCentre, caseId: number, legal: boolean, text: string): Promise<number> {
  const data = Buffer.from(text);
  const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId, kind: legal ? 'notice' : 'id_copy', legal, filename: 'f.txt', mime: 'text/plain', size: data.length });
  await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
  return (await c.ok<{ id: number }>('documents.finishUpload', { uploadId })).id;
}

describe('case-part access matrix', () => {
  let c: TestCentre;
  let f: Fixture;
  beforeAll(async () => {
    c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    const notes = {} as Fixture['notes'];
    const write = async (who: StaffKey, type: keyof Fixture['notes']) => {
      await c.as(who);
      notes[type] = (await c.ok<{ id: number }>('notes.create', { caseId: id, type, body: `A ${type} note.` })).id;
    };
    await write('cw', 'contact');
    await write('cw', 'case_plan');
    await write('mentor', 'mentoring');
    await write('legal', 'legal');
    await c.as('cw');
    const general = await upload(c, id, false, 'general document');
    await c.as('legal');
    const legal = await upload(c, id, true, 'legal document');
    const dir = await makeDirectory(c);
    await c.as('cw');
    await giveConsent(c, id, dir.internal.agencyId, ['identity']);
    await giveConsent(c, id, dir.legal.agencyId, ['identity']);
    const refer = (serviceId: number) => c.ok<{ id: number }>('referrals.create', { caseId: id, serviceId, urgency: 'routine', reason: 'Fictional.', categories: ['identity'], followUpAt: inDays(c, 7) });
    const referrals = { general: (await refer(dir.internal.serviceId)).id, legal: (await refer(dir.legal.serviceId)).id };
    await c.as('legal');
    const m = await c.ok<{ id: number; version: number }>('legal.matters.create', { caseId: id, type: 'proceeding_criminal', jurisdiction: 'US', status: 'filed' });
    await c.ok('legal.courtDates.add', { matterId: m.id, version: m.version, date: '2030-03-04', accompany: true });
    const book = async (who: StaffKey, kind: 'mentoring' | 'legal') => {
      await c.as(who);
      return (await c.ok<{ id: number }>('sessions.create', { caseId: id, kind, date: '2026-12-07', startTime: kind === 'legal' ? '14:00' : '10:00', endTime: kind === 'legal' ? '15:00' : '11:00', location: 'remote' })).id;
    };
    const sessions = { mentoring: await book('mentor', 'mentoring'), legal: await book('legal', 'legal') };
    f = { caseId: id, notes, docs: { general, legal }, referrals, matterId: m.id, sessions };
  });

  for (const who of PEOPLE) {
    it(who.label, async () => {
      await c.as(who.key);
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const [part, { probe, expect: e }] of Object.entries(PARTS)) {
        const r = await probe(c, f);
        got[part] = r.ok ? 'ok' : r.error.code;
        want[part] = e[who.key];
      }
      expect(got).toEqual(want);
    });
  }

  it('every open of a case file is audited, and refusals are too', async () => {
    await c.as('admin');
    const audit = await c.ok<{ action: string; target: string | null; outcome: string; actorId: number }[]>('audit.list', { limit: 500 });
    const opens = audit.filter((a) => a.action === 'cases.get' && a.target === `case:${f.caseId}` && a.outcome === 'ok');
    expect(new Set(opens.map((o) => o.actorId))).toEqual(new Set([c.ids.cw, c.ids.mentor, c.ids.legal, c.ids.admin]));
    expect(audit.some((a) => a.action === 'cases.get' && a.outcome === 'refused:NEED_TO_KNOW' && a.actorId === c.ids.cw2)).toBe(true);
    expect(audit.some((a) => a.action === 'documents.open' && a.outcome === 'ok' && a.actorId === c.ids.legal)).toBe(true);
  });
});
