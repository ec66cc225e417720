import type { Block, ExtractedDocument, Location, NumberingStyle } from '../domain/document';
import { HeadingLevels, levelKey, numberingValue, parseNumbering, splitNumberedLine } from './numbering';
import { isAgencyLine, isTitleLine, locateBody } from './preamble';
import { isFieldLine } from './titleLines';

/**
 * What an extractor reads off a file, in reading order, before structure is decided. Every format (TXT, Markdown,
 * DOCX, PDF) produces these; `buildDocument` turns them into the one ExtractedDocument, so numbering, levels and
 * locations are decided in one place.
 */
export type RawItem =
  | {
      kind: 'text';
      text: string;
      page?: number;
      /** A heading by its style (DOCX Heading 1…, Markdown #…): 1-based. Plain paragraphs leave it out. */
      styledLevel?: number;
      /** A DOCX Title-style paragraph. */
      isTitle?: boolean;
      /**
       * A Word list item's level (ilvl) when its label looks like a shallower level's ("1." under "5. 申请条件"): the
       * same numbering at another depth is a level of its own.
       */
      listDepth?: number;
      /** Recognised by OCR from a page image. */
      ocr?: true;
    }
  | { kind: 'table'; rows: string[][]; page?: number; ocr?: true };

export interface BuildOptions {
  format: ExtractedDocument['format'];
  fileName: string;
  pageCount?: number;
  needsOcr?: boolean;
  warnings?: string[];
}

const MAX_TITLE = 60;
/** An entry of a table of contents: its heading, a leader of dots or dashes, the page it starts on. */
export const TOC_ENTRY = /^\S.{0,80}?\s*(?:…{2,}|[.·•．・_]{4,}|[—－-]{4,})\s*(?:第\s*)?\d{1,3}\s*页?$/;
const TOC_HEAD = /^目\s*录$/;

/** Collapses runs of white space; keeps CJK text as written. */
export function cleanText(s: string): string {
  return s.replace(/[\t\u00a0\u3000 ]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/**
 * A heading path as a reader writes it: "三、（二）1."; a decimal outline's number already holds the numbers above it
 * ("1.3.1", not "11.31.3.1").
 */
export function pathLabel(path: readonly string[]): string {
  return path.filter((p, i) => !path.slice(i + 1).some((q) => /^\d+(?:[.．]\d+)*$/.test(p) && q.startsWith(`${p}.`))).join('');
}

export function locationLabel(page: number | undefined, path: string[], paragraphInSection: number): string {
  const parts: string[] = [];
  if (page) parts.push(`第${page}页`);
  if (path.length) parts.push(pathLabel(path));
  if (paragraphInSection > 0) parts.push(`第${paragraphInSection}段`);
  return parts.join(' ') || '文首';
}

export function buildDocument(items: RawItem[], opts: BuildOptions): ExtractedDocument {
  const blocks: Block[] = [];
  const levels = new HeadingLevels();
  // The style each heading's level was decided by, to decide the body's levels again from where it starts.
  const keys = new Map<string, string>();
  let inSection = 0;
  let title: string | null = null;
  let styledTitle: number | undefined;
  let sawHeading = false;

  const loc = (page: number | undefined, n: number): Location => {
    const headingPath = levels.path();
    return { page, headingPath, paragraphInSection: n, blockIndex: blocks.length, label: locationLabel(page, headingPath, n) };
  };
  const pushHeading = (key: string, numbering: string | null, style: NumberingStyle, text: string, page?: number) => {
    const level = levels.push(key, numbering ?? text);
    inSection = 0;
    sawHeading = true;
    keys.set(`b${blocks.length}`, key);
    blocks.push({ kind: 'heading', id: `b${blocks.length}`, location: loc(page, 0), level, numbering, numberingStyle: style, text });
  };
  const pushParagraph = (text: string, page?: number, toc?: true) => {
    if (!text) return;
    inSection++;
    blocks.push({ kind: 'paragraph', id: `b${blocks.length}`, location: loc(page, inSection), text, ...(toc ? { toc } : {}) });
  };

  // A bare number waiting for its text; left alone (before a table or at the end), it is kept as a line of its own.
  let pendingNumber: string | null = null;
  const flushNumber = (page?: number) => {
    if (pendingNumber !== null) pushParagraph(pendingNumber, page);
    pendingNumber = null;
  };
  const add = (item: RawItem) => {
    if (item.kind === 'table') {
      flushNumber(item.page);
      const rows = item.rows.map((r) => r.map(cleanText)).filter((r) => r.some((c) => c));
      if (!rows.length) return;
      inSection++;
      blocks.push({ kind: 'table', id: `b${blocks.length}`, location: loc(item.page, inSection), rows });
      return;
    }
    const text = cleanText(item.text);
    if (!text) return;
    const bare = (t: string) => {
      const n = splitNumberedLine(t);
      return n && !n.title && !n.body ? n.numbering : null;
    };
    if (pendingNumber !== null && !item.isTitle && !item.styledLevel && bare(text) === null) {
      const numbered = `${pendingNumber}${text}`;
      pendingNumber = null;
      add({ ...item, text: numbered });
      return;
    }
    flushNumber(item.page);
    // A table of contents ("目  录", "四、运营机构选择条件 ……… 4"): lines to show, no heading of the outline.
    if (TOC_ENTRY.test(text) || (TOC_HEAD.test(text) && !sawHeading)) {
      pushParagraph(text, item.page, true);
      return;
    }
    // A title set in a heading style ("标题 1", unnumbered, a document's kind at its end) before any heading is the
    // document's title, as a Title-style paragraph is: not the top of its outline, nor the file name in its place.
    const styledAsTitle = !!item.styledLevel && title === null && !sawHeading && blocks.length < 3 && !parseNumbering(text) && isTitleLine({ kind: 'paragraph', id: '', location: { headingPath: [], paragraphInSection: 0, blockIndex: 0, label: '' }, text });
    if (item.isTitle || styledAsTitle) {
      title ??= text;
      styledTitle ??= blocks.length;
      pushParagraph(text, item.page);
      return;
    }
    if (item.styledLevel) {
      const n = parseNumbering(text);
      // A heading style that carries its article's text ("（四） 协议签订与备案。 运营协议经……签订后5个工作日内……备案。"):
      // the title is the heading, the rest its first paragraph, as the same line unstyled is read.
      const run = n ? splitNumberedLine(text) : null;
      if (run?.title && run.body) {
        pushHeading(levelKey(run.style, run.numbering), run.numbering, run.style, run.title, item.page);
        pushParagraph(run.body, item.page);
      } else if (n) pushHeading(levelKey(n.style, n.numbering), n.numbering, n.style, n.rest.trim(), item.page);
      else pushHeading(`h${item.styledLevel}`, null, 'none', text, item.page);
      return;
    }
    const split = splitNumberedLine(text);
    // A number alone on its line ("1." then the clause on the next line, as PDF and web copies break them) belongs
    // to the line that follows; it never makes a heading without text.
    if (split && !split.title && !split.body) {
      pendingNumber = split.numbering;
      return;
    }
    // A decimal number before a clause ("9.1 乙方退出的，应当……") numbers the clause; only a named one ("1.1 编制目的")
    // is a heading of the outline.
    if (split && split.style === 'decimal' && !split.title) {
      pushParagraph(text, item.page);
      return;
    }
    if (split) {
      pushHeading(`${levelKey(split.style, split.numbering)}${item.listDepth ? `@${item.listDepth}` : ''}`, split.numbering, split.style, split.title, item.page);
      pushParagraph(split.body, item.page);
      return;
    }
    // The first short line before any heading and without a sentence end is the document's printed title.
    // A labelled field above it ("协议编号：YGJ-…") is a cover's, not the title.
    if (title === null && !sawHeading && blocks.length < 3 && text.length <= MAX_TITLE && !/[。；;，,：:]$/.test(text) && !isFieldLine(text)) title = text;
    pushParagraph(text, item.page);
  };
  for (const item of items) {
    const from = blocks.length;
    add(item);
    // Text recognised from a page image is marked on every block it became, so findings on it can say so.
    if (item.ocr) for (let i = from; i < blocks.length; i++) blocks[i].ocr = true;
  }
  flushNumber();

  // The wrapper a website or a notice put around the document is left before `bodyStart`; the title is the document's own.
  const body = locateBody(blocks, styledTitle);
  if (body.bodyStart > 0 || body.title) title = body.title ?? firstTitleLike(blocks.slice(body.bodyStart));
  relevel(blocks, body.bodyStart, keys);
  return {
    format: opts.format,
    // A title broken over lines in its paragraph ("……授权运营协议↵（黄骅港港航物流服务场景）") is one line.
    title: title?.replace(/\s*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])/g, '').replace(/\s*\n\s*/g, ' ') ?? opts.fileName.replace(/\.[^.]+$/, ''),
    ...(body.bodyStart > 0 ? { bodyStart: body.bodyStart } : {}),
    ...(body.titleBlockId ? { titleBlockId: body.titleBlockId } : {}),
    ...(opts.pageCount !== undefined ? { pageCount: opts.pageCount } : {}),
    needsOcr: opts.needsOcr ?? false,
    blocks,
    warnings: opts.warnings ?? [],
  };
}

/**
 * Levels are given by order of appearance, decided here once the whole text is known, from where the body starts:
 * - the wrapper's own numbering (a notice's "1.电子邮件 2.信函") is not the document's, so it is left out; otherwise
 *   "1." seen first in the notice ranks above the plan's "一、" and its "1.需求方面" closes the section it belongs to;
 * - a numbered list inside the text (an agreement's 鉴于 recitals, a 前言's goals, one paragraph's "1. 2. 3.") is not
 *   the level of the headings that follow it: see `isLocalList`. Its items sit under the heading they are in and the
 *   next heading closes them, so "一、授权事项" after recitals "1. 2. 3." is not read as "3.一、".
 */
function relevel(blocks: Block[], from: number, keys: Map<string, string>): void {
  const levels = new HeadingLevels();
  const body = blocks.slice(from);
  const heads = body.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
  const keyOf = (h: Extract<Block, { kind: 'heading' }>) => keys.get(h.id) ?? h.numberingStyle;
  const local = new Set<string>();
  heads.forEach((h, i) => {
    const key = keyOf(h);
    // A list starts where its style is not open yet; it is local when what follows it is a new style that it does
    // not enclose.
    const starts = (i === 0 || keyOf(heads[i - 1]) !== key) && !levels.has(key) && !!h.numbering && !(key in DIVISION_KEYS);
    if (starts) {
      let end = i;
      while (end + 1 < heads.length && keyOf(heads[end + 1]) === key) end++;
      const next = heads[end + 1];
      if (next && !levels.has(keyOf(next)) && isLocalList(blocks, heads, i, end, keyOf, (k) => levels.has(k))) for (let k = i; k <= end; k++) local.add(heads[k].id);
    }
    levels.push(key, h.numbering ?? h.text, local.has(h.id));
  });
  const assign = new HeadingLevels();
  for (const b of body) {
    if (b.kind === 'heading') b.level = assign.push(keyOf(b), b.numbering ?? b.text, local.has(b.id));
    const headingPath = assign.path();
    b.location = { ...b.location, headingPath, label: locationLabel(b.location.page, headingPath, b.location.paragraphInSection) };
  }
}

// Divisions and articles are the document's own structure, never a list inside its text.
const DIVISION_KEYS = { part: 1, chapter: 1, section: 1, article: 1 };

/**
 * A run of same-style items heads[from..to] followed by a heading of a style not open yet. Is the run a list inside
 * the text, or the level above what follows? A document uses each numbering style at one level: if the style comes
 * back later, before the heading the run is in ends, counting from 1 again, it came back under the new style, so the
 * run was not above it; if it continues
 * (the run ends at "3.", the next is "4."), the run is the document's level. If the style never comes back, the run is
 * a list when it reads as one: its items are numbered sentences (no title), or a paragraph ending in "：" introduces it.
 */
function isLocalList(
  blocks: Block[],
  heads: Extract<Block, { kind: 'heading' }>[],
  from: number,
  to: number,
  keyOf: (h: Extract<Block, { kind: 'heading' }>) => string,
  enclosing: (key: string) => boolean,
): boolean {
  const key = keyOf(heads[from]);
  // Looked for only inside the heading the run is in: under the next "二、" the style starts from 1 again anyway.
  let later: Extract<Block, { kind: 'heading' }> | undefined;
  for (const h of heads.slice(to + 1)) {
    if (enclosing(keyOf(h))) break;
    if (keyOf(h) === key) {
      later = h;
      break;
    }
  }
  if (later) {
    const first = numberingValue(heads[from].numbering ?? '');
    const again = numberingValue(later.numbering ?? '');
    return first !== null && again !== null && again <= first;
  }
  if (heads.slice(from, to + 1).every((h) => !h.text)) return true;
  const at = blocks.indexOf(heads[from]);
  const before = blocks[at - 1];
  return before?.kind === 'paragraph' && /[：:]$/.test(before.text);
}

function firstTitleLike(blocks: Block[]): string | null {
  for (const b of blocks.slice(0, 3)) {
    if (b.kind === 'heading') return null;
    // An organ's name under a table or a notice signs it; it is not what the text is.
    if (b.kind === 'paragraph' && b.text.length <= MAX_TITLE && !/[。；;，,：:]$/.test(b.text) && !isAgencyLine(b.text) && !isFieldLine(b.text)) return b.text;
  }
  return null;
}
