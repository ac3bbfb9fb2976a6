import type { Agreement } from '../../../shared/referrals/schemas';
import type { AgreementStatus, ShareCategory } from '../../../shared/referrals/vocab';
import { prep, type Db } from '../store/connection';

/** Partner agreements (MoUs): centre records. Status is computed at the reader's instant, never stored. */
interface AgreementRow {
  id: number;
  agency_id: number;
  agency_name: string;
  parties: string;
  effective_from: string;
  ends_at: string;
  categories: string;
  purpose: string;
  document_ref: string;
  version: number;
}

export const agreementStatus = (from: string, ends: string, now: string): AgreementStatus => (now < from ? 'pending' : now < ends ? 'active' : 'lapsed');

const toAgreement = (r: AgreementRow, now: string): Agreement => ({
  id: r.id,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  parties: r.parties,
  effectiveFrom: r.effective_from,
  endsAt: r.ends_at,
  categories: JSON.parse(r.categories) as ShareCategory[],
  purpose: r.purpose,
  documentRef: r.document_ref,
  status: agreementStatus(r.effective_from, r.ends_at, now),
  version: r.version,
});

const SELECT = 'SELECT g.*, a.name AS agency_name FROM agreement g JOIN agency a ON a.id = g.agency_id';

export const getAgreement = (db: Db, id: number, now: string) => {
  const r = prep(db, `${SELECT} WHERE g.id = ?`).get(id) as AgreementRow | undefined;
  return r ? toAgreement(r, now) : null;
};

export const listAgreements = (db: Db, agencyId: number | undefined, now: string) =>
  (agencyId === undefined
    ? (prep(db, `${SELECT} ORDER BY a.name COLLATE NOCASE, g.ends_at DESC`).all() as AgreementRow[])
    : (prep(db, `${SELECT} WHERE g.agency_id = ? ORDER BY g.ends_at DESC`).all(agencyId) as AgreementRow[])
  ).map((r) => toAgreement(r, now));

/** In force now and ending before `until`, soonest first. */
export const expiringAgreements = (db: Db, now: string, until: string) =>
  (prep(db, `${SELECT} WHERE g.effective_from <= @now AND g.ends_at > @now AND g.ends_at <= @until ORDER BY g.ends_at, g.id LIMIT 100`).all({ now, until }) as AgreementRow[]).map((r) =>
    toAgreement(r, now),
  );

/** The categories every agreement with the agency in force at `now` allows, together (the union). */
export const agreedCategories = (db: Db, agencyId: number, now: string): Set<ShareCategory> =>
  new Set(
    prep(db, `SELECT DISTINCT c.value FROM agreement g, json_each(g.categories) c WHERE g.agency_id = @agencyId AND g.effective_from <= @now AND g.ends_at > @now`)
      .pluck()
      .all({ agencyId, now }) as ShareCategory[],
  );

export interface AgreementValues {
  agencyId: number;
  parties: string;
  effectiveFrom: string;
  endsAt: string;
  categories: ShareCategory[];
  purpose: string;
  documentRef: string;
}
const params = (g: AgreementValues) => ({ agency: g.agencyId, parties: g.parties, from: g.effectiveFrom, ends: g.endsAt, categories: JSON.stringify(g.categories), purpose: g.purpose, ref: g.documentRef });

export const insertAgreement = (db: Db, g: AgreementValues, by: number, now: string) =>
  Number(
    prep(
      db,
      `INSERT INTO agreement (agency_id, parties, effective_from, ends_at, categories, purpose, document_ref, created_by, updated_at)
       VALUES (@agency, @parties, @from, @ends, @categories, @purpose, @ref, @by, @now)`,
    ).run({ ...params(g), by, now }).lastInsertRowid,
  );

export const updateAgreement = (db: Db, id: number, version: number, g: AgreementValues, now: string) =>
  prep(
    db,
    `UPDATE agreement SET agency_id = @agency, parties = @parties, effective_from = @from, ends_at = @ends, categories = @categories,
       purpose = @purpose, document_ref = @ref, updated_at = @now, version = version + 1
     WHERE id = @id AND version = @version`,
  ).run({ ...params(g), now, id, version }).changes === 1;
