import type { Role } from '../../../shared/roles';
import { ADMIN, makeVault, type TestVault } from './vault';

export const STAFF = {
  cw: ['caseworker'],
  cw2: ['caseworker'],
  mentor: ['mentor'],
  legal: ['legal_aide'],
  mentor2: ['mentor'],
  legal2: ['legal_aide'],
} satisfies Record<string, Role[]>;
export type StaffKey = keyof typeof STAFF;

export interface TestCentre extends TestVault {
  ids: Record<StaffKey | 'admin', number>;
  as(who: StaffKey | 'admin'): Promise<void>;
  /** A case created by `cw` (lead), with `mentor` and `legal` assigned. */
  newCase(profile?: object): Promise<{ id: number; version: number }>;
}

const pw = (u: string) => `${u}-final-pass-1`;

/** A vault with one account per case role, passwords already changed, signed in as admin. */
export async function makeCentre(opts: { jurisdiction?: 'US' | 'CA' | 'both' } = {}): Promise<TestCentre> {
  const v = await makeVault();
  const ids = { admin: 1 } as Record<StaffKey | 'admin', number>;
  if (opts.jurisdiction) {
    const s = await v.ok<{ version: number }>('settings.get');
    await v.ok('settings.update', { version: s.version, jurisdiction: opts.jurisdiction });
  }
  for (const [u, roles] of Object.entries(STAFF)) {
    ids[u as StaffKey] = (await v.ok<{ id: number }>('staff.create', { username: u, displayName: `Fictional ${u}`, roles, temporaryPassword: 'temporary-pass-1' })).id;
  }
  for (const u of Object.keys(STAFF)) {
    await v.ok('vault.unlock', { username: u, password: 'temporary-pass-1' });
    await v.ok('vault.changePassword', { currentPassword: 'temporary-pass-1', newPassword: pw(u) });
  }
  const as = async (who: StaffKey | 'admin') => {
    if (v.core.runtime.session?.username === who) return;
    await v.ok('vault.unlock', { username: who, password: who === 'admin' ? ADMIN.password : pw(who) });
  };
  const newCase = async (profile: object = {}) => {
    await as('cw');
    const f = await v.ok<{ header: { id: number; version: number } }>('cases.create', { profile });
    await v.ok('cases.assign', { caseId: f.header.id, staffId: ids.mentor, caseRole: 'mentor' });
    await v.ok('cases.assign', { caseId: f.header.id, staffId: ids.legal, caseRole: 'legal_aide' });
    const again = await v.ok<{ header: { id: number; version: number } }>('cases.get', { caseId: f.header.id });
    return { id: again.header.id, version: again.header.version };
  };
  await as('admin');
  return { ...v, ids, as, newCase };
}

export const known = <T>(value: T) => ({ state: 'known' as const, value });
