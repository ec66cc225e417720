import type { Evidence } from '../report';
import type { ReadDocument } from '../sections';
import type { ClauseReading } from '../clauses';
import type { FlagRule, ReaderId } from '../ruleset';
import { evidence } from '../sections';
import { isBackground } from './background';
import { units, type Unit } from './units';
import { EXCLUSIVITY_QUICK, hasRedevTerm, readExclusivity } from './exclusivity';
import { PRICING_QUICK, readPricing } from './pricing';
import { AUTHORIZATION_MODE_QUICK, readAuthorizationMode } from './authorizationMode';
import { rawDataExportReading } from './rawDataExport';
import { subAuthorizationReading } from './subAuthorization';

/**
 * Red lines read as a lawyer reads them (`kind: reading` checks): one reader per red line, each deciding on who may do
 * what under which condition, over every sentence and table row, leaving out sentences that set no rule (risks,
 * sanctions, track records: background.ts).
 */
export const READERS: Record<ReaderId, { quick: RegExp; read: (u: Unit) => ClauseReading | null }> = {
  exclusivity: { quick: EXCLUSIVITY_QUICK, read: readExclusivity },
  pricing: { quick: PRICING_QUICK, read: readPricing },
  authorization_mode: { quick: AUTHORIZATION_MODE_QUICK, read: readAuthorizationMode },
};

export function readRedline(reader: ReaderId, r: ReadDocument, isClause: (b: { kind: string; text?: string }) => boolean): Evidence[] {
  const { quick, read } = READERS[reader];
  const out: Evidence[] = [];
  for (const u of units(r, isClause)) {
    // Most sentences hold none of the words a reader starts from: one compiled test before reading them.
    if (!quick.test(u.text) && !(reader === 'exclusivity' && hasRedevTerm(u))) continue;
    if (isBackground(u.text)) continue;
    const hit = read(u);
    if (hit) out.push(evidence(r, u.block, u.quote, { ...hit, clause: u.quote, negated: false }));
  }
  return out;
}

export { isBackground };

/**
 * Red lines read beyond their ruleset triggers: each module reads one red line's classes of meaning (who may do what,
 * deemed or defined so, carved out of a prohibition). Keyed by red-line id; a ruleset without the red line never runs it.
 */
export const REDLINE_READINGS: Record<string, (r: ReadDocument, rule: FlagRule) => { fired: boolean; evidence: Evidence[] }> = {
  sub_authorization: subAuthorizationReading,
  raw_data_export: rawDataExportReading,
};
