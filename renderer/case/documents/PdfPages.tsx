import { useEffect, useRef, useState } from 'react';
import { Alert, Button, InputNumber, Space, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';

type PdfJs = typeof import('pdfjs-dist');
type PdfDoc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjsPromise: Promise<{ pdfjs: PdfJs; worker: InstanceType<PdfJs['PDFWorker']> }> | null = null;
/**
 * pdfjs and its worker load only when a PDF is first shown; the worker is a same-origin file (CSP worker-src 'self').
 * One worker serves every document: starting a worker compiles pdfjs' 1 MB worker script again (a few hundred ms).
 */
function loadPdfJs() {
  pdfjsPromise ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return { pdfjs, worker: new pdfjs.PDFWorker() };
  });
  return pdfjsPromise;
}

/**
 * The last few opened originals, parsed, by version: reopening a document (返回, then 阅读 again) shows its page at
 * once instead of fetching and parsing the file again. A version's original never changes (it is stored under its
 * SHA-256), so nothing here can go stale; the oldest is destroyed when a fourth is opened.
 */
const KEEP_DOCS = 3;
const openDocs = new Map<string, Promise<PdfDoc>>();
function openPdf(caseId: string, versionId: string): Promise<PdfDoc> {
  const key = `${caseId}\u0000${versionId}`;
  const cached = openDocs.get(key);
  if (cached) {
    openDocs.delete(key);
    openDocs.set(key, cached); // most recently used last
    return cached;
  }
  const p = (async () => {
    const [{ pdfjs, worker }, orig] = await Promise.all([loadPdfJs(), request('documents.original', { caseId, versionId })]);
    // Each document keeps its own page count (pdfjs ≥ 5.5; 5.4 shared one across the cached documents).
    return pdfjs.getDocument({ data: fromBase64(orig.base64), isEvalSupported: false, worker }).promise;
  })();
  openDocs.set(key, p);
  p.catch(() => openDocs.delete(key)); // a failure is not kept: the next open tries again
  while (openDocs.size > KEEP_DOCS) {
    const [oldest, doc] = openDocs.entries().next().value!;
    openDocs.delete(oldest);
    void doc.then((d) => d.destroy(), () => undefined);
  }
  return p;
}

/** Drops a closed case's originals from memory (its pages must not outlive the case being open). */
export function forgetPdfs(caseId: string) {
  for (const [key, doc] of [...openDocs]) {
    if (!key.startsWith(`${caseId}\u0000`)) continue;
    openDocs.delete(key);
    void doc.then((d) => d.destroy(), () => undefined);
  }
}

/** Base64 to bytes with a plain loop (Uint8Array.from(string, fn) costs ~10× more on a many-MB PDF). */
function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A rectangle drawn over the page (an OCR line), in fractions of the page: left, top, width, height. */
export interface PageMark {
  box: [number, number, number, number];
  tone: 'ok' | 'low' | 'active';
  onClick?: () => void;
}
const MARK_COLOR = { ok: 'rgba(22,119,255,0.35)', low: 'rgba(250,140,22,0.9)', active: 'rgba(22,119,255,1)' } as const;

/** The original PDF, one page at a time, beside the extracted text. Follows `page` when the reader jumps. */
export function PdfPages({ caseId, versionId, page, onPage, marks = [] }: { caseId: string; versionId: string; page: number; onPage: (p: number) => void; marks?: PageMark[] }) {
  const [doc, setDoc] = useState<PdfDoc | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    setDoc(null);
    setError(null);
    openPdf(caseId, versionId).then(
      (d) => !cancelled && setDoc(d),
      (e) => !cancelled && setError(errorText(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, versionId]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let cancelled = false;
    const n = Math.min(Math.max(1, page), doc.numPages);
    (async () => {
      const p = await doc.getPage(n);
      if (cancelled || !canvas.current) return;
      const width = box.current?.clientWidth || 480;
      const base = p.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = p.getViewport({ scale: (width / base.width) * ratio });
      const c = canvas.current;
      c.dataset.rendered = '0';
      c.width = viewport.width;
      c.height = viewport.height;
      c.style.width = `${viewport.width / ratio}px`;
      c.style.height = `${viewport.height / ratio}px`;
      task = p.render({ canvas: c, viewport });
      // Marked once drawn: what the user sees (and what the UI bench waits for), not the empty canvas.
      await task.promise.then(
        () => {
          if (cancelled) return;
          c.dataset.rendered = '1';
          c.dataset.page = String(n);
        },
        () => undefined,
      );
    })().catch((e) => {
      // A page that cannot be read is said, not left looking like the page before it.
      if (!cancelled) setError(errorText(e));
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, page]);

  if (error) return <Alert type="error" showIcon message="无法显示原件页面" description={error} />;
  if (!doc) return <Spin tip="正在载入原件…"><div style={{ height: 200 }} /></Spin>;
  return (
    <div ref={box} data-testid="pdf-pages">
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" icon={<LeftOutlined />} disabled={page <= 1} onClick={() => onPage(page - 1)} />
        <span data-testid="pdf-page-input">
          <InputNumber size="small" min={1} max={doc.numPages} value={page} onChange={(v) => v && onPage(v)} style={{ width: 70 }} />
        </span>
        <Typography.Text type="secondary">/ {doc.numPages} 页</Typography.Text>
        <Button size="small" icon={<RightOutlined />} disabled={page >= doc.numPages} onClick={() => onPage(page + 1)} />
      </Space>
      <div style={{ position: 'relative', display: 'inline-block' }}>
        <canvas ref={canvas} style={{ border: '1px solid #d9d9d9', display: 'block', background: '#fff' }} data-testid="pdf-canvas" />
        {marks.map((m, i) => (
          <div
            key={i}
            onClick={m.onClick}
            style={{
              position: 'absolute', left: `${m.box[0] * 100}%`, top: `${m.box[1] * 100}%`, width: `${m.box[2] * 100}%`, height: `${m.box[3] * 100}%`,
              border: `${m.tone === 'ok' ? 1 : 2}px solid ${MARK_COLOR[m.tone]}`, background: m.tone === 'active' ? 'rgba(22,119,255,0.12)' : undefined, cursor: m.onClick ? 'pointer' : undefined,
            }}
            data-testid={`pdf-mark-${m.tone}`}
          />
        ))}
      </div>
    </div>
  );
}
