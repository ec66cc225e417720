import { createRequire } from 'node:module';
import fs from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { fault } from '../../shared/api/errors';
import { checkDocxInflation } from './bombs';
import { buildDocument, type RawItem } from '../../shared/document/build';
import { MAX_DOCX_RATIO, MAX_DOCX_UNPACKED_BYTES } from '../../shared/document/limits';
import type { ExtractedDocument } from '../../shared/domain/document';
import { numberingLabels, type NumberingLabel } from './docxNumbering';

// mammoth's document model (no types shipped), to put a numbering label in front of a paragraph.
const mammothDocuments = createRequire(import.meta.url)('mammoth/lib/documents') as { run(children: unknown[]): MammothElement; text(value: string): MammothElement };

// Chinese Word and WPS name the heading styles "标题 1"…; the Title style carries the document's printed title.
const LIST_DEPTH = 'rd-list-depth-';
const STYLE_MAP = [
  "p[style-name='Title'] => p.doc-title:fresh",
  "p[style-name='标题'] => p.doc-title:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='heading ${n}'] => h${n}:fresh`, `p[style-name='Heading ${n}'] => h${n}:fresh`]),
  // A list item's depth, when its label alone cannot tell it (withNumbering names the paragraph so).
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `p[style-name='${LIST_DEPTH}${n}'] => p.${LIST_DEPTH}${n}:fresh`),
];

/**
 * Checks a DOCX's zip directory before anything is inflated: a truncated file has no directory, a file that is not
 * a Word document has no word/document.xml, and a zip bomb declares huge unpacked sizes. (A bomb that lies about its
 * sizes is still stopped: extraction runs in a worker with a memory ceiling.)
 */
export async function checkDocxZip(buf: Buffer, fileName: string) {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf, { checkCRC32: false });
  } catch {
    throw fault('DOC_DOCX_CORRUPT', `“${fileName}”已损坏或不完整（可能下载或复制中断），无法读取。请用 Word 或 WPS 打开确认后重新保存为 DOCX 再导入；案卷未作改动。`);
  }
  let unpacked = 0;
  let packed = 0;
  for (const f of Object.values(zip.files)) {
    const data = (f as unknown as { _data?: { uncompressedSize?: number; compressedSize?: number } })._data;
    unpacked += data?.uncompressedSize ?? 0;
    packed += data?.compressedSize ?? 0;
  }
  if (unpacked > MAX_DOCX_UNPACKED_BYTES || (unpacked > 20 * 1024 * 1024 && unpacked > packed * MAX_DOCX_RATIO)) {
    throw fault('DOC_DOCX_BOMB', `“${fileName}”解压后将达 ${(unpacked / 1024 / 1024).toFixed(0)} MB（压缩前 ${(packed / 1024 / 1024).toFixed(1)} MB），疑似“压缩炸弹”，为保护本机已拒绝读取。请向提供方索取正常的文件；案卷未作改动。`, { unpacked, packed });
  }
  if (zip.file('word/document.xml')) await checkDocxInflation(buf, fileName);
  if (!zip.file('word/document.xml')) {
    const what = zip.file('xl/workbook.xml') ? 'Excel 表格' : zip.file('ppt/presentation.xml') ? 'PowerPoint 演示文稿' : '普通 ZIP 压缩包';
    throw fault('DOC_TYPE_MISMATCH', `“${fileName}”其实是${what}，不是 Word 文档，未导入。请导入 DOCX、PDF、TXT 或 Markdown 文件；案卷未作改动。`);
  }
  return zip;
}

export async function extractDocx(file: string, fileName: string): Promise<ExtractedDocument> {
  return extractDocxBytes(fs.readFileSync(file), fileName);
}

/** The same from bytes already in memory (a case's own document), so decrypted content never goes to a temp file. */
export async function extractDocxBytes(buf: Buffer, fileName: string): Promise<ExtractedDocument> {
  const zip = await checkDocxZip(buf, fileName);
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const labels = await numberingLabels(zip).catch(() => null);
    const r = await mammoth.convertToHtml(
      { buffer: buf },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ...(labels?.some((l) => l.text) ? { transformDocument: withNumbering(labels) } : {}),
      },
    );
    html = r.value;
    messages = r.messages;
  } catch {
    throw fault('DOC_DOCX_CORRUPT', `“${fileName}”的内容已损坏，无法读取。请用 Word 或 WPS 打开确认后重新保存为 DOCX 再导入；案卷未作改动。`);
  }
  const warnings: string[] = [];
  if (messages.some((m) => m.type === 'error')) warnings.push('部分内容读取时出错，可能有缺漏，请对照原件核实。');
  if (/<img/.test(html)) warnings.push('文件中的图片未转为文字；如图片中有条款内容，请对照原件阅读。');
  return buildDocument(htmlItems(html), { format: 'docx', fileName, warnings });
}

type MammothElement = { type: string; children?: MammothElement[]; value?: string; styleName?: string | null };
/**
 * Puts Word's automatic numbering back in front of each paragraph (mammoth drops it), so "第一条 授权范围" reads as
 * the user sees it. Paragraphs are matched by their order in document.xml; if mammoth saw a different number of
 * paragraphs (text boxes, tracked deletions), the labels are left out rather than put on the wrong paragraphs.
 */
function withNumbering(labels: NumberingLabel[]) {
  return (doc: MammothElement) => {
    const paragraphs: MammothElement[] = [];
    const walk = (e: MammothElement) => {
      if (e.type === 'paragraph') paragraphs.push(e);
      e.children?.forEach(walk);
    };
    walk(doc);
    if (paragraphs.length !== labels.length) return doc;
    paragraphs.forEach((p, i) => {
      const { text, depth } = labels[i];
      if (text) p.children = [mammothDocuments.run([mammothDocuments.text(text)]), ...(p.children ?? [])];
      // Its depth as a style of its own, for a paragraph no heading or title style claims.
      if (text && depth && !/^(?:标题|heading|Heading|Title)/.test(p.styleName ?? '')) p.styleName = `${LIST_DEPTH}${depth}`;
    });
    return doc;
  };
}

/**
 * An article whose title is set in bold and runs on into its text ("<strong>授权范围</strong>甲方授权……"): the bold
 * is the only thing that separates the two, so it becomes a full-width space the heading reader understands.
 */
const boldLead = (inner: string) => inner.replace(/^((?:[^<]{0,8})<strong>[^<]{1,20}<\/strong>)(?=[^\s\u3000。：:，,；;<])/, '$1\u3000');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
const textOf = (html: string) => decode(html.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, ''));

/**
 * Mammoth's HTML is flat and regular: h1–h6, p, ul/ol/li, table/tr/td/th (cells hold p's; tables may nest).
 * A small tokenizer is enough; there is no DOM in the main process.
 */
export function htmlItems(html: string): RawItem[] {
  const items: RawItem[] = [];
  const tagRe = /<(\/?)(h[1-6]|p|li|table|tr|td|th)\b([^>]*)>/g;
  let depth = 0; // table nesting
  let rows: string[][] = [];
  let cell: string[] | null = null;
  let open: { tag: string; attrs: string; start: number } | null = null;
  let m: RegExpExecArray | null;
  let cellStart = 0;
  while ((m = tagRe.exec(html))) {
    const [, close, tag, attrs] = m;
    if (tag === 'table') {
      if (!close) {
        depth++;
        if (depth === 1) rows = [];
      } else {
        depth--;
        if (depth === 0) items.push({ kind: 'table', rows });
      }
      continue;
    }
    if (depth > 0) {
      if (depth > 1) continue; // a nested table's text is taken with its outer cell
      if (tag === 'tr' && !close) rows.push([]);
      else if ((tag === 'td' || tag === 'th') && !close) {
        cell = [];
        cellStart = tagRe.lastIndex;
      } else if ((tag === 'td' || tag === 'th') && close && cell) {
        const inner = html.slice(cellStart, m.index);
        const text = inner
          .split(/<\/(?:p|li|h[1-6]|tr)>/)
          .map(textOf)
          .map((t) => t.trim())
          .filter((t) => t)
          .join('\n');
        (rows[rows.length - 1] ?? rows[rows.push([]) - 1]).push(text);
        cell = null;
      }
      continue;
    }
    if (!close) {
      // A list item holding a nested list ("第一条" and its "（一）（二）"): its own text ends where the nested one starts.
      if (open && open.tag === 'li' && tag === 'li') {
        const text = textOf(boldLead(html.slice(open.start, m.index)));
        if (text.trim()) items.push({ kind: 'text', text });
      }
      open = { tag, attrs, start: tagRe.lastIndex };
    }
    else if (open && open.tag === tag) {
      const text = textOf(boldLead(html.slice(open.start, m.index)));
      if (tag[0] === 'h') items.push({ kind: 'text', text, styledLevel: Number(tag[1]) });
      else {
        const depth = new RegExp(`${LIST_DEPTH}(\\d)`).exec(open.attrs)?.[1];
        items.push({ kind: 'text', text, ...(/doc-title/.test(open.attrs) ? { isTitle: true } : {}), ...(depth ? { listDepth: Number(depth) } : {}) });
      }
      open = null;
    }
  }
  return items;
}
