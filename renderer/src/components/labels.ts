import type { Role } from '../../../shared/roles';
import type { Jurisdiction } from '../../../shared/schemas';

/** Translation keys for enum values, spelled out so the catalogue test can see every key that is used. */
export const ROLE_LABEL: Record<Role, string> = {
  admin: 'roles.admin',
  caseworker: 'roles.caseworker',
  mentor: 'roles.mentor',
  legal_aide: 'roles.legal_aide',
};

export const JURISDICTION_LABEL: Record<Jurisdiction, string> = {
  US: 'jurisdiction.US',
  CA: 'jurisdiction.CA',
  both: 'jurisdiction.both',
};
