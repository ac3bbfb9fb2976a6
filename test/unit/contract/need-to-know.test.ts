import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { isCaseScope, SCOPE_KEYS, type ScopeKind } from '../../../shared/contract/define';
import type { Result } from '../../../shared/errors';
import { ROLES, type Role } from '../../../shared/roles';
import { createCore, type Core } from '../../../electron/core/index';
import { databaseChecksum } from '../../../electron/core/store/checksum';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { makeCentre, known, type StaffKey, type TestCentre } from '../helpers/centre';
import { SAMPLES } from './samples';

/**
 * Need-to-know, generically: for EVERY channel that declares a case scope, a signed-in person of every role
 * who is not on the case is refused (NEED_TO_KNOW, or FORBIDDEN by role), the refusal is audited, and
 * nothing in the database or the attachments folder changes. A channel joins this test by being in the
 * contract; nobody has to remember to add it.
 */

/** Unassigned people, one per role. */
const OUTSIDERS: Record<Role, StaffKey | 'admin'> = { admin: 'admin', caseworker: 'cw2', mentor: 'mentor2', legal_aide: 'legal2' };

/**
 * The only ways an unassigned person reaches a case, each by design (DESIGN.md "Access"). Kept by hand on
 * purpose: a new entry here is a decision a reviewer must see.
 * - admins see every case's header and manage who is on it, never its narrative;
 * - break-the-glass is the audited emergency way in for caseworkers and legal aides.
 */
const BY_DESIGN: Partial<Record<Channel, readonly Role[]>> = {
  'cases.get': ['admin'],
  'cases.assign': ['admin'],
  'cases.unassign': ['admin'],
  'cases.breakGlass': ['caseworker', 'legal_aide'],
};

/** Input fields that name a case or a record in one. A channel with one of them must declare a case scope. */
const ID_FIELDS = new Set<string>([...Object.values(SCOPE_KEYS), 'caseIds']);

const caseScoped = CHANNELS.filter((c) => isCaseScope(contract[c].scope));

const shapeKeys = (ch: Channel): string[] => {
  const input = contract[ch].input as unknown as { shape?: Record<string, unknown> };
  return Object.keys(input.shape ?? {});
};

describe('every channel declares what it touches', () => {
  it('declares a scope', () => {
    for (const ch of CHANNELS) expect(contract[ch].scope, ch).toBeDefined();
  });

  it('a channel whose input names a case or a record in one declares a case scope on that id', () => {
    const wrong: string[] = [];
    for (const ch of CHANNELS) {
      const spec = contract[ch];
      const ids = shapeKeys(ch).filter((k) => ID_FIELDS.has(k));
      if (ids.length === 0) continue;
      // Retention acts on cases as records of the centre (never their content), and only admins may.
      if (spec.scope === 'centre' && ids.every((k) => k === 'caseIds') && Array.isArray(spec.access) && spec.access.join() === 'admin') continue;
      if (!isCaseScope(spec.scope)) wrong.push(`${ch}: input has ${ids.join(', ')} but scope is ${JSON.stringify(spec.scope)}`);
      else if (!shapeKeys(ch).includes(SCOPE_KEYS[spec.scope.kind])) wrong.push(`${ch}: scope kind ${spec.scope.kind} but no ${SCOPE_KEYS[spec.scope.kind]}`);
    }
    expect(wrong).toEqual([]);
  });

  it('"exists" (no need at all) is used only by the channels that are a way in by design', () => {
    const exists = caseScoped.filter((c) => {
      const s = contract[c].scope;
      return isCaseScope(s) && s.need === 'exists';
    });
    expect(exists.every((c) => BY_DESIGN[c] !== undefined), exists.join()).toBe(true);
  });
});

describe('need-to-know: an unassigned person of every role, on every case-scoped channel', () => {
  let c: TestCentre;
  let ids: Record<ScopeKind, number | string> & { staffId: number };
  let other: Core;

  beforeAll(async () => {
    c = await makeCentre();
    const k = await c.newCase({ givenName: known('Fictional'), minor: known('possible') });
    await c.as('cw');
    const note = await c.ok<{ id: number }>('notes.create', { caseId: k.id, type: 'contact', body: 'A fictional contact note.' });
    const screening = await c.ok<{ id: number }>('screening.start', { caseId: k.id, instrumentId: 'hhs_acf_adult' });
    const data = Buffer.from('fictional document');
    const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: k.id, kind: 'id_copy', legal: false, filename: 'f.txt', mime: 'text/plain', size: data.length });
    await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
    const doc = await c.ok<{ id: number }>('documents.finishUpload', { uploadId });
    const file = await c.ok<{ header: { tasks: { id: number }[] } }>('cases.get', { caseId: k.id });
    // A consent and a referral (issue 11), to an internal programme so no partner agreement is involved.
    await c.as('admin');
    const agency = await c.ok<{ id: number }>('directory.saveAgency', { name: 'Fictional Programme', relation: 'internal', country: 'US' });
    const service = await c.ok<{ id: number }>('directory.saveService', { agencyId: agency.id, type: 'peer_mentoring', name: 'Fictional Mentoring' });
    await c.as('cw');
    const at = (d: number) => new Date(c.clock.now + d * 86_400_000).toISOString();
    const consent = await c.ok<{ id: number }>('consents.record', {
      caseId: k.id, agencyId: agency.id, decision: 'given', categories: ['identity'], purpose: 'Fictional purpose', startsAt: at(0), expiresAt: at(90), method: 'written',
    });
    const referral = await c.ok<{ id: number }>('referrals.create', { caseId: k.id, serviceId: service.id, urgency: 'routine', reason: 'Fictional reason', categories: ['identity'], followUpAt: at(7) });
    // A legal matter with a dated deadline, so it has a task (issue 12).
    await c.as('legal');
    const matter = await c.ok<{ id: number; tasks: { id: number }[] }>('legal.matters.create', {
      caseId: k.id, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved', approvedOn: '2026-01-15',
    });
    // A caseworker's appointment (issue 13), remote so no room is involved.
    await c.as('cw');
    const session = await c.ok<{ id: number }>('sessions.create', { caseId: k.id, kind: 'casework', title: 'Fictional appointment', date: '2026-12-07', startTime: '10:00', endTime: '11:00', location: 'remote' });
    ids = {
      case: k.id, note: note.id, document: doc.id, screening: screening.id, upload: 'none', task: file.header.tasks[0]!.id, consent: consent.id, referral: referral.id,
      matter: matter.id, legalTask: matter.tasks[0]!.id, session: session.id, staffId: c.ids.mentor2,
    };
    // A second process on the same folder, signed in as the lead: it takes people off the case while their
    // own session (and its uploads in progress) stays alive in the first.
    other = createCore({ dataDir: c.dataDir, kdfCost: FAST_KDF_COST, now: () => new Date(c.clock.now) });
    const r = await other.handle({ channel: 'vault.unlock', input: { username: 'cw', password: 'cw-final-pass-1' } });
    expect(r.ok).toBe(true);
  });

  /** The sample input, pointed at the real case or record the channel's scope names. */
  function inputFor(ch: Channel): Record<string, unknown> {
    const scope = contract[ch].scope;
    const sample = SAMPLES[ch]({ caseId: ids.case as number, targetStaffId: ids.staffId }) as Record<string, unknown>;
    return isCaseScope(scope) ? { ...sample, [SCOPE_KEYS[scope.kind]]: ids[scope.kind] } : sample;
  }

  /** An upload begun while the person was on the case, and the person taken off it (by the lead, elsewhere). */
  async function uploadThenUnassign(who: StaffKey, caseRole: 'caseworker' | 'legal_aide'): Promise<string> {
    const byLead = (channel: string, input: unknown) => other.handle({ channel, input }) as Promise<Result<unknown>>;
    expect((await byLead('cases.assign', { caseId: ids.case, staffId: c.ids[who], caseRole })).ok).toBe(true);
    await c.as(who);
    const legal = caseRole === 'legal_aide';
    const r = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: ids.case, kind: legal ? 'notice' : 'id_copy', legal, filename: 'f.txt', mime: 'text/plain', size: 8 });
    expect((await byLead('cases.unassign', { caseId: ids.case, staffId: c.ids[who] })).ok).toBe(true);
    return r.uploadId;
  }

  const attachments = () => readdirSync(join(c.dataDir, 'attachments')).sort();

  describe.each(ROLES)('%s', (role) => {
    it('is refused on every case-scoped channel, the refusal is audited, and nothing changes', async () => {
      const who = OUTSIDERS[role];
      if (who === 'cw2') ids.upload = await uploadThenUnassign('cw2', 'caseworker');
      else if (who === 'legal2') ids.upload = await uploadThenUnassign('legal2', 'legal_aide');
      else ids.upload = 'none';
      await c.as(who);
      const db = c.core.runtime.db!;
      const got: Record<string, string> = {};
      for (const ch of caseScoped) {
        if (BY_DESIGN[ch]?.includes(role)) continue;
        const lastAudit = db.prepare('SELECT max(id) FROM audit').pluck().get() as number;
        const before = databaseChecksum(db, { auditUpTo: lastAudit });
        const files = attachments();
        const r = await c.call(ch, inputFor(ch));
        const code = r.ok ? 'ok' : r.error.code;
        got[ch] = code === 'NEED_TO_KNOW' || code === 'FORBIDDEN' ? 'refused' : `NOT REFUSED: ${code}`;
        expect(databaseChecksum(db, { auditUpTo: lastAudit }), `${role} -> ${ch} changed the database`).toBe(before);
        expect(attachments(), `${role} -> ${ch} changed the attachments`).toEqual(files);
        const added = db.prepare('SELECT action, actor_id AS actorId, outcome FROM audit WHERE id > ?').all(lastAudit);
        expect(added, `${role} -> ${ch}: one audited refusal`).toEqual([{ action: ch, actorId: c.core.runtime.session!.staffId, outcome: `refused:${code}` }]);
      }
      expect(Object.keys(got).length).toBeGreaterThan(caseScoped.length - Object.keys(BY_DESIGN).length - 1);
      expect(got).toEqual(Object.fromEntries(Object.keys(got).map((ch) => [ch, 'refused'])));
    });
  });

  it('cross-case channels (lists, search) show an outsider nothing of the case: admins its header only', async () => {
    const visible = CHANNELS.filter((ch) => contract[ch].scope === 'visible');
    expect(visible.length).toBeGreaterThan(0);
    await c.as('cw');
    const caseNumber = (await c.ok<{ header: { caseNumber: string } }>('cases.get', { caseId: ids.case })).header.caseNumber;
    for (const role of ROLES) {
      await c.as(OUTSIDERS[role]);
      for (const ch of visible) {
        const r = await c.call<unknown>(ch, ch === 'notes.search' ? { query: 'fictional contact' } : SAMPLES[ch]({ caseId: ids.case as number, targetStaffId: ids.staffId }));
        if (!r.ok) {
          expect(r.error.code, `${role} -> ${ch}`).toMatch(/FORBIDDEN|NEED_TO_KNOW/);
          continue;
        }
        const shown = JSON.stringify(r.value);
        if (role === 'admin' && ch === 'cases.list') {
          expect((r.value as { rows: { caseNumber: string; name: unknown; traffickingType: unknown }[] }).rows.find((x) => x.caseNumber === caseNumber)).toMatchObject({ name: null, traffickingType: null });
        } else {
          expect(shown, `${role} -> ${ch}`).not.toContain(caseNumber);
          expect(shown, `${role} -> ${ch}`).not.toMatch(/Fictional|fictional/);
        }
      }
    }
  });

  it('covers every scope kind the contract uses', () => {
    const kinds = new Set(caseScoped.map((ch) => (contract[ch].scope as { kind: ScopeKind }).kind));
    expect([...kinds].sort()).toEqual(Object.keys(SCOPE_KEYS).sort());
  });
});
