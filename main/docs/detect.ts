import fs from 'node:fs';
import { analyse } from 'chardet';
import path from 'node:path';
import { fault } from '../../shared/api/errors';
import { MAX_DOCUMENT_BYTES } from '../../shared/document/limits';
import type { ExtractedDocument } from '../../shared/domain/document';

export type DocFormat = ExtractedDocument['format'];

const LEGACY = new Set(['.doc', '.dot', '.wps', '.wpt', '.et', '.dps', '.rtf']);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function readHead(file: string, n = 1024): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = fs.readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

const looksHtml = (head: Buffer) => /^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(head.toString('latin1'));
const isPdf = (head: Buffer) => head.subarray(0, 1024).includes('%PDF-');
const isZip = (head: Buffer) => head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));
const isOle = (head: Buffer) => head.subarray(0, 8).equals(OLE);

/**
 * Decides what a file is from its size, its name and its first bytes, before any parser touches it, and refuses
 * what the app cannot or must not read with a message that says what to do.
 */
export function detectFormat(file: string, fileName = path.basename(file), maxBytes = MAX_DOCUMENT_BYTES): { format: DocFormat; size: number } {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw fault('FILE_UPLOAD_MISSING', `找不到文件：${fileName}。请确认文件仍在原位置后重试。`);
  }
  if (size === 0) throw fault('DOC_EMPTY', `“${fileName}”是空文件（0 字节），没有可导入的内容。请检查是否选错了文件，或文件是否复制完整；案卷未作改动。`);
  if (size > maxBytes) {
    const mb = (size / 1024 / 1024).toFixed(1);
    const limit = Math.round(maxBytes / 1024 / 1024);
    throw fault('DOC_TOO_LARGE', `“${fileName}”有 ${mb} MB，超过 ${limit} MB 的导入上限，未导入。请压缩其中的图片或拆分文件后再导入；案卷未作改动。`, { size, limit: maxBytes });
  }
  const ext = path.extname(fileName).toLowerCase();
  const head = readHead(file);
  if (LEGACY.has(ext) || isOle(head)) {
    throw fault('DOC_LEGACY_FORMAT', `“${fileName}”是旧版 Word（.doc）或 WPS（.wps）等格式，无法直接读取。请在 Word 或 WPS 中“另存为” DOCX 或 PDF 后再导入；案卷未作改动。`);
  }
  const mismatch = (what: string, todo: string) =>
    fault('DOC_TYPE_MISMATCH', `“${fileName}”的扩展名是 ${ext || '（无）'}，但内容其实是${what}，未导入。${todo}；案卷未作改动。`);
  switch (ext) {
    case '.docx':
      if (isZip(head)) return { format: 'docx', size };
      if (isPdf(head)) throw mismatch(' PDF', '请把扩展名改为 .pdf 后再导入');
      if (looksHtml(head)) throw mismatch('网页（HTML）', '请用 Word 或 WPS 打开后另存为 DOCX 再导入');
      throw fault('DOC_DOCX_CORRUPT', `“${fileName}”不是完整的 DOCX 文件（可能已损坏或下载不完整），无法读取。请用 Word 或 WPS 打开确认后重新保存为 DOCX 再导入；案卷未作改动。`);
    case '.pdf':
      if (isPdf(head)) return { format: 'pdf', size };
      if (looksHtml(head)) throw mismatch('网页（HTML），不是 PDF', '请在浏览器中打开该网页并“打印为 PDF”，或向提供方索取真正的 PDF 文件');
      if (isZip(head)) throw mismatch(' ZIP 或 Office 文档，不是 PDF', '请确认文件的真实格式（DOCX 请把扩展名改为 .docx）');
      throw fault('DOC_PDF_CORRUPT', `“${fileName}”不是有效的 PDF 文件（开头缺少 PDF 标记，可能已损坏），无法读取。请重新获取该文件；案卷未作改动。`);
    case '.txt':
    case '.md':
    case '.markdown':
      if (isPdf(head)) throw mismatch(' PDF', '请把扩展名改为 .pdf 后再导入');
      if (isZip(head)) throw mismatch(' ZIP 或 Office 文档', '若是 Word 文档，请把扩展名改为 .docx 后再导入');
      if (head.includes(0) && !/^(\xff\xfe|\xfe\xff)/.test(head.toString('latin1', 0, 2)) && !utf16WithoutBom(head.subarray(0, head.length & ~1))) throw mismatch('二进制数据，不是文本', '请确认选择了正确的文件');
      return { format: ext === '.txt' ? 'txt' : 'md', size };
    case '':
      if (isPdf(head)) return { format: 'pdf', size };
      break;
  }
  throw fault('DOC_UNSUPPORTED_TYPE', `不支持“${fileName}”的文件类型（${ext || '无扩展名'}），未导入。请导入 DOCX、PDF、TXT 或 Markdown（.md）文件；其他格式请先另存为 DOCX 或 PDF；案卷未作改动。`);
}

export interface DecodedText {
  text: string;
  /** What it was read as: utf-8, utf-16le, utf-16be, gb18030 or big5. */
  encoding: string;
  /** Set when the encoding was a guess the user should check, in Chinese. */
  warning?: string;
}

/** Plausible text: CJK, ASCII printable, white space, CJK punctuation; what a wrong UTF-16 byte order never gives. */
// What Chinese documents are written in: ASCII, Latin-1 signs (×, §), general punctuation (“”……), letterlike signs,
// arrows and operators (№, →, ≤), circled numbers, box rules and shapes (①, ━━━, ■), dingbats, CJK punctuation and kana,
// CJK ideographs (extension A too), compatibility forms and fullwidth forms. Bytes read in the wrong order land elsewhere.
const TEXT_RANGES: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0xff], [0x2000, 0x206f], [0x2100, 0x22ff], [0x2460, 0x27bf], [0x3000, 0x30ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xfe30, 0xfe4f], [0xff00, 0xffef],
];
function plausibleShare(s: string): number {
  if (!s.length) return 0;
  let ok = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 9 || c === 10 || c === 13 || TEXT_RANGES.some(([lo, hi]) => c >= lo && c <= hi)) ok++;
  }
  return ok / s.length;
}

/** UTF-16 saved without a byte-order mark (some editors, exports from older systems): read in the order that makes text. */
export function utf16WithoutBom(b: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 4 || b.length % 2) return null;
  const sample = b.subarray(0, Math.min(b.length, 4096) & ~1);
  const le = plausibleShare(new TextDecoder('utf-16le').decode(sample));
  const be = plausibleShare(new TextDecoder('utf-16be').decode(sample));
  if (Math.max(le, be) < 0.97) return null;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

const CHINESE = new Map([['GB18030', 'gb18030'], ['Big5', 'big5']]);
const LABEL: Record<string, string> = { gb18030: '简体中文（GBK/GB18030）', big5: '繁体中文（Big5）' };

/**
 * Reads a text file in the encoding it was saved in: a byte-order mark first (UTF-8, UTF-16), then strict UTF-8, then
 * UTF-16 without a mark, then the Chinese legacy encodings as a detector (chardet) ranks them. A guess that is not
 * clear-cut comes with a warning, so garbage is never imported silently.
 */
export function decodeTextDetected(buf: Buffer): DecodedText {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8
  }
  const u16 = utf16WithoutBom(buf);
  if (u16) return { text: new TextDecoder(u16).decode(buf), encoding: u16 };
  const ranked = analyse(buf.subarray(0, 64 * 1024)).filter((m) => CHINESE.has(m.name));
  const [best, second] = ranked;
  const unsure = !best || best.confidence < 50 || (second && best.confidence - second.confidence < 20);
  // When the detector cannot tell (a short file), GB18030 — what mainland Windows saves as "ANSI" — is the likelier one.
  const encoding = best && !(unsure && ranked.some((m) => m.name === 'GB18030')) ? CHINESE.get(best.name)! : 'gb18030';
  const text = new TextDecoder(encoding).decode(buf);
  const warning = unsure || text.includes('\ufffd')
    ? `无法确定该文本文件的编码，已按${LABEL[encoding]}读取。如正文出现乱码，请用记事本或 WPS 打开后“另存为”UTF-8 编码再重新导入。`
    : encoding === 'big5'
      ? '该文本文件为繁体中文（Big5）编码，已按此读取；审查时按简体对照匹配，显示保持原文。'
      : undefined;
  return { text, encoding, ...(warning ? { warning } : {}) };
}

/** The text of a file, in whatever encoding it was saved (see decodeTextDetected). */
export function decodeText(buf: Buffer): string {
  return decodeTextDetected(buf).text;
}
