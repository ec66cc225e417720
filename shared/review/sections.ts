import { trailingDocumentStart } from '../document/preamble';
import { pathLabel } from '../document/build';
import { bodyBlocks, blockText as rawBlockText, type Block, type ExtractedDocument, type HeadingBlock } from '../domain/document';
import type { Hit } from './clauses';
import type { Evidence } from './report';
import { normalizeSpacing, sentences } from './text';
import { buildGlossary, readAliases, type Glossary } from './definitions';
import { amendedWords, withoutAmended } from './amendments';

/**
 * The document as the engine reads it: only its body (the wrapper before `bodyStart` is never evidence), each block's
 * text made comparable (spaces a PDF puts between Chinese and digits dropped; traditional characters converted to
 * simplified when the caller gives a converter), and its sections: a heading with everything under it.
 */

export interface Section {
  heading: HeadingBlock;
  /** What the heading names; an untitled article ("第三条" + its text) is named by its first sentence. */
  name: string;
  blocks: Block[];
  text: string;
  /** The heading has no words of its own ("第十八条", "（二）"): `name` is its first sentence, not a title. */
  untitled?: boolean;
  /** A line of the annex list at the end ("附件：1.…目录" / "2.…产品和服务清单"): it names an annex, it is no section. */
  annex?: boolean;
  /**
   * Nothing under the heading and nothing said in its own line: a heading listed without its text (a notice that lists
   * the plan's parts, a table of contents, a draft's empty outline). It names a matter; it is no content of it.
   */
  bare?: boolean;
}

export interface ReadDocument {
  doc: ExtractedDocument;
  blocks: Block[];
  /** Comparable text of a block. */
  text: (b: Block) => string;
  /** As written, for quoting. */
  shown: (b: Block) => string;
  sections: Section[];
  /** What the document defines (definitions.ts): every reader reads a clause with what its terms were defined to be. */
  glossary: Glossary;
  /** The title as matched (simplified when the document is traditional); `doc.title` stays as written, for quoting. */
  title: string;
}

export interface ReadOptions {
  /** Converts traditional characters to simplified (opencc); matching runs on its output, quotes stay as written. */
  toSimplified?: (s: string) => string;
}

/** A few characters that only traditional text uses, frequent in these documents. */
// A short passage has few of them: the verbs of transfer and release (轉讓, 導出, 將) and the words of an article count too.
const TRADITIONAL = /[數據與資於為這個們會經產業務權協議規範運營關對總發證書當應處報際標準條責價費轉讓將導臺區縣實項認門結類機構單託幣]/g;

export function looksTraditional(doc: ExtractedDocument): boolean {
  let n = 0;
  let all = 0;
  for (const b of doc.blocks.slice(0, 200)) {
    const t = rawBlockText(b);
    n += (t.match(TRADITIONAL) ?? []).length;
    all += t.length;
    if (n >= 8) return true;
  }
  // A short text (one pasted article) holds few of them, but they are a fair share of it.
  return n >= 3 && n * 40 >= all;
}

/**
 * A heading's numbering and its title are two things: matching reads them apart (a full-width space between), so no
 * word is read across them ("第一部分" + "授权范围" is not "分授权"). Quotes show the heading as written.
 */
const HEADING_GAP = '\u3000';
/**
 * A table's cells likewise: read with a bar between them ("数据资源 | 数据提供单位"), so no word is read across two cells
 * ("数据资源" + "数据提供单位" is not "源数据提供"); a row is a line.
 */
const CELL_GAP = ' | ';
const withSeparator = (b: Block) =>
  b.kind === 'table' ? b.rows.map((row) => row.join(CELL_GAP)).join('\n') : b.kind === 'heading' && b.numbering && b.text ? `${b.numbering}${HEADING_GAP}${b.text}` : rawBlockText(b);

export function readDocument(doc: ExtractedDocument, opts: ReadOptions = {}): ReadDocument {
  // A 起草说明 after the plan is another document: never evidence, like the wrapper before it.
  const body = bodyBlocks(doc);
  const blocks = body.slice(0, trailingDocumentStart(body));
  const convert = opts.toSimplified && looksTraditional(doc) ? opts.toSimplified : null;
  const cache = new Map<string, string>();
  const shown = (b: Block) => normalizeSpacing(rawBlockText(b));
  const glossary = buildGlossary(blocks);
  const aliases = { terms: glossary.rawTerms, definedIn: glossary.definedIn };
  const next = new Map(blocks.slice(0, -1).map((b, i) => [b.id, blocks[i + 1]]));
  const prev = new Map(blocks.slice(1).map((b, i) => [b.id, blocks[i]]));
  // The block as printed, a sentence cut by a page break made whole; the next page's words that made it whole are read
  // there, not again alone ("……经营主体，是" / "指乙方……进行再开发的市场主体。" read as a clause of its own).
  const whole = (b: Block) => {
    const before = prev.get(b.id);
    const own = normalizeSpacing(withSeparator(b));
    const lent = before ? pageContinuation(before, b) : '';
    return (lent && own.startsWith(lent) ? own.slice(lent.length) : own) + pageContinuation(b, next.get(b.id));
  };
  const written = (b: Block) => {
    let t = cache.get(b.id);
    if (t === undefined) {
      let s = whole(b);
      if (aliases.terms.length && !aliases.definedIn.has(b.id)) s = readAliases(s, aliases.terms);
      t = convert ? convert(s) : s;
      cache.set(b.id, t);
    }
    return t;
  };
  // Words the document amends in its own text are read as blank (amendments.ts).
  const amended = amendedWords(blocks.map(written));
  const masked = new Map<string, string>();
  const text = amended.length
    ? (b: Block) => {
        let t = masked.get(b.id);
        if (t === undefined) masked.set(b.id, (t = withoutAmended(written(b), amended)));
        return t;
      }
    : written;
  // A heading is named as printed: a term read as raw data in the text ("运营成果" defined to include 衍生数据) still names
  // its matter ("运营成果清单与审核" is the products' list).
  const printed = aliases.terms.length ? (b: Block) => (convert ? convert(whole(b)) : whole(b)) : text;
  return { doc, blocks, text, shown, sections: sections(blocks, text, printed), glossary, title: convert ? convert(doc.title) : doc.title };
}

/**
 * A PDF paragraph cut by a page break ("…按每次调用0.3元的标" / next page "准向运营机构支付技术服务费，…") is one sentence:
 * the block is read with the words of the next page up to its first full stop, so a clause is never judged in halves.
 */
function pageContinuation(b: Block, n: Block | undefined): string {
  if (b.kind !== 'paragraph' || n?.kind !== 'paragraph' || !b.location.page || !n.location.page || n.location.page <= b.location.page) return '';
  if (/[。；;：:！!？?…”」）)]\s*$/.test(b.text)) return '';
  const end = n.text.search(/[。；;！!？?]/);
  return end < 0 ? '' : normalizeSpacing(n.text.slice(0, end + 1));
}

function sections(blocks: Block[], text: (b: Block) => string, printed: (b: Block) => string): Section[] {
  const out: Section[] = [];
  let annexList = false;
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') annexList = /^\s*附件\s*[\d一二三四五六七八九十]*\s*[:：]/.test(b.text);
    if (b.kind !== 'heading') return;
    // "附件：1. 数据资源目录" / "2. 产品和服务清单" (or 一、/二、): in a PDF the entries after the first become headings.
    const annex = annexList && /^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.．、]?\s*$/.test(b.numbering ?? '');
    annexList = annex;
    const under: Block[] = [b];
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j];
      if (n.kind === 'heading' && n.level <= b.level) break;
      under.push(n);
    }
    const first = under[1];
    // A wiki's section link ("概述 [编辑]") is the page's, not the heading's.
    const own = printed(b).replace(b.numbering ?? '', '').replace(/\s*\[(?:编辑|编辑源代码|edit)\]\s*$/i, '').trim();
    const named = b.text.trim() ? own : first && first.kind === 'paragraph' ? printed(first) : '';
    const name = isListEntry(b, named) ? '' : headingName(named);
    // A heading that says its matter in its own line ("（一）授权运营名称：某市交通出行公共数据授权运营") is not bare, nor
    // one followed by a list numbered another way that the page read as higher headings ("第四条 产品和服务" / "1．" …).
    const nb = blocks[i + 1];
    // A line of the annex list is read as naming its annex (items.ts), not as a heading without text.
    // An article's line is its text ("第四条 其他事项按有关规定执行"); a form's field left blank ("第8条 运营成效评价：/") is not.
    const says = BLANK_FIELD.test(own) ? false : ARTICLE.test(b.numbering ?? '') || /[：:]\s*\S{2,}|[。；;]/.test(own);
    const bare = !annex && under.length === 1 && !says && (!nb || (nb.kind === 'heading' && numberingStyle(nb.numbering) === numberingStyle(b.numbering)));
    out.push({ heading: b, name, blocks: under, text: under.map(text).join('\n'), ...(b.text.trim() ? {} : { untitled: true }), ...(annex ? { annex: true } : {}), ...(bare ? { bare: true } : {}) });
  });
  return out;
}

/**
 * An entry of a numbered list that became a heading ("（一）风光资源评估报告，面向新能源开发企业，以报告形式交付；",
 * "（四）具有面向文旅行业的产品服务经验；") is a sentence, not a title: it names no matter. An article (第N条) keeps its
 * first words as its name.
 */
function isListEntry(b: HeadingBlock, own: string): boolean {
  if (/^第[一二三四五六七八九十百零〇\d]+条/.test(b.numbering ?? '')) return false;
  // A footnote of a wiki page ("2.↑ [[会议纪要]]：专家论证意见") cites a source; it heads nothing.
  if (/^[↑^]/.test(own)) return true;
  // A line the page broke inside a list ("（二）产业发展类:货车运力画像、物流企业经营评估、"), or one that sets a list out
  // after its colon, is a list entry of products or tasks: its words name things, not the section's matter.
  if (/[、，,]$/.test(own) || /[：:][^：:]*、[^：:]*、/.test(own)) return true;
  const lead = own.split(/[。；;：:]/)[0];
  return /[，,]/.test(lead) || /[；;]$/.test(own);
}

const ARTICLE = /^第[一二三四五六七八九十百零〇\d]+条/;
/** A field of a form left blank: "：/", "：——", "：无", or nothing after the colon. */
const BLANK_FIELD = /[：:]\s*(?:[/／\\\-—–_×]+|无|空|略)?\s*$/;
/** How a heading is numbered, whatever its number: "十、" and "四、" are siblings, "第四条" and "1．" are not. */
const numberingStyle = (n: string | null | undefined) => (n ?? '').replace(/\s+/g, '').replace(/[\d一二三四五六七八九十百零〇]+/g, 'N');

/** A heading names a matter by its first words; a long article heading is read only up to its first stop. */
export const headingName = (s: string) => s.split(/[。；;]/)[0].slice(0, 30);

/** A heading joins its matters with 与, 及 or 和 alike ("产品与服务", "产品及服务" are 产品和服务). */
export const joinedWithHe = (name: string) => name.replace(/[与及]/g, '和');

/**
 * The headings above each block by level, innermost first, in one pass (a long document has thousands of blocks): an
 * item's own title ("2．校车运行安全监测服务"), then the category it is listed in ("（一）公共治理和公益服务类"), up to
 * the chapter. A heading's own chain holds the headings it stands under, not itself.
 */
// Read once per document: the phrase checks of every red line and the unit readers ask for it (as units.ts keeps its own).
const chainsOf = new WeakMap<ReadDocument, Map<string, readonly string[]>>();
export function headingChains(r: ReadDocument): Map<string, readonly string[]> {
  const kept = chainsOf.get(r);
  if (kept) return kept;
  const m = new Map<string, readonly string[]>();
  chainsOf.set(r, m);
  const stack: HeadingBlock[] = [];
  for (const b of r.blocks) {
    if (b.kind === 'heading') while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
    m.set(b.id, stack.map((h) => r.text(h)).reverse());
    if (b.kind === 'heading') stack.push(b);
  }
  return m;
}

/** The innermost heading above each block, by its name. */
export function enclosingHeadings(r: ReadDocument): Map<string, string> {
  const m = new Map<string, string>();
  for (const [id, chain] of headingChains(r)) if (chain.length) m.set(id, headingName(chain[0]));
  return m;
}

const EXCERPT = 160;
const excerpt = (s: string) => (s.length > EXCERPT ? s.slice(0, EXCERPT) + '…' : s);

/** Where a block is, without repeating the numbering its own text starts with ("四、" + "四、组织实施"). */
export function locationOf(b: Block): string {
  if (b.kind !== 'heading') return b.location.label;
  const path = b.location.headingPath.slice(0, -1);
  return [b.location.page ? `第${b.location.page}页` : '', path.length ? `${pathLabel(path)}下的标题` : '章节标题'].filter(Boolean).join(' ');
}

/** Evidence quoting a block (or a sentence of it) as written; `hit` adds how the clause was read. */
export function evidence(r: ReadDocument, b: Block, sentence?: string, hit?: Hit): Evidence {
  let quote = sentence ?? r.shown(b);
  if (sentence !== undefined) {
    // Matching ran on converted text; quote the same span of the text as written when it lines up.
    const gap = b.kind === 'heading' ? (t: string) => t.replace(HEADING_GAP, '') : (t: string) => t;
    const conv = gap(r.text(b));
    const orig = r.shown(b);
    const at = conv.indexOf(gap(sentence));
    quote = gap(sentence);
    if (at >= 0 && conv.length === orig.length) quote = orig.slice(at, at + quote.length);
  }
  return {
    blockId: b.id,
    location: locationOf(b),
    excerpt: excerpt(quote),
    ...(hit ? { reading: hit.reading, ...(hit.condition ? { condition: hit.condition } : {}) } : {}),
    // Recognised by OCR from a scanned page: the reviewer should check it against the original.
    ...(b.ocr ? { ocr: true as const } : {}),
  };
}

/**
 * A sentence that only names a matter in passing: a list of scenarios or goals ("应用于交通出行、应急管理、医疗健康等
 * 领域", "形成一批高质量数据产品和服务"). It says the matter exists, not how it is handled, so it is not content.
 */
const GOAL = /(形成一批|打造一批|培育一批|推出一批|力争|到20\d\d年|目标|愿景|助力|赋能|推动|促进|带动|涵盖|聚焦|包括但不限于)/;
/** A forecast ("预计到2028年……节省……约600万元") says what is expected: the 预期成效 itself, not a goal in passing. */
const FORECAST = /^(?:预计|预期)/;
export function isPassingMention(sentence0: string, word: string, inOwnSection = false): boolean {
  if (GOAL.test(sentence0) && !FORECAST.test(word)) return true;
  // Under the item's own heading a list names what the section covers ("论证涉及社会需求、市场规模、预期成效").
  if (inOwnSection) return false;
  // A word only inside the name of a document on another matter than data names that document ("不属于《市场准入负面清单
  // （2025年版）》禁止准入事项" is no negative list of data).
  if (sentence0.includes('《') && sentence0.replace(/《[^《》]{1,60}》/g, (q) => (q.includes('数据') ? q : '《》')).indexOf(word) < 0) return true;
  // A slogan in quotes is one phrase, not a list ("收益按“谁投入、谁贡献、谁受益”分配").
  const sentence = sentence0.includes('、') ? sentence0.replace(/[“"「][^”"」]{1,30}[”"」]/g, (q) => q.replace(/、/g, '·')) : sentence0;
  const at = sentence.indexOf(word);
  if (at < 0) return false;
  // The word is one item of a list of three or more ("交通、应急管理、医疗") with nothing said about it.
  // A colon ends the clause too: "须满足以下条件：首先是……、……" introduces a list, it is not one of its items.
  const before = sentence.slice(0, at);
  const start = Math.max(before.lastIndexOf('，'), before.lastIndexOf('：'), before.lastIndexOf(':')) + 1;
  const rest = sentence.slice(at).search(/[，：:]/);
  const clause = sentence.slice(start, rest < 0 ? sentence.length : at + rest);
  if ((clause.match(/、/g) ?? []).length < 2) return false;
  // The head noun after the list is not one of its items: "……排放核算、绿色信贷辅助评估等数据服务的年需求约2200万元",
  // "完成数据归集、治理、交付直至销毁的全流程服务" say something about 年需求 and 全流程.
  const lead = clause.slice(0, clause.indexOf(word));
  // Nor is the subject the list is said of: "授权范围为市场监管、人力社保……五个领域" says what the 范围 is.
  if (!lead.includes('、') && !/^(?![^、，。；：:]*?(?:为|是|包括|包含|涵盖|含|有|即|指))[^、，。；：:]{0,6}、/.test(clause.slice(clause.indexOf(word) + word.length))) return false;
  // Nor is a verb said of the whole list after an adverb ("投入成本、收入、支出单独核算", "……分别登记"): it is the sentence's.
  const last = lead.slice(lead.lastIndexOf('、') + 1);
  return !/[等的]/.test(last) && !/(?:单独|分别|统一|独立|集中|一并|均|都|进行|实行|实施|开展)$/.test(last);
}

/** The sentences of a block that say something about a matter rather than mention it. */
export function contentSentences(text: string, words: readonly string[]): string[] {
  return sentences(text).filter((s) => words.some((w) => s.includes(w) && !isPassingMention(s, w)));
}
