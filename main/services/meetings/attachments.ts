import mammoth from 'mammoth';
import { PDFDocument, EncryptedPDFError } from 'pdf-lib';
import { fault } from '../../../shared/api/errors';
import { numberedText, type PrintBlock, type PrintDoc } from '../../../shared/memo/model';
import type { Block, ExtractedDocument } from '../../../shared/domain/document';
import { checkDocxZip, extractDocxBytes } from '../../docs/docx';
import type { FontSet } from '../../docs/fonts';
import { renderPartPdf } from './paper';

/**
 * Checks a file when it is attached, so that an encrypted or broken attachment is refused then, with the reason, and
 * not discovered when the packet is built. Only PDF and DOCX, recognised by their bytes, not their names.
 */
export async function inspectAttachment(bytes: Buffer, name: string): Promise<{ format: 'pdf' | 'docx'; pageCount: number | null }> {
  const head = bytes.subarray(0, 8);
  const size = bytes.length;
  if (size === 0) throw fault('MEETING_ATTACHMENT_BROKEN', `“${name}”是空文件，未附上。请重新获取原件后再试。`);
  if (bytes.subarray(0, 1024).includes(Buffer.from('%PDF-'))) {
    const encrypted = () => fault('MEETING_ATTACHMENT_ENCRYPTED', `“${name}”已加密（设有打开口令或权限口令），无法合并进会议材料，未附上。请向提供单位索取未加密的版本后重新附上。`);
    let doc: PDFDocument;
    try {
      // Encryption first: an encrypted file often also fails to parse, and "encrypted" is the reason the user can act on.
      if ((await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true })).isEncrypted) throw encrypted();
      doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    } catch (e) {
      if (e instanceof EncryptedPDFError || (e as { code?: string })?.code === 'MEETING_ATTACHMENT_ENCRYPTED') throw encrypted();
      if (/\/Encrypt\s*\d+\s+\d+\s+R/.test(bytes.subarray(Math.max(0, bytes.length - 4096)).toString('latin1'))) throw encrypted();
      throw fault('MEETING_ATTACHMENT_BROKEN', `“${name}”已损坏或不完整，无法读取，未附上。请重新获取原件后再试。`);
    }
    try {
      const n = doc.getPageCount();
      if (n === 0) throw new Error('no pages');
      // A trial merge: a PDF whose pages cannot be copied would only fail later, when the packet is built.
      const trial = await PDFDocument.create();
      for (const p of await trial.copyPages(doc, doc.getPageIndices())) trial.addPage(p);
      await trial.save();
      return { format: 'pdf', pageCount: n };
    } catch {
      throw fault('MEETING_ATTACHMENT_BROKEN', `“${name}”已损坏或不完整（页面无法读取），未附上。请重新获取原件后再试。`);
    }
  }
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw fault('MEETING_ATTACHMENT_ENCRYPTED', `“${name}”是加密的（或旧版 .doc 格式的）Word 文档，无法读取，未附上。请取消加密并另存为 .docx 后重新附上。`);
  }
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    try {
      await checkDocxZip(bytes, name);
      await mammoth.extractRawText({ buffer: bytes });
    } catch {
      throw fault('MEETING_ATTACHMENT_BROKEN', `“${name}”不是有效的 Word 文档或已损坏，未附上。请用 Word 打开检查并另存为 .docx 后重试。`);
    }
    return { format: 'docx', pageCount: null };
  }
  throw fault('MEETING_ATTACHMENT_TYPE', `“${name}”不是 PDF 或 DOCX 文件，未附上。请先转换为 PDF 或 DOCX。`);
}

/**
 * A DOCX attachment as PDF through the app's own pipeline: intake's extraction (headings with their numbering,
 * paragraphs, tables) into the shared print model, laid out by the shared GB/T 9704 renderer.
 */
export async function docxToPdf(bytes: Buffer, title: string, fonts: FontSet): Promise<Uint8Array> {
  return renderPartPdf(await docxToPrintDoc(bytes, title), fonts);
}

/** The DOCX attachment in the shared print model (the packet lays it out together with its generated parts). */
export async function docxToPrintDoc(bytes: Buffer, title: string): Promise<PrintDoc> {
  const doc = await extractDocxBytes(bytes, title);
  // The page prints the DOCX's own title as its 标题 (the attachment's title when the DOCX prints none), and the
  // lines that print it in the DOCX are not printed a second time under it.
  const own = ownTitle(doc);
  const printedTitle = own?.title || doc.title || title;
  const lift = own && [...own.lines].some((i) => doc.blocks[i].kind === 'heading') ? 1 : 0;
  const blocks: PrintBlock[] = [];
  // A numbered item whose text is a sentence ("1. 已完成方案初稿……") reads as a bare number over a paragraph; on
  // paper the number stays in front of its text, as in the original. The number waits here for that paragraph (the
  // extracted document is left as it is).
  let pendingNumber: string | null = null;
  doc.blocks.forEach((b, i) => {
    if (own?.lines.has(i)) return;
    const next = doc.blocks[i + 1];
    if (b.kind === 'heading' && !b.text.trim() && next?.kind === 'paragraph') {
      pendingNumber = b.numbering ?? '';
      return;
    }
    // Under a title that was a heading, the headings are one level up: the title is no longer among them.
    if (b.kind === 'heading') blocks.push({ kind: 'heading', level: Math.max(1, Math.min(4, b.level - lift)), numbering: b.numbering ?? '', text: b.text });
    else if (b.kind === 'table') blocks.push({ kind: 'table', rows: b.rows });
    else blocks.push({ kind: 'paragraph', text: pendingNumber === null ? b.text : numberedText(pendingNumber, b.text), align: 'indent' });
    pendingNumber = null;
  });
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: '（该文档没有可显示的文字内容）', align: 'left' });
  return { title: printedTitle, blocks };
}

/**
 * The title the DOCX prints at its start, and the blocks it takes: the title extraction read off the text, or a title
 * set in a heading style ("标题 1"), which extraction takes for a heading — an unnumbered heading first in the body that
 * no later heading stands level with.
 */
function ownTitle(doc: ExtractedDocument): { title: string; lines: Set<number> } | null {
  const from = doc.bodyStart ?? 0;
  const lines = titleLines(doc.blocks, doc.title, from);
  if (lines.size) return { title: doc.title, lines };
  const first = doc.blocks[from];
  if (first?.kind !== 'heading' || first.numbering || !first.text.trim() || first.text.length > 60 || /[。；;，,：:]$/.test(first.text)) return null;
  if (doc.blocks.slice(from + 1).some((b) => b.kind === 'heading' && b.level <= first.level)) return null;
  return { title: first.text.trim(), lines: new Set([from]) };
}

/**
 * Where the document prints `title` itself: one to three lines in a row near its start (a title set over two lines,
 * its "（征求意见稿）" on a line of its own), compared without spaces. Numbered headings and tables are never title lines.
 */
function titleLines(blocks: Block[], title: string, from: number): Set<number> {
  const bare = (t: string) => t.replace(/[\s\u3000]+/g, '');
  const want = bare(title);
  for (let start = from; want && start < Math.min(blocks.length, from + 3); start++) {
    let text = '';
    for (let end = start; end < Math.min(blocks.length, start + 3); end++) {
      const b = blocks[end];
      if (b.kind === 'table' || (b.kind === 'heading' && b.numbering)) break;
      text += bare(b.text);
      if (text === want) return new Set(Array.from({ length: end - start + 1 }, (_, k) => start + k));
      if (!want.startsWith(text)) break;
    }
  }
  return new Set();
}
