import type { Consent } from '../../../shared/referrals/schemas';
import type { ConsentStatus, Country, ShareCategory } from '../../../shared/referrals/vocab';
import { registerPurger } from '../retention/registry';
import { prep, type Db } from '../store/connection';

/**
 * Releases of information and law-enforcement disclosures. Status is computed at the reader's instant from
 * the stored instants (UTC ISO text, so text order is time order): expiry and revocation need no job to run.
 */
export interface ConsentRow {
  id: number;
  case_id: number;
  agency_id: number;
  agency_name: string;
  agency_country: Country;
  decision: 'given' | 'declined';
  categories: string;
  purpose: string;
  starts_at: string;
  expires_at: string | null;
  method: Consent['method'];
  witness_name: string | null;
  document_id: number | null;
  language: string;
  cross_border_basis: Consent['crossBorderBasis'];
  recorded_by_name: string;
  recorded_at: string;
  revoked_at: string | null;
  revoked_by_name: string | null;
  version: number;
}

/** Active means: given, started, not expired, not revoked, all at `now` to the millisecond (end instants exclusive). */
export function consentStatus(r: Pick<ConsentRow, 'decision' | 'starts_at' | 'expires_at' | 'revoked_at'>, now: string): ConsentStatus {
  if (r.decision === 'declined') return 'declined';
  if (r.revoked_at !== null && r.revoked_at <= now) return 'revoked';
  if (now < r.starts_at) return 'pending';
  if (r.expires_at !== null && now >= r.expires_at) return 'expired';
  return 'active';
}

export const toConsent = (r: ConsentRow, now: string): Consent => ({
  id: r.id,
  caseId: r.case_id,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  agencyCountry: r.agency_country,
  decision: r.decision,
  categories: JSON.parse(r.categories) as ShareCategory[],
  purpose: r.purpose,
  startsAt: r.starts_at,
  expiresAt: r.expires_at,
  method: r.method,
  witnessName: r.witness_name,
  documentId: r.document_id,
  language: r.language,
  crossBorderBasis: r.cross_border_basis,
  recordedBy: r.recorded_by_name,
  recordedAt: r.recorded_at,
  revokedAt: r.revoked_at,
  revokedBy: r.revoked_by_name,
  status: consentStatus(r, now),
  version: r.version,
});

const SELECT = `SELECT c.*, a.name AS agency_name, a.country AS agency_country, s.display_name AS recorded_by_name, rs.display_name AS revoked_by_name
  FROM consent c JOIN agency a ON a.id = c.agency_id JOIN staff s ON s.id = c.recorded_by LEFT JOIN staff rs ON rs.id = c.revoked_by`;

export const consentRow = (db: Db, id: number) => prep(db, `${SELECT} WHERE c.id = ?`).get(id) as ConsentRow | undefined;
export const consentsOfCase = (db: Db, caseId: number) => prep(db, `${SELECT} WHERE c.case_id = ? ORDER BY c.recorded_at DESC, c.id DESC`).all(caseId) as ConsentRow[];

/** Consents given to the agency for the case that are active at `now`. */
export const activeConsents = (db: Db, caseId: number, agencyId: number, now: string) =>
  prep(
    db,
    `${SELECT} WHERE c.case_id = @caseId AND c.agency_id = @agencyId AND c.decision = 'given' AND c.starts_at <= @now AND c.expires_at > @now
       AND (c.revoked_at IS NULL OR c.revoked_at > @now) ORDER BY c.expires_at DESC, c.id DESC`,
  ).all({ caseId, agencyId, now }) as ConsentRow[];

export interface ConsentValues {
  caseId: number;
  agencyId: number;
  decision: 'given' | 'declined';
  categories: ShareCategory[];
  purpose: string;
  startsAt: string;
  expiresAt: string | null;
  method: Consent['method'];
  witnessName: string | null;
  documentId: number | null;
  language: string;
  crossBorderBasis: Consent['crossBorderBasis'];
}

export const insertConsent = (db: Db, c: ConsentValues, by: number, now: string) =>
  Number(
    prep(
      db,
      `INSERT INTO consent (case_id, agency_id, decision, categories, purpose, starts_at, expires_at, method, witness_name, document_id, language, cross_border_basis, recorded_by, recorded_at)
       VALUES (@caseId, @agencyId, @decision, @categories, @purpose, @startsAt, @expiresAt, @method, @witnessName, @documentId, @language, @crossBorderBasis, @by, @now)`,
    ).run({ ...c, categories: JSON.stringify(c.categories), by, now }).lastInsertRowid,
  );

export const revokeConsentRow = (db: Db, id: number, version: number, at: string, by: number) =>
  prep(db, 'UPDATE consent SET revoked_at = ?, revoked_by = ?, version = version + 1 WHERE id = ? AND version = ? AND revoked_at IS NULL').run(at, by, id, version).changes === 1;

export const attachConsentDocument = (db: Db, id: number, version: number, documentId: number) =>
  prep(db, 'UPDATE consent SET document_id = ?, version = version + 1 WHERE id = ? AND version = ?').run(documentId, id, version).changes === 1;

/** Given consents still in force (not revoked) ending in [now, until): the Today provider. */
export interface ExpiringConsentRow {
  id: number;
  case_id: number;
  case_number: string;
  agency_name: string;
  expires_at: string;
}
/** Today shows the soonest this many per provider: a longer list is a report, not a day's work. */
export const TODAY_LIMIT = 100;

/** Given, started, unrevoked consents ending in (now, until] on the cases whose consents the reader sees. */
export const expiringConsents = (db: Db, v: { staffId: number; roles: readonly string[]; glass: readonly number[] }, now: string, until: string) =>
  prep(
    db,
    `SELECT c.id, c.case_id, f.case_number, a.name AS agency_name, c.expires_at
     FROM (SELECT case_id FROM case_assignment WHERE staff_id = @me AND case_role IN (SELECT value FROM json_each(@roles)) UNION SELECT value FROM json_each(@glass)) mine
       CROSS JOIN consent c ON c.case_id = mine.case_id
       JOIN case_file f ON f.id = c.case_id JOIN agency a ON a.id = c.agency_id
     WHERE c.decision = 'given' AND c.revoked_at IS NULL AND c.expires_at > @now AND c.expires_at <= @until AND c.starts_at <= @now
     ORDER BY c.expires_at LIMIT @limit`,
  ).all({ now, until, me: v.staffId, roles: JSON.stringify(v.roles), glass: JSON.stringify(v.glass), limit: TODAY_LIMIT }) as ExpiringConsentRow[];

// --- law-enforcement disclosures ---

export interface DisclosureRow {
  id: number;
  case_id: number;
  agency_id: number;
  agency_name: string;
  recipient_name: string;
  categories: string;
  basis: 'consent' | 'subpoena_order' | 'exigent';
  consent_id: number | null;
  order_reference: string | null;
  exigent_reason: string | null;
  disclosed_at: string;
  recorded_by_name: string;
  recorded_at: string;
}

export const disclosuresOfCase = (db: Db, caseId: number) =>
  prep(
    db,
    `SELECT d.*, a.name AS agency_name, s.display_name AS recorded_by_name FROM disclosure d JOIN agency a ON a.id = d.agency_id JOIN staff s ON s.id = d.recorded_by
     WHERE d.case_id = ? ORDER BY d.disclosed_at DESC, d.id DESC`,
  ).all(caseId) as DisclosureRow[];

export const insertDisclosure = (
  db: Db,
  d: { caseId: number; agencyId: number; recipientName: string; categories: ShareCategory[]; basis: DisclosureRow['basis']; consentId: number | null; orderReference: string | null; exigentReason: string | null; disclosedAt: string },
  by: number,
  now: string,
) =>
  Number(
    prep(
      db,
      `INSERT INTO disclosure (case_id, agency_id, recipient_name, categories, basis, consent_id, order_reference, exigent_reason, disclosed_at, recorded_by, recorded_at)
       VALUES (@caseId, @agencyId, @recipientName, @categories, @basis, @consentId, @orderReference, @exigentReason, @disclosedAt, @by, @now)`,
    ).run({ ...d, categories: JSON.stringify(d.categories), by, now }).lastInsertRowid,
  );

const countIn = (table: 'consent' | 'disclosure') => (db: Db, caseIds: readonly number[]) =>
  prep(db, `SELECT count(*) FROM ${table} WHERE case_id IN (SELECT value FROM json_each(?))`).pluck().get(JSON.stringify(caseIds)) as number;
// The case row's cascade deletes them; retention counts them for its audit record.
registerPurger({ name: 'consents', count: countIn('consent') });
registerPurger({ name: 'disclosures', count: countIn('disclosure') });
