import { PDFDocument } from 'pdf-lib';
import { destinationPage } from '../../docs/incremental';
import { buildPdfDefinition, printerFor, renderPdf } from '../../docs/renderPdf';
import { renderDocx } from '../../docs/renderDocx';
import { splitByGlyphs, type FontSet } from '../../docs/fonts';
import type { PrintDoc } from '../../../shared/memo/model';

/**
 * The meeting module prints through the app's one document model (PrintDoc, shared/memo/model.ts) and its GB/T 9704
 * renderers in main/docs. Two additions only the packet needs: parts without their own page numbers (the packet
 * numbers every page continuously), and small stamp pages (page numbers, watermark, 份号) overlaid with pdf-lib.
 */

const MM = 72 / 25.4;
/** GB/T 9704 on A4, in points. */
export const GBT9704 = { top: 37 * MM, left: 28 * MM, width: 156 * MM, height: 225 * MM, pageW: 210 * MM, pageH: 297 * MM };

function print(def: Record<string, unknown>, fonts: FontSet): Promise<Uint8Array> {
  const pdf = printerFor(fonts).createPdfKitDocument(def);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.end();
  });
}

const quiet = new WeakMap<FontSet, FontSet>();
/**
 * A packet part: GB/T 9704 layout by the shared renderer, minus its own page numbers. The fallback-font note is
 * printed once, on the cover (`fontNote`), not at the end of every part.
 */
export function renderPartPdf(doc: PrintDoc, fonts: FontSet, opts: { fontNote?: boolean } = {}): Promise<Uint8Array> {
  let q = quiet.get(fonts);
  if (!q) quiet.set(fonts, (q = { ...fonts, fallbackNote: '' }));
  const def = buildPdfDefinition(doc, opts.fontNote ? fonts : q);
  delete def.footer;
  return print(def, fonts);
}

/** Several print documents laid out as parts (no page numbers of their own) in one PDF: a memo and its 签署页. */
export async function partsPdf(docs: PrintDoc[], fonts: FontSet): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const out = await PDFDocument.create();
  for (const doc of docs) {
    const src = await PDFDocument.load(await renderPartPdf(doc, fonts));
    for (const pg of await out.copyPages(src, src.getPageIndices())) out.addPage(pg);
  }
  return { bytes: await out.save(), pageCount: out.getPageCount() };
}

type Node = Record<string, unknown>;

/** Gives every pdfmake node id a per-part prefix: ids must be unique in one document. */
function prefixIds(v: unknown, prefix: string): void {
  if (Array.isArray(v)) v.forEach((x) => prefixIds(x, prefix));
  else if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) {
    const o = v as Node;
    if (typeof o.id === 'string') o.id = `${prefix}${o.id}`;
    for (const k of ['stack', 'columns', 'table', 'body', 'text']) if (k in o) prefixIds(o[k], prefix);
  }
}

/** The first text node of a part's content (a stack's first child), where its start destination goes. */
function firstText(nodes: unknown[]): Node | undefined {
  for (const n of nodes) {
    if (!n || typeof n !== 'object') continue;
    const o = n as Node;
    if (Array.isArray(o.stack)) return firstText(o.stack);
    if ('text' in o) return o;
    return undefined;
  }
  return undefined;
}

/**
 * Several packet parts laid out in ONE pdfmake document, each starting on a new page: every font is then embedded
 * once, as one subset holding the glyphs of all parts (separate documents each embed their own subsets). Returns the
 * PDF and the 0-based page where each part starts, read back from a named destination on its first line.
 */
export async function renderPartsPdf(parts: { doc: PrintDoc; fontNote?: boolean }[], fonts: FontSet): Promise<{ pdf: Uint8Array; starts: number[] }> {
  let q = quiet.get(fonts);
  if (!q) quiet.set(fonts, (q = { ...fonts, fallbackNote: '' }));
  const content: unknown[] = [];
  let frame: Node | undefined;
  parts.forEach((part, k) => {
    const def = buildPdfDefinition(part.doc, part.fontNote ? fonts : q) as Node;
    if (def.header) throw new Error('packet parts with a running header cannot share one document');
    const nodes = def.content as Node[];
    prefixIds(nodes, `p${k}-`);
    const head = firstText(nodes);
    if (!head || !nodes.length) throw new Error(`packet part ${k} has no first line`);
    head.id = partDest(k);
    if (k > 0) nodes[0].pageBreak = 'before';
    content.push(...nodes);
    frame ??= def;
  });
  if (!frame) return { pdf: new Uint8Array(), starts: [] };
  const { footer: _footer, ...rest } = frame;
  const pdf = await print({ ...rest, content, info: { title: 'packet parts', creator: '评审台 Review Desk', producer: '评审台 Review Desk' } }, fonts);
  const read = await PDFDocument.load(pdf, { updateMetadata: false });
  const starts = parts.map((_, k) => destinationPage(read, partDest(k)));
  if (starts.some((s, k) => s === null || (k > 0 && s <= starts[k - 1]!))) throw new Error('packet part starts not found');
  return { pdf, starts: starts as number[] };
}
const partDest = (k: number) => `rd-part-${k}`;

/** A paper that stands alone (register, 会议记录, 纪要): the shared renderers as they are, page numbers included. */
export const renderStandalonePdf = (doc: PrintDoc, fonts: FontSet) => renderPdf(doc, fonts);
export const renderStandaloneDocx = (doc: PrintDoc, fonts: FontSet) => renderDocx(doc, { fallbackNote: fonts.fallbackNote });

export interface StampLine {
  text: string;
  size: number;
  align: 'left' | 'center' | 'right';
}

/** One small page per line, each `box` in size, in 宋体 (4号 for page numbers). For overlaying with pdf-lib. */
export function renderStamps(lines: StampLine[], box: { width: number; height: number }, fonts: FontSet): Promise<Uint8Array> {
  const content = lines.map((l, i) => ({
    text: splitByGlyphs(fonts, 'song', l.text).map((p) => ({ text: p.text, font: p.role })),
    font: 'song',
    fontSize: l.size,
    alignment: l.align,
    lineHeight: 1,
    noWrap: true,
    ...(i < lines.length - 1 ? { pageBreak: 'after' } : {}),
  }));
  return print({ pageSize: box, pageMargins: [0, 0, 0, 0], content, info: { title: 'stamps', creator: '评审台 Review Desk', producer: '评审台 Review Desk' } }, fonts);
}
