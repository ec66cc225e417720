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

/**
 * Binds every contract method to its service. A module adds `handlers/<module>.ts` and spreads it here; the compiler
 * refuses a contract method without a handler.
 */
export function createHandlers(s: Services): Handlers {
  return {
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
  };
}
