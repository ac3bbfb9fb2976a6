import { fail } from './errors';
import type { Runtime } from './runtime';
import { getStaff } from './staff/queries';
import { lockVault, toSession } from './vault/service';

/**
 * Re-reads the signed-in account on every request (one indexed read by primary key), so an admin's change
 * takes effect on a live session at its next request, in this process or another one on the same folder:
 * a deactivated account's session ends (the key is dropped), and removed roles stop opening anything.
 */
export function refreshSession(rt: Runtime): void {
  const current = rt.session!;
  const staff = getStaff(rt.db!, current.staffId);
  if (!staff || !staff.active) {
    lockVault(rt, 'account-inactive');
    fail('ACCOUNT_INACTIVE');
  }
  const next = toSession(staff!);
  const same =
    next.roles.join(',') === current.roles.join(',') &&
    next.mustChangePassword === current.mustChangePassword &&
    next.displayName === current.displayName &&
    next.username === current.username;
  if (same) return;
  // A break-the-glass grant was given for the roles held when it was asked for: any change of roles ends it,
  // so removing a role and giving it back days later does not revive access granted under the old reason.
  if (next.roles.join(',') !== current.roles.join(',')) rt.breakGlass.clear();
  rt.session = next;
}
