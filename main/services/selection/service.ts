import { SelectionResults } from './results';

export { DEFAULT_TEMPLATE, type BidDocuments, type SelectionDeps } from './base';

/**
 * The selection module (docs/scoring.md), one class for the container, built up along the domain: base (case, scheme,
 * applicants, recusal, state) → applicants (set-up and declarations) → sheets (a member's sheet) → results.
 */
export class SelectionService extends SelectionResults {}
