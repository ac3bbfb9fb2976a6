import { ERROR_CODES, type AppError, type ErrorCode, type Result } from '../../../shared/errors';

/**
 * What a failed core call becomes in the renderer. It carries the stable code (the UI translates it) and
 * the structured extras; `message` is the core's English default and is never shown to the user.
 */
export class HavenError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly retryAfterMs: number | undefined;
  readonly current: unknown;
  /** For a CONFLICT on a booking: what clashes and the next free slots. */
  readonly schedule: AppError['schedule'];

  constructor(error: Pick<AppError, 'code' | 'message'> & Partial<AppError>) {
    super(error.message);
    this.name = 'HavenError';
    this.code = isErrorCode(error.code) ? error.code : 'INTERNAL';
    this.fields = error.fields;
    this.retryAfterMs = error.retryAfterMs;
    this.current = error.current;
    this.schedule = error.schedule;
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** Anything thrown that is not a HavenError (a dead transport, a bug) is shown as INTERNAL, never as its text. */
export function toHavenError(e: unknown): HavenError {
  if (e instanceof HavenError) return e;
  return new HavenError({ code: 'INTERNAL', message: 'Unexpected failure.' });
}

/** Turns a core Result into its value, or throws a HavenError carrying the code. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (e) {
    throw toHavenError(e);
  }
  if (result && result.ok) return result.value;
  if (result && !result.ok && result.error) throw new HavenError(result.error);
  throw new HavenError({ code: 'INTERNAL', message: 'Malformed reply.' });
}
