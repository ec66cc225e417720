import type { Evidence } from '../report';
import type { ReadDocument } from '../sections';
import type { ClauseReading } from '../clauses';
import type { FlagRule, ReaderId } from '../ruleset';
import { evidence } from '../sections';
import { withNeutralMasked } from '../clauses';
import { scenesTabled } from './scenesTabled';
import { isBackground, riskListed, sanctionItem } from './background';
import { units, type Unit } from './units';
import { EXCLUSIVITY_QUICK, hasRedevTerm, readExclusivity } from './exclusivity';
import { PRICING_QUICK, readPricing } from './pricing';
import { publicProducts } from './publicProducts';
import { operatorPlatforms } from './operatorPlatforms';
import { AUTHORIZATION_MODE_QUICK, readAuthorizationMode } from './authorizationMode';
import { fixesOneScene } from './grantUnit';
import { redevDefined } from './redevObject';
import type { Definition } from '../definitions';
import { rawDataExportReading } from './rawDataExport';
import { subAuthorizationReading } from './subAuthorization';

/** What a reader is given besides the document: which blocks are clauses, and the red line it reads for (its `unless`). */
export interface ReaderContext {
  isClause: (b: { kind: string; text?: string }) => boolean;
  rule: FlagRule;
}

/** A red line's reader: the evidence of every clause that lets the matter happen. */
export type Reader = (r: ReadDocument, ctx: ReaderContext) => Evidence[];

/** What a reader knows of the whole document besides the unit: the terms it defines, with their meaning (definitions.ts). */
export interface DocumentTerms {
  terms: Map<string, string>;
  /** Terms defined by what they include ("本协议所称“基础服务”，包括……"), for the readers that class a term by its members. */
  covers?: Map<string, string>;
  /** The document grants one scenario it names ("本次仅就“……”场景实施授权"): grantUnit.ts `fixesOneScene`. */
  oneScene?: boolean;
  /** Products the document lists under a public category (publicProducts.ts): a public use wherever named. */
  publicProducts?: string[];
  /** Platforms the document says the operator built or owns, by their own names (operatorPlatforms.ts). */
  operatorPlatforms?: string[];
  /** Terms defined as re-developing what was delivered (redevObject.ts `redevDefined`), read as that act where used. */
  redev?: Definition[];
}
const termsOf = new WeakMap<ReadDocument, DocumentTerms>();
function documentTerms(r: ReadDocument): DocumentTerms {
  let t = termsOf.get(r);
  // The document's glossary (definitions.ts), built once per review: what each term it defines is said to mean.
  const of = (how: string) => new Map(r.glossary.definitions.filter((d) => d.how === how).map((d) => [d.term, d.meaning]));
  if (!t) termsOf.set(r, (t = { terms: of('means'), covers: of('includes'), oneScene: r.blocks.some((b) => fixesOneScene(r.text(b))), publicProducts: publicProducts(r), operatorPlatforms: operatorPlatforms(r), redev: redevDefined(r.glossary.definitions) }));
  return t;
}

/**
 * A reader of one unit at a time (a sentence, a heading cut from an article, a table row read as labelled clauses),
 * leaving out sentences that set no rule (risks, sanctions, track records: background.ts). Most sentences hold none
 * of the words it starts from: one compiled test (`quick`, or `also` for what the block itself defines) before
 * reading, or a term the document defines (read with its meaning).
 */
function byUnit(quick: RegExp, read: (u: Unit, doc: DocumentTerms) => ClauseReading | null, also?: (u: Unit) => boolean): Reader {
  return (r, { isClause }) => {
    const out: Evidence[] = [];
    const doc = documentTerms(r);
    const defined = [...doc.terms.keys(), ...(doc.redev ?? []).map((d) => d.term)];
    for (const u of units(r, isClause)) {
      if (!quick.test(u.text) && !also?.(u) && !defined.some((t) => u.text.includes(t))) continue;
      if (isBackground(u.text) || sanctionItem(u.text, u.before) || riskListed(u.headings, u.text)) continue;
      const masked = withNeutralMasked(u.text);
      const hit = read(masked === u.text ? u : { ...u, text: masked }, doc);
      if (hit) out.push(evidence(r, u.block, u.quote, { ...hit, clause: u.quote, negated: false }));
    }
    return out;
  };
}

/**
 * Red lines read as a lawyer reads them: one reader per red line, each deciding on who may do what under which
 * condition. The one registry of readers: a ruleset runs one by declaring a `kind: reading` check with its id
 * (`reader: sub_authorization`) in the red line that needs it, inherited through `extends` like any other check.
 */
export const READERS: Record<ReaderId, Reader> = {
  exclusivity: byUnit(EXCLUSIVITY_QUICK, readExclusivity, hasRedevTerm),
  // Told the local profit rule, where its ruleset has one (qinhuangdao.yaml).
  pricing: (r, ctx) => byUnit(PRICING_QUICK, (u, doc) => readPricing(u, doc, profitSpread(ctx.rule)))(r, ctx),
  // One reading per unit, and the tables that grant several scenarios at once (scenesTabled.ts).
  authorization_mode: (r, ctx) => [...byUnit(AUTHORIZATION_MODE_QUICK, readAuthorizationMode)(r, ctx), ...scenesTabled(r)],
  // Read block by block: who ends up holding the grant, and what leaves the platform (across a heading and its paragraph).
  sub_authorization: (r) => subAuthorizationReading(r),
  raw_data_export: (r, { rule }) => rawDataExportReading(r, rule),
};

function profitSpread(rule: FlagRule): number | undefined {
  for (const c of rule.checks) if (c.kind === 'reading' && c.reader === 'pricing') return c.profitSpreadPoints;
  return undefined;
}

/** The one runner: `kind: reading` checks (checks.ts) call it with the red line they belong to. */
export function readRedline(reader: ReaderId, r: ReadDocument, ctx: ReaderContext): Evidence[] {
  return READERS[reader](r, ctx);
}

export { isBackground };
