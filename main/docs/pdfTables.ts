import { TOC_ENTRY } from '../../shared/document/build';
import { joinLines } from './text';

/** A text run of a line, in PDF points: where it starts and ends, its text (blank for a positioning gap). */
export interface Run {
  x: number;
  end: number;
  /** Its baseline. */
  y: number;
  str: string;
}

/**
 * A line of text on a page, in PDF points (y grows upwards): from the text layer or from OCR (main/ocr/layout.ts).
 * Defined here, where tables read it, and re-exported by pdf.ts, so the two modules do not import each other.
 */
export interface Line {
  text: string;
  /** The line split at gaps wider than two characters: table cells when there are several. */
  cells: string[];
  x: number;
  right: number;
  y: number;
  size: number;
  /** The text runs, left to right (a PDF's text layer; not OCR): tables are read from where each starts. */
  runs?: Run[];
}

/** A table read off a page: its first and last line (indices into the page's lines, inclusive) and its rows. */
export interface PageTable {
  start: number;
  end: number;
  rows: string[][];
  /** How it was read: a table going on over a page break is known and read on by it (pdfTablesOverPages.ts). */
  shape: TableShape;
}

/** A table's columns as read: where they start and their text can reach, its size, line step and row gap. */
export interface TableShape {
  cols: number[];
  limit: number[];
  size: number;
  step: number;
  rowGap: number;
  padded: boolean;
  /** Which columns of its last row end on a full line: the row may go on over the page break. */
  open: boolean[];
}

// Lines of a table further apart than this many font sizes are not one table: even a padded row of a form with
// centred cells (3.7 sizes from line to line) stays under it.
const MAX_GAP = 4.5;
// Multi-cell lines of one table may have this many lines between them: the wrapped lines of one tall cell.
const MAX_BETWEEN = 12;

/** Where a line's text starts (pdfjs may put a blank run first). */
const firstX = (l: Line) => l.runs?.find((r) => r.str.trim())?.x ?? l.x;

/** A line split into cells at gaps wider than 1.5 characters (pageLines): a table's line, or a field and its value. */
const isMulti = (l: Line) => !!l.runs && l.cells.length >= 2;

/**
 * Where each of a line's cells starts: strong, where pageLines split it (the line's start, or after a gap wider than
 * 1.5 characters), and weak, after a gap of half a character or more ("…面积、竹种、" and "每年" 1.3 characters apart).
 * A weak start may as well be a blank in a cell's text ("□数据报告 □数据接口"), so it only confirms a column.
 */
function cellStarts(l: Line): { x: number; strong: boolean }[] {
  const starts: { x: number; strong: boolean }[] = [];
  let end = -Infinity;
  let gap = Infinity;
  for (const r of l.runs ?? []) {
    const blank = !r.str.trim();
    gap = Math.max(gap, blank ? r.end - r.x : r.x - end);
    if (!blank) {
      if (gap >= l.size * 0.5) starts.push({ x: r.x, strong: gap > l.size * 1.5 });
      gap = 0;
    }
    end = r.end;
  }
  return starts;
}

/**
 * The table's columns: the x positions where cells start on two or more of its lines, one of them a strong start. A
 * left-aligned cell starts exactly at its column; a centred heading ("风险点" over a column starting 48 points to its
 * left) starts anywhere inside it and is seen on one line only. Starts within half a character of each other are one
 * column, at the leftmost (a centred heading a little right of the column's body text).
 */
function columns(lines: Line[], from: number, to: number): number[] {
  const starts: { x: number; strong: boolean; line: number }[] = [];
  let size = 0;
  for (let i = from; i <= to; i++) {
    for (const st of cellStarts(lines[i])) starts.push({ ...st, line: i });
    size = Math.max(size, lines[i].size);
  }
  starts.sort((a, b) => a.x - b.x);
  const cols: number[] = [];
  for (let k = 0; k < starts.length; ) {
    const x0 = starts[k].x;
    const seen = new Set<number>();
    let strong = false;
    for (; k < starts.length && starts[k].x - x0 <= size * 0.5; k++) {
      seen.add(starts[k].line);
      strong ||= starts[k].strong;
    }
    if (seen.size >= 2 && strong) cols.push(x0);
  }
  return cols;
}

/** The column a run starting at x falls in: the last one starting at or left of it. */
function columnOf(cols: number[], x: number, tol: number): number {
  let lo = 0;
  let hi = cols.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cols[mid] <= x + tol) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * A line's text per column (runs joined as pageLines joins a cell's), where each column's text ends (-Infinity for
 * none), and the room its first word would have needed at the end of the line above: a Chinese character and one more
 * (line breaking keeps a closing mark with the character before it, so a full line may end a character short), or a
 * Latin word and a space.
 */
function lineCells(l: Line, cols: number[]): { text: string[]; end: number[]; need: number[] } {
  const tol = l.size * 0.2;
  const text = cols.map(() => '');
  const end = cols.map(() => -Infinity);
  const need = cols.map(() => 0);
  const open = cols.map(() => true);
  for (const r of l.runs ?? []) {
    const k = columnOf(cols, r.x, tol);
    const str = r.str.trim();
    if (!str) {
      if (text[k]) open[k] = false;
      continue;
    }
    if (open[k]) {
      // The first word grows over runs that follow each other with no gap (pdfmake draws one glyph per run).
      if (text[k] && r.x - end[k] > l.size * 0.15) open[k] = false;
      else if (!text[k] && CJK.test(str[0])) {
        need[k] = l.size * 2;
        open[k] = false;
      } else {
        const m = /^[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*/.exec(str)![0];
        need[k] += (text[k] ? 0 : l.size * 0.3) + (m.length * (r.end - r.x)) / Math.max(1, r.str.length);
        if (m.length < str.length) open[k] = false;
      }
    }
    text[k] = text[k] ? joinLines(text[k], str) : str;
    end[k] = Math.max(end[k], r.end);
  }
  return { text, end, need };
}

/**
 * The line's baseline: where most of its characters stand. A digit set in another font may stand two points higher
 * ("1" beside "公交车辆"), and pageLines keeps the baseline of whichever run came first.
 */
function baseline(l: Line): number {
  const chars = new Map<number, number>();
  for (const r of l.runs ?? []) {
    const n = r.str.trim().length;
    if (n) chars.set(r.y, (chars.get(r.y) ?? 0) + n);
  }
  let best = l.y;
  let most = 0;
  for (const [y, n] of chars) if (n > most) [best, most] = [y, n];
  return best;
}

/**
 * Whether a line sits in the table's columns: it starts no further left than the first column, no run runs across
 * the start of a column, and text in two columns has a visible gap between them. A line of body text runs across
 * the columns in one flow.
 */
function fits(l: Line, cols: number[]): boolean {
  const tol = l.size * 0.2;
  let prev: { k: number; end: number } | null = null;
  for (const r of l.runs ?? []) {
    if (!r.str.trim()) continue;
    if (r.x < cols[0] - tol) return false;
    const k = columnOf(cols, r.x, tol);
    if (k + 1 < cols.length && r.end > cols[k + 1] + tol) return false;
    if (prev && k !== prev.k && r.x - prev.end < l.size * 0.2) return false;
    prev = { k, end: r.end };
  }
  return true;
}

/**
 * Whether line b, next to line a, may belong to the same table as `ref` (one of its multi-cell lines): set in the same
 * size, close to a, its text runs known, not a contents entry.
 */
const joins = (ref: Line, a: Line, b: Line) =>
  !!b.runs && Math.abs(ref.size - b.size) <= 0.5 && Math.abs(a.y - b.y) <= Math.max(a.size, b.size) * MAX_GAP && !TOC_ENTRY.test(b.text);

/** The gap above a line that is clearly wider than the step inside a cell: more than a cell's padding. */
const tolRow = (l: Line) => Math.max(1.5, l.size * 0.15);

/**
 * The table on lines from..to (a stretch starting and ending at a multi-cell line), or null when it is no table. Its
 * edges grow over the lines of its first and last rows that have a single cell (a heading's cell centred higher than
 * the rest, a cell's last wrapped lines) and over further rows at its foot. `floor`: the first line it may take.
 */
function readTable(lines: Line[], from: number, to: number, floor: number, edges: { left: number; right: number }): PageTable | null {
  const cols = columns(lines, from, to);
  if (cols.length < 2) return null;
  for (let i = from; i <= to; i++) if (!fits(lines[i], cols)) return null;
  // Two cells of one line in one column: a column was not found (seen on one line only), and the rows would be read
  // with that line's cells run together.
  for (let i = from; i <= to; i++) {
    const ks = cellStarts(lines[i]).flatMap((st) => (st.strong ? [columnOf(cols, st.x, lines[i].size * 0.2)] : []));
    if (ks.some((k, j) => j > 0 && k === ks[j - 1])) return null;
  }
  const ys = new Map<number, number>();
  const y = (i: number) => ys.get(i) ?? ys.set(i, baseline(lines[i])).get(i)!;
  // The line step inside a cell: the least distance between two lines of one column where the upper one is full (its
  // cell wraps to the lower one) and that another such distance agrees with (a line set in another font may stand two
  // points off: 12.2 among steps of 14.3). Lines of different columns may lie closer (a cell centred in a taller row
  // sits half a line off its neighbour's); so may two short lines of a heading cell. The last row's wrapped lines
  // below the last multi-cell line are looked at too (it may hold the one wrapped cell).
  let below = to;
  while (below + 1 < lines.length && below - to < MAX_BETWEEN && joins(lines[to], lines[below], lines[below + 1]) && fits(lines[below + 1], cols)) below++;
  const cells: ReturnType<typeof lineCells>[] = [];
  for (let i = from; i <= below; i++) cells.push(lineCells(lines[i], cols));
  const limit = limits(cells, cols, lines[from].size);
  const lastY = cols.map(() => NaN);
  const lastEnd = cols.map(() => -Infinity);
  const dists: number[] = [];
  let rowGap = 0;
  for (let i = from; i <= below; i++) {
    const { text, end, need } = cells[i - from];
    text.forEach((t, k) => {
      if (!t) return;
      if (lastY[k] - y(i) >= lines[i].size * 0.8 && limit[k] - lastEnd[k] <= need[k]) dists.push(lastY[k] - y(i));
      lastY[k] = y(i);
      lastEnd[k] = end[k];
    });
    if (i > from && i <= to) rowGap = Math.max(rowGap, y(i - 1) - y(i));
  }
  dists.sort((a, b) => a - b);
  const agree = Math.max(0.5, lines[from].size * 0.05);
  const agreed = dists.find((d, k) => dists[k + 1] - d <= agree) ?? dists[0] ?? rowGap;
  // A lone distance well below the rest is the step still: a table with one wrapped cell (14.3 against rows 31.3
  // apart), if it is a line's height at least (11.3 at 10.5 points is two columns' lines read as one).
  const step = dists[0] < agreed * 0.6 && dists[0] >= lines[from].size * 1.2 ? dists[0] : agreed;
  // Rows further apart than a cell's lines: the cells' padding says where rows end. Without it, two columns are as
  // often a signature block or a list of fields set with wide gaps ("甲方（盖章）：…  乙方（盖章）：…") as a table, and
  // they are left to the rule for lines split alike.
  const padded = rowGap > step + tolRow(lines[from]);
  if (!padded && cols.length < 3) return null;
  const core = [from, to];
  // Above: a line of the first row only. A line of body text right above the table, its last line say, lies a full
  // step or more above and starts in the first column; a heading cell centred higher lies half a step above, or is in
  // another column.
  while (from - 1 >= floor && joins(lines[from], lines[from], lines[from - 1]) && fits(lines[from - 1], cols)) {
    const gap = y(from - 1) - y(from);
    if (!(gap <= step * 0.75 || (gap <= step + tolRow(lines[from]) && !lineCells(lines[from - 1], cols).text[0]))) break;
    from--;
  }
  // Further up: lines that may be whole rows above it (kept when they are rows, as below).
  let top = from;
  while (top - 1 >= floor && from - top < MAX_BETWEEN && joins(lines[from], lines[top], lines[top - 1]) && fits(lines[top - 1], cols) && y(top - 1) - y(top) <= Math.max(step, rowGap) + tolRow(lines[top])) top--;
  // Below: the lines of the last row, and of further rows (kept below when they are rows).
  while (to + 1 < lines.length && joins(lines[to], lines[to], lines[to + 1]) && fits(lines[to + 1], cols) && y(to) - y(to + 1) <= Math.max(step, rowGap) + tolRow(lines[to + 1])) to++;
  const rows = tableRows(lines, from, to, cols, step, padded, y);
  // A row above the first multi-cell line is no row of the table (the step said it was one; the cells say it is not).
  while (rows.length && rows[0].last < core[0]) rows.shift();
  // A row beyond the multi-cell lines is one when it fills two columns or more and starts exactly at a column (a
  // left-aligned cell), as a line of body text or a date under a signature block does not.
  const isRow = (r: Row) => wholeRow(lines, cols, r);
  let keep = rows.findIndex((r) => r.first > core[1]);
  if (keep >= 0) {
    while (keep < rows.length && isRow(rows[keep])) keep++;
    rows.length = keep;
  }
  if (!rows.length) return null;
  // Text that runs to the text block's right edge and goes on at its left edge flows as body text does: a signature
  // block typed with tabs ("甲方（盖章）：…中心⇥乙方（盖" / "章）：…公司"). A table's cells wrap inside their columns.
  // (The edge is a character and a half wide: a text wrapped by count of characters ends its lines unevenly.)
  const flows = (a: number, b: number) => lines.slice(a, b).some((l, j) => l.right >= edges.right - l.size * 1.5 && firstX(lines[a + j + 1]) <= edges.left + 1);
  if (flows(rows[0].first, rows[rows.length - 1].last)) return null;
  // Rows above the first: at the top of a page, a row whose full first line was not split into cells (its cells run
  // up to each other with no wide gap), read again with the lines over it.
  const above = top < from && rows[0].first === from ? rowsAbove(tableRows(lines, top, to, cols, step, padded, y), rows[0], isRow) : null;
  if (above && !flows(above[0].first, rows[0].last)) rows.splice(0, 1, ...above);
  const last = rows[rows.length - 1];
  const ends = cols.map(() => -Infinity);
  for (let i = last.first; i <= last.last; i++) lineCells(lines[i], cols).end.forEach((e, k) => e > -Infinity && (ends[k] = e));
  const open = ends.map((e, k) => e > -Infinity && limit[k] - e <= lines[last.last].size * 1.2);
  return { start: rows[0].first, end: last.last, rows: rows.map((r) => r.cells), shape: { cols, limit, size: lines[from].size, step, rowGap, padded, open } };
}

type Row = { cells: string[]; first: number; last: number };

/** A row that fills two columns or more and starts exactly at a column (a left-aligned cell). */
const wholeRow = (lines: Line[], cols: number[], r: Row) => r.cells.filter((c) => c).length >= 2 && cols.some((c) => Math.abs(firstX(lines[r.first]) - c) <= 0.6);

/**
 * The rows of a table read on, in its shape, from the first of these lines (the top of the next page) for as long as
 * they sit in its columns (and each cell they start is where a column starts: the lines of another table may fit its
 * columns too), in its size and no further apart than its rows: each with its count of lines so far and whether it is
 * whole (wholeRow), as the rest of a row cut by the page break is not.
 */
export function rowsInColumns(lines: Line[], t: TableShape): { cells: string[]; lines: number; whole: boolean }[] {
  const y = (i: number) => baseline(lines[i]);
  let to = -1;
  const aligned = (l: Line) => cellStarts(l).every((st) => !st.strong || t.cols.some((c) => Math.abs(st.x - c) <= l.size * 0.5));
  const sits = (l: Line) => !!l.runs && Math.abs(l.size - t.size) <= 0.5 && !TOC_ENTRY.test(l.text) && fits(l, t.cols) && aligned(l);
  while (to + 1 < lines.length && sits(lines[to + 1]) && (to < 0 || y(to) - y(to + 1) <= Math.max(t.step, t.rowGap) + tolRow(lines[to + 1]))) to++;
  if (to < 0) return [];
  return tableRows(lines, 0, to, t.cols, t.step, t.padded, y, t.limit).map((r) => ({ cells: r.cells, lines: r.last + 1, whole: wholeRow(lines, t.cols, r) }));
}

/**
 * The rows above a table's first row, from the table read again from lines further up (`all`): the row that holds
 * the first row's first line, when it starts higher and ends where the first row does (a full first line, not split
 * into cells, over it), and whole rows above that.
 */
function rowsAbove(all: Row[], first: Row, isRow: (r: Row) => boolean): Row[] | null {
  let k = all.findIndex((r) => r.first <= first.first && first.first <= r.last);
  if (k < 0 || (all[k].first < first.first && !(all[k].last === first.last && isRow(all[k])))) return null;
  const rows = [all[k].first < first.first ? all[k] : first];
  while (k > 0 && isRow(all[k - 1])) rows.unshift(all[--k]);
  return rows;
}

/**
 * Where each column's text can reach: the next column's start, less the cell's padding (as close as its fullest line
 * comes, and no more than a character and a half); the last column, as far as any of its lines reaches.
 */
function limits(cells: ReturnType<typeof lineCells>[], cols: number[], size: number): number[] {
  return cols.map((c, k) => {
    const fullest = Math.max(...cells.map((l) => l.end[k]));
    return k === cols.length - 1 ? fullest : cols[k + 1] - Math.min(cols[k + 1] - fullest, size * 1.5);
  });
}

/**
 * The table's rows, each with its first and last line. A line starts a new row where the gap above it is clearly
 * wider than the step inside a cell (the cells' padding: 29.6 against 25.3 points), or where a column goes on after a
 * line that stopped short of the column's end by more than the next word needed: a cell's wrapped line fills its
 * column, a new cell's text follows a short one. In a padded table only the first column is asked (a narrow cell wraps
 * short where a Latin word or a blank does not fit, and the padding already tells the rows apart). Without padding, a
 * line with nothing in the first column starts a row only when all of two or more cells of it follow short lines (the
 * rest of a cell wrapped oddly, "经营模式" / "（" / "9610/9710/…", is no row of its own). A cell's lines are joined as
 * a paragraph's are. `known`: where the columns' text reaches, for a table read on over a page break (no heading then).
 */
function tableRows(lines: Line[], from: number, to: number, cols: number[], step: number, padded: boolean, y: (i: number) => number, known?: number[]): Row[] {
  const cells: ReturnType<typeof lineCells>[] = [];
  for (let i = from; i <= to; i++) cells.push(lineCells(lines[i], cols));
  const limit = known ?? limits(cells, cols, lines[from].size);
  const rows: Row[] = [];
  let row: Row | null = null;
  let ends: number[] = [];
  for (let i = from; i <= to; i++) {
    const l = lines[i];
    const { text, end, need } = cells[i - from];
    const wide = i > from && y(i - 1) - y(i) > step + tolRow(l);
    // The column's last line in this row stopped short: its cell ended there.
    const ended = (k: number) => ends[k] > -Infinity && limit[k] - ends[k] > need[k];
    const has = text.flatMap((t, k) => (t ? [k] : []));
    // Without padding, a line that has text in every column the row has is the next row's (rows of one line each).
    const full = row !== null && row.cells.every((c, k) => !c || text[k]);
    // Nor does a heading row (the table's first line, with text in every column) take the rest of a row cut by the
    // page break under it, as a heading repeated on the next page has.
    const heading = !known && rows.length === 1 && row!.first === from && row!.last === from && row!.cells.every((c) => c);
    const newCells = padded ? !!text[0] && ended(0) : heading || (text[0] ? full || has.some(ended) : has.length >= 2 && has.every(ended));
    if (!row || wide || newCells) {
      row = { cells: cols.map(() => ''), first: i, last: i };
      ends = cols.map(() => -Infinity);
      rows.push(row);
    }
    row.last = i;
    for (const k of has) {
      row.cells[k] = joinLines(row.cells[k], text[k]);
      ends[k] = end[k];
    }
  }
  return rows;
}

/**
 * The tables of a page whose lines carry their runs (a PDF's text layer; OCR lines do not). A table is two or more
 * lines split into cells, with the lines between them that sit in the same columns: a cell that fills its column
 * runs into the next one with no wide gap, and a wrapped cell's lines have text in one column only, so a table whose
 * cells wrap is otherwise read as scraps of rows and paragraphs. Each run goes to the column it starts in, and the
 * lines of one row are joined cell by cell. Linear in the page's lines (each line is looked at a fixed number of
 * times) and runs.
 */
export function pageTables(lines: Line[], edges: { left: number; right: number }): PageTable[] {
  const out: PageTable[] = [];
  let floor = 0;
  for (let i = 0; i < lines.length; ) {
    if (!isMulti(lines[i])) {
      i++;
      continue;
    }
    // The stretch of lines from this multi-cell line to the last one near it in the same size.
    let last = i;
    for (let j = i + 1; j < lines.length && j - last <= MAX_BETWEEN && joins(lines[i], lines[j - 1], lines[j]); j++) if (isMulti(lines[j])) last = j;
    const multi = lines.slice(i, last + 1).filter(isMulti).length;
    const t = multi >= 2 ? readTable(lines, i, last, floor, edges) : null;
    if (t) {
      out.push(t);
      floor = t.end + 1;
      i = t.end + 1;
    } else i = last + 1;
  }
  return out;
}
