import type { FileRef, OutputRef } from '../../shared/api/files';
import { request } from './client';

/**
 * A File the user picked or dropped, as a FileRef the services understand. Under Electron that is its path; through
 * the loopback host it is streamed to /upload first, with progress.
 */
export async function toFileRef(file: File, onProgress?: (fraction: number) => void): Promise<FileRef> {
  if (window.reviewDeskFiles) return { kind: 'path', path: window.reviewDeskFiles.pathForFile(file), name: file.name };
  const value = await new Promise<{ uploadId: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/upload?name=${encodeURIComponent(file.name)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-Review-Desk-Request', '1');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText);
        if (body.ok) resolve(body.value);
        else reject(new Error(body.error?.message ?? '上传失败'));
      } catch {
        reject(new Error('上传失败，请重试。'));
      }
    };
    xhr.onerror = () => reject(new Error('上传失败：无法连接评审台本机服务。'));
    xhr.send(file);
  });
  return { kind: 'upload', uploadId: value.uploadId, name: file.name };
}

/** Lets the user keep something the app made: a native save dialog under Electron, a download in the browser. */
export async function saveOutput(ref: OutputRef, nativeDialogs: boolean): Promise<string | null> {
  if (nativeDialogs) return (await request('files.saveOutput', { outputId: ref.outputId })).savedTo;
  const a = document.createElement('a');
  a.href = `/download/${encodeURIComponent(ref.outputId)}`;
  a.download = ref.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return ref.fileName;
}

/**
 * 打印 a PDF the app made: the document itself, never the app screen. Under Electron it opens in a print window
 * (the PDF viewer, whose print button prints the PDF); in the browser it opens in the browser's PDF viewer in a new
 * tab, served inline by the loopback host (same origin, same token cookie).
 */
export async function printOutput(ref: OutputRef, nativeDialogs: boolean): Promise<void> {
  if (nativeDialogs) {
    await request('files.printOutput', { outputId: ref.outputId });
    return;
  }
  const w = window.open(`/view/${encodeURIComponent(ref.outputId)}`, '_blank');
  if (!w) throw new Error('浏览器阻止了新窗口，无法打开 PDF 打印。请允许本页面弹出窗口后重试。');
}

/**
 * Saves several outputs in one action: under Electron into a new folder the user picks; in the browser as one ZIP
 * download. Returns where they went (a folder or the ZIP's name), or null when the user cancelled.
 */
export async function saveOutputs(refs: OutputRef[], folderName: string, nativeDialogs: boolean): Promise<string | null> {
  if (nativeDialogs) return (await request('files.saveOutputs', { outputIds: refs.map((r) => r.outputId), folderName })).savedTo;
  return saveOutput(await request('files.zipOutputs', { outputIds: refs.map((r) => r.outputId), fileName: folderName }), false);
}
