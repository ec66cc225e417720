import type { Evidence } from '../report';
import type { ReadDocument } from '../sections';
import type { ClauseReading } from '../clauses';
import type { ReaderId } from '../ruleset';
import { evidence } from '../sections';
import { isBackground } from './background';
import { units, type Unit } from './units';
import { readExclusivity } from './exclusivity';
import { readPricing } from './pricing';
import { readAuthorizationMode } from './authorizationMode';

/**
 * Red lines read as a lawyer reads them (`kind: reading` checks): one reader per red line, each deciding on who may do
 * what under which condition, over every sentence and table row, leaving out sentences that set no rule (risks,
 * sanctions, track records: background.ts).
 */
export const READERS: Record<ReaderId, (u: Unit) => ClauseReading | null> = {
  exclusivity: readExclusivity,
  pricing: readPricing,
  authorization_mode: readAuthorizationMode,
};

export function readRedline(reader: ReaderId, r: ReadDocument, isClause: (b: { kind: string; text?: string }) => boolean): Evidence[] {
  const read = READERS[reader];
  const out: Evidence[] = [];
  for (const u of units(r, isClause)) {
    if (isBackground(u.text)) continue;
    const hit = read(u);
    if (hit) out.push(evidence(r, u.block, u.quote, { ...hit, clause: u.quote, negated: false }));
  }
  return out;
}

export { isBackground };
