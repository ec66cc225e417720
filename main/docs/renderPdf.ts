import PdfPrinter from 'pdfmake';
import { MASTHEAD, PrintDocSchema, docText, numberedText, type PrintDoc, type PrintDocOut } from '../../shared/memo/model';
import { splitByGlyphs, type FontRole, type FontSet } from './fonts';
import { APPENDIX_DEST } from './incremental';
import { shareParsedFonts } from './pdfkitFonts';
import { titleLines } from '../../shared/memo/titleLines';

/**
 * GB/T 9704-2012 geometry (DOMAIN §7), in PDF points. A4; text block 156 × 225 mm with its top-left corner at
 * (28 mm, 37 mm); 22 lines × 28 characters of 3号 (16 pt) body text; page number 7 mm under the block.
 *
 * How to call (meeting packets and anything else that prints):
 *   const fonts = loadFonts(services.templatesDir);            // main/docs/fonts.ts, cached
 *   const pdf: Uint8Array = await renderPdf(doc, fonts);      // doc: PrintDoc from shared/memo/model.ts
 *   const docx: Uint8Array = await renderDocx(doc);           // main/docs/renderDocx.ts, same model
 * Both validate `doc` with PrintDocSchema first. Unprintable characters throw fault('MEMO_GLYPH_MISSING').
 */
export const MM = 72 / 25.4;
export const GEOMETRY = {
  pageWidth: 210 * MM,
  pageHeight: 297 * MM,
  left: 28 * MM,
  top: 37 * MM,
  width: 156 * MM,
  height: 225 * MM,
  get right() { return this.pageWidth - this.left - this.width; },
  get bottom() { return this.pageHeight - this.top - this.height; },
  /** Body size 3号 and its pitch: 22 lines in the block height, 28 characters in its width. */
  body: 16,
  get linePitch() { return this.height / 22; },
  get charPitch() { return this.width / 28; },
  title: 22,
  pageNo: 14,
  pageNoGap: 7 * MM,
  table: 12,
};

const FONT_OF_LEVEL: Record<number, FontRole> = { 1: 'hei', 2: 'kai', 3: 'fang', 4: 'fang' };

type Node = Record<string, unknown> | string;

/** Characters that may not begin a line, and those that may not end one (禁则). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〕】…—·%,.;:?!)]']);
const NO_LINE_END = new Set([...'（《「『“‘〔【([']);

/**
 * Breaks text into lines of at most `ems` ems (first line `firstEms`), measured with the font's advances, obeying 禁则 by
 * moving a character down rather than letting punctuation overhang the margin. pdfmake's own wrapping cannot do this:
 * it measures each CJK character alone, without the character spacing that fits 28 characters into 156 mm.
 * `joined(i)`: character i may not begin a line (it is glued to the one before it, inside a kept run).
 */
export function wrapLines(text: string, advance: (cp: number) => number, firstEms: number, ems: number, joined: (i: number) => boolean = () => false): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let cur: string[] = [];
  let w = 0;
  let limit = firstEms;
  const eps = 1e-6;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\n') {
      lines.push(cur.join(''));
      cur = [];
      w = 0;
      limit = ems;
      continue;
    }
    const a = advance(ch.codePointAt(0)!);
    if (w + a > limit + eps && cur.length) {
      // Keep 禁则: pull characters down so the new line does not start with closing punctuation
      // and the old one does not end with opening punctuation.
      const carry: string[] = [];
      // A kept run (a command) moves down whole, unless it fills the whole line.
      if (joined(i)) {
        let k = cur.length;
        while (k > 0 && joined(i - cur.length + k)) k--;
        if (k > 0) carry.unshift(...cur.splice(k));
      }
      // A number or Latin word is not split across lines (unless it fills the whole line), nor at its hyphens.
      const word = /[A-Za-z0-9.%-]/;
      if (!carry.length && word.test(ch) && cur.length && word.test(cur[cur.length - 1])) {
        let k = cur.length;
        while (k > 0 && word.test(cur[k - 1])) k--;
        if (k > 0) carry.unshift(...cur.splice(k));
      }
      // Pull down as many characters as it takes: "（试行）》" must not leave "）》" or "》" at a line start.
      if (!carry.length && NO_LINE_START.has(ch)) while (cur.length > 1 && (carry.length === 0 || NO_LINE_START.has(carry[0]))) carry.unshift(cur.pop()!);
      while (cur.length > 1 && NO_LINE_END.has(cur[cur.length - 1])) carry.unshift(cur.pop()!);
      lines.push(cur.join(''));
      cur = carry;
      w = carry.reduce((s, c) => s + advance(c.codePointAt(0)!), 0);
      limit = ems;
    }
    cur.push(ch);
    w += a;
  }
  if (cur.length || lines.length === 0) lines.push(cur.join(''));
  return lines;
}

/** Which characters of a paragraph's text are glued to the one before them: those inside a `keep` run after its first. */
function keptRuns(runs: { text: string; keep?: boolean }[] | undefined): ((i: number) => boolean) | undefined {
  if (!runs?.some((r) => r.keep)) return undefined;
  const glued = new Set<number>();
  let at = 0;
  for (const r of runs) {
    const n = [...r.text].length;
    if (r.keep) for (let k = 1; k < n; k++) glued.add(at + k);
    at += n;
  }
  return (i) => glued.has(i);
}

/** Dates and times as the papers print them ("2026年12月4日", "12月4日", "2026年12月", "15:30"): never broken inside. */
const KEEP_WHOLE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}:\d{2}(?::\d{2})?/g;

export function buildPdfDefinition(input: PrintDoc, fonts: FontSet): Record<string, unknown> {
  const d: PrintDocOut = PrintDocSchema.parse(input);
  const G = GEOMETRY;
  // Line height for a size: pdfmake spaces lines at emHeight × size × lineHeight.
  const lh = (role: FontRole, size: number, pitch: number) => pitch / (fonts.fonts[role].emHeight * size);
  // Character spacing that fits exactly 28 body characters in 156 mm (pdfmake adds it between characters: n − 1 times).
  const bodySpacing = (G.width - 28 * G.body) / 27 - 0.01;
  const runs = (text: string, role: FontRole): Node[] | string => {
    const parts = splitByGlyphs(fonts, role, text);
    if (parts.length === 1 && parts[0].role === role) return text;
    return parts.map((p) => (p.role === role ? p.text : { text: p.text, font: p.role }));
  };
  /**
   * A table cell's text. pdfmake may break CJK text between any two characters, so a date in a narrow column wrapped as
   * "2026年12月4" / "日": a date or a time is kept whole on its line (noWrap) whenever it fits the column's `room` (pt).
   */
  const cellRuns = (text: string, role: FontRole, room: number): Node[] | string => {
    const whole = [...text.matchAll(KEEP_WHOLE)].filter((m) => [...m[0]].reduce((a, c) => a + fonts.fonts[role].advance(c.codePointAt(0)!), 0) * G.table <= room);
    if (!whole.length) return runs(text, role);
    const out: Node[] = [];
    const piece = (t: string, keep: boolean) => {
      for (const p of splitByGlyphs(fonts, role, t)) out.push({ text: p.text, font: p.role, ...(keep ? { noWrap: true } : {}) });
    };
    let at = 0;
    for (const m of whole) {
      if (m.index > at) piece(text.slice(at, m.index), false);
      piece(m[0], true);
      at = m.index + m[0].length;
    }
    if (at < text.length) piece(text.slice(at), false);
    return out;
  };
  const body = (text: string, extra: Record<string, unknown> = {}, role: FontRole = 'fang') => ({
    text: runs(text, role),
    font: role,
    fontSize: G.body,
    characterSpacing: bodySpacing,
    lineHeight: lh(role, G.body, G.linePitch),
    noWrap: true,
    ...extra,
  });
  const indent = 2 * (G.body + bodySpacing);
  /** A body paragraph as one node per line of 28 characters, the first `indentChars` in. */
  const lines = (pieces: { text: string; role: FontRole }[], indentChars: number, joined?: (i: number) => boolean): Node[] => {
    const chars = pieces.flatMap((p) => [...p.text].map((c) => ({ c, role: p.role })));
    const adv = (cp: number) => fonts.fonts.fang.advance(cp);
    let pos = 0;
    return wrapLines(chars.map((x) => x.c).join(''), adv, 28 - indentChars, 28, joined).map((line, i) => {
      const n = [...line].length;
      const slice = chars.slice(pos, pos + n);
      pos += n;
      if (chars[pos]?.c === '\n') pos++;
      const frags: { text: string; font: FontRole }[] = [];
      for (const { c, role } of slice) {
        const last = frags[frags.length - 1];
        if (last && last.font === role) last.text += c;
        else frags.push({ text: c, font: role });
      }
      return { ...body(''), text: frags.length ? frags : ' ', margin: [i === 0 ? indentChars * (G.body + bodySpacing) : 0, 0, 0, 0] };
    });
  };

  const content: Node[] = [];
  /** Takes the last `n` lines of text (and the blank lines among them) off the content, to go on with what follows. */
  const carryLastLines = (n: number): Node[] => {
    const carried: Node[] = [];
    let text = 0;
    while (text < n && content.length) {
      const last = content[content.length - 1];
      if (typeof last !== 'object' || 'table' in last || 'pageBreak' in last) break;
      carried.unshift(content.pop()!);
      if (!(typeof last.text === 'string' && !last.text.trim())) text++;
    }
    return carried;
  };
  // 版头: 份号, 密级, 紧急程度 at the top left in 3号黑体.
  for (const line of [d.copyNo, d.secrecy, d.urgency]) if (line) content.push(body(line, { alignment: 'left' }, 'hei'));
  if (d.copyNo || d.secrecy || d.urgency) content.push(body(' '));
  if (d.masthead) {
    // 纪要 版头: the red mark 35 mm below the top of the block (less the 份号/密级 lines above it), its lines, and the
    // red separator line 4 mm below them, as wide as the block.
    const above = content.length * G.linePitch;
    // The mark is a title too: a long issuer breaks into lines at words, as the 标题 does (shared/memo/titleLines.ts).
    const mark = titleLines(d.masthead.mark, (ch) => fonts.fonts.title.advance(ch.codePointAt(0)!), Math.floor(G.width / MASTHEAD.size)).join('\n');
    content.push({
      text: runs(mark, 'title'),
      font: 'title',
      fontSize: MASTHEAD.size,
      color: MASTHEAD.red,
      alignment: 'center',
      lineHeight: lh('title', MASTHEAD.size, MASTHEAD.size * 1.3),
      margin: [0, Math.max(0, 35 * MM - above), 0, d.masthead.lines.length ? G.linePitch : 0],
    });
    for (const line of d.masthead.lines) content.push(body(line, { alignment: 'center' }));
    content.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: G.width, y2: 0, lineWidth: MASTHEAD.rule, lineColor: MASTHEAD.red }], margin: [0, 4 * MM, 0, G.linePitch] });
  } else {
    // Title lines: words whole, lines even and symmetric (shared/memo/titleLines.ts, the DOCX breaks the same way).
    const maxEms = Math.floor(G.width / G.title);
    const titleText = titleLines(d.title, (ch) => fonts.fonts.title.advance(ch.codePointAt(0)!), maxEms).join('\n');
    content.push({
      text: runs(titleText, 'title'),
      font: 'title',
      fontSize: G.title,
      alignment: 'center',
      lineHeight: lh('title', G.title, G.linePitch * 1.25),
    });
    content.push(body(' '));
  }
  if (d.addressee) content.push(body(`${d.addressee}：`, { alignment: 'left' }));

  // A heading is never left alone at the foot of a page: it travels in one unbreakable stack with the first line
  // of the paragraph after it (cheap, unlike pdfmake's pageBreakBefore, which rescans every node per node).
  let keep: Node[] = [];
  const flushKeep = () => {
    content.push(...keep);
    keep = [];
  };
  const renderBlocks = (blocks: typeof d.blocks) => {
  for (const b of blocks) {
    if (b.kind !== 'heading' && !(b.kind === 'paragraph' && (b.align ?? 'indent') !== 'center' && (b.align ?? 'indent') !== 'right')) flushKeep();
    if (b.kind === 'heading') {
      const role = FONT_OF_LEVEL[b.level];
      keep.push(...lines(splitByGlyphs(fonts, role, numberedText(b.numbering, b.text)), 2));
    } else if (b.kind === 'paragraph') {
      const align = b.align ?? 'indent';
      const pieces = b.runs?.length ? b.runs.flatMap((r) => splitByGlyphs(fonts, r.bold ? 'hei' : 'fang', r.text)) : splitByGlyphs(fonts, 'fang', b.text);
      if (b.keepWithPrevious) {
        flushKeep();
        const own = align === 'indent' || align === 'left' ? lines(pieces, align === 'indent' ? 2 : 0, keptRuns(b.runs)) : [{ ...body(''), text: pieces.map((p) => ({ text: p.text, font: p.role })), alignment: align, noWrap: false, characterSpacing: 0 }];
        content.push({ stack: [...carryLastLines(2), ...own], unbreakable: true });
      } else if (align === 'indent' || align === 'left') {
        const ls = lines(pieces, align === 'indent' ? 2 : 0, keptRuns(b.runs));
        if (b.keepTogether) {
          content.push({ stack: [...keep, ...ls], unbreakable: true });
          keep = [];
        } else if (keep.length) {
          content.push({ stack: [...keep, ls[0]], unbreakable: true }, ...ls.slice(1));
          keep = [];
        } else content.push(...ls);
      } else content.push({ ...body(''), text: pieces.map((p) => ({ text: p.text, font: p.role })), alignment: align, noWrap: false, characterSpacing: 0 });
    } else if (b.kind === 'table') {
      const cols = Math.max(b.header[0]?.length ?? 0, ...b.rows.map((r) => r.length), 1);
      const weights = b.widths && b.widths.length === cols ? b.widths : undefined;
      const sum = weights ? weights.reduce((a, c) => a + c, 0) : cols;
      const widths = weights ? weights.map((w) => `${(w / sum) * 100}%`) : Array(cols).fill('*');
      // What a column holds beside its padding and rules (pdfmake takes 3 + 3 pt and up to 0.75 pt of rules off a % width).
      const room = (i: number) => ((weights?.[i] ?? 1) / sum) * G.width - 6.75;
      // A cell's leading 全角 spaces are its indent (a table of contents' second level): a left margin, so a wrapped
      // line stays under the text, not under the spaces (pdfmake would drop them anyway).
      const cell = (t: string, head: boolean, col: number) => {
        const indent = /^\u3000*/.exec(t)![0].length;
        return {
          text: cellRuns(t.slice(indent), head ? 'hei' : 'fang', room(col) - indent * G.table),
          font: head ? 'hei' : 'fang',
          fontSize: G.table,
          alignment: head ? 'center' : 'left',
          lineHeight: lh(head ? 'hei' : 'fang', G.table, G.table * 1.5),
          ...(indent ? { margin: [indent * G.table, 0, 0, 0] } : {}),
        };
      };
      const pad = (r: string[]) => [...r, ...Array(Math.max(0, cols - r.length)).fill('')];
      // The caption is a borderless first header row: it stays with the table's head and repeats on each page.
      const captionRow = b.caption
        ? [[{ text: runs(b.caption, 'hei'), font: 'hei', fontSize: G.body, alignment: 'center', colSpan: cols, border: [false, false, false, false], margin: [0, 0, 0, 4] }, ...Array.from({ length: cols - 1 }, () => ({ text: '', border: [false, false, false, false] }))]]
        : [];
      content.push({
        table: {
          headerRows: b.header.length + captionRow.length,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths,
          body: [...captionRow, ...b.header.map((r) => pad(r).map((c, i) => cell(c, true, i))), ...b.rows.map((r) => pad(r).map((c, i) => cell(c, false, i)))],
        },
        layout: { hLineWidth: (i: number) => (i === 0 && captionRow.length ? 0 : 0.5), vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 3, paddingRight: () => 3 },
        margin: [0, 4, 0, 8],
      });
    } else if (b.kind === 'pageBreak') {
      content.push({ text: '', pageBreak: 'after' });
    } else if (b.kind === 'signLines') {
      content.push({
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['18%', '34%', '16%', '*'],
          body: [
            ['姓名', '工作单位及职称', '角色', '签字'].map((t) => ({ text: t, font: 'hei', fontSize: G.body, alignment: 'center' })),
            ...b.people.map((p) => [
              { text: runs(p.name, 'fang'), font: 'fang', fontSize: G.body, alignment: 'center', margin: [0, 8, 0, 8] },
              { text: runs(p.unit, 'fang'), font: 'fang', fontSize: G.table, alignment: 'center', margin: [0, 8, 0, 8] },
              { text: runs(p.role, 'fang'), font: 'fang', fontSize: G.body, alignment: 'center', margin: [0, 8, 0, 8] },
              { text: runs(p.note, 'fang'), font: 'fang', fontSize: G.table, margin: [0, 8, 0, 8] },
            ]),
          ],
        },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
      });
    }
  }

  };
  renderBlocks(d.blocks);
  flushKeep();
  // The 附件说明 and the signing block never stand alone at the top of a page: they travel in one unbreakable stack
  // with the last lines of the body (up to two text lines; a table ends the body on its own).
  const tail: Node[] = [];
  if (d.attachments.length) {
    // 附件说明: one line below the body, two characters in; later items line up under the first item's text.
    tail.push(body(' '));
    d.attachments.forEach((a, i) => {
      const label = d.attachments.length > 1 ? `${i + 1}．${a}` : a;
      tail.push(body(i === 0 ? `附件：${label}` : label, { alignment: 'left', margin: [i === 0 ? indent : 5 * (G.body + bodySpacing), 0, 0, 0] }));
    });
  }
  if (d.signing && (d.signing.by || d.signing.date)) {
    // 成文日期右空四字; the issuer centred over the date. A 署名 longer than the room left of those four characters
    // is broken into lines, so nothing runs into the left margin.
    const room = 28 - 4;
    const adv = (cp: number) => fonts.fonts.fang.advance(cp);
    const ems = (t: string) => [...t].reduce((a, c) => a + adv(c.codePointAt(0)!), 0);
    const dateW = ems(d.signing.date);
    tail.push(body(' '), body(' '));
    for (const line of d.signing.by ? wrapLines(d.signing.by, adv, room, room) : []) {
      const byW = ems(line);
      const centre = Math.max(0, Math.min((dateW - byW) / 2, room - byW));
      tail.push(body(line, { alignment: 'right', margin: [0, 0, (4 + centre) * G.charPitch, 0] }));
    }
    if (d.signing.date) tail.push(body(d.signing.date, { alignment: 'right', margin: [0, 0, 4 * G.charPitch, 0] }));
  }
  if (tail.length) {
    content.push({ stack: [...carryLastLines(2), ...tail], unbreakable: true });
  }
  if (d.appendix.length) {
    content.push({ text: '', pageBreak: 'after' });
    const at = content.length;
    renderBlocks(d.appendix);
    flushKeep();
    // A named destination on the appendix's first line: the signed copy finds the 签字表 page by it.
    const first = content[at] as Record<string, unknown> | undefined;
    const target = first && Array.isArray(first.stack) ? (first.stack[0] as Record<string, unknown>) : first;
    if (target && typeof target === 'object') target.id = APPENDIX_DEST;
  }
  const notes = [...d.notes, ...(fonts.fallbackNote ? [fonts.fallbackNote] : [])];
  for (const n of notes) content.push({ text: runs(n, 'fang'), font: 'fang', fontSize: 10.5, margin: [0, 6, 0, 0] });

  docText(d); // every printed character went through splitByGlyphs above
  return {
    pageSize: 'A4',
    pageMargins: [G.left, G.top, G.right, G.bottom],
    info: { title: d.title.replace(/\n/g, ''), subject: d.meta.subject ?? '', author: d.meta.author ?? '评审台', keywords: d.meta.keywords ?? '', creator: '评审台 Review Desk', producer: '评审台 Review Desk' },
    defaultStyle: { font: 'fang', fontSize: G.body },
    content,
    ...(d.pageMark ? { header: () => ({ text: d.pageMark, font: 'hei', fontSize: G.pageNo, color: '#c00000', alignment: 'center', margin: [G.left, 15 * MM, G.right, 0] }) } : {}),
    // "— N —" in 4号宋体, 7 mm below the block; odd pages right, even pages left, one character in.
    footer: (page: number) => ({
      text: `— ${page + d.firstPageNumber - 1} —`,
      font: 'song',
      fontSize: G.pageNo,
      alignment: (page + d.firstPageNumber - 1) % 2 ? 'right' : 'left',
      margin: [G.left + G.pageNo, G.pageNoGap, G.right + G.pageNo, 0],
    }),
  };
}

const printers = new WeakMap<FontSet, PdfPrinter>();
/**
 * One pdfmake printer per font set for the session, and each font parsed once (pdfkitFonts.ts) rather than once per
 * document: what can be reused across documents without changing a byte of the output.
 */
export function printerFor(fonts: FontSet): PdfPrinter {
  let p = printers.get(fonts);
  if (!p) {
    const data = Object.values(fonts.fonts).map((f) => f.data);
    shareParsedFonts(data);
    const faces = Object.fromEntries(Object.entries(fonts.fonts).map(([role, f]) => [role, { normal: f.data, bold: f.data, italics: f.data, bolditalics: f.data }]));
    printers.set(fonts, (p = new PdfPrinter(faces)));
  }
  return p;
}

/** Lays out `doc` per GB/T 9704 and returns the PDF bytes, fonts embedded as subsets. */
export async function renderPdf(doc: PrintDoc, fonts: FontSet): Promise<Uint8Array> {
  const def = buildPdfDefinition(doc, fonts);
  const pdf = printerFor(fonts).createPdfKitDocument(def);
  const chunks: Buffer[] = [];
  return new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.end();
  });
}
