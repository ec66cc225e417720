// A PDF's pages put together (split from pdf.ts, which reads each page, along the document's parts: the page's
// furniture and the paragraphs that run over its break).
import type { RawItem } from '../../shared/document/build';
import { parseNumbering } from '../../shared/document/numbering';
import { joinLines, MARKED_PAGE } from './text';

export interface PdfPageText {
  page: number;
  items: RawItem[];
  /** Characters of text on the page (0: a scanned page, to be read by OCR). */
  chars: number;
}

/**
 * A running head or foot: the same line standing first (or last) on most pages ("秦皇岛市……实施方案" over every page
 * after the cover). It is the page's furniture, not the text: left in, it splits the sentence that runs over the page
 * break and is read as a paragraph of whatever section the page is in. The first page with text keeps its lines (a
 * title there may read the same as the head), except a head that carries the page's number ("……授权运营协议 第1页
 * 共4页"): a title never does; or one over the title printed again below it. The head is known by its words, its page number left aside.
 */
// A page number at the end of a head or a foot: "第 2 页 共 4 页", "- 2 -", "2 / 4".
const TRAILING_PAGE = /\s*(?:第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|[-—–－]+\s*\d+\s*[-—–－]+|\d+\s*\/\s*\d+)$/;
export function withoutRunningLines(allPages: PdfPageText[]): PdfPageText[] {
  const pages = withoutPageNumbers(allPages);
  const withText = pages.filter((p) => p.items.length);
  if (withText.length < 3) return pages;
  const edge = (p: PdfPageText, end: 0 | -1) => {
    const it = p.items.at(end);
    return it?.kind === 'text' && it.text.trim().length <= 60 ? it.text.trim().replace(TRAILING_PAGE, '') : null;
  };

  const running = (end: 0 | -1) => {
    const n = new Map<string, number>();
    for (const p of withText) {
      const t = edge(p, end);
      if (t) n.set(t, (n.get(t) ?? 0) + 1);
    }
    return new Set([...n].filter(([, c]) => c >= 3 && c * 2 >= withText.length).map(([t]) => t));
  };
  const heads = running(0);
  const feet = running(-1);
  if (!heads.size && !feet.size) return pages;
  const first = withText[0];
  // The first page loses only a head that carries its page number: its words then differ from the line as written.
  const firstHead = edge(first, 0);
  const firstNumbered = !!firstHead && heads.has(firstHead) && firstHead !== (first.items[0] as { text: string }).text.trim();
  // Nor does it keep a head over a cover that prints the title itself below it, broken over lines ("秦皇岛市……公共数据" /
  // "授权运营实施方案" / "（征求意见稿）"): the title is the cover's, the head the page's furniture.
  const squeezed = (t: string) => t.replace(/\s+/g, '');
  const coverBelow = first.items.slice(1, 7).flatMap((it) => (it.kind === 'text' ? [squeezed(it.text)] : [])).join('');
  const firstOverCover = !!firstHead && heads.has(firstHead) && firstHead.length >= 8 && coverBelow.includes(squeezed(firstHead));
  return pages.map((p) => {
    if (!p.items.length) return p;
    if (p === first) return firstNumbered || firstOverCover ? { ...p, items: p.items.slice(1) } : p;
    let items = p.items;
    if (heads.has(edge(p, 0) ?? '')) items = items.slice(1);
    if (items.length && feet.has(edge({ ...p, items }, -1) ?? '')) items = items.slice(0, -1);
    return items === p.items ? p : { ...p, items };
  });
}

/**
 * A page's number printed alone at its foot or head ("— 5 —", "- 5 -", "第5页", "5 / 12"), on the first page too: left
 * in, it is read as a paragraph and cuts the sentence that runs over the break ("……5 个工" / "— 5 —" / "作日内……"). A
 * bare number ("5") is a page's only where such numbers run with the pages at the same edge on most of them; alone it
 * may be a table's cell.
 */
function withoutPageNumbers(pages: PdfPageText[]): PdfPageText[] {
  const text = (it: RawItem | undefined) => (it?.kind === 'text' ? it.text.trim() : '');
  const bareRuns = (end: 0 | -1) => {
    const numbered = pages.filter((p) => /^\d{1,4}$/.test(text(p.items.at(end))));
    const offsets = new Set(numbered.map((p) => Number(text(p.items.at(end))) - p.page));
    return numbered.length >= 3 && numbered.length * 2 >= pages.filter((p) => p.items.length).length && offsets.size === 1;
  };
  const bare = { head: bareRuns(0), foot: bareRuns(-1) };
  const isNumber = (it: RawItem | undefined, runs: boolean) => MARKED_PAGE.test(text(it)) || (runs && /^\d{1,4}$/.test(text(it)));
  return pages.map((p) => {
    let items = p.items;
    if (isNumber(items.at(-1), bare.foot)) items = items.slice(0, -1);
    if (isNumber(items.at(0), bare.head)) items = items.slice(1);
    return items === p.items ? p : { ...p, items };
  });
}

/** A paragraph cut by the page's end: a full line at least, and no sentence's end ("……并按照省有关规定" / "执行。"). */
const OPEN_END = /[^。；;：:！!？?…”’」）)]$/;
/** Not prose: a table's row typed in spaces ("市文化广电旅游局 5 按月"), a contents line, a date under a signature. */
const NOT_PROSE = /[\u4e00-\u9fff]\s+[\u4e00-\u9fff]|[.…·]{3,}\s*\d+$|\d\s*日$/;
/** What starts a part of its own on a new page: an attachment, a page's note ("（本页无正文，为签署页）"). */
const OPENS_PART = /^\s*(?:附件|附表|附录|[（(]本页)/;
/**
 * A paragraph that runs over a page break is one paragraph: the next page's first text, when it opens no numbered item,
 * goes on the last one's sentence (its page is where it starts).
 */
export function joinedOverPages(pages: PdfPageText[]): RawItem[] {
  const out: RawItem[] = [];
  for (const p of pages) {
    p.items.forEach((it, i) => {
      const last = out.at(-1);
      if (i === 0 && it.kind === 'text' && last?.kind === 'text' && last.page !== it.page && last.text.length >= 20 && OPEN_END.test(last.text) && !NOT_PROSE.test(last.text) && !NOT_PROSE.test(it.text) && !OPENS_PART.test(it.text) && parseNumbering(it.text) === null) {
        out[out.length - 1] = { ...last, text: joinLines(last.text, it.text) };
      } else out.push(it);
    });
  }
  return out;
}
