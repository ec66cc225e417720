import type { ErrorCode } from '../../shared/api/errors';

/** A failure a command reports to the user: a Chinese message and a code (USAGE: wrong arguments, exit status 2). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode | 'USAGE' = 'BAD_REQUEST',
    readonly details?: unknown,
  ) {
    super(message);
  }
}
