import { z } from 'zod';

export const ROLES = ['admin', 'caseworker', 'mentor', 'legal_aide'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Who may call a channel. 'public' works while locked (setup, unlock, status); 'any' needs a session of
 * any role; a role list needs a session holding at least one of them. Need-to-know (case assignment) is
 * checked by the service on top of this.
 */
export type Access = 'public' | 'any' | readonly Role[];

export function roleAllows(access: Access, roles: readonly Role[] | null): boolean {
  if (access === 'public') return true;
  if (!roles) return false;
  if (access === 'any') return roles.length > 0;
  return roles.some((r) => access.includes(r));
}
