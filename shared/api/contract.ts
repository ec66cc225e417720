import { z } from 'zod';
import type { ErrorCode } from './errors';

/** One operation of the contract: request and response schemas, and the error codes it may return. */
export interface MethodSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  errors: readonly ErrorCode[];
  /** Shown in the audit log and in docs. */
  summary: string;
  /**
   * Create actions that a double click or a retry could run twice: the request may carry `requestId` (RequestId below)
   * and a repeated id returns the first result (main/services/requests.ts). `sync`/`async`: how the service runs.
   */
  idempotent?: 'sync' | 'async';
}

/** Every operation on an open case names it by its id. */
export const CaseRef = z.object({ caseId: z.string().min(1) });

/** The client's id for one user action (one per opened form), for `idempotent` methods. */
export const RequestId = { requestId: z.string().min(8).max(100).optional() };

/**
 * One method of the contract, built on its first use: building the ~130 methods' zod schemas when the contract is
 * imported cost ~0.45 s of CPU at every start (the services right after the first page, the CLI), whatever was
 * called. `Object.keys(contract)` does not build any; reading a field of a method builds that method's only.
 */
export const method = <Req extends z.ZodType, Res extends z.ZodType>(build: () => MethodSpec<Req, Res>): MethodSpec<Req, Res> => {
  let spec: MethodSpec<Req, Res> | undefined;
  const built = () => (spec ??= build());
  return {
    get request() { return built().request; },
    get response() { return built().response; },
    get errors() { return built().errors; },
    get summary() { return built().summary; },
    get idempotent() { return built().idempotent; },
  };
};

export type Contract = Record<string, MethodSpec>;
export type RequestOf<M extends MethodSpec> = z.input<M['request']>;
export type ParsedRequestOf<M extends MethodSpec> = z.output<M['request']>;
export type ResponseOf<M extends MethodSpec> = z.output<M['response']>;
