import type { ExtractedDocument } from '../domain/document';
import { REVIEW_KINDS, type ResolvedRuleset, type ReviewKind } from './ruleset';
import type { FlagFinding, ItemFinding, ReviewReport } from './report';
import { evaluateFlag } from './checks';
import { claimedBlocks, evaluateItem, foundByStatementOnly } from './items';
import { deadlineFlags, type DeadlineCheckContext } from './deadlines';
import { readDocument, type ReadOptions } from './sections';
import { withParseMemo } from './clauseParse';
import { amendsOriginal, documentGenre } from './genre';
import { keptFromOriginal } from './supplement';
import { rulesetMismatch, type PlaceLookup, type RulesetPlace } from './jurisdiction';

/**
 * The compliance engine: reads the document's own body (never the wrapper it came in), its structure (headings, their
 * numbering and the sections under them) and what each clause permits or forbids. Checklist items: items.ts; red
 * lines: checks.ts, on clause readings (clauses.ts); sections and evidence: sections.ts.
 */
/** Where places lie and which rulesets there are: the review then says when the ruleset chosen is not the document's. */
export interface PlaceContext {
  lookup: PlaceLookup;
  rulesets: RulesetPlace[];
}

export function reviewDocument(doc: ExtractedDocument, ruleset: ResolvedRuleset, kind: ReviewKind, opts: ReviewOptions = {}): ReviewReport {
  // The red-line readers and the checks read the same sentences: each is parsed once per review.
  return withParseMemo(() => review(doc, ruleset, kind, opts));
}
type ReviewOptions = ReadOptions & { deadlines?: DeadlineCheckContext; places?: PlaceContext };

function review(doc: ExtractedDocument, ruleset: ResolvedRuleset, kind: ReviewKind, opts: ReviewOptions): ReviewReport {
  const r = readDocument(doc, opts);
  const rules = ruleset.items.filter((i) => i.kind === kind);
  const claimed = claimedBlocks(rules, r);
  const supplement = amendsOriginal(r);
  // A supplement's items kept from its original by name are in the agreement (supplement.ts).
  let items = rules.map((i) => (supplement ? keptFromOriginal(evaluateItem(i, r, claimed), i, r) : evaluateItem(i, r, claimed)));
  const flags = ruleset.flags
    .filter((f) => f.appliesTo.includes(kind))
    .map((f) => evaluateFlag(f, r, kind, supplement))
    .filter((f): f is FlagFinding => f !== null);
  // The document's own time limits against templates/deadlines (shared/review/deadlines.ts), when the caller has them.
  if (opts.deadlines) flags.push(...deadlineFlags(doc, kind, opts.deadlines));
  const warnings = [...doc.warnings];
  const label = REVIEW_KINDS[kind];
  // A plan is recognised by content about its items; one stating sentence is found in reports and news as well.
  const found = items.filter((i) => i.status !== 'missing' && !foundByStatementOnly(i)).length;
  const headings = r.blocks.filter((b) => b.kind === 'heading').length;
  if (doc.bodyStart) warnings.push(`文首 ${doc.bodyStart} 段（网页页眉、征求意见说明、附件信息等）不属于文件正文，未作为审查依据；如判断有误，请在“文件”页阅读器中更正正文起点。`);
  const elsewhere = opts.places && rulesetMismatch(doc.title, ruleset, opts.places.rulesets, opts.places.lookup);
  if (elsewhere) warnings.push(elsewhere);
  if (doc.needsOcr) warnings.push('该文件没有文字层（扫描件），需先识别文字后才能审查，以下结果均为“缺失”。');
  const genre = documentGenre(r);
  // Few headings alone do not make a text unlike a plan when most items are found in it (a plan in lead-in sentences).
  const weak = items.length > 0 && (found / items.length < 0.35 || (headings < 3 && found / items.length < 0.7));
  // A text about a plan (notice, report, news…): its words on scenarios, data or security are not the plan's content.
  const about = r.blocks.length > 0 && (genre.type === 'other' || (genre.type === 'unknown' && !!genre.marks?.length && weak));
  const other = kind === 'plan' ? 'agreement' : 'plan';
  // Not of this kind at all (no body, a text about one, the other kind): a memo about this review asks first. A thin
  // plan is still a plan; its warning is only a warning.
  const unlike =
    r.blocks.length === 0 ? `该文件没有可读的正文，看起来不是${label}。`
    : about ? `该文件看起来不像${label}（${genre.why}），各项均按缺失处理，红线不作判断。请确认所选文件和审查类型是否正确。`
    : genre.type === other ? `该文件看起来不像${label}，而像${REVIEW_KINDS[other]}。请确认所选的审查类型是否正确。`
    : null;
  if (!about && supplement) warnings.push('该文件是补充（变更）协议：未修改的条款以原协议为准。下列“缺失”指本文件未写，终止销毁、产品类别等须看原协议的红线未作判断；请将原协议一并审查。');
  if (unlike) warnings.push(unlike);
  else if (weak) warnings.push(`该文件看起来不像${label}：${items.length} 项应有内容中只找到 ${found} 项${headings < 3 ? '，且几乎没有分级标题' : ''}。请确认所选文件和审查类型是否正确。`);
  // With no body there is nothing of the document to read: a title alone states none of its items.
  if (about || r.blocks.length === 0) items = items.map((i) => notContent(i, label));
  // Red lines are about what a plan or agreement lets happen. A text about one restates or reports it and binds nobody,
  // and what it leaves out (销毁, 备案时限) is not missing from any clause: raising red lines on it would put another
  // document's defects into the memo. The warning above says why none are raised.
  if (about || r.blocks.length === 0) flags.splice(0);
  return { ruleset: { id: ruleset.id, version: ruleset.version, name: ruleset.name }, kind, documentTitle: doc.title, items, flags, warnings, ...(unlike ? { unlike } : {}) };
}

/** An item of a text that is not the plan or agreement itself: what it says is about the document, not its content. */
function notContent(i: ItemFinding, label: string): ItemFinding {
  if (i.status === 'missing') return i;
  return { ...i, status: 'missing', evidence: [], missingParts: [], explanation: `该文件不是${label}本身，文中相关字句不作为“${i.title}”的内容。` };
}
