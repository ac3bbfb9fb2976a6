import type { Result } from '../../../shared/errors';

/** A demo step's answer, or the step's name and the error code (the demo stops at the first refusal). */
export function must<T>(r: Result<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.code}`);
  return r.value as T;
}
