import { DEFAULT_MESSAGES, type AppError, type ErrorCode } from '../../shared/errors';

/** A failure the user can act on. Anything else thrown inside the core becomes INTERNAL. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    readonly extra: Omit<AppError, 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'CoreError';
  }

  toAppError(): AppError {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

export const fail = (code: ErrorCode, message?: string, extra?: Omit<AppError, 'code' | 'message'>): never => {
  throw new CoreError(code, message, extra);
};
