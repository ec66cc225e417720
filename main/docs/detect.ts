import fs from 'node:fs';
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
      if (head.includes(0) && !/^(\xff\xfe|\xfe\xff)/.test(head.toString('latin1', 0, 2))) throw mismatch('二进制数据，不是文本', '请确认选择了正确的文件');
      return { format: ext === '.txt' ? 'txt' : 'md', size };
    case '':
      if (isPdf(head)) return { format: 'pdf', size };
      break;
  }
  throw fault('DOC_UNSUPPORTED_TYPE', `不支持“${fileName}”的文件类型（${ext || '无扩展名'}），未导入。请导入 DOCX、PDF、TXT 或 Markdown（.md）文件；其他格式请先另存为 DOCX 或 PDF；案卷未作改动。`);
}

/** UTF-8 (with or without BOM), else GB18030 — what Chinese Windows Notepad saves as "ANSI". */
export function decodeText(buf: Buffer): string {
  const b = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return new TextDecoder('gb18030').decode(b);
  }
}
