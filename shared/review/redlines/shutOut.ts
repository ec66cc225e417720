import type { ClauseReading } from '../clauses';
import { domainReserved } from './domainReserved';
import { grantorBound } from './grantorBound';
import { fieldClosedToGrants, othersTurnedAway, withdrawnFromOpen } from './grantorWithholds';
import { partnerBoundFromRivals, rationedByDeal, tiedToOperator } from './marketTied';
import { operatorPreferred } from './operatorPreferred';
import { readShutOutWords } from './shutOutBound';

/**
 * Others shut out (Hebei art. 37, Chongqing art. 22), read as who may deal with whom: the grantor barred from dealing
 * with others or withholding the data from them (grantorBound.ts, grantorWithholds.ts), a domain reserved whole to the
 * operator (domainReserved.ts), market parties tied to it (marketTied.ts), the operator preferred when the matter is
 * granted again (operatorPreferred.ts) — each an obligation — then the table of worded bars (shutOutWords.ts, read by
 * shutOutBound.ts). The operator refraining itself, or the grantor free to deal, shuts nobody out.
 */
export function readShutOut(s: string, before: string[]): ClauseReading | null {
  if (grantorBound(s, before.at(-1)) || domainReserved(s) || tiedToOperator(s) || othersTurnedAway(s) || withdrawnFromOpen(s) || fieldClosedToGrants(s) || operatorPreferred(s) || partnerBoundFromRivals(s) || rationedByDeal(s)) return { reading: 'obligation' };
  return readShutOutWords(s);
}
