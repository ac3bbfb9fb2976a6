import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract';
import { auditList, systemVerify } from './audit/service';
import type { Ctx } from './runtime';
import { settingsGet, settingsUpdate } from './settings/service';
import { staffCreate, staffDeactivate, staffList, staffReactivate, staffResetPassword, staffUpdate } from './staff/service';
import { changePassword, lockVault, recoverAccount, setupVault, unlockVault, vaultStatus } from './vault/service';

export type Handler<C extends Channel> = (ctx: Ctx, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** Every contract channel must have a handler here; the type makes a missing one a compile error. */
export const handlers: { [C in Channel]: Handler<C> } = {
  'vault.status': (ctx) => vaultStatus(ctx.rt),
  'vault.setup': (ctx, input) => setupVault(ctx.rt, input),
  'vault.unlock': (ctx, input) => unlockVault(ctx.rt, input),
  'vault.lock': (ctx, input) => {
    lockVault(ctx.rt, input.reason);
    return { locked: true };
  },
  'vault.recover': (ctx, input) => recoverAccount(ctx.rt, input),
  'vault.changePassword': changePassword,
  'session.current': (ctx) => ctx.session,
  'staff.list': staffList,
  'staff.create': staffCreate,
  'staff.update': staffUpdate,
  'staff.deactivate': staffDeactivate,
  'staff.reactivate': staffReactivate,
  'staff.resetPassword': staffResetPassword,
  'settings.get': settingsGet,
  'settings.update': settingsUpdate,
  'audit.list': auditList,
  'system.verify': systemVerify,
};
