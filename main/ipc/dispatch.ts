import { contract, type AppContract, type MethodName, type ParsedRequestOf, type ResponseOf } from '../../shared/api/index';
import { AppFault, ERROR_MESSAGES, type ErrorCode } from '../../shared/api/errors';
import type { Result } from '../../shared/result';

export type Handler<K extends MethodName> = (req: ParsedRequestOf<AppContract[K]>) => ResponseOf<AppContract[K]> | Promise<ResponseOf<AppContract[K]>>;
export type Handlers = { [K in MethodName]: Handler<K> };

export interface DispatchLog {
  error(message: string, err: unknown): void;
}

/**
 * The one path every call takes, whichever transport brought it: look the method up, validate the request with its
 * schema, run the service, and turn every failure into `{ ok: false, error }` with a Chinese message. Unexpected
 * exceptions are logged with their stack here and reach the user as INTERNAL, without internals.
 */
export async function dispatch(handlers: Handlers, name: string, raw: unknown, log: DispatchLog = console): Promise<Result<unknown>> {
  if (!Object.hasOwn(contract, name)) return failure('UNKNOWN_METHOD');
  const spec = contract[name as MethodName];
  const parsed = spec.request.safeParse(raw ?? {});
  if (!parsed.success) {
    return failure('BAD_REQUEST', undefined, parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  try {
    const value = await (handlers[name as MethodName] as (r: unknown) => unknown)(parsed.data);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppFault) return failure(e.code, e.message, e.details);
    if ((e as { name?: string })?.name === 'ZodError') return failure('BAD_REQUEST');
    log.error(`[dispatch] ${name} failed`, e);
    return failure('INTERNAL');
  }
}

function failure(code: ErrorCode, message?: string, details?: unknown): Result<never> {
  return { ok: false, error: { code, message: message ?? ERROR_MESSAGES[code], ...(details === undefined ? {} : { details }) } };
}
