import type { Block } from '../../domain/document';
import { headingChains, type ReadDocument } from '../sections';
import { sentences } from '../text';
import { forbiddingLeadBefore, ledSentences, NO_LEAD, openLead, type Lead } from '../clauseLeads';

/**
 * What a red-line reader reads: each sentence of each clause-bearing block, and each row of a table read as labelled
 * clauses ("服务对象：市教育局，收费方式：按年订阅，3万元/年。"), so a list of products or scenarios says what a clause
 * would. A table typed in a text file ("序号 | 场景名称 | 授权方式" and rows) is read the same way.
 */
export interface Unit {
  block: Block;
  /** The sentence read (a table row as labelled clauses). */
  text: string;
  /** The sentence to quote as evidence. */
  quote: string;
  /** The whole text of the block, for what a sentence refers back to. */
  blockText: string;
  /** Sentences of the same block before this one. */
  before: string[];
  /** The last heading above the block ("授权范围" for "第二条 授权范围：……"): what the sentence is the content of. */
  heading: string;
  /**
   * The headings the block stands under, nearest first, by level: an item's own title ("2．校车运行安全监测服务") and
   * then the category it is listed in ("（一）公共治理和公益服务类"), up to the chapter.
   */
  headings: readonly string[];
}

/** A row typed in text split at its bars, edge cells kept (as `columnHeads` counts them). */
export const cells = (line: string) => line.split(/\s*[|｜]\s*/).map((c) => c.trim());
const isRow = (t: string) => /[|｜]/.test(t) && cells(t).length >= 2;
/**
 * A two-column table of items and what is agreed on each ("项目 | 内容", "事项 | 约定"): its first cell names the
 * item, so a row reads "应用场景：不限", not "项目：应用场景，内容：不限".
 */
/** A field's name heading its value in a record set out a field a line ("产品名称", "服务对象", "收费方式"). */
const FIELD_LABEL = /^[\u4e00-\u9fff]{1,6}(?:名称|对象|类别|类型|方式|标准|期限|内容|范围|主体|形式|价格|用途|依据|频率|周期|模式|费用|金额|时间|渠道|要求)$/;
const KEY_VALUE_HEAD = /^(?:项目|事项|要素|条款|类别|名称|内容|约定|说明|具体内容|约定内容|主要内容|备注)$/;
// A row typed in text starts and ends with a bar: its empty edge cells are no columns.
const inner = (cs: string[]) => cs.slice(cs[0] === '' ? 1 : 0, cs.at(-1) === '' ? -1 : undefined);
const keyValue = (head: string[], row: string[]) => {
  const [h, r] = [inner(head), inner(row)];
  return h.length === 2 && h.every((x) => KEY_VALUE_HEAD.test(x)) && r.length === 2 && r[0] && r[1] ? `${r[0]}：${r[1]}。` : null;
};
/**
 * A column headed by a risk or a problem ("主要风险", "风险点", "存在问题"): its cells name what is feared, not what is
 * agreed ("产业发展 | 带动年收入约800万元 | 数据垄断、不正当竞争 | 产品清单公开"); the column of measures against it
 * ("防控措施", "风险应对") is read.
 */
const RISK_HEAD = /风险|隐患|问题|难点|短板|挑战/;
const NOT_RISK_HEAD = /措施|防控|防范|应对|对策|举措|处置|要求|办法|责任|机制|手段|方式|等级|评级|整改|分析|评估/;
export const isRiskHead = (h: string | undefined) => !!h && RISK_HEAD.test(h) && !NOT_RISK_HEAD.test(h);
export const rowAsClauses = (head: string[], row: string[]) =>
  keyValue(head, row) ??
  row.map((c, i) => (isRiskHead(head[i]) ? '' : head[i] && c ? `${head[i]}：${c}` : c)).filter(Boolean).join('，') + '。';

/** The column heads of each table block and each row typed in text ("方面 | 预期成效 | 主要风险" and rows), once per document. */
const headsOf = new WeakMap<ReadDocument, Map<Block, string[]>>();
export function columnHeads(r: ReadDocument): Map<Block, string[]> {
  const kept = headsOf.get(r);
  if (kept) return kept;
  const out = new Map<Block, string[]>();
  headsOf.set(r, out);
  let head: string[] | null = null;
  for (const b of r.blocks) {
    if (b.kind === 'table') {
      if (b.rows[0]) out.set(b, b.rows[0].map((c) => c.trim()));
      head = null;
      continue;
    }
    const t = r.text(b);
    if (!isRow(t)) {
      head = null;
      continue;
    }
    if (!head || cells(t).length !== head.length) head = cells(t);
    else out.set(b, head);
  }
  return out;
}

/** A row typed in text under a risk column, read as labelled clauses (the risk it names is no rule); else null. */
export function typedRiskRow(r: ReadDocument, b: Block, cells: string[]): string | null {
  const heads = columnHeads(r).get(b);
  return heads && heads.length === cells.length && heads.some(isRiskHead) ? rowAsClauses(heads, cells) : null;
}

/** Whether every place `word` stands in a table's `text` is a cell under a risk column (`isRiskHead`). */
export function onlyInRiskCells(text: string, word: string, heads: string[]): boolean {
  if (!word || !heads.some(isRiskHead)) return false;
  let seen = false;
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
    const line = text.slice(text.lastIndexOf('\n', p) + 1, p);
    if (!isRiskHead(heads[(line.match(/[|｜]/g) ?? []).length])) return false;
    seen = true;
  }
  return seen;
}

/**
 * A record written as labelled fields split by semicolons ("产品名称“……全量数据包”；产品形态“数据文件”；交付方式“离线拷贝”",
 * "工作内容：……；责任主体：乙方全资子公司……；备注：以子公司名义……") is one row: read as one sentence, its fields joined.
 */
const FIELD = /^\s*[^，。；;：:“”"]{1,10}(?:[：:]|[“"])/;
export function asOneRecord(t: string): string {
  const parts = t.split(/[；;]/);
  return parts.length >= 3 && parts.filter((p) => FIELD.test(p)).length >= 3 ? parts.join('，') : t;
}

const INLINE_ROW = /^[^（(|｜。；]{0,30}?[（(]([^（）()。；]*[|｜][^（）()。；]*)[）)][：:]\s*([^。；]*[|｜][^。；]*[。；;]?)$/;

/** The unfinished sentence a long paragraph ends with (no full stop, semicolon or colon), or ''. */
const NUMBERED = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[、.．)）]|第[一二三四五六七八九十百\d]+[条章节])/;
function unfinished(t: string): string {
  const s = t.trimEnd();
  // A short line runs on only when it is cut mid-clause (it holds a comma): "第二十五条 为提升产品价值，乙方可以派".
  if ((s.length < 20 && !/[，,、]/.test(s)) || /[。；;！？!?：:”」）)]$/.test(s)) return '';
  const tail = s.slice(Math.max(s.lastIndexOf('。'), s.lastIndexOf('；'), s.lastIndexOf(';')) + 1);
  return tail.length <= 80 ? tail : '';
}

/** The units of a document, read once per review: three readers (exclusivity, pricing, mode) walk the same ones. */
const unitsOf = new WeakMap<ReadDocument, { isClause: (b: Block) => boolean; units: readonly Unit[] }>();
export function units(r: ReadDocument, isClause: (b: Block) => boolean): readonly Unit[] {
  const kept = unitsOf.get(r);
  if (kept?.isClause === isClause) return kept.units;
  const read = [...readUnits(r, isClause)];
  unitsOf.set(r, { isClause, units: read });
  return read;
}

function* readUnits(r: ReadDocument, isClause: (b: Block) => boolean): Generator<Unit> {
  const leads = leadsByBlock(r);
  let head: string[] | null = null;
  let record: string[] = [];
  let heading = '';
  const chains = headingChains(r);
  let open = '';
  for (const b of r.blocks) {
    // A sentence broken across paragraphs (an OCR or PDF line break: "……不" / "得参与……再开发。") is read whole.
    const lead = open;
    open = '';
    const under = heading;
    if (b.kind === 'heading') heading = r.text(b);
    const headings = chains.get(b.id) ?? [];
    if (b.kind === 'table') {
      // A record down the page in a table of two columns, field and value: read as one record.
      const pairs = b.rows.map((row) => inner(row.map((x) => x.trim())));
      if (pairs.length >= 2 && pairs.every((c) => c.length === 2 && FIELD_LABEL.test(c[0]) && c[1]) && !FIELD_LABEL.test(pairs[0][1])) {
        yield { block: b, text: `${pairs.map((c) => `${c[0]}：${c[1]}`).join('，')}。`, quote: b.rows.map((row) => row.join(' | ')).join('；'), blockText: '', before: [], heading: under, headings };
        head = null;
        continue;
      }
      const [h, ...rows] = b.rows;
      for (const row of rows) yield { block: b, text: rowAsClauses(h ?? [], row), quote: row.join(' | '), blockText: '', before: [], heading: under, headings };
      head = null;
      continue;
    }
    const t = r.text(b);
    // A row quoted with its head in one line ("附表3（产品名称｜交付对象｜再开发主体）：企业信用画像接口｜金融机构｜乙方").
    const inline = INLINE_ROW.exec(t);
    if (inline && cells(inline[1]).length === cells(inline[2]).length) {
      yield { block: b, text: rowAsClauses(cells(inline[1]), cells(inline[2].replace(/[。；;]$/, ''))), quote: t, blockText: t, before: [], heading: under, headings };
      head = null;
      continue;
    }
    if (isRow(t)) {
      // A record set out down the page, a field a line ("产品名称 | ……" / "服务对象 | 市应急管理局" / "收费方式 | ……"):
      // each line is read with the fields above it, so its last line reads the whole record.
      const c = inner(cells(t));
      if (c.length === 2 && FIELD_LABEL.test(c[0]) && c[1] && (record.length || !FIELD_LABEL.test(c[1]))) {
        record.push(`${c[0]}：${c[1]}`);
        if (record.length >= 2) {
          yield { block: b, text: `${record.join('，')}。`, quote: t, blockText: t, before: [], heading: under, headings };
          head = null;
          continue;
        }
      } else record = [];
      if (!head || cells(t).length !== head.length) head = cells(t);
      else yield { block: b, text: rowAsClauses(head, cells(t)), quote: t, blockText: t, before: [], heading: under, headings };
      continue;
    }
    record = [];
    head = null;
    // A short heading names a matter; a longer one cut from an article ("第三条 本协议授权范围覆盖……全部应用场景") is its sentence.
    // A caption long only by its article's number names matters, unless it says something of them ("第二十六条 公益使用和
    // 经营性收费" names two; "第三条 授权范围以数据资源目录界定" is the article's sentence).
    const caption = t.replace(/^\s*第[一二三四五六七八九十百零〇\d]+条\s*/, '');
    const sentenceLong = t.length >= 14 && (caption.length >= 14 || /以|为|由|按|应|可|不得|须|均|是/.test(caption));
    if (!isClause(b) && !(b.kind === 'heading' && sentenceLong && !/(?:原则|要求|模式|方式|范围|机制|措施|安排|清单|条件|情况)$/.test(t))) continue;
    const ss = ledSentences(asOneRecord(t), leads.get(b));
    // Only a paragraph runs on: a heading cut from an article states its matter without a full stop.
    const joined = lead && b.kind === 'paragraph' && !NUMBERED.test(t) ? lead : '';
    // A sentence cut over several lines carries what came before: "……乙方可以派" / "驻技术团队，……对乙方" / "已交付……".
    if (b.kind === 'paragraph') open = unfinished(t);
    if (open && joined && ss.length === 1 && open.length === t.trimEnd().length && joined.length + open.length <= 160) open = joined + open;
    for (let i = 0; i < ss.length; i++) yield { block: b, text: i === 0 ? joined + ss[i] : ss[i], quote: ss[i], blockText: t, before: ss.slice(0, i), heading: under, headings };
  }
}

/**
 * Each sentence of each block, a sentence hard-wrapped over two paragraphs (an OCR or PDF line break: "……本协议自动续" /
 * "签，续签期限与原期限相同。") read whole with what the paragraph before left unfinished.
 */
export function* wrappedSentences(r: ReadDocument): Generator<{ block: Block; text: string }> {
  let open = '';
  for (const b of r.blocks) {
    const t = r.text(b);
    const lead = open && b.kind === 'paragraph' && !NUMBERED.test(t) ? open : '';
    open = b.kind === 'paragraph' ? unfinished(t) : '';
    const ss = sentences(t);
    for (let i = 0; i < ss.length; i++) yield { block: b, text: i === 0 ? lead + ss[i] : ss[i] };
  }
}

/**
 * The sentences of each block as `wrappedSentences` reads them; made once per document (the term check and the term's
 * value both read them in one review).
 */
const byBlock = new WeakMap<ReadDocument, Map<Block, string[]>>();
export function sentencesByBlock(r: ReadDocument): Map<Block, string[]> {
  const kept = byBlock.get(r);
  if (kept) return kept;
  const out = new Map<Block, string[]>();
  byBlock.set(r, out);
  for (const { block, text } of wrappedSentences(r)) {
    const list = out.get(block);
    if (list) list.push(text);
    else out.set(block, [text]);
  }
  return out;
}

/**
 * The prohibiting lead-in each paragraph is under ("乙方不得有下列行为：" with its items one a paragraph after it), made once
 * per document: every reader reads a numbered item under it as forbidden (clauses.ts `ledSentences`).
 */
const leadsOf = new WeakMap<ReadDocument, Map<Block, Lead>>();
export function leadsByBlock(r: ReadDocument): Map<Block, Lead> {
  const kept = leadsOf.get(r);
  if (kept) return kept;
  const out = new Map<Block, Lead>();
  leadsOf.set(r, out);
  let lead = NO_LEAD;
  for (const b of r.blocks) {
    if (b.kind === 'table') {
      lead = NO_LEAD;
      continue;
    }
    if (lead.text) out.set(b, lead);
    // A heading is read as the lead-in it was written as: intake drops its colon ("第十五条 乙方不得实施下列行为：" over
    // the items). Only one that announces a list: a title ("转授权禁止") names the article's matter.
    const t = r.text(b);
    const asLead = b.kind === 'heading' && /下列|以下|如下/.test(t) && !/[：:]\s*$/.test(t) && forbiddingLeadBefore(`${t}：`) ? `${t}：` : t;
    lead = openLead(asLead, lead);
    // An item's number set as a heading ("（一）" over "将……转授权……；"): the paragraph after it is the item.
    if (lead.text && b.kind === 'heading' && /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])\s*$/.test(t)) lead = { ...lead, cont: true };
  }
  return out;
}
