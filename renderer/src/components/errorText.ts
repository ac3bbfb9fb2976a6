import type { TFunction } from 'i18next';
import { isErrorCode, type HavenError } from '../data/result';

export function errorKey(code: string): string {
  return `errors.${isErrorCode(code) ? code : 'INTERNAL'}`;
}

/**
 * Which translated hint explains a refused field. The core's reasons are English zod messages, so they are
 * mapped by field name to our own wording instead of being shown.
 */
export const FIELD_MESSAGE_KEYS: Record<string, string> = {
  username: 'fieldErrors.username',
  displayName: 'fieldErrors.displayName',
  roles: 'fieldErrors.roles',
  password: 'fieldErrors.password',
  temporaryPassword: 'fieldErrors.password',
  newPassword: 'fieldErrors.password',
  currentPassword: 'fieldErrors.required',
  centreName: 'fieldErrors.centreName',
  idleMinutes: 'fieldErrors.idleMinutes',
  retentionMonths: 'fieldErrors.retentionMonths',
  jurisdiction: 'fieldErrors.jurisdiction',
  recoveryKey: 'fieldErrors.recoveryKey',
};

export const FIELD_FALLBACK_KEY = 'fieldErrors.invalid';
export const FIELD_TAKEN_KEY = 'fieldErrors.taken';

/**
 * Turns error.fields (core path -> reason) into form field name -> translated message. `rename` maps a
 * core path such as 'admin.username' to the form's field name.
 */
export function fieldErrorsOf(error: HavenError | null | undefined, t: TFunction, rename: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  if (!error?.fields) return out;
  for (const [path, reason] of Object.entries(error.fields)) {
    const name = rename[path] ?? path.split('.').pop() ?? path;
    const key = reason === 'taken' ? FIELD_TAKEN_KEY : (FIELD_MESSAGE_KEYS[name] ?? FIELD_FALLBACK_KEY);
    out[name] = t(key);
  }
  return out;
}
