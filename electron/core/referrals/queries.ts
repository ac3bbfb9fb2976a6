import type { CaseRole, Part } from '../../../shared/cases/access';
import type { Referral } from '../../../shared/referrals/schemas';
import type { ReferralStatus, ShareCategory } from '../../../shared/referrals/vocab';
import { registerPurger } from '../retention/registry';
import { prep, type Db } from '../store/connection';

/** Referrals and their steps (who and when for every move). Case data: cascades from case_file. */
export interface ReferralRow {
  id: number;
  case_id: number;
  case_number: string;
  direction: Referral['direction'];
  agency_id: number;
  agency_name: string;
  service_id: number | null;
  service_name: string | null;
  service_type: Referral['serviceType'];
  part: Part;
  urgency: Referral['urgency'];
  reason: string;
  categories: string;
  consent_id: number | null;
  status: ReferralStatus;
  outcome: Referral['outcome'];
  appointment_at: string | null;
  owner_id: number | null;
  owner_name: string | null;
  follow_up_at: string | null;
  packet_produced_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export const toReferral = (r: ReferralRow): Referral => ({
  id: r.id,
  caseId: r.case_id,
  caseNumber: r.case_number,
  direction: r.direction,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  serviceId: r.service_id,
  serviceName: r.service_name,
  serviceType: r.service_type,
  urgency: r.urgency,
  reason: r.reason,
  categories: JSON.parse(r.categories) as ShareCategory[],
  consentId: r.consent_id,
  status: r.status,
  outcome: r.outcome,
  appointmentAt: r.appointment_at,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  followUpAt: r.follow_up_at,
  packetProducedAt: r.packet_produced_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

const SELECT = `SELECT r.*, f.case_number, a.name AS agency_name, sv.name AS service_name, o.display_name AS owner_name
  FROM referral r JOIN case_file f ON f.id = r.case_id JOIN agency a ON a.id = r.agency_id
  LEFT JOIN service sv ON sv.id = r.service_id LEFT JOIN staff o ON o.id = r.owner_id`;

export const referralRow = (db: Db, id: number) => prep(db, `${SELECT} WHERE r.id = ?`).get(id) as ReferralRow | undefined;

export const referralsOfCase = (db: Db, caseId: number, parts: readonly Part[]) =>
  prep(db, `${SELECT} WHERE r.case_id = ? AND r.part IN (SELECT value FROM json_each(?)) ORDER BY r.created_at DESC, r.id DESC`).all(caseId, JSON.stringify(parts)) as ReferralRow[];

export interface NewReferral {
  caseId: number;
  direction: Referral['direction'];
  agencyId: number;
  serviceId: number | null;
  serviceType: string | null;
  part: Part;
  urgency: string;
  reason: string;
  categories: readonly ShareCategory[];
  consentId: number | null;
  ownerId: number;
  followUpAt: string;
  createdBy: number;
  createdAt: string;
}

export const insertReferral = (db: Db, r: NewReferral) =>
  Number(
    prep(
      db,
      `INSERT INTO referral (case_id, direction, agency_id, service_id, service_type, part, urgency, reason, categories, consent_id, status, owner_id, follow_up_at, created_by, created_at, updated_at)
       VALUES (@caseId, @direction, @agencyId, @serviceId, @serviceType, @part, @urgency, @reason, @categories, @consentId, 'sent', @ownerId, @followUpAt, @createdBy, @createdAt, @createdAt)`,
    ).run({ ...r, categories: JSON.stringify(r.categories) }).lastInsertRowid,
  );

/** Versioned update of the listed columns; false when the version moved. */
export function updateReferral(
  db: Db,
  id: number,
  version: number,
  now: string,
  set: Partial<Pick<ReferralRow, 'status' | 'outcome' | 'appointment_at' | 'owner_id' | 'follow_up_at' | 'urgency' | 'categories' | 'consent_id' | 'packet_produced_at'>>,
): boolean {
  const cols = Object.keys(set);
  const assignments = cols.map((c) => `${c} = @${c}`).join(', ');
  return prep(db, `UPDATE referral SET ${assignments ? assignments + ', ' : ''}updated_at = @now, version = version + 1 WHERE id = @id AND version = @version`).run({ ...set, id, version, now })
    .changes === 1;
}

export const insertStep = (db: Db, s: { referralId: number; status: ReferralStatus; at: string; by: number; appointmentAt?: string | null; outcome?: string | null; shared?: readonly string[] }) =>
  prep(db, 'INSERT INTO referral_step (referral_id, status, at, by_id, appointment_at, outcome, shared) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    s.referralId,
    s.status,
    s.at,
    s.by,
    s.appointmentAt ?? null,
    s.outcome ?? null,
    JSON.stringify(s.shared ?? []),
  );

export const stepsOf = (db: Db, referralId: number) =>
  prep(
    db,
    `SELECT st.status, st.at, s.display_name AS by_name, st.appointment_at, st.outcome, st.shared FROM referral_step st JOIN staff s ON s.id = st.by_id
     WHERE st.referral_id = ? ORDER BY st.at, st.id`,
  ).all(referralId) as { status: ReferralStatus; at: string; by_name: string; appointment_at: string | null; outcome: string | null; shared: string }[];

/**
 * Who sees which referral across cases, as decided by cases/visibility.ts (this applies that answer, it has
 * no rule of its own): per referral part, the case roles that grant it and the break-the-glass cases.
 */
export interface BoardFilter {
  staffId: number;
  byPart: { part: Part; roles: readonly CaseRole[]; glass: readonly number[] }[];
  status?: ReferralStatus;
  openOnly: boolean;
  ownerId?: number;
  /** Open referrals whose follow-up falls before this instant (Today). */
  followUpBefore?: string;
  limit: number;
}

export function boardReferrals(db: Db, f: BoardFilter): ReferralRow[] {
  if (f.byPart.length === 0) return [];
  const p: Record<string, unknown> = { me: f.staffId, limit: f.limit };
  // Driven from the reader's own cases (a few hundred) through referral_case, never by scanning every
  // referral of the vault and testing each: the board's cost follows the caseload, not the centre.
  const visible = f.byPart.map((b, i) => {
    p[`part${i}`] = b.part;
    p[`roles${i}`] = JSON.stringify(b.roles);
    p[`glass${i}`] = JSON.stringify(b.glass);
    return `SELECT case_id, @part${i} AS part FROM case_assignment WHERE staff_id = @me AND case_role IN (SELECT value FROM json_each(@roles${i}))
            UNION SELECT value, @part${i} FROM json_each(@glass${i})`;
  });
  const where: string[] = [];
  if (f.status) {
    where.push('r.status = @status');
    p.status = f.status;
  } else if (f.openOnly) where.push(`r.status <> 'closed'`);
  if (f.ownerId !== undefined) {
    where.push('r.owner_id = @owner');
    p.owner = f.ownerId;
  }
  if (f.followUpBefore !== undefined) {
    where.push(`r.status <> 'closed' AND r.follow_up_at < @before`);
    p.before = f.followUpBefore;
  }
  return prep(
    db,
    // The page is chosen on referral columns alone; names are joined for its rows only.
    `WITH vis(case_id, part) AS (${visible.join(' UNION ')}),
     page AS (
       SELECT r.id, r.follow_up_at FROM vis CROSS JOIN referral r ON r.case_id = vis.case_id AND r.part = vis.part
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY r.follow_up_at IS NULL, r.follow_up_at, r.id LIMIT @limit)
     SELECT r.*, f.case_number, a.name AS agency_name, sv.name AS service_name, o.display_name AS owner_name
     FROM page CROSS JOIN referral r ON r.id = page.id
       JOIN case_file f ON f.id = r.case_id JOIN agency a ON a.id = r.agency_id
       LEFT JOIN service sv ON sv.id = r.service_id LEFT JOIN staff o ON o.id = r.owner_id
     ORDER BY page.follow_up_at IS NULL, page.follow_up_at, page.id`,
  ).all(p) as ReferralRow[];
}

registerPurger({
  name: 'referrals',
  count: (db, caseIds) => prep(db, 'SELECT count(*) FROM referral WHERE case_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(caseIds)) as number,
});
