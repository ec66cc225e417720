import { PDFDocument, PDFName, PDFHexString, PDFDict, degrees, type PDFRef, type PDFEmbeddedPage } from 'pdf-lib';
import type { FontSet } from '../../docs/fonts';
import { GBT9704, renderStamps, type StampLine } from './paper';

/**
 * Packet assembly with pdf-lib: merge the parts, number every page "— N —" in GB/T 9704 position (odd pages right,
 * even left, one character in, 7 mm below the text block), add bookmarks, and make numbered copies with 份号 and a
 * light watermark. Pure over bytes: the service gathers the parts, this lays them out.
 */

export interface PacketPart {
  /** Bookmark and TOC title. */
  title: string;
  level: 1 | 2;
  /** A PDF; parts without bytes are headings whose page is their first child's. */
  pdf?: Uint8Array;
  /** In the TOC (the cover and the TOC itself are not). */
  inToc: boolean;
}

export interface TocEntry {
  title: string;
  level: number;
  /** 1-based page where the part starts in the packet. */
  page: number;
}

const MM = 72 / 25.4;
const NUM_SIZE = 14; // 4号
const ONE_CHAR = NUM_SIZE;
const NUM_BOX = { width: 130, height: 34 };

/** Where page number N goes on a page of the given size: odd right, even left, one character in. */
export function pageNumberBox(n: number, pageW: number) {
  const right = pageW - (GBT9704.pageW - GBT9704.left - GBT9704.width);
  const x = n % 2 === 1 ? right - ONE_CHAR - NUM_BOX.width : GBT9704.left + ONE_CHAR;
  // top of the number 7 mm below the text block (35 mm from the bottom on A4)
  const top = (GBT9704.pageH - GBT9704.top - GBT9704.height) - 7 * MM;
  return { x, y: top - NUM_BOX.height, ...NUM_BOX };
}

export const pageLabel = (n: number) => `— ${n} —`;

async function pdfPageCount(bytes: Uint8Array) {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/**
 * Lays out the TOC until its own length stops moving the page numbers after it (a longer TOC pushes everything on).
 */
export async function layoutToc(parts: PacketPart[], tocIndex: number, renderToc: (entries: TocEntry[]) => Promise<Uint8Array>) {
  const counts = await Promise.all(parts.map((p) => (p.pdf ? pdfPageCount(p.pdf) : Promise.resolve(0))));
  let tocPages = 1;
  for (let round = 0; round < 5; round++) {
    const entries: TocEntry[] = [];
    let page = 1;
    parts.forEach((p, i) => {
      if (p.inToc) entries.push({ title: p.title, level: p.level, page });
      page += i === tocIndex ? tocPages : counts[i];
    });
    const toc = await renderToc(entries);
    const n = await pdfPageCount(toc);
    if (n === tocPages) return { toc, entries, counts: counts.map((c, i) => (i === tocIndex ? n : c)) };
    tocPages = n;
  }
  throw new Error('table of contents did not settle');
}

export interface BuiltPacket {
  pdf: Uint8Array;
  pageCount: number;
  toc: TocEntry[];
  /** 0-based start page of every part, as bookmarked. */
  starts: number[];
}

/** Merges parts (TOC already in place) into one numbered PDF with bookmarks. */
export async function assemble(parts: PacketPart[], title: string, fonts: FontSet): Promise<BuiltPacket> {
  const out = await PDFDocument.create({ updateMetadata: false });
  out.setTitle(title, { showInWindowTitleBar: true });
  out.setCreator('评审台 Review Desk');
  out.setProducer('评审台 Review Desk');
  const starts: number[] = [];
  for (const p of parts) {
    starts.push(out.getPageCount());
    if (!p.pdf) continue;
    const src = await PDFDocument.load(p.pdf, { updateMetadata: false });
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const pg of pages) out.addPage(pg);
  }
  const total = out.getPageCount();
  await stampPageNumbers(out, total, fonts);
  addOutline(out, parts, starts);
  const toc: TocEntry[] = parts.flatMap((p, i) => (p.inToc ? [{ title: p.title, level: p.level, page: starts[i] + 1 }] : []));
  return { pdf: await out.save(), pageCount: total, toc, starts };
}

async function stampPageNumbers(doc: PDFDocument, total: number, fonts: FontSet) {
  const lines: StampLine[] = [];
  for (let n = 1; n <= total; n++) lines.push({ text: pageLabel(n), size: NUM_SIZE, align: n % 2 === 1 ? 'right' : 'left' });
  const stampPdf = await renderStamps(lines, NUM_BOX, fonts);
  if ((await pdfPageCount(stampPdf)) !== total) throw new Error('page number stamps overflowed their box');
  const stamps = await doc.embedPdf(stampPdf, [...Array(total).keys()]);
  doc.getPages().forEach((page, i) => {
    const { width } = page.getSize();
    const box = pageNumberBox(i + 1, width);
    page.drawPage(stamps[i], { x: box.x, y: box.y, width: box.width, height: box.height });
  });
}

function addOutline(doc: PDFDocument, parts: PacketPart[], starts: number[]) {
  type Node = { title: string; page: number; children: Node[] };
  const roots: Node[] = [];
  parts.forEach((p, i) => {
    const node = { title: p.title, page: Math.min(starts[i], doc.getPageCount() - 1), children: [] };
    if (p.level === 1 || roots.length === 0) roots.push(node);
    else roots[roots.length - 1].children.push(node);
  });
  const ctx = doc.context;
  const pages = doc.getPages();
  const build = (nodes: Node[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = nodes.map(() => ctx.nextRef());
    let count = nodes.length;
    nodes.forEach((n, i) => {
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(n.title));
      dict.set(PDFName.of('Parent'), parent);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
      if (i < nodes.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
      dict.set(PDFName.of('Dest'), ctx.obj([pages[n.page].ref, 'XYZ', null, null, null]));
      if (n.children.length) {
        const c = build(n.children, refs[i]);
        dict.set(PDFName.of('First'), c.first);
        dict.set(PDFName.of('Last'), c.last);
        dict.set(PDFName.of('Count'), ctx.obj(c.count));
        count += c.count;
      }
      ctx.assign(refs[i], dict);
    });
    return { first: refs[0], last: refs[refs.length - 1], count };
  };
  const root = ctx.nextRef();
  const r = build(roots, root);
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: r.first, Last: r.last, Count: r.count }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

const WM = { width: 420, height: 64 };

/** The per-copy overlay: a watermark for every page and the 份号 for the cover's top left. */
async function copyStamps(copyNo: string, recipient: string, fonts: FontSet) {
  const pdf = await renderStamps([
    { text: `第 ${copyNo} 份  ${recipient}  阅后收回`, size: 22, align: 'center' },
    // GB/T 9704 §7.2.1: the 份号 is six digits, 3号, flush left on the first line of the text block
    { text: copyNo, size: 16, align: 'left' },
  ], WM, fonts);
  if ((await pdfPageCount(pdf)) !== 2) throw new Error('copy stamps overflowed their box');
  return pdf;
}

/** One numbered copy: 份号 on the cover and a light watermark naming the copy and its recipient on every page. */
export async function numberedCopy(base: Uint8Array, copyNo: string, recipient: string, fonts: FontSet): Promise<Uint8Array> {
  const doc = await PDFDocument.load(base, { updateMetadata: false });
  const [wm, no] = await doc.embedPdf(await copyStamps(copyNo, recipient, fonts), [0, 1]);
  doc.getPages().forEach((page, i) => {
    drawWatermark(page, wm);
    if (i === 0) page.drawPage(no, { x: GBT9704.left, y: page.getHeight() - GBT9704.top - WM.height + 4, width: WM.width, height: WM.height });
  });
  doc.setSubject(`份号 ${copyNo}，${recipient}`);
  return doc.save();
}

function drawWatermark(page: ReturnType<PDFDocument['getPages']>[number], wm: PDFEmbeddedPage) {
  const { width, height } = page.getSize();
  const theta = (30 * Math.PI) / 180;
  for (const cy of [height * 0.3, height * 0.7]) {
    const cx = width / 2;
    const x = cx - ((WM.width / 2) * Math.cos(theta) - (WM.height / 2) * Math.sin(theta));
    const y = cy - ((WM.width / 2) * Math.sin(theta) + (WM.height / 2) * Math.cos(theta));
    page.drawPage(wm, { x, y, width: WM.width, height: WM.height, rotate: degrees(30), opacity: 0.16 });
  }
}
