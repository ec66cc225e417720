import zlib from 'node:zlib';
import { fault } from '../../shared/api/errors';
import { stopRequested } from '../services/heartbeat';
import { MAX_DOCX_UNPACKED_BYTES, MAX_DOCX_XML_BYTES, MAX_PDF_INFLATED_BYTES, MAX_PDF_STREAM_INFLATED_BYTES, MAX_STREAM_RATIO } from '../../shared/document/limits';

/**
 * Decompression bombs, measured by inflating for real with a running budget rather than by trusting declared sizes
 * (a zip's headers and a PDF's /Length can lie). Output is counted and dropped chunk by chunk, so the check itself
 * holds only zlib's window in memory; it stops as soon as the budget is spent.
 */

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

class Budget {
  spent = 0;
  constructor(readonly limit: number) {}
}

/**
 * Inflates `data` through `layers` inflaters, counting output; resolves with the size, or 'over' past `limit`. A job
 * the runner asked to stop ends at the next chunk (JOB_CANCELLED), so a worker is never terminated mid-inflate.
 */
async function inflatedSize(data: Uint8Array, layers: ('zlib' | 'raw')[], limit: number): Promise<number | 'over' | 'broken'> {
  const quick = inflatedSizeAtOnce(data, layers, limit);
  if (quick !== null) return quick;
  const size = await new Promise<number | 'over' | 'broken' | 'stopped'>((resolve) => {
    const streams = layers.map((l) => (l === 'raw' ? zlib.createInflateRaw({ finishFlush: zlib.constants.Z_SYNC_FLUSH }) : zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH })));
    let size = 0;
    let done = false;
    const finish = (v: number | 'over' | 'broken' | 'stopped') => {
      if (done) return;
      done = true;
      for (const s of streams) s.destroy();
      resolve(v);
    };
    for (let i = 0; i < streams.length - 1; i++) streams[i].pipe(streams[i + 1]);
    for (const s of streams) s.on('error', () => finish(size > 0 ? size : 'broken'));
    const last = streams[streams.length - 1];
    last.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) finish('over');
      else if (stopRequested()) finish('stopped');
    });
    last.on('end', () => finish(size));
    streams[0].end(data);
  });
  if (size === 'stopped') throw fault('JOB_CANCELLED');
  return size;
}

/**
 * Most streams (a PDF page's content, a font, a DOCX part) inflate to a few hundred kilobytes: measured by streaming,
 * each paid a stream set-up and round trips through the thread pool, each waiting for a core on a busy machine (the
 * ~200 streams of a 200-page PDF: 50–260 ms, against ~20 ms at once). Up to this size a stream is inflated in one
 * synchronous call, which cannot hold more than this in memory (zlib stops there).
 */
const AT_ONCE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The same measure as `inflatedSize` for a stream that inflates without error to at most AT_ONCE_MAX_BYTES at each
 * layer; null for any other (larger, or broken: the streaming measure counts the output before the error).
 */
function inflatedSizeAtOnce(data: Uint8Array, layers: ('zlib' | 'raw')[], limit: number): number | 'over' | null {
  let out: Uint8Array = data;
  for (const l of layers) {
    const opts = { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: AT_ONCE_MAX_BYTES };
    try {
      out = l === 'raw' ? zlib.inflateRawSync(out, opts) : zlib.inflateSync(out, opts);
    } catch (e) {
      if ((e as { code?: string })?.code === 'JOB_CANCELLED') throw e; // the zlib gate refused: the job is being stopped
      return null;
    }
  }
  return out.length > limit ? 'over' : out.length;
}

// ---------------------------------------------------------------- DOCX (zip)

interface ZipEntry {
  name: string;
  method: number;
  dataStart: number;
  compressedSize: number;
}

/** The entries of a zip from its central directory, with data offsets taken from the local headers. */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return null;
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.push({ name, method, dataStart, compressedSize: Math.min(compressedSize, buf.length - dataStart) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * Inflates every part of a DOCX with a running budget: all parts together at most MAX_DOCX_UNPACKED_BYTES, the XML
 * mammoth parses into memory at most MAX_DOCX_XML_BYTES. Whatever the headers claim.
 */
export async function checkDocxInflation(buf: Buffer, fileName: string) {
  const entries = zipEntries(buf);
  if (!entries) return; // JSZip's own check reports a broken zip
  const total = new Budget(MAX_DOCX_UNPACKED_BYTES);
  let xml = 0;
  for (const e of entries) {
    if (stopRequested()) throw fault('JOB_CANCELLED');
    const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const isXml = /\.(xml|rels)$/i.test(e.name);
    const limit = isXml ? Math.min(total.limit - total.spent, MAX_DOCX_XML_BYTES - xml) : total.limit - total.spent;
    let size: number | 'over' | 'broken';
    if (e.method === 0) size = data.length > limit ? 'over' : data.length;
    else if (e.method === 8) size = await inflatedSize(data, ['raw'], limit);
    else continue; // an unknown method: mammoth will refuse it as damaged
    if (size === 'broken') continue;
    if (size === 'over') {
      throw fault(
        'DOC_DOCX_BOMB',
        `“${fileName}”是“压缩炸弹”：其中的“${e.name}”解压后超过 ${mb(isXml && MAX_DOCX_XML_BYTES - xml <= total.limit - total.spent ? MAX_DOCX_XML_BYTES : total.limit)} MB（文件本身只有 ${(buf.length / 1024 / 1024).toFixed(1)} MB，压缩信息与实际内容不符）。为保护本机已拒绝读取。请向提供方索取正常的文件；案卷未作改动。`,
        { part: e.name },
      );
    }
    total.spent += size;
    if (isXml) xml += size;
  }
}

// ---------------------------------------------------------------- PDF

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/**
 * Finds every stream of a PDF by its keywords (not by /Length, which may lie) and inflates those whose filters are
 * FlateDecode, chains of them included. A stream that would inflate past MAX_PDF_STREAM_INFLATED_BYTES at a ratio no
 * real content has, or a file whose streams together pass MAX_PDF_INFLATED_BYTES, is a bomb.
 */
export async function checkPdfInflation(buf: Buffer, fileName: string) {
  const total = new Budget(MAX_PDF_INFLATED_BYTES);
  let from = 0;
  for (;;) {
    if (stopRequested()) throw fault('JOB_CANCELLED');
    const at = buf.indexOf(STREAM, from);
    if (at < 0) break;
    from = at + STREAM.length;
    if (buf[at - 1] === 0x64 /* d: endstream */) continue;
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    else if (buf[start - 1] !== 0x0d) continue; // "stream" inside something else
    const end = buf.indexOf(ENDSTREAM, start);
    if (end < 0) break;
    from = end + ENDSTREAM.length;
    const dict = buf.subarray(Math.max(0, at - 2048), at).toString('latin1');
    const own = dict.slice(Math.max(dict.lastIndexOf(' obj'), dict.lastIndexOf('endobj') + 6, 0));
    const filters = (own.match(/\/(FlateDecode|Fl)\b/g) ?? []).length;
    if (filters === 0) continue;
    const data = buf.subarray(start, end);
    const perStream = Math.min(total.limit - total.spent, Math.max(MAX_PDF_STREAM_INFLATED_BYTES, data.length * MAX_STREAM_RATIO));
    const size = await inflatedSize(data, Array.from({ length: Math.min(filters, 4) }, () => 'zlib' as const), perStream);
    if (size === 'broken') continue;
    if (size === 'over') {
      const whole = perStream >= total.limit - total.spent;
      throw fault(
        'DOC_PDF_BOMB',
        `“${fileName}”是“压缩炸弹”：其中的压缩数据解压后超过 ${mb(whole ? total.limit : perStream)} MB（文件本身只有 ${(buf.length / 1024 / 1024).toFixed(1)} MB），正常的 PDF 不会如此。为保护本机已拒绝读取。请向提供方索取正常的文件；案卷未作改动。`,
        { offset: at },
      );
    }
    total.spent += size;
  }
}
