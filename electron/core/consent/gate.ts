import { isCrossBorder } from '../../../shared/referrals/cross-border';
import type { ShareCategory } from '../../../shared/referrals/vocab';
import { categoryCodes } from '../../../shared/referrals/vocab';
import { agreedCategories } from '../agreements/queries';
import { agencyById } from '../directory/service';
import { fail } from '../errors';
import type { Ctx, ShareGrant } from '../runtime';
import { getSettings } from '../settings/queries';
import { activeConsents, type ConsentRow } from './queries';

/** What one sharing act sends: to which agency, from which case, which categories. */
export interface ShareRequest {
  caseId: number;
  agencyId: number;
  categories: readonly ShareCategory[];
  /** Law-enforcement disclosures name the consent they rely on; referrals use the best active one. */
  consentId?: number;
  /** Law-enforcement disclosures rest on consent alone: no partner agreement is involved. */
  agreement: boolean;
}

/**
 * THE GATE (DESIGN.md "Consent gates sharing"). Allowed only when, at ctx.now to the millisecond:
 * - an active consent (given, started, not expired, not revoked) to this agency covers every category;
 * - the agency is a programme of the centre itself ('internal'), or partner agreements in force with it
 *   allow every category;
 * - a transfer to the other country than the centre's jurisdiction has a legal basis on that consent.
 * Otherwise CONSENT_REQUIRED, whose `fields` name each missing category and what is missing for it
 * ('categories.health': 'consent' | 'agreement' | 'consent+agreement'), plus `missing` (the list) and
 * `crossBorderBasis` when that is what is missing. Nothing about the survivor is in the refusal.
 */
export function checkShare(ctx: Ctx, req: ShareRequest): ShareGrant {
  const now = ctx.nowIso;
  const agency = agencyById(ctx, req.agencyId) ?? fail('NOT_FOUND');
  let consents = activeConsents(ctx.db, req.caseId, req.agencyId, now);
  if (req.consentId !== undefined) consents = consents.filter((c) => c.id === req.consentId);
  const covers = (c: ConsentRow) => new Set(JSON.parse(c.categories) as ShareCategory[]);
  // The one release that covers most of what is asked (ties: the one lasting longest, already first).
  const best = consents.map((c) => ({ c, cats: covers(c) })).sort((a, b) => req.categories.filter((x) => b.cats.has(x)).length - req.categories.filter((x) => a.cats.has(x)).length)[0];
  const agreed = req.agreement && agency.relation !== 'internal' ? agreedCategories(ctx.db, req.agencyId, now) : null;
  const fields: Record<string, string> = {};
  const missing: ShareCategory[] = [];
  for (const cat of req.categories) {
    const lacks = [...(best?.cats.has(cat) ? [] : ['consent']), ...(agreed && !agreed.has(cat) ? ['agreement'] : [])];
    if (lacks.length) {
      fields[`categories.${cat}`] = lacks.join('+');
      missing.push(cat);
    }
  }
  if (!best) fields.consent = 'No active release of information to this agency.';
  if (best && isCrossBorder(getSettings(ctx.db).jurisdiction, agency.country) && best.c.cross_border_basis === null) {
    fields.crossBorderBasis = 'The release to an agency in the other country records no legal basis.';
  }
  if (Object.keys(fields).length > 0) {
    if (missing.length) fields.missing = missing.join(',');
    ctx.note(`case:${req.caseId}`, { agency: req.agencyId, missing: categoryCodes(missing) });
    fail('CONSENT_REQUIRED', undefined, { fields });
  }
  return { consentId: best!.c.id, expiresAt: best!.c.expires_at!, categories: [...best!.cats] };
}
