import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fault } from '../../shared/api/errors';
import type { FileRef, OutputRef } from '../../shared/api/files';
import { neutralizeName } from '../../shared/fileName';

/** The largest single file the app takes in. A larger one is refused before it is read. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

interface Output extends OutputRef {
  data: Buffer;
  createdAt: number;
}

/**
 * Files crossing the transport. Uploads (loopback host only) land in the data folder's tmp/, which is wiped at every
 * start; a service deletes an upload once it has taken it in. Outputs are held in memory until saved, never written
 * to a temp file in clear, and dropped after OUTPUT_TTL_MS.
 */
export class FileStaging {
  static readonly OUTPUT_TTL_MS = 30 * 60 * 1000;
  private readonly uploads = new Map<string, { path: string; name: string }>();
  private readonly outputs = new Map<string, Output>();

  constructor(private readonly tmpDir: string) {}

  newUploadPath(name: string) {
    const uploadId = crypto.randomUUID();
    const file = path.join(this.tmpDir, `upload-${uploadId}`);
    this.uploads.set(uploadId, { path: file, name: neutralizeName(path.basename(name)) });
    return { uploadId, file };
  }

  dropUpload(uploadId: string) {
    const u = this.uploads.get(uploadId);
    if (u) fs.rmSync(u.path, { force: true });
    this.uploads.delete(uploadId);
  }

  /** The local path and the user's own file name behind a FileRef. */
  resolve(ref: FileRef): { path: string; name: string; release: () => void } {
    if (ref.kind === 'path') {
      if (!fs.existsSync(ref.path)) throw fault('FILE_UPLOAD_MISSING', `找不到文件：${ref.path}。请确认文件仍在原位置后重试。`);
      return { path: ref.path, name: neutralizeName(ref.name ?? path.basename(ref.path)), release: () => {} };
    }
    const u = this.uploads.get(ref.uploadId);
    if (!u || !fs.existsSync(u.path)) throw fault('FILE_UPLOAD_MISSING');
    return { path: u.path, name: neutralizeName(ref.name || u.name), release: () => this.dropUpload(ref.uploadId) };
  }

  addOutput(fileName: string, mime: string, data: Uint8Array): OutputRef {
    this.evict();
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const ref: OutputRef = {
      outputId: crypto.randomUUID(),
      fileName: neutralizeName(fileName),
      mime,
      size: buf.byteLength,
      sha256: crypto.createHash('sha256').update(buf).digest('hex'),
    };
    this.outputs.set(ref.outputId, { ...ref, data: buf, createdAt: Date.now() });
    return ref;
  }

  getOutput(outputId: string): Output {
    const o = this.outputs.get(outputId);
    if (!o) throw fault('NOT_FOUND', '要保存的文件已过期，请重新生成后再保存。');
    return o;
  }

  private evict() {
    const cutoff = Date.now() - FileStaging.OUTPUT_TTL_MS;
    for (const [id, o] of this.outputs) if (o.createdAt < cutoff) this.outputs.delete(id);
  }
}

/**
 * Writes a file so that a crash leaves either the old file or the new one, never half of one. Outputs carry
 * confidential content: the file is owner-only (0600), whatever the umask.
 */
export function writeFileAtomic(file: string, data: Uint8Array) {
  const tmp = `${file}.part-${process.pid}-${Date.now()}`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.fchmodSync(fd, 0o600);
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}
