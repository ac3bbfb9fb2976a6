import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Staff } from '../../../shared/schemas';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { discardPending, installPending, readKeyring, stageKeyring, type Keyring } from '../vault/keyring';
import { rekeyAfterDeactivation } from '../vault/rekey';
import { withAccount, withoutAccount, wrapForAccount } from '../vault/service';
import { countActiveAdmins, getStaff, getStaffByUsername, insertStaff, listStaff, setRoles, updateStaffRow } from './queries';

function mustGet(ctx: Ctx, id: number): Staff {
  return getStaff(ctx.db, id) ?? fail('NOT_FOUND');
}

/** Optimistic concurrency: the caller names the version it read; a moved record is a CONFLICT carrying the current one. */
function checkVersion(current: Staff, version: number): void {
  if (current.version !== version) fail('CONFLICT', undefined, { current });
}

function applyUpdate(ctx: Ctx, current: Staff, patch: Parameters<typeof updateStaffRow>[3]): Staff {
  if (!updateStaffRow(ctx.db, current.id, current.version, patch, ctx.nowIso)) fail('CONFLICT', undefined, { current: mustGet(ctx, current.id) });
  return mustGet(ctx, current.id);
}

/**
 * The next keyring is staged before COMMIT and its id goes into this request's audit record; it is moved into
 * place after COMMIT. A crash between the two is settled at the next unlock (vault/keyring.ts), so a committed
 * account always gets its key and a rolled-back one never does.
 */
function stageForCommit(ctx: Ctx, target: string, next: Keyring): void {
  const { intent } = stageKeyring(ctx.rt.dataDir, ctx.db, next);
  ctx.note(target, { keyringIntent: intent });
  ctx.afterCommit.push(() => installPending(ctx.rt.dataDir));
  ctx.afterRollback.push(() => discardPending(ctx.rt.dataDir));
}

async function setKeyringPassword(ctx: Ctx, s: Staff, password: string): Promise<void> {
  const keyring = readKeyring(ctx.rt.dataDir);
  const account = await wrapForAccount(keyring, ctx.key, s.id, s.username, password, ctx.rt.kdfCost);
  stageForCommit(ctx, `staff:${s.id}`, withAccount(keyring, account));
}

export const staffList = (ctx: Ctx, input: ParsedInputOf<'staff.list'>): OutputOf<'staff.list'> => listStaff(ctx.db, input.includeInactive);

export async function staffCreate(ctx: Ctx, input: ParsedInputOf<'staff.create'>): Promise<OutputOf<'staff.create'>> {
  if (getStaffByUsername(ctx.db, input.username)) fail('CONFLICT', 'That login name is taken.', { fields: { username: 'taken' } });
  const id = insertStaff(ctx.db, { username: input.username, displayName: input.displayName, roles: input.roles, mustChangePassword: true, now: ctx.nowIso });
  const s = mustGet(ctx, id);
  await setKeyringPassword(ctx, s, input.temporaryPassword);
  ctx.note(`staff:${id}`, { roles: s.roles.join(',') });
  return s;
}

export function staffUpdate(ctx: Ctx, input: ParsedInputOf<'staff.update'>): OutputOf<'staff.update'> {
  const current = mustGet(ctx, input.id);
  checkVersion(current, input.version);
  if (input.roles && !input.roles.includes('admin') && current.roles.includes('admin') && current.active && countActiveAdmins(ctx.db, current.id) === 0) fail('LAST_ADMIN');
  const next = applyUpdate(ctx, current, { displayName: input.displayName });
  if (input.roles) setRoles(ctx.db, current.id, input.roles);
  ctx.note(`staff:${current.id}`, input.roles ? { roles: input.roles.join(',') } : {});
  return input.roles ? mustGet(ctx, next.id) : next;
}

export function staffDeactivate(ctx: Ctx, input: ParsedInputOf<'staff.deactivate'>): OutputOf<'staff.deactivate'> {
  const current = mustGet(ctx, input.id);
  checkVersion(current, input.version);
  if (current.roles.includes('admin') && countActiveAdmins(ctx.db, current.id) === 0) fail('LAST_ADMIN');
  const next = applyUpdate(ctx, current, { active: false });
  // The account's wrapped key leaves the keyring: a deactivated person's password no longer opens anything.
  stageForCommit(ctx, `staff:${current.id}`, withoutAccount(readKeyring(ctx.rt.dataDir), current.id));
  // Then the database is re-keyed (once the keyring without the account is in place): a copy of the keyring
  // taken before, with this person's password, opens nothing from now on (vault/rekey.ts).
  ctx.afterCommit.push(() => rekeyAfterDeactivation(ctx, current.id));
  ctx.note(`staff:${current.id}`);
  return next;
}

export async function staffReactivate(ctx: Ctx, input: ParsedInputOf<'staff.reactivate'>): Promise<OutputOf<'staff.reactivate'>> {
  const current = mustGet(ctx, input.id);
  checkVersion(current, input.version);
  const next = applyUpdate(ctx, current, { active: true, mustChangePassword: true });
  await setKeyringPassword(ctx, next, input.temporaryPassword);
  ctx.note(`staff:${current.id}`);
  return next;
}

export async function staffResetPassword(ctx: Ctx, input: ParsedInputOf<'staff.resetPassword'>): Promise<OutputOf<'staff.resetPassword'>> {
  const current = mustGet(ctx, input.id);
  checkVersion(current, input.version);
  if (!current.active) fail('ACCOUNT_INACTIVE');
  const next = applyUpdate(ctx, current, { mustChangePassword: true });
  await setKeyringPassword(ctx, next, input.temporaryPassword);
  ctx.note(`staff:${current.id}`);
  return next;
}
