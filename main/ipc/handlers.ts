import type { Services } from '../services/container';
import type { Handlers } from './dispatch';
import { appHandlers, filesHandlers } from './handlers/app';
import { casesHandlers } from './handlers/cases';
import { committeeHandlers } from './handlers/committee';
import { documentsHandlers } from './handlers/documents';
import { memosHandlers } from './handlers/memos';
import { reviewHandlers } from './handlers/review';
import { selectionHandlers } from './handlers/selection';
import { meetingsHandlers } from './handlers/meetings';
import { deadlinesHandlers, priceHandlers } from './handlers/deadlines';
import { ocrHandlers } from './handlers/ocr';
import { kitsHandlers } from './handlers/kits';
import { jobsHandlers } from './handlers/jobs';
import { contract, type MethodName } from '../../shared/api/index';
import { RequestLedger } from '../services/requests';

/**
 * Binds every contract method to its service. A module adds `handlers/<module>.ts` and spreads it here; the compiler
 * refuses a contract method without a handler.
 */
export function createHandlers(s: Services): Handlers {
  return idempotent(s, {
    ...appHandlers(s),
    ...filesHandlers(s),
    ...casesHandlers(s),
    ...committeeHandlers(s),
    ...documentsHandlers(s),
    ...memosHandlers(s),
    ...reviewHandlers(s),
    ...selectionHandlers(s),
    ...meetingsHandlers(s),
    ...deadlinesHandlers(s),
    ...priceHandlers(s),
    ...ocrHandlers(s),
    ...kitsHandlers(s),
    ...jobsHandlers(s),
  });
}

/** Methods the contract marks `idempotent` run through the request ledger when the request carries a request id. */
function idempotent(s: Services, handlers: Handlers): Handlers {
  const ledger = new RequestLedger(s.openCases);
  const out: Record<string, (req: never) => unknown> = { ...handlers };
  // The mode is read at the first call, not here: reading it builds the method's schemas (shared/api/contract.ts).
  for (const name of Object.keys(contract) as MethodName[]) {
    const inner = handlers[name] as ((req: { caseId?: string; requestId?: string }) => unknown) | undefined;
    if (!inner) continue;
    out[name] = (req: { caseId?: string; requestId?: string }) => {
      const mode = contract[name].idempotent;
      return mode && req.requestId && req.caseId ? ledger.once(req.caseId, req.requestId, name, mode, () => inner(req)) : inner(req);
    };
  }
  return out as unknown as Handlers;
}
