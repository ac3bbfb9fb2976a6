import type { Agency, Service } from '../../../shared/referrals/schemas';
import type { Country } from '../../../shared/referrals/vocab';
import { prep, type Db } from '../store/connection';

/** The services directory: centre records, no survivor data. */
export interface AgencyRow {
  id: number;
  name: string;
  relation: Agency['relation'];
  country: Country;
  region: string;
  address: string;
  hours: string;
  languages: string;
  eligibility: string;
  secure_contact: string;
  law_enforcement: number;
  archived: number;
  version: number;
}
export interface ServiceRow {
  id: number;
  agency_id: number;
  type: Service['type'];
  name: string;
  immigration_kinds: string;
  description: string;
  capacity_note: string;
  archived: number;
  version: number;
}

export const toService = (r: ServiceRow): Service => ({
  id: r.id,
  agencyId: r.agency_id,
  type: r.type,
  name: r.name,
  immigrationKinds: JSON.parse(r.immigration_kinds) as Service['immigrationKinds'],
  description: r.description,
  capacityNote: r.capacity_note,
  archived: r.archived === 1,
  version: r.version,
});

export const toAgency = (r: AgencyRow, services: Service[]): Agency => ({
  id: r.id,
  name: r.name,
  relation: r.relation,
  country: r.country,
  region: r.region,
  address: r.address,
  hours: r.hours,
  languages: JSON.parse(r.languages) as string[],
  eligibility: r.eligibility,
  secureContact: r.secure_contact,
  lawEnforcement: r.law_enforcement === 1,
  archived: r.archived === 1,
  version: r.version,
  services,
});

export const getAgencyRow = (db: Db, id: number) => prep(db, 'SELECT * FROM agency WHERE id = ?').get(id) as AgencyRow | undefined;
export const getServiceRow = (db: Db, id: number) => prep(db, 'SELECT * FROM service WHERE id = ?').get(id) as ServiceRow | undefined;
export const servicesOf = (db: Db, agencyId: number) => (prep(db, 'SELECT * FROM service WHERE agency_id = ? ORDER BY type, name').all(agencyId) as ServiceRow[]).map(toService);

export interface DirectoryFilter {
  search?: string;
  country?: string;
  serviceType?: string;
  relation?: string;
  language?: string;
  includeArchived: boolean;
}

/** Agencies matching the filter, each with its services (archived ones only when asked). */
export function listDirectory(db: Db, f: DirectoryFilter): Agency[] {
  const where: string[] = [];
  const p: Record<string, unknown> = {};
  if (!f.includeArchived) where.push('a.archived = 0');
  if (f.country) {
    where.push('a.country = @country');
    p.country = f.country;
  }
  if (f.relation) {
    where.push('a.relation = @relation');
    p.relation = f.relation;
  }
  if (f.language) {
    where.push('EXISTS (SELECT 1 FROM json_each(a.languages) WHERE lower(value) = lower(@lang) OR lower(value) LIKE lower(@lang) || \'-%\')');
    p.lang = f.language;
  }
  if (f.serviceType) {
    where.push('EXISTS (SELECT 1 FROM service s WHERE s.agency_id = a.id AND s.type = @stype AND s.archived = 0)');
    p.stype = f.serviceType;
  }
  if (f.search) {
    p.q = `%${f.search.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    where.push(
      `(lower(a.name) LIKE @q ESCAPE '\\' OR lower(a.region) LIKE @q ESCAPE '\\' OR lower(a.eligibility) LIKE @q ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM service s WHERE s.agency_id = a.id AND (lower(s.name) LIKE @q ESCAPE '\\' OR lower(s.description) LIKE @q ESCAPE '\\')))`,
    );
  }
  const rows = prep(db, `SELECT a.* FROM agency a ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.name COLLATE NOCASE, a.id`).all(p) as AgencyRow[];
  const services = prep(db, `SELECT * FROM service WHERE agency_id IN (SELECT value FROM json_each(?)) ${f.includeArchived ? '' : 'AND archived = 0'} ORDER BY type, name`).all(
    JSON.stringify(rows.map((r) => r.id)),
  ) as ServiceRow[];
  const by = new Map<number, Service[]>();
  for (const s of services) by.set(s.agency_id, [...(by.get(s.agency_id) ?? []), toService(s)]);
  return rows.map((r) => toAgency(r, by.get(r.id) ?? []));
}

export type AgencyValues = Omit<Agency, 'id' | 'version' | 'services'>;
const agencyParams = (a: AgencyValues, now: string) => ({
  name: a.name,
  relation: a.relation,
  country: a.country,
  region: a.region,
  address: a.address,
  hours: a.hours,
  languages: JSON.stringify(a.languages),
  eligibility: a.eligibility,
  secure: a.secureContact,
  le: a.lawEnforcement ? 1 : 0,
  archived: a.archived ? 1 : 0,
  now,
});

export const insertAgency = (db: Db, a: AgencyValues, now: string) =>
  Number(
    prep(
      db,
      `INSERT INTO agency (name, relation, country, region, address, hours, languages, eligibility, secure_contact, law_enforcement, archived, updated_at)
       VALUES (@name, @relation, @country, @region, @address, @hours, @languages, @eligibility, @secure, @le, @archived, @now)`,
    ).run(agencyParams(a, now)).lastInsertRowid,
  );

/** False when the version moved (someone else saved first). */
export const updateAgency = (db: Db, id: number, version: number, a: AgencyValues, now: string) =>
  prep(
    db,
    `UPDATE agency SET name = @name, relation = @relation, country = @country, region = @region, address = @address, hours = @hours,
       languages = @languages, eligibility = @eligibility, secure_contact = @secure, law_enforcement = @le, archived = @archived,
       updated_at = @now, version = version + 1
     WHERE id = @id AND version = @version`,
  ).run({ ...agencyParams(a, now), id, version }).changes === 1;

export type ServiceValues = Omit<Service, 'id' | 'version'>;
const serviceParams = (s: ServiceValues, now: string) => ({
  agency: s.agencyId,
  type: s.type,
  name: s.name,
  kinds: JSON.stringify(s.immigrationKinds),
  description: s.description,
  capacity: s.capacityNote,
  archived: s.archived ? 1 : 0,
  now,
});

export const insertService = (db: Db, s: ServiceValues, now: string) =>
  Number(
    prep(
      db,
      `INSERT INTO service (agency_id, type, name, immigration_kinds, description, capacity_note, archived, updated_at)
       VALUES (@agency, @type, @name, @kinds, @description, @capacity, @archived, @now)`,
    ).run(serviceParams(s, now)).lastInsertRowid,
  );

export const updateService = (db: Db, id: number, version: number, s: ServiceValues, now: string) =>
  prep(
    db,
    `UPDATE service SET agency_id = @agency, type = @type, name = @name, immigration_kinds = @kinds, description = @description,
       capacity_note = @capacity, archived = @archived, updated_at = @now, version = version + 1
     WHERE id = @id AND version = @version`,
  ).run({ ...serviceParams(s, now), id, version }).changes === 1;
