import type { Ctx } from '../runtime';

/**
 * What other features do when a person leaves a case (cases.unassign), inside the same transaction. Cases
 * does not read their tables: a feature that holds things a person does FOR a case (sessions they organise…)
 * registers here when its module loads, as features register retention purgers.
 */
export type UnassignHook = (ctx: Ctx, left: { caseId: number; staffId: number }) => void;

const hooks = new Map<string, UnassignHook>();

export function registerUnassignHook(name: string, hook: UnassignHook): void {
  if (hooks.has(name)) throw new Error(`unassign hook registered twice: ${name}`);
  hooks.set(name, hook);
}

export function runUnassignHooks(ctx: Ctx, left: { caseId: number; staffId: number }): void {
  for (const hook of hooks.values()) hook(ctx, left);
}
