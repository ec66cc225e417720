import { blockText as rawBlockText, type Block, type ExtractedDocument, type HeadingBlock } from '../domain/document';
import { REVIEW_KINDS, type Check, type FlagRule, type ResolvedRuleset, type ReviewKind, type RuleItem } from './ruleset';
import type { Evidence, FlagFinding, ItemFinding, ReviewReport } from './report';
import { durations, findTriggers, normalizeSpacing, parseNumeral, sentences, CN_NUMERAL } from './text';

/**
 * The compliance engine: reads the document's structure (headings, their numbering and the sections under them),
 * not just its words. An item is `present` when a section headed for it covers what the rule requires, `partial`
 * when only some of it is there or the matter is only mentioned in passing, `missing` otherwise. Red lines read
 * clauses with their negation, so "不得转授权" is a prohibition, not a grant.
 */

const EXCERPT = 160;
const blockText = (b: Block) => normalizeSpacing(rawBlockText(b));
const excerpt = (s: string) => (s.length > EXCERPT ? s.slice(0, EXCERPT) + '…' : s);
const ev = (b: Block, text?: string): Evidence => ({ blockId: b.id, location: b.location.label, excerpt: excerpt(text ?? blockText(b)), ...(b.ocr ? { ocr: true as const } : {}) });
const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

interface Section {
  heading: HeadingBlock;
  /** What the heading names; an untitled article ("第三条" + its text) is named by its first sentence. */
  name: string;
  blocks: Block[];
  text: string;
}

function sections(doc: ExtractedDocument): Section[] {
  const out: Section[] = [];
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const blocks: Block[] = [b];
    for (let j = i + 1; j < doc.blocks.length; j++) {
      const n = doc.blocks[j];
      if (n.kind === 'heading' && n.level <= b.level) break;
      blocks.push(n);
    }
    const first = blocks[1];
    const name = b.text.trim() || (first && first.kind === 'paragraph' ? first.text.split(/[。；;]/)[0].slice(0, 30) : '');
    out.push({ heading: b, name: b.text.trim() ? headingName(b) : name, blocks, text: blocks.map(blockText).join('\n') });
  });
  return out;
}

/** A heading names a matter by its first words; a long article heading is read only up to its first stop. */
const headingName = (h: HeadingBlock) => h.text.split(/[。；;]/)[0].slice(0, 30);

function evaluateItem(item: RuleItem, doc: ExtractedDocument, secs: Section[]): ItemFinding {
  const { headings, requires, title } = item.match;
  const base = { id: item.id, title: item.title, basis: item.basis, guidance: item.guidance, ...(item.generic ? { generic: true } : {}) };
  const lookedFor =
    `查找标题含“${headings.join('”或“')}”的章节` + (requires.length ? `，且内容涉及${requires.map((g) => `“${g.label}”`).join('、')}` : '') + '；或正文中同时写明这些内容的段落。';
  const covered = (text: string) => requires.filter((g) => includesAny(text, g.any));

  const hits = secs.filter((s) => includesAny(s.name, headings));
  if (hits.length) {
    const got = new Set(hits.flatMap((s) => covered(s.text).map((g) => g.label)));
    const missingParts = requires.filter((g) => !got.has(g.label)).map((g) => g.label);
    // A heading over nothing the rule asks for ("九、产品和服务 清单必须报批后方可对外提供") is not the content;
    // one that points to an annex ("见附件2") is, in part.
    const annex = hits.some((s) => /附件|附表|另附|见附/.test(s.text));
    if (requires.length && got.size === 0 && !annex) {
      return { ...base, status: 'missing', evidence: hits.slice(0, 2).map((s) => ev(s.heading)), missingParts, lookedFor: lookedFor + '（找到了标题，但其下没有上述内容。）' };
    }
    const evidence: Evidence[] = [];
    // The innermost matching sections say it best: "四、（五）变更和终止" rather than "四、安全和终止".
    const inner = hits.filter((h) => !hits.some((o) => o !== h && h.blocks.includes(o.heading)));
    for (const s of inner.slice(0, 3)) {
      evidence.push(ev(s.heading));
      const body = s.blocks.slice(1).filter((b) => b.kind !== 'heading');
      const useful = requires.length ? body.filter((b) => covered(blockText(b)).length) : body;
      for (const b of (useful.length ? useful : body).slice(0, 2)) evidence.push(ev(b));
    }
    const unique = evidence.filter((e, i) => evidence.findIndex((x) => x.blockId === e.blockId) === i);
    return { ...base, status: missingParts.length === 0 ? 'present' : 'partial', evidence: unique.slice(0, 5), missingParts, lookedFor };
  }

  // No section for it: a paragraph may still carry it ("本协议争议提交秦皇岛仲裁委员会仲裁"), but a mere mention
  // ("产品和服务清单必须报批") is not the content the rule asks for.
  let best: { b: Block; n: number } | undefined;
  for (const b of doc.blocks) {
    if (b.kind === 'heading') continue;
    const t = blockText(b);
    if (!includesAny(t, headings)) continue;
    const n = covered(t).length;
    if (!best || n > best.n) best = { b, n };
  }
  if (best && (requires.length === 0 || best.n > 0)) {
    const t = blockText(best.b);
    const missingParts = requires.filter((g) => !includesAny(t, g.any)).map((g) => g.label);
    const status = requires.length > 0 && missingParts.length === 0 ? 'present' : 'partial';
    return { ...base, status, evidence: [ev(best.b)], missingParts, lookedFor };
  }
  if (title && includesAny(doc.title, title)) {
    return { ...base, status: 'present', evidence: [{ blockId: '', location: '文件标题', excerpt: doc.title }], missingParts: [], lookedFor };
  }
  return { ...base, status: 'missing', evidence: [], missingParts: requires.map((g) => g.label), lookedFor };
}

// ---- red lines ----

const TERM_CONTEXT = /期限|有效期|授权期|运营期|授权运营期|为期|运营周期|授权时间|协议期/;
const WORKING_DAYS = new RegExp(`(${CN_NUMERAL})\\s*个?\\s*工作日`, 'g');

interface CheckResult {
  fired: boolean;
  detail?: string;
  evidence: Evidence[];
}

/** The innermost heading above each block, in one pass (a long document has thousands of blocks). */
function enclosingHeadings(doc: ExtractedDocument): Map<string, string> {
  const m = new Map<string, string>();
  const stack: HeadingBlock[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
      if (stack.length) m.set(b.id, headingName(stack[stack.length - 1]));
      stack.push(b);
    } else if (stack.length) m.set(b.id, headingName(stack[stack.length - 1]));
  }
  return m;
}

function runCheck(check: Check, doc: ExtractedDocument, secs: Section[]): CheckResult {
  switch (check.kind) {
    case 'term': {
      const over: Evidence[] = [];
      const found: string[] = [];
      const parents = enclosingHeadings(doc);
      for (const b of doc.blocks) {
        const inTermSection = TERM_CONTEXT.test(parents.get(b.id) ?? '');
        for (const s of sentences(blockText(b))) {
          if (!inTermSection && !TERM_CONTEXT.test(s)) continue;
          for (const d of durations(s)) {
            if (d.months > check.maxMonths + 0.5) {
              over.push(ev(b, s));
              found.push(`${d.text}（约 ${Math.round(d.months)} 个月）`);
            }
          }
        }
      }
      return { fired: over.length > 0, detail: found.length ? `文中写明：${[...new Set(found)].join('、')}。` : undefined, evidence: over.slice(0, 3) };
    }
    case 'phrase': {
      const evidence: Evidence[] = [];
      for (const b of doc.blocks) {
        // A heading names a matter ("第六条 转授权"); what is granted or forbidden is in the clause under it.
        // Only a heading that is itself a whole clause (an article written on one line) is read as one.
        if (b.kind === 'heading' && b.text.length <= 30) continue;
        const t = blockText(b);
        for (const re of check.triggers) {
          for (const h of findTriggers(t, new RegExp(re))) if (!h.negated) evidence.push(ev(b, h.clause));
        }
      }
      const uniq = evidence.filter((e, i) => evidence.findIndex((x) => x.blockId === e.blockId && x.excerpt === e.excerpt) === i);
      return { fired: uniq.length > 0, evidence: uniq.slice(0, 3) };
    }
    case 'absent': {
      const found = doc.blocks.some((b) => !(b.kind === 'heading' && b.text.length <= 30) && check.patterns.some((re) => findTriggers(blockText(b), new RegExp(re)).some((h) => !h.negated)));
      return { fired: !found, detail: found ? undefined : '文中未找到相应约定。', evidence: [] };
    }
    case 'deadline': {
      const ctx = new RegExp(check.context);
      const mentions: Evidence[] = [];
      let ok = false;
      const late: string[] = [];
      for (const b of doc.blocks) {
        for (const s of sentences(blockText(b))) {
          if (!ctx.test(s)) continue;
          mentions.push(ev(b, s));
          for (const m of s.matchAll(WORKING_DAYS)) {
            const n = parseNumeral(m[1]);
            if (n === null) continue;
            if (n <= check.maxWorkingDays) ok = true;
            else late.push(m[0]);
          }
        }
      }
      if (ok) return { fired: false, evidence: [] };
      const detail = late.length
        ? `文中的备案时限为${late.join('、')}，超过本地规定的 ${check.maxWorkingDays} 个工作日。`
        : mentions.length
          ? `文中提到备案，但未写明 ${check.maxWorkingDays} 个工作日内的时限。`
          : `文中未约定备案及其时限（应为 ${check.maxWorkingDays} 个工作日内）。`;
      return { fired: true, detail, evidence: mentions.slice(0, 3) };
    }
    case 'section_lacks': {
      const hits = secs.filter((s) => includesAny(s.name, check.headings));
      if (!hits.length) return { fired: false, evidence: [] };
      const text = hits.map((s) => s.text).join('\n');
      const lacking = check.groups.filter((g) => !includesAny(text, g.any)).map((g) => g.label);
      // Only a list that has one category and not the other; a list with neither is a missing item, not this flag.
      return lacking.length && lacking.length < check.groups.length
        ? { fired: true, detail: `缺少：${lacking.join('、')}。`, evidence: hits.slice(0, 2).map((s) => ev(s.heading)) }
        : { fired: false, evidence: [] };
    }
  }
}

function evaluateFlag(rule: FlagRule, doc: ExtractedDocument, secs: Section[]): FlagFinding | null {
  const results = rule.checks.map((c) => runCheck(c, doc, secs)).filter((r) => r.fired);
  if (!results.length) return null;
  const details = results.map((r) => r.detail).filter(Boolean);
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    message: [rule.message, ...details].join(''),
    basis: rule.basis,
    guidance: rule.guidance,
    evidence: results.flatMap((r) => r.evidence).slice(0, 4),
  };
}

export function reviewDocument(doc: ExtractedDocument, ruleset: ResolvedRuleset, kind: ReviewKind): ReviewReport {
  const secs = sections(doc);
  const items = ruleset.items.filter((i) => i.kind === kind).map((i) => evaluateItem(i, doc, secs));
  const flags = ruleset.flags
    .filter((f) => f.appliesTo.includes(kind))
    .map((f) => evaluateFlag(f, doc, secs))
    .filter((f): f is FlagFinding => f !== null);
  const warnings = [...doc.warnings];
  const label = REVIEW_KINDS[kind];
  const found = items.filter((i) => i.status !== 'missing').length;
  const headings = doc.blocks.filter((b) => b.kind === 'heading').length;
  if (doc.needsOcr) warnings.push('该文件没有文字层（扫描件），需先识别文字后才能审查，以下结果均为“缺失”。');
  if (doc.blocks.length === 0) warnings.push(`该文件没有可读的正文，看起来不是${label}。`);
  else if (items.length && (found / items.length < 0.35 || headings < 3)) {
    warnings.push(`该文件看起来不像${label}：${items.length} 项应有内容中只找到 ${found} 项${headings < 3 ? '，且几乎没有分级标题' : ''}。请确认所选文件和审查类型是否正确。`);
  }
  return { ruleset: { id: ruleset.id, version: ruleset.version, name: ruleset.name }, kind, documentTitle: doc.title, items, flags, warnings };
}
