import fs from 'node:fs';
import PdfPrinter from 'pdfmake';
import { AlignmentType, BorderStyle, Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * The meeting module's paper: a small block list rendered to PDF (pdfmake, CJK subset-embedded) and to DOCX (docx) in
 * GB/T 9704 layout (DOMAIN §7). It stands in for the memo module's document model (main/docs, issue 6) until that
 * lands; every caller goes through `renderPaperPdf`/`renderPaperDocx`, so switching is one file.
 */
export type PaperBlock =
  | { t: 'title'; text: string; red?: boolean }
  | { t: 'heading'; text: string }
  | { t: 'para'; text: string; indent?: boolean; align?: 'left' | 'center' | 'right'; size?: number; bold?: boolean }
  | { t: 'kv'; rows: [string, string][] }
  | { t: 'table'; rows: string[][]; widths?: (number | '*')[]; header?: boolean; size?: number }
  | { t: 'toc'; entries: { title: string; page: number; level: number }[] }
  | { t: 'topLeft'; lines: string[] }
  | { t: 'rule'; red?: boolean }
  | { t: 'space'; lines: number }
  | { t: 'pageBreak' };

export interface Paper {
  title: string;
  blocks: PaperBlock[];
}

const MM = 72 / 25.4;
/** GB/T 9704: top 37 mm, binding (left) 28 mm, text block 156 × 225 mm on A4. */
export const GBT9704 = { top: 37 * MM, left: 28 * MM, width: 156 * MM, height: 225 * MM, pageW: 210 * MM, pageH: 297 * MM };
const MARGINS = [GBT9704.left, GBT9704.top, GBT9704.pageW - GBT9704.left - GBT9704.width, GBT9704.pageH - GBT9704.top - GBT9704.height];
/** 3号 16 pt body, 2号 22 pt title; 22 lines per page → about 29 pt line pitch. */
const BODY = 16;
const LINE = 1.3;

/** The official fonts when installed, else the open-licensed Noto CJK fonts; `fallback` says which happened. */
export function paperFonts() {
  const candidates = (names: string[]) => names.find((f) => fs.existsSync(f));
  const serif = candidates(['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc']);
  const serifBold = candidates(['/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', '/usr/share/fonts/noto-cjk/NotoSerifCJK-Bold.ttc']);
  const sans = candidates(['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc']);
  if (!serif || !serifBold || !sans) throw new Error('no CJK font found (install fonts-noto-cjk)');
  return {
    fonts: {
      Song: { normal: [serif, 'NotoSerifCJKsc-Regular'] as [string, string], bold: [serifBold, 'NotoSerifCJKsc-Bold'] as [string, string] },
      Hei: { normal: [sans, 'NotoSansCJKsc-Regular'] as [string, string], bold: [sans, 'NotoSansCJKsc-Regular'] as [string, string] },
    },
    note: '本件未检测到仿宋_GB2312、方正小标宋简体等公文字体，已使用开源思源宋体/思源黑体排版。',
  };
}

let printer: PdfPrinter | null = null;
function getPrinter() {
  printer ??= new PdfPrinter(paperFonts().fonts);
  return printer;
}

function pdfBlock(b: PaperBlock): unknown {
  switch (b.t) {
    case 'title':
      return { text: b.text, font: 'Song', bold: true, fontSize: 22, alignment: 'center', color: b.red ? '#d40000' : '#000000', margin: [0, 0, 0, 16], lineHeight: 1.2 };
    case 'heading':
      return { text: b.text, font: 'Hei', fontSize: BODY, margin: [0, 6, 0, 2], lineHeight: LINE };
    case 'para':
      return {
        text: b.text, fontSize: b.size ?? BODY, bold: b.bold, alignment: b.align ?? 'justify', lineHeight: LINE,
        leadingIndent: b.indent === false ? 0 : (b.size ?? BODY) * 2,
      };
    case 'kv':
      return {
        table: { widths: [110, '*'], body: b.rows.map(([k, v]) => [{ text: k, font: 'Hei', fontSize: 14 }, { text: v || ' ', fontSize: 14 }]) },
        margin: [0, 4, 0, 4],
      };
    case 'table':
      return {
        table: {
          headerRows: b.header ? 1 : 0,
          widths: b.widths ?? b.rows[0].map(() => '*'),
          body: b.rows.map((r, i) => r.map((c) => ({ text: c || ' ', fontSize: b.size ?? 12, font: b.header && i === 0 ? 'Hei' : 'Song' }))),
        },
        margin: [0, 4, 0, 4],
      };
    case 'toc':
      return {
        table: {
          widths: ['*', 40],
          body: b.entries.map((e) => [
            { text: e.title, fontSize: e.level === 1 ? 15 : 13, font: e.level === 1 ? 'Hei' : 'Song', margin: [e.level === 1 ? 0 : 28, 1, 0, 1] },
            { text: String(e.page), fontSize: e.level === 1 ? 15 : 13, alignment: 'right' },
          ]),
        },
        layout: 'noBorders',
      };
    case 'topLeft':
      return { stack: b.lines.map((l) => ({ text: l, font: 'Hei', fontSize: BODY })), margin: [0, 0, 0, 12] };
    case 'rule':
      return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: GBT9704.width, y2: 0, lineWidth: 1.2, lineColor: b.red ? '#d40000' : '#000000' }], margin: [0, 4, 0, 10] };
    case 'space':
      return { text: ' ', fontSize: BODY, lineHeight: LINE * b.lines };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

/** Renders to PDF bytes on A4 with GB/T 9704 margins. Page size and margins may be overridden for stamps. */
export function renderPaperPdf(paper: Paper, opts: { pageSize?: { width: number; height: number }; margins?: number[] } = {}): Promise<Buffer> {
  const doc = getPrinter().createPdfKitDocument({
    info: { Title: paper.title, Creator: '评审台 Review Desk', Producer: '评审台 Review Desk' },
    pageSize: opts.pageSize ?? 'A4',
    pageMargins: opts.margins ?? MARGINS,
    defaultStyle: { font: 'Song', fontSize: BODY },
    content: paper.blocks.map(pdfBlock),
  });
  return streamToBuffer(doc);
}

export function streamToBuffer(doc: NodeJS.ReadableStream & { end(): void }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

// ---- DOCX ----

const FS = '仿宋_GB2312';
const HEI = '黑体';
const TITLE_FONT = '方正小标宋简体';
const half = (pt: number) => pt * 2;
const run = (text: string, font = FS, size = BODY, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size: half(size), ...extra });
const cell = (text: string, font = FS, size = 14) => new TableCell({ children: [new Paragraph({ children: [run(text, font, size)] })] });

function docxBlock(b: PaperBlock): (Paragraph | Table)[] {
  switch (b.t) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 320 }, children: [run(b.text, TITLE_FONT, 22, { color: b.red ? 'D40000' : undefined })] })];
    case 'heading':
      return [new Paragraph({ children: [run(b.text, HEI)] })];
    case 'para':
      return [
        new Paragraph({
          alignment: b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
          indent: b.indent === false ? undefined : { firstLine: 640 },
          children: [run(b.text, FS, b.size ?? BODY, { bold: b.bold })],
        }),
      ];
    case 'kv':
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: b.rows.map(([k, v]) => new TableRow({ children: [cell(k, HEI), cell(v)] })) })];
    case 'table':
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: b.rows.map((r, i) => new TableRow({ children: r.map((c) => cell(c, b.header && i === 0 ? HEI : FS, b.size ?? 12)) })) })];
    case 'toc':
      return b.entries.map((e) => new Paragraph({ children: [run(`${e.title}\t${e.page}`, e.level === 1 ? HEI : FS, 14)] }));
    case 'topLeft':
      return b.lines.map((l) => new Paragraph({ children: [run(l, HEI)] }));
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: b.red ? 'D40000' : '000000', space: 1 } }, children: [] })];
    case 'space':
      return Array.from({ length: b.lines }, () => new Paragraph({ children: [] }));
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const TWIP = 1440 / 25.4;
export async function renderPaperDocx(paper: Paper): Promise<Buffer> {
  const doc = new Document({
    title: paper.title,
    creator: '评审台 Review Desk',
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * TWIP), height: Math.round(297 * TWIP) },
            margin: { top: Math.round(37 * TWIP), left: Math.round(28 * TWIP), right: Math.round(26 * TWIP), bottom: Math.round(35 * TWIP) },
          },
        },
        children: paper.blocks.flatMap(docxBlock),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
