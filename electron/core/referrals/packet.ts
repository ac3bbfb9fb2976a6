import type { Part } from '../../../shared/cases/access';
import type { Answer } from '../../../shared/cases/answer';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Packet } from '../../../shared/referrals/schemas';
import { SHARE_CATEGORIES, type ShareCategory, categoryCodes } from '../../../shared/referrals/vocab';
import { getContact, getProfile } from '../cases/queries';
import { documentsOf } from '../documents/queries';
import { fail } from '../errors';
import { appendCaseEvent } from '../events';
import type { Ctx } from '../runtime';
import { screeningsOf } from '../screening/queries';
import { referralRow, toReferral, updateReferral } from './queries';
import { referralOf } from './service';

type Field = { key: string; value: string };
const known = <T>(a: Answer<T> | undefined): T | undefined => (a?.state === 'known' ? a.value : undefined);
const push = (out: Field[], key: string, v: unknown) => {
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return;
  out.push({ key, value: Array.isArray(v) ? v.join(', ') : String(v) });
};

/** The part of the case each category's data comes from: a section the producer may not see is withheld. */
const SOURCE: Record<ShareCategory, Part> = {
  identity: 'profile',
  contact: 'contact',
  case_summary: 'header',
  screening_result: 'screening',
  legal_immigration: 'profile',
  health: 'profile',
  documents: 'documents.general',
};

function section(ctx: Ctx, caseId: number, cat: ShareCategory, all: ReadonlySet<ShareCategory>): Field[] {
  const parts = ctx.caseAccess.parts;
  if (!parts.has(SOURCE[cat])) return [{ key: 'withheld', value: 'not_visible_to_you' }];
  const out: Field[] = [];
  switch (cat) {
    case 'identity': {
      const p = getProfile(ctx.db, caseId);
      push(out, 'givenName', known(p.givenName));
      push(out, 'familyName', known(p.familyName));
      push(out, 'aliases', known(p.aliases));
      push(out, 'dateOfBirth', known(p.dateOfBirth));
      push(out, 'ageBand', known(p.ageBand));
      push(out, 'gender', known(p.gender));
      push(out, 'languages', known(p.languages));
      break;
    }
    case 'contact': {
      const c = getContact(ctx.db, caseId);
      push(out, 'preferredName', c.preferredName);
      c.methods.forEach((m, i) => push(out, `method.${i + 1}`, `${m.kind}: ${m.value}${m.safeTimes ? ` (${m.safeTimes})` : ''}; message ok: ${m.safeToLeaveMessage}`));
      push(out, 'doNotContact', c.doNotContact ? 'yes' : 'no');
      push(out, 'unsafePersonMayMonitor', c.unsafePersonMayMonitor);
      break;
    }
    case 'case_summary': {
      const row = ctx.caseAccess.row;
      push(out, 'caseNumber', row.case_number);
      push(out, 'status', row.status);
      push(out, 'openedAt', row.opened_at.slice(0, 10));
      if (parts.has('profile')) push(out, 'traffickingType', row.trafficking_type);
      break;
    }
    case 'screening_result': {
      const done = screeningsOf(ctx.db, caseId).find((s) => s.status === 'complete');
      if (done) {
        push(out, 'instrument', done.instrument_id);
        push(out, 'band', done.band);
        push(out, 'completedAt', done.completed_at?.slice(0, 10));
      }
      break;
    }
    case 'legal_immigration': {
      // 8 U.S.C. 1367: only ever under its own category; legal notes (narrative) never go in a packet.
      const p = getProfile(ctx.db, caseId);
      push(out, 'citizenship', known(p.citizenship));
      push(out, 'nationality', known(p.nationality));
      break;
    }
    case 'health':
      // Haven keeps no health record yet: the section says so rather than disappearing.
      break;
    case 'documents': {
      // Legal documents only when immigration information is released too, and only to those who see them.
      const legal = all.has('legal_immigration') && parts.has('documents.legal');
      for (const d of documentsOf(ctx.db, caseId, legal, true)) push(out, `document.${d.id}`, `${d.kind}: ${d.filename}`);
      break;
    }
  }
  return out;
}

function build(ctx: Ctx, referralId: number): Packet {
  const r = referralOf(ctx, referralId);
  const grant = ctx.share ?? fail('INTERNAL');
  const cats = new Set(JSON.parse(r.categories) as ShareCategory[]);
  // The gate has checked the consent covers every category; the filter keeps it true by construction too.
  const shared = SHARE_CATEGORIES.filter((c) => cats.has(c) && grant.categories.includes(c));
  return {
    referralId: r.id,
    caseNumber: r.case_number,
    agencyName: r.agency_name,
    serviceName: r.service_name,
    urgency: r.urgency,
    reason: r.reason,
    consent: { id: grant.consentId, expiresAt: grant.expiresAt, categories: shared },
    sections: shared.map((category) => ({ category, fields: section(ctx, r.case_id, category, cats) })),
    producedAt: r.packet_produced_at,
    generatedAt: ctx.nowIso,
  };
}

/** Gated by the router (shares: 'referral.packet'). An audited read: it shows the survivor's data. */
export function referralsPacketPreview(ctx: Ctx, input: ParsedInputOf<'referrals.packetPreview'>): OutputOf<'referrals.packetPreview'> {
  const p = build(ctx, input.referralId);
  ctx.note(`case:${referralOf(ctx, input.referralId).case_id}`, { referral: p.referralId, consent: p.consent.id, categories: categoryCodes(p.consent.categories) });
  return p;
}

/** The explicit, audited production of the packet (after the preview): marks it produced, returns what to print. */
export function referralsPacket(ctx: Ctx, input: ParsedInputOf<'referrals.packet'>): OutputOf<'referrals.packet'> {
  const r = referralOf(ctx, input.referralId);
  if (!updateReferral(ctx.db, r.id, input.version, ctx.nowIso, { packet_produced_at: ctx.nowIso })) fail('CONFLICT', undefined, { current: toReferral(referralRow(ctx.db, r.id)!) });
  const p = build(ctx, r.id);
  appendPacketEvent(ctx, r.case_id, r.id, r.part, p.consent.categories.join(','));
  ctx.note(`case:${r.case_id}`, { referral: r.id, consent: p.consent.id, categories: categoryCodes(p.consent.categories) });
  return p;
}

function appendPacketEvent(ctx: Ctx, caseId: number, referralId: number, part: Part, categories: string) {
  appendCaseEvent(ctx.db, { caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'referral', event: 'referral.packet_produced', part, params: { categories }, ref: { type: 'referral', id: referralId } });
}
