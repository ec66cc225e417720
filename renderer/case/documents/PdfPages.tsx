import { useEffect, useLayoutEffect, useRef, useState } from 'react';
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
/** The same documents once parsed, so a reopened reader has its document in its first render (no 载入 step). */
const readyDocs = new Map<string, PdfDoc>();
const docKey = (caseId: string, versionId: string) => `${caseId}\u0000${versionId}`;

/**
 * The last pages drawn, as bitmaps, by (version, page, width, pixel ratio): a reopened document or a page shown again
 * is copied onto the canvas in the same frame instead of being drawn by pdfjs again (100–250 ms for a text page on a
 * slow laptop). Dropped with their document (forgetPdfs, or when it leaves openDocs).
 */
const KEEP_PAGES = 8;
const drawnPages = new Map<string, ImageBitmap>();
function keepDrawn(key: string, bitmap: ImageBitmap) {
  drawnPages.get(key)?.close();
  drawnPages.delete(key);
  drawnPages.set(key, bitmap);
  while (drawnPages.size > KEEP_PAGES) {
    const [oldest, b] = drawnPages.entries().next().value!;
    drawnPages.delete(oldest);
    b.close();
  }
}
function dropDrawn(prefix: string) {
  for (const [k, b] of [...drawnPages]) {
    if (!k.startsWith(prefix)) continue;
    drawnPages.delete(k);
    b.close();
  }
}

function openPdf(caseId: string, versionId: string): Promise<PdfDoc> {
  const key = docKey(caseId, versionId);
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
  p.then((d) => openDocs.get(key) === p && readyDocs.set(key, d), () => undefined);
  p.catch(() => openDocs.delete(key)); // a failure is not kept: the next open tries again
  while (openDocs.size > KEEP_DOCS) {
    const [oldest, doc] = openDocs.entries().next().value!;
    openDocs.delete(oldest);
    readyDocs.delete(oldest);
    dropDrawn(`${oldest}\u0000`);
    void doc.then((d) => d.destroy(), () => undefined);
  }
  return p;
}

/** Drops a closed case's originals from memory (its pages must not outlive the case being open). */
export function forgetPdfs(caseId: string) {
  for (const [key, doc] of [...openDocs]) {
    if (!key.startsWith(`${caseId}\u0000`)) continue;
    openDocs.delete(key);
    readyDocs.delete(key);
    void doc.then((d) => d.destroy(), () => undefined);
  }
  dropDrawn(`${caseId}\u0000`);
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
  const [doc, setDoc] = useState<PdfDoc | null>(() => readyDocs.get(docKey(caseId, versionId)) ?? null);
  const [error, setError] = useState<string | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    const known = readyDocs.get(docKey(caseId, versionId));
    if (known) {
      void openPdf(caseId, versionId); // most recently used
      setDoc(known);
      return;
    }
    setDoc(null);
    openPdf(caseId, versionId).then(
      (d) => !cancelled && setDoc(d),
      (e) => !cancelled && setError(errorText(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, versionId]);

  // A layout effect: a page drawn before is on the canvas in the first frame the reader is painted.
  useLayoutEffect(() => {
    if (!doc || !canvas.current) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let cancelled = false;
    const n = Math.min(Math.max(1, page), doc.numPages);
    const width = box.current?.clientWidth || 480;
    const ratio = window.devicePixelRatio || 1;
    const key = `${docKey(caseId, versionId)}\u0000${n}\u0000${width}\u0000${ratio}`;
    const c = canvas.current;
    const kept = drawnPages.get(key);
    if (kept) {
      c.width = kept.width;
      c.height = kept.height;
      c.style.width = `${kept.width / ratio}px`;
      c.style.height = `${kept.height / ratio}px`;
      c.getContext('2d')!.drawImage(kept, 0, 0);
      c.dataset.rendered = '1';
      c.dataset.page = String(n);
      return;
    }
    c.dataset.rendered = '0';
    (async () => {
      const p = await doc.getPage(n);
      if (cancelled) return;
      const base = p.getViewport({ scale: 1 });
      const viewport = p.getViewport({ scale: (width / base.width) * ratio });
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
          // Kept for the next time this page is shown (a copy of the canvas; createImageBitmap copies it asynchronously).
          createImageBitmap(c).then((b) => (openDocs.has(docKey(caseId, versionId)) ? keepDrawn(key, b) : b.close()), () => undefined);
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
  }, [doc, page, caseId, versionId]);

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
