import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';

// Loaded on demand with this module (memos' signed PDF): a dynamic import of pdf-lib itself, a CommonJS package, has no
// named exports in the bundled host and CLI.
export { PDFDocument };

/** The named destination the renderer puts on the first line of a document's appendix (e.g. the 签字表). */
export const APPENDIX_DEST = 'rd-appendix';

/** The 0-based index of the page holding a named destination, or null when the PDF has none by that name. */
export function destinationPage(doc: PDFDocument, name: string): number | null {
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const dests = names?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return null;
  const pages = doc.getPages().map((p) => p.ref.toString());
  // A flat name tree (pdfkit writes one /Names array; /Kids are walked for other writers).
  const walk = (node: PDFDict): number | null => {
    const arr = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (arr) {
      for (let i = 0; i + 1 < arr.size(); i += 2) {
        const key = arr.lookup(i);
        const keyText = key && 'decodeText' in key ? (key as unknown as { decodeText(): string }).decodeText() : String(key);
        if (keyText !== name) continue;
        let dest = arr.lookup(i + 1);
        if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
        if (dest instanceof PDFArray) {
          const page = dest.get(0);
          const at = page instanceof PDFRef ? pages.indexOf(page.toString()) : -1;
          return at >= 0 ? at : null;
        }
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let k = 0; kids && k < kids.size(); k++) {
      const r = walk(kids.lookup(k, PDFDict));
      if (r !== null) return r;
    }
    return null;
  };
  return walk(dests);
}

/**
 * Replaces the pages from `fromPage` to the end with the pages of `replacement`, as a PDF incremental update: the
 * original bytes stay untouched at the start of the result (so a signature over them still verifies) and readers
 * show the new pages. Only the new objects and the page tree are written after the original.
 */
export async function replaceTailIncrementally(original: Uint8Array, fromPage: number, replacement: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(original, { updateMetadata: false });
  // Numbers of object streams and xref streams are not registered on parsing: go above the declared /Size too.
  const declared = Math.max(0, ...[...Buffer.from(original).toString('latin1').matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1]) - 1));
  doc.context.largestObjectNumber = Math.max(doc.context.largestObjectNumber, declared);
  const before = doc.context.largestObjectNumber;
  const rep = await PDFDocument.load(replacement, { updateMetadata: false });
  const copied = await doc.copyPages(rep, rep.getPageIndices());
  while (doc.getPageCount() > fromPage) doc.removePage(fromPage);
  for (const p of copied) doc.addPage(p);

  const pagesRef = doc.catalog.get(PDFName.of('Pages'));
  if (!(pagesRef instanceof PDFRef)) throw new Error('page tree root is not an indirect object');
  // Every page node that lost or gained kids (pdfkit writes one flat /Pages node; nested trees are walked too).
  const changed = new Set<string>([pagesRef.toString()]);
  for (const p of doc.getPages()) {
    let parent = p.node.get(PDFName.of('Parent'));
    while (parent instanceof PDFRef && !changed.has(parent.toString())) {
      changed.add(parent.toString());
      parent = doc.context.lookup(parent, PDFDict).get(PDFName.of('Parent'));
    }
  }
  const objects = doc.context
    .enumerateIndirectObjects()
    .filter(([ref]) => ref.objectNumber > before || changed.has(ref.toString()))
    .sort(([a], [b]) => a.objectNumber - b.objectNumber);

  const head = Buffer.from(original);
  const prev = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(head.subarray(Math.max(0, head.length - 1024)).toString('latin1'));
  if (!prev) throw new Error('original PDF has no final startxref');
  const t = doc.context.trailerInfo;
  const trailer = [`/Size ${doc.context.largestObjectNumber + 1}`, `/Root ${String(t.Root)}`, t.Info ? `/Info ${String(t.Info)}` : '', t.ID ? `/ID ${String(t.ID)}` : '', `/Prev ${prev[1]}`].filter(Boolean).join(' ');
  return appendUpdate(head, objects, trailer);
}

/**
 * Appends an incremental update (PDF 32000-1 §7.5.6) to `head`: the given objects, a classic cross-reference section
 * (one subsection per run of consecutive numbers) and a trailer whose entries the caller gives (with /Prev).
 */
export function appendUpdate(head: Buffer, objects: [PDFRef, PDFObject][], trailer: string): Uint8Array {
  const parts: Buffer[] = [Buffer.from(head[head.length - 1] === 0x0a ? '' : '\n', 'latin1')];
  let offset = head.length + parts[0].length;
  const offsets: [number, number][] = [];
  for (const [ref, obj] of [...objects].sort(([a], [b]) => a.objectNumber - b.objectNumber)) {
    const bytes = new Uint8Array(obj.sizeInBytes());
    obj.copyBytesInto(bytes, 0);
    const chunk = Buffer.concat([Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'), bytes, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push([ref.objectNumber, offset]);
    parts.push(chunk);
    offset += chunk.length;
  }
  let xref = 'xref\n';
  for (let i = 0; i < offsets.length; ) {
    let j = i;
    while (j + 1 < offsets.length && offsets[j + 1][0] === offsets[j][0] + 1) j++;
    xref += `${offsets[i][0]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(offsets[k][1]).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  parts.push(Buffer.from(`${xref}trailer\n<< ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat([head, ...parts]));
}
