import type { ErrorCode } from './api/errors';

/** What crosses every boundary: a value, or an error with a Chinese message a user can act on. */
export type AppError = { code: ErrorCode; message: string; details?: unknown };
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
