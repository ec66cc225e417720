import { useEffect, useRef, useState } from 'react';
import { Alert, Button, InputNumber, Space, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';

type PdfJs = typeof import('pdfjs-dist');
type PdfDoc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjsPromise: Promise<PdfJs> | null = null;
/** pdfjs and its worker load only when a PDF is first shown; the worker is a same-origin file (CSP worker-src 'self'). */
function loadPdfJs() {
  pdfjsPromise ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return pdfjsPromise;
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
    let loaded: PdfDoc | null = null;
    setDoc(null);
    setError(null);
    (async () => {
      try {
        const [pdfjs, orig] = await Promise.all([loadPdfJs(), request('documents.original', { caseId, versionId })]);
        const bytes = Uint8Array.from(atob(orig.base64), (c) => c.charCodeAt(0));
        loaded = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
        if (!cancelled) setDoc(loaded);
      } catch (e) {
        if (!cancelled) setError(errorText(e));
      }
    })();
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [caseId, versionId]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let cancelled = false;
    (async () => {
      const p = await doc.getPage(Math.min(Math.max(1, page), doc.numPages));
      if (cancelled || !canvas.current) return;
      const width = box.current?.clientWidth || 480;
      const base = p.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = p.getViewport({ scale: (width / base.width) * ratio });
      const c = canvas.current;
      c.width = viewport.width;
      c.height = viewport.height;
      c.style.width = `${viewport.width / ratio}px`;
      c.style.height = `${viewport.height / ratio}px`;
      task = p.render({ canvas: c, viewport });
      await task.promise.catch(() => undefined);
    })();
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
