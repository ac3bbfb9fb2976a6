import type { Channel, InputOf } from '../../../shared/contract';

export interface SampleIds {
  targetStaffId: number;
}

/**
 * One valid input per channel. The mapped type makes a new channel a compile error here until it has a
 * sample, so the generic contract checks cover it the day it is added.
 */
export const SAMPLES: { [C in Channel]: (ids: SampleIds) => InputOf<C> } = {
  'vault.status': () => ({}),
  'vault.setup': () => ({ centreName: 'Fictional', jurisdiction: 'US', admin: { username: 'second', displayName: 'Fictional', password: 'second-pass-123' } }),
  'vault.unlock': () => ({ username: 'nobody', password: 'not-a-password' }),
  'vault.lock': () => ({ reason: 'user' }),
  'vault.recover': () => ({ username: 'nobody', recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', newPassword: 'whatever-123' }),
  'vault.changePassword': () => ({ currentPassword: 'not-my-password', newPassword: 'whatever-12345' }),
  'session.current': () => ({}),
  'staff.list': () => ({ includeInactive: true }),
  'staff.create': () => ({ username: `s${Math.floor(Math.random() * 1e9)}`, displayName: 'Fictional Sample', roles: ['mentor'], temporaryPassword: 'sample-pass-123' }),
  'staff.update': (ids) => ({ id: ids.targetStaffId, version: 1, displayName: 'Fictional Renamed' }),
  'staff.deactivate': (ids) => ({ id: ids.targetStaffId, version: 999 }),
  'staff.reactivate': (ids) => ({ id: ids.targetStaffId, version: 999, temporaryPassword: 'sample-pass-123' }),
  'staff.resetPassword': (ids) => ({ id: ids.targetStaffId, version: 999, temporaryPassword: 'sample-pass-123' }),
  'settings.get': () => ({}),
  'settings.update': () => ({ version: 999, idleMinutes: 15 }),
  'audit.list': () => ({ limit: 10 }),
  'system.verify': () => ({}),
};

/** Inputs no channel accepts: wrong types, unknown keys, oversized strings, prototype tricks. */
export const MALFORMED: unknown[] = [
  42,
  'text',
  null,
  [],
  true,
  { unexpected: 1 },
  JSON.parse('{"__proto__": {"admin": true}, "x": 1}'),
  { id: 'one', version: -1, username: 'A B', password: 1, limit: 10_000, reason: 'bogus', roles: ['root'] },
  { username: 'x'.repeat(10_000), centreName: '', jurisdiction: 'Mars' },
];
