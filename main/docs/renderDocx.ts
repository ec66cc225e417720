import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { MASTHEAD, PrintDocSchema, numberedText, type PrintDoc } from '../../shared/memo/model';
import { cjkAdvance, titleLines } from '../../shared/memo/titleLines';
import { FONT_ROLES, type FontRole } from './fonts';

/**
 * The DOCX twin of renderPdf (same PrintDoc, same GB/T 9704 geometry). The DOCX names the official fonts; Word or
 * WPS on a government machine shows them, and elsewhere substitutes. `fallbackNote` (from loadFonts) is printed as
 * the PDF prints it, so the two documents say the same thing.
 */
const TW_PER_MM = 1440 / 25.4;
const tw = (mm: number) => Math.round(mm * TW_PER_MM);
const LINE = Math.round((225 / 22) * TW_PER_MM); // 22 lines in the 225 mm block, exact
const CHAR = Math.round((156 / 28) * TW_PER_MM);
/** Title characters (2号, 22 pt) per line of the 156 mm block, as renderPdf counts them. */
const TITLE_EMS = Math.floor((156 / 25.4) * 72 / 22);
const MARK_EMS = Math.floor((156 / 25.4) * 72 / MASTHEAD.size);
const FONT_OF_LEVEL: Record<number, FontRole> = { 1: 'hei', 2: 'kai', 3: 'fang', 4: 'fang' };
const font = (role: FontRole) => ({ name: FONT_ROLES[role].docxName, eastAsia: FONT_ROLES[role].docxName, hint: 'eastAsia' as const });

/**
 * 28 characters of 3号 (16 pt) in 156 mm need 15.79 pt each: body runs are condensed by 0.25 pt (−5 twips) so Word
 * and LibreOffice break lines where the PDF does, and the DOCX paginates like it.
 */
const BODY_SPACING = -5;
const run = (text: string, role: FontRole = 'fang', size = 16, bold = false) =>
  new TextRun({ text, font: font(role), size: size * 2, bold, ...(size === 16 ? { characterSpacing: BODY_SPACING } : {}) });
const bodyPara = (children: TextRun[], opts: { indentChars?: number; align?: 'left' | 'center' | 'right' | 'both'; rightChars?: number; keepNext?: boolean; keepLines?: boolean } = {}) =>
  new Paragraph({
    children,
    keepNext: opts.keepNext,
    keepLines: opts.keepLines,
    // The PDF fills the 22-line grid of GB/T 9704 to the last line, a paragraph's single line included; Word and
    // LibreOffice would carry that line over (widow/orphan control) and the DOCX would paginate after the PDF.
    widowControl: false,
    alignment: { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[opts.align ?? 'both'],
    indent: { firstLine: (opts.indentChars ?? 0) * CHAR, right: (opts.rightChars ?? 0) * CHAR },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  });

/** The not-final mark (PrintDoc.pageMark) at the top of every page. */
function pageMarkHeader(text: string) {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: font('hei'), size: 28, color: 'C00000' })] })] });
}

function pageFooter(align: 'left' | 'right') {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('song'), size: 28 })],
      }),
    ],
  });
}

export async function renderDocx(input: PrintDoc, opts: { fallbackNote?: string } = {}): Promise<Uint8Array> {
  const d = PrintDocSchema.parse(input);
  const children: (Paragraph | Table)[] = [];
  for (const line of [d.copyNo, d.secrecy, d.urgency]) if (line) children.push(bodyPara([run(line, 'hei')], { align: 'left' }));
  if (d.copyNo || d.secrecy || d.urgency) children.push(bodyPara([]));
  if (d.masthead) {
    // 纪要 版头 as in the PDF: red mark 35 mm below the top of the block, its lines, a red rule 4 mm below them.
    const red = MASTHEAD.red.slice(1).toUpperCase();
    const above = (d.copyNo || d.secrecy || d.urgency ? [d.copyNo, d.secrecy, d.urgency].filter(Boolean).length + 1 : 0) * LINE;
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: Math.max(0, Math.round(35 * TW_PER_MM) - above), after: d.masthead.lines.length ? LINE : 0 },
        // Broken at words like the 标题, the PDF's mark the same way.
        children: titleLines(d.masthead.mark, cjkAdvance, MARK_EMS).map((t, i) => new TextRun({ text: t, font: font('title'), size: MASTHEAD.size * 2, color: red, break: i > 0 ? 1 : undefined })),
      }),
    );
    const rule = { style: BorderStyle.SINGLE, size: MASTHEAD.rule * 8, color: red, space: 11 };
    const lines = d.masthead.lines.length ? d.masthead.lines : [''];
    lines.forEach((t, i) => {
      const last = i === lines.length - 1;
      children.push(new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: LINE, lineRule: LineRuleType.EXACT, after: last ? LINE : 0 },
        ...(last ? { border: { bottom: rule } } : {}),
        children: [run(t)],
      }));
    });
  } else {
    const lines = titleLines(d.title, cjkAdvance, TITLE_EMS);
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: Math.round(LINE * 1.25), lineRule: LineRuleType.EXACT },
        children: lines.map((t, i) => new TextRun({ text: t, font: font('title'), size: 44, break: i > 0 ? 1 : undefined })),
      }),
    );
    children.push(bodyPara([]));
  }
  if (d.addressee) children.push(bodyPara([run(`${d.addressee}：`)], { align: 'left' }));

  // The last body paragraph keeps with the 附件说明 and signing block after it, as in the PDF.
  const hasTail = d.attachments.length > 0 || !!(d.signing && (d.signing.by || d.signing.date));
  const renderBlocks = (blocks: typeof d.blocks) => {
  blocks.forEach((b, i) => {
    // Also the paragraph (and a blank line) before a signing line that keeps with its text.
    const signs = (k: number) => { const x = blocks[k]; return x?.kind === 'paragraph' && !!x.keepWithPrevious; };
    const blankAt = (k: number) => { const x = blocks[k]; return x?.kind === 'paragraph' && !x.text.trim() && !x.runs?.length; };
    const keepNext = (hasTail && blocks === d.blocks && b === blocks[blocks.length - 1]) || signs(i + 1) || (blankAt(i + 1) && signs(i + 2));
    if (b.kind === 'heading') children.push(bodyPara([run(numberedText(b.numbering, b.text), FONT_OF_LEVEL[b.level])], { indentChars: 2 }));
    else if (b.kind === 'paragraph') {
      const runs = b.runs?.length ? b.runs.map((r) => run(r.text, r.bold ? 'hei' : 'fang')) : b.text.split('\n').map((t, i) => new TextRun({ text: t, font: font('fang'), size: 32, characterSpacing: BODY_SPACING, break: i > 0 ? 1 : undefined }));
      const align = b.align ?? 'indent';
      children.push(bodyPara(runs, { indentChars: align === 'indent' ? 2 : 0, align: align === 'indent' ? 'both' : align, keepNext, keepLines: b.keepTogether }));
    } else if (b.kind === 'table') {
      const cols = Math.max(b.header[0]?.length ?? 0, ...b.rows.map((r) => r.length), 1);
      const weights = b.widths && b.widths.length === cols ? b.widths : Array(cols).fill(1);
      const total = weights.reduce((a, c) => a + c, 0);
      // Column widths in twips with a fixed layout (a grid LibreOffice honours too), cell text 12 pt on 18 pt lines and
      // 2 pt / 3 pt padding, as renderPdf sets them.
      const twips = weights.map((w: number) => Math.floor((w / total) * tw(156)));
      const cell = (t: string, head: boolean, i: number) =>
        new TableCell({
          width: { size: twips[i], type: WidthType.DXA },
          children: t.split('\n').map((line) => new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [run(line, head ? 'hei' : 'fang', 12)] })),
        });
      const row = (r: string[], head: boolean) =>
        new TableRow({ tableHeader: head, cantSplit: true, children: Array.from({ length: cols }, (_, i) => cell(r[i] ?? '', head, i)) });
      if (b.caption) children.push(bodyPara([run(b.caption, 'hei')], { align: 'center' }));
      const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
      children.push(
        new Table({
          width: { size: tw(156), type: WidthType.DXA },
          columnWidths: twips,
          layout: TableLayoutType.FIXED,
          margins: { top: 40, bottom: 40, left: 60, right: 60 },
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          rows: [...b.header.map((r) => row(r, true)), ...b.rows.map((r) => row(r, false))],
        }),
      );
    } else if (b.kind === 'pageBreak') {
      children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    } else if (b.kind === 'signLines') {
      const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
      const c = (t: string, role: FontRole = 'fang', size = 16) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 160, after: 160 }, children: [run(t, role, size)] })] });
      children.push(
        new Table({
          width: { size: 5000, type: WidthType.PERCENTAGE },
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          rows: [
            new TableRow({ tableHeader: true, children: ['姓名', '工作单位及职称', '角色', '签字'].map((t) => c(t, 'hei')) }),
            ...b.people.map((p) => new TableRow({ cantSplit: true, children: [c(p.name), c(p.unit, 'fang', 12), c(p.role), c(p.note, 'fang', 12)] })),
          ],
        }),
      );
    }
  });
  };
  renderBlocks(d.blocks);
  if (d.attachments.length) {
    children.push(bodyPara([], { keepNext: true }));
    d.attachments.forEach((a, i) => {
      const label = d.attachments.length > 1 ? `${i + 1}．${a}` : a;
      children.push(
        new Paragraph({
          keepNext: true,
          indent: { left: i === 0 ? 2 * CHAR : 5 * CHAR },
          spacing: { line: LINE, lineRule: LineRuleType.EXACT },
          children: [run(i === 0 ? `附件：${label}` : label)],
        }),
      );
    });
  }
  if (d.signing && (d.signing.by || d.signing.date)) {
    children.push(bodyPara([], { keepNext: true }), bodyPara([], { keepNext: true }));
    const dateLen = [...d.signing.date].length;
    const byLen = Math.min(24, [...d.signing.by].length);
    if (d.signing.by) children.push(bodyPara([run(d.signing.by)], { align: 'right', rightChars: 4 + Math.max(0, Math.min((dateLen - byLen) / 2, 24 - byLen)), keepNext: !!d.signing.date }));
    if (d.signing.date) children.push(bodyPara([run(d.signing.date)], { align: 'right', rightChars: 4 }));
  }
  if (d.appendix.length) {
    children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    renderBlocks(d.appendix);
  }
  for (const n of [...d.notes, ...(opts.fallbackNote ? [opts.fallbackNote] : [])]) children.push(new Paragraph({ spacing: { before: 120 }, children: [run(n, 'fang', 10.5)] }));

  const doc = new Document({
    creator: d.meta.author ?? '评审台',
    title: d.title.replace(/\n/g, ''),
    subject: d.meta.subject ?? '',
    keywords: d.meta.keywords ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font('fang'), size: 32 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: tw(210), height: tw(297) },
            margin: { top: tw(37), left: tw(28), right: tw(26), bottom: tw(35), footer: tw(23), header: tw(15) },
          },
        },
        footers: { default: pageFooter('right'), even: pageFooter('left') },
        ...(d.pageMark ? { headers: { default: pageMarkHeader(d.pageMark), even: pageMarkHeader(d.pageMark) } } : {}),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
