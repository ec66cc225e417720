import type { ExtractedDocument } from '../domain/document';
import { REVIEW_KINDS, type ResolvedRuleset, type ReviewKind } from './ruleset';
import type { FlagFinding, ReviewReport } from './report';
import { evaluateFlag } from './checks';
import { claimedBlocks, evaluateItem, foundByStatementOnly } from './items';
import { deadlineFlags, type DeadlineCheckContext } from './deadlines';
import { readDocument, type ReadOptions } from './sections';

/**
 * The compliance engine: reads the document's own body (never the wrapper it came in), its structure (headings, their
 * numbering and the sections under them) and what each clause permits or forbids. Checklist items: items.ts; red
 * lines: checks.ts, on clause readings (clauses.ts); sections and evidence: sections.ts.
 */
export function reviewDocument(doc: ExtractedDocument, ruleset: ResolvedRuleset, kind: ReviewKind, opts: ReadOptions & { deadlines?: DeadlineCheckContext } = {}): ReviewReport {
  const r = readDocument(doc, opts);
  const rules = ruleset.items.filter((i) => i.kind === kind);
  const claimed = claimedBlocks(rules, r);
  const items = rules.map((i) => evaluateItem(i, r, claimed));
  const flags = ruleset.flags
    .filter((f) => f.appliesTo.includes(kind))
    .map((f) => evaluateFlag(f, r, kind))
    .filter((f): f is FlagFinding => f !== null);
  // The document's own time limits against templates/deadlines (shared/review/deadlines.ts), when the caller has them.
  if (opts.deadlines) flags.push(...deadlineFlags(doc, kind, opts.deadlines));
  const warnings = [...doc.warnings];
  const label = REVIEW_KINDS[kind];
  // A plan is recognised by content about its items; one stating sentence is found in reports and news as well.
  const found = items.filter((i) => i.status !== 'missing' && !foundByStatementOnly(i)).length;
  const headings = r.blocks.filter((b) => b.kind === 'heading').length;
  if (doc.bodyStart) warnings.push(`文首 ${doc.bodyStart} 段（网页页眉、征求意见说明、附件信息等）不属于文件正文，未作为审查依据；如判断有误，请在“文件”页阅读器中更正正文起点。`);
  if (doc.needsOcr) warnings.push('该文件没有文字层（扫描件），需先识别文字后才能审查，以下结果均为“缺失”。');
  if (r.blocks.length === 0) warnings.push(`该文件没有可读的正文，看起来不是${label}。`);
  else if (items.length && (found / items.length < 0.35 || headings < 3)) {
    warnings.push(`该文件看起来不像${label}：${items.length} 项应有内容中只找到 ${found} 项${headings < 3 ? '，且几乎没有分级标题' : ''}。请确认所选文件和审查类型是否正确。`);
  }
  return { ruleset: { id: ruleset.id, version: ruleset.version, name: ruleset.name }, kind, documentTitle: doc.title, items, flags, warnings };
}
