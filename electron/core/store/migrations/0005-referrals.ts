import type { Db } from '../connection';

/**
 * Issue 11: the services directory (agency, service) and partner agreements are centre records; consents,
 * referrals with their steps, and law-enforcement disclosures are case data and hang off case_file by a
 * cascading key (test/unit/architecture/case-data-cascade.test.ts). Category lists are JSON arrays of codes.
 * Instants are ISO strings in UTC ('…Z'), so text order is time order.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE agency (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      relation TEXT NOT NULL CHECK (relation IN ('internal', 'co_located', 'partner')),
      country TEXT NOT NULL CHECK (country IN ('US', 'CA')),
      region TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      hours TEXT NOT NULL DEFAULT '',
      languages TEXT NOT NULL DEFAULT '[]',
      eligibility TEXT NOT NULL DEFAULT '',
      secure_contact TEXT NOT NULL DEFAULT '',
      law_enforcement INTEGER NOT NULL DEFAULT 0 CHECK (law_enforcement IN (0, 1)),
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE service (
      id INTEGER PRIMARY KEY,
      agency_id INTEGER NOT NULL REFERENCES agency(id),
      type TEXT NOT NULL,
      name TEXT NOT NULL,
      immigration_kinds TEXT NOT NULL DEFAULT '[]',
      description TEXT NOT NULL DEFAULT '',
      capacity_note TEXT NOT NULL DEFAULT '',
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX service_agency ON service(agency_id);

    CREATE TABLE agreement (
      id INTEGER PRIMARY KEY,
      agency_id INTEGER NOT NULL REFERENCES agency(id),
      parties TEXT NOT NULL,
      effective_from TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      categories TEXT NOT NULL,
      purpose TEXT NOT NULL,
      document_ref TEXT NOT NULL DEFAULT '',
      created_by INTEGER NOT NULL REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      CHECK (ends_at > effective_from)
    );
    CREATE INDEX agreement_agency ON agreement(agency_id, ends_at);
    CREATE INDEX agreement_ends ON agreement(ends_at);

    CREATE TABLE consent (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      agency_id INTEGER NOT NULL REFERENCES agency(id),
      decision TEXT NOT NULL CHECK (decision IN ('given', 'declined')),
      categories TEXT NOT NULL DEFAULT '[]',
      purpose TEXT NOT NULL DEFAULT '',
      starts_at TEXT NOT NULL,
      expires_at TEXT,
      method TEXT NOT NULL CHECK (method IN ('written', 'verbal_witnessed')),
      witness_name TEXT,
      document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
      language TEXT NOT NULL DEFAULT 'en',
      cross_border_basis TEXT,
      recorded_by INTEGER NOT NULL REFERENCES staff(id),
      recorded_at TEXT NOT NULL,
      revoked_at TEXT,
      revoked_by INTEGER REFERENCES staff(id),
      version INTEGER NOT NULL DEFAULT 1,
      CHECK (decision = 'declined' OR (expires_at IS NOT NULL AND expires_at > starts_at))
    );
    CREATE INDEX consent_case ON consent(case_id, agency_id);
    CREATE INDEX consent_expiring ON consent(expires_at) WHERE decision = 'given' AND revoked_at IS NULL;

    CREATE TABLE referral (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      direction TEXT NOT NULL CHECK (direction IN ('internal', 'outgoing', 'incoming')),
      agency_id INTEGER NOT NULL REFERENCES agency(id),
      service_id INTEGER REFERENCES service(id),
      service_type TEXT,
      part TEXT NOT NULL CHECK (part IN ('referrals', 'referrals.legal')),
      urgency TEXT NOT NULL,
      reason TEXT NOT NULL,
      categories TEXT NOT NULL DEFAULT '[]',
      consent_id INTEGER REFERENCES consent(id),
      status TEXT NOT NULL,
      outcome TEXT,
      appointment_at TEXT,
      owner_id INTEGER REFERENCES staff(id),
      follow_up_at TEXT,
      packet_produced_at TEXT,
      created_by INTEGER NOT NULL REFERENCES staff(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );
    -- Covers the board and Today: the page is chosen from this index alone (case, part, status, follow-up).
    CREATE INDEX referral_case ON referral(case_id, part, status, follow_up_at);
    CREATE INDEX referral_open_follow_up ON referral(follow_up_at) WHERE status <> 'closed';
    CREATE INDEX referral_owner ON referral(owner_id, status);

    CREATE TABLE referral_step (
      id INTEGER PRIMARY KEY,
      referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
      status TEXT NOT NULL,
      at TEXT NOT NULL,
      by_id INTEGER NOT NULL REFERENCES staff(id),
      appointment_at TEXT,
      outcome TEXT,
      shared TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX referral_step_referral ON referral_step(referral_id, at);

    CREATE TABLE disclosure (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      agency_id INTEGER NOT NULL REFERENCES agency(id),
      recipient_name TEXT NOT NULL,
      categories TEXT NOT NULL,
      basis TEXT NOT NULL CHECK (basis IN ('consent', 'subpoena_order', 'exigent')),
      consent_id INTEGER REFERENCES consent(id),
      order_reference TEXT,
      exigent_reason TEXT,
      disclosed_at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES staff(id),
      recorded_at TEXT NOT NULL,
      CHECK ((basis = 'consent' AND consent_id IS NOT NULL) OR (basis = 'subpoena_order' AND order_reference IS NOT NULL) OR (basis = 'exigent' AND exigent_reason IS NOT NULL))
    );
    CREATE INDEX disclosure_case ON disclosure(case_id);
  `);
}
