import { PDFArray, PDFDocument, PDFName, PDFHexString, PDFDict, PDFRef, type PDFObject } from 'pdf-lib';
import type { FontSet } from '../../docs/fonts';
import { GBT9704, renderStamps, type StampLine } from './paper';
import { appendUpdate } from '../../docs/incremental';

/**
 * Packet assembly with pdf-lib: merge the parts, number every page "— N —" in GB/T 9704 position (odd pages right,
 * even left, one character in, 7 mm below the text block), add bookmarks, and make numbered copies with 份号 and a
 * light watermark. Pure over bytes: the service gathers the parts, this lays them out.
 */

export interface PacketPart {
  /** Bookmark and TOC title. */
  title: string;
  level: 1 | 2;
  /** A PDF; parts without bytes or pages are headings whose page is their first child's. */
  pdf?: Uint8Array;
  /** Or pages [from, from + count) of the packet's generated PDF (all generated parts laid out as one document). */
  pages?: { from: number; count: number };
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
 * `counts` are the parts' page counts (the TOC's own is ignored).
 */
export async function layoutToc(parts: PacketPart[], counts: number[], tocIndex: number, renderToc: (entries: TocEntry[]) => Promise<Uint8Array>) {
  let tocPages = 1;
  for (let round = 0; round < 5; round++) {
    const entries: TocEntry[] = [];
    let page = 1;
    parts.forEach((p, i) => {
      if (p.inToc) entries.push({ title: p.title, level: p.level, page });
      page += i === tocIndex ? tocPages : counts[i];
    });
    const n = await pdfPageCount(await renderToc(entries));
    if (n === tocPages) return { entries, tocPages: n };
    tocPages = n;
  }
  throw new Error('table of contents did not settle');
}

/** Page count of a PDF part. */
export const partPageCount = pdfPageCount;

export interface BuiltPacket {
  pdf: Uint8Array;
  pageCount: number;
  toc: TocEntry[];
  /** 0-based start page of every part, as bookmarked. */
  starts: number[];
}

/**
 * Merges parts (TOC already in place) into one numbered PDF with bookmarks. The generated pages are copied in one
 * call, so the fonts they share are copied once.
 */
export async function assemble(parts: PacketPart[], title: string, fonts: FontSet, generated?: Uint8Array): Promise<BuiltPacket> {
  const out = await PDFDocument.create({ updateMetadata: false });
  out.setTitle(title, { showInWindowTitleBar: true });
  out.setCreator('评审台 Review Desk');
  out.setProducer('评审台 Review Desk');
  const starts: number[] = [];
  const gen = generated ? await PDFDocument.load(generated, { updateMetadata: false }) : undefined;
  const genPages = gen ? await out.copyPages(gen, gen.getPageIndices()) : [];
  for (const p of parts) {
    starts.push(out.getPageCount());
    if (p.pages) {
      if (p.pages.from + p.pages.count > genPages.length) throw new Error('generated part out of range');
      for (const pg of genPages.slice(p.pages.from, p.pages.from + p.pages.count)) out.addPage(pg);
      continue;
    }
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

/** The per-copy stamps, all copies in one layout run: page 2i the watermark line, page 2i + 1 the 份号. */
async function copyStamps(copies: { copyNo: string; recipient: string }[], fonts: FontSet) {
  const lines = copies.flatMap((c): StampLine[] => [
    { text: `第 ${c.copyNo} 份  ${c.recipient}  阅后收回`, size: 22, align: 'center' },
    // GB/T 9704 §7.2.1: the 份号 is six digits, 3号, flush left on the first line of the text block
    { text: c.copyNo, size: 16, align: 'left' },
  ]);
  const pdf = await renderStamps(lines, WM, fonts);
  if ((await pdfPageCount(pdf)) !== lines.length) throw new Error('copy stamps overflowed their box');
  return pdf;
}

/**
 * Numbered copies of a finished packet: each is the packet's bytes unchanged plus a small PDF incremental update —
 * the stamp XObjects, one content stream per page drawn *before* the page's own content (so the light watermark lies
 * behind text and table lines, never over them), the 份号 on the cover on top, and the rewritten page dicts. Nothing
 * of the packet is parsed or laid out again per copy; the stamps of all copies are laid out in one run.
 */
export async function numberedCopies(
  base: Uint8Array,
  copies: { copyNo: string; recipient: string }[],
  fonts: FontSet,
  /** Called after each copy, for a progress bar. */
  onCopy?: (done: number, total: number) => void,
): Promise<Uint8Array[]> {
  if (!copies.length) return [];
  const doc = await PDFDocument.load(base, { updateMetadata: false });
  const stamps = await PDFDocument.load(await copyStamps(copies, fonts), { updateMetadata: false });
  const pages = doc.getPages();
  const head = Buffer.from(base);
  const prev = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(head.subarray(Math.max(0, head.length - 1024)).toString('latin1'));
  if (!prev) throw new Error('packet has no final startxref');
  const ctx = doc.context;
  const t = ctx.trailerInfo;
  // Object streams and the xref stream itself are not registered in the parsed context: new objects must be
  // numbered above the file's /Size, not only above what pdf-lib registered.
  const declared = Math.max(0, ...[...head.toString('latin1').matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1]) - 1));
  ctx.largestObjectNumber = Math.max(ctx.largestObjectNumber, declared);
  const baseLargest = ctx.largestObjectNumber;
  // All copies' stamps embedded in one go; each copy then writes only the objects its two stamps reach.
  const embedded = await doc.embedPdf(stamps, copies.flatMap((_, k) => [2 * k, 2 * k + 1]));
  for (const e of embedded) await e.embed();
  const reach = (root: PDFRef) => {
    const seen = new Map<string, [PDFRef, PDFObject]>();
    const walk = (o: PDFObject | undefined) => {
      if (!o) return;
      if (o instanceof PDFRef) {
        if (seen.has(o.toString()) || o.objectNumber <= baseLargest) return;
        const v = ctx.lookup(o);
        if (!v) return;
        seen.set(o.toString(), [o, v]);
        walk(v);
      } else if (o instanceof PDFArray) o.asArray().forEach(walk);
      else if (o instanceof PDFDict) for (const [, v] of o.entries()) walk(v);
      else if ('dict' in o && o.dict instanceof PDFDict) walk(o.dict);
    };
    walk(root);
    return [...seen.values()];
  };
  const out: Uint8Array[] = [];
  for (const [k, c] of copies.entries()) {
    const before = ctx.largestObjectNumber;
    const [wm, no] = [embedded[2 * k], embedded[2 * k + 1]];
    const gs = ctx.register(ctx.obj({ Type: 'ExtGState', ca: 0.16, CA: 0.16 }));
    const streams = new Map<string, PDFRef>();
    const pageDicts: [PDFRef, PDFDict][] = [];
    pages.forEach((page, i) => {
      const { width, height } = page.getSize();
      const key = `${width}x${height}:${i === 0}`;
      let under = streams.get(`u${key}`);
      if (!under) {
        under = ctx.register(ctx.flateStream(watermarkOps(width, height)));
        streams.set(`u${key}`, under);
      }
      const contents: PDFRef[] = [under];
      const dict = page.node.clone(ctx);
      const old = page.node.get(PDFName.of('Contents'));
      const oldArr = old ? ctx.lookup(old) : undefined;
      const oldList = oldArr instanceof PDFArray ? oldArr.asArray() : old ? [old] : [];
      const after: PDFRef[] = [];
      if (i === 0) {
        const y = height - GBT9704.top - WM.height + 4;
        after.push(ctx.register(ctx.flateStream(`q 1 0 0 1 ${GBT9704.left.toFixed(2)} ${y.toFixed(2)} cm /RDno Do Q`)));
      }
      // Wrap the original content in q/Q so its graphics state cannot leak into what is drawn after it.
      const qOpen = streams.get('q') ?? ctx.register(ctx.flateStream('q'));
      const qClose = streams.get('Q') ?? ctx.register(ctx.flateStream('Q'));
      streams.set('q', qOpen);
      streams.set('Q', qClose);
      dict.set(PDFName.of('Contents'), ctx.obj([...contents, qOpen, ...oldList, qClose, ...after]));
      const res = (page.node.Resources() ?? ctx.obj({})).clone(ctx) as PDFDict;
      const xo = (res.lookupMaybe(PDFName.of('XObject'), PDFDict) ?? ctx.obj({})).clone(ctx) as PDFDict;
      xo.set(PDFName.of('RDwm'), wm.ref);
      if (i === 0) xo.set(PDFName.of('RDno'), no.ref);
      res.set(PDFName.of('XObject'), xo);
      const eg = (res.lookupMaybe(PDFName.of('ExtGState'), PDFDict) ?? ctx.obj({})).clone(ctx) as PDFDict;
      eg.set(PDFName.of('RDgs'), gs);
      res.set(PDFName.of('ExtGState'), eg);
      dict.set(PDFName.of('Resources'), res);
      pageDicts.push([page.ref, dict]);
    });
    const info = ctx.register(ctx.obj({ Title: PDFHexString.fromText(doc.getTitle() ?? ''), Subject: PDFHexString.fromText(`份号 ${c.copyNo}，${c.recipient}`), Creator: PDFHexString.fromText('评审台 Review Desk'), Producer: PDFHexString.fromText('评审台 Review Desk') }));
    // This copy's own objects by number (enumerating the whole packet's objects per copy would cost more than the copy).
    const fresh: [PDFRef, PDFObject][] = [];
    for (let n = before + 1; n <= ctx.largestObjectNumber; n++) {
      const ref = PDFRef.of(n);
      const o = ctx.lookup(ref);
      if (o) fresh.push([ref, o]);
    }
    out.push(appendUpdate(head, [...pageDicts, ...reach(wm.ref), ...reach(no.ref), ...fresh], `/Size ${ctx.largestObjectNumber + 1} /Root ${String(t.Root)} /Info ${String(info)}${t.ID ? ` /ID ${String(t.ID)}` : ''} /Prev ${Number(prev[1])}`));
    for (const [ref] of fresh) ctx.delete(ref);
    onCopy?.(k + 1, copies.length);
  }
  return out;
}

/** Two light diagonal watermarks, drawn under the page's own content. */
function watermarkOps(width: number, height: number): string {
  const theta = (30 * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  return [height * 0.3, height * 0.7]
    .map((cy) => {
      const cx = width / 2;
      const x = cx - ((WM.width / 2) * cos - (WM.height / 2) * sin);
      const y = cy - ((WM.width / 2) * sin + (WM.height / 2) * cos);
      return `q /RDgs gs ${cos.toFixed(5)} ${sin.toFixed(5)} ${(-sin).toFixed(5)} ${cos.toFixed(5)} ${x.toFixed(2)} ${y.toFixed(2)} cm /RDwm Do Q`;
    })
    .join('\n');
}

/** Appends objects to a PDF as an incremental update (classic xref section, /Prev to the original one). */

/** One numbered copy: 份号 on the cover and a light watermark naming the copy and its recipient on every page. */
export async function numberedCopy(base: Uint8Array, copyNo: string, recipient: string, fonts: FontSet): Promise<Uint8Array> {
  return (await numberedCopies(base, [{ copyNo, recipient }], fonts))[0];
}
