// A PDF's tables put together over its page breaks (split from pdfTables.ts, which reads each page's tables).
import type { RawItem } from '../../shared/document/build';
import type { PdfPageText } from './pdfPages';
import { rowsInColumns, type Line, type TableShape } from './pdfTables';
import { joinLines } from './text';

/**
 * An item of a page as pageParagraphs gives it: a table read by its columns with its shape, an item read from the
 * page's top lines with those lines. Both are for this module only, and dropped here.
 */
export type PdfItem = RawItem & { shape?: TableShape; lines?: Line[] };

/** Column starts that are one table's on two pages: as many, each within a quarter of a character or so. */
const sameCols = (a: number[], b: number[]) => a.length === b.length && a.every((x, k) => Math.abs(x - b[k]) <= 3);
const sameRow = (a: string[] = [], b: string[] = []) => a.length === b.length && a.every((c, k) => c.replace(/\s+/g, '') === b[k].replace(/\s+/g, ''));
const bare = (it: PdfItem): RawItem => {
  if (!it.shape && !it.lines) return it;
  const { shape: _shape, lines: _lines, ...rest } = it;
  return rest;
};

/** The table that ends a page, as it is being put together. */
interface Open {
  rows: string[][];
  shape: TableShape;
  page: number;
}

/**
 * A row the break cut in two goes on in the next page's first row: in the columns whose last line was full, or with
 * an empty first cell where every row before has one.
 */
function goesOn(t: Open, rest: string[]): boolean {
  return rest.every((c, k) => !c || t.shape.open[k]) || (!rest[0] && t.rows.every((r) => r[0]));
}

/** Adds rows read on the next page: a header printed again dropped, the rest of a cut row joined to it. */
function add(t: Open, rows: string[][], rest: boolean) {
  const more = rows.slice(sameRow(rows[0], t.rows[0]) ? 1 : 0);
  if (rest && more.length) {
    const cut = more.shift()!;
    t.rows.push(t.rows.pop()!.map((c, k) => joinLines(c, cut[k] ?? '')));
  }
  t.rows.push(...more);
}

/**
 * How many of the page's first items (those read from its top lines) are rows of the table that ends the page before,
 * read on in its columns: whole rows, after a header printed again and the rest of a cut row, up to an item's end.
 */
function topRows(t: Open, items: PdfItem[]): { items: number; rows: string[][]; rest: boolean } | null {
  const ends: number[] = [];
  const lines: Line[] = [];
  for (const it of items) {
    if (!it.lines) break;
    lines.push(...it.lines);
    ends.push(lines.length);
  }
  // The top lines kept stop short of the page's first table read by columns, or at their count: then a row read to
  // their end may go on below them.
  const after = items[ends.length];
  const short = !!after && !after.shape;
  const read = rowsInColumns(lines, t.shape);
  let k = read.length && sameRow(read[0].cells, t.rows[0]) ? 1 : 0;
  const rest = k < read.length && goesOn(t, read[k].cells);
  if (rest) k++;
  while (k < read.length && read[k].whole) k++;
  // Back to the last row that ends where an item does: an item is read whole or not at all.
  while (k > 0 && (!ends.includes(read[k - 1].lines) || (short && read[k - 1].lines === lines.length))) k--;
  if (!k) return null;
  return { items: ends.indexOf(read[k - 1].lines) + 1, rows: read.slice(0, k).map((r) => r.cells), rest: rest && k > (sameRow(read[0].cells, t.rows[0]) ? 1 : 0) };
}

/**
 * A table that runs over a page break is one table. The next page (its running head dropped) goes on with it in the
 * rows on its top that sit in the table's columns, and in a table there in the same columns (as many, each starting
 * within a few points) with nothing before it: their rows are added to the table, less a header row printed again,
 * and the rest of a row the break cut in two is joined to it.
 */
export function tablesOverPages(pages: PdfPageText[]): PdfPageText[] {
  let open: Open | null = null;
  return pages.map((p) => {
    const items = p.items as PdfItem[];
    if (!open && !items.some((it) => it.shape || it.lines)) return p;
    let at = 0;
    if (open && p.page === open.page + 1) {
      const top = topRows(open, items);
      // Rows read on (more than a header printed again): whether the new last row goes on is not known, and only an
      // empty first cell says so then.
      const rows = !!top && (top.rest || top.rows.length > 1 || !sameRow(top.rows[0], open.rows[0]));
      if (top) {
        add(open, top.rows, top.rest);
        if (rows) open.shape = { ...open.shape, open: [] };
        at = top.items;
      }
      const t = items[at];
      if (t?.kind === 'table' && t.shape && sameCols(open.shape.cols, t.shape.cols)) {
        add(open, t.rows, !rows && goesOn(open, t.rows[sameRow(t.rows[0], open.rows[0]) ? 1 : 0] ?? []));
        open.shape = { ...open.shape, open: t.shape.open };
        at++;
      }
      open.page = p.page;
      // The page is all the table: the next page may go on with it still.
      if (at > 0 && at === items.length) return { ...p, items: [] };
    }
    const out = items.slice(at).map(bare);
    const last = items.at(-1);
    open = null;
    if (last?.kind === 'table' && last.shape && out.length) {
      const item = { ...(out.at(-1) as Extract<RawItem, { kind: 'table' }>), rows: [...last.rows] };
      out[out.length - 1] = item;
      open = { rows: item.rows, shape: last.shape, page: p.page };
    }
    return { ...p, items: out };
  });
}
