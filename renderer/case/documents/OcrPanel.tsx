import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Empty, Input, Progress, Space, Tag, Typography, App as AntApp } from 'antd';
import { CheckOutlined, EditOutlined, ScanOutlined, StopOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';
import type { OcrStatus } from '../../../shared/api/ocr';
import { LOW_CONFIDENCE, type OcrPage } from '../../../shared/domain/ocr';

const pagesText = (ps: number[]) => (ps.length > 8 ? `${ps.slice(0, 8).join('、')} 等 ${ps.length} 页` : ps.join('、'));

/**
 * The OCR bar of the reader: which pages have no text layer, a button to read them, then a progress bar per page
 * with a cancel button while it runs (polled; the work runs in the background). Calls `onChanged` when a run ends,
 * so the reader reloads the rebuilt text.
 */
export function OcrBar({ caseId, versionId, onChanged, onStatus }: { caseId: string; versionId: string; onChanged(): void; onStatus(s: OcrStatus): void }) {
  const [st, setSt] = useState<OcrStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const wasRunning = useRef(false);
  const { message } = AntApp.useApp();

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const s = await request('ocr.status', { caseId, versionId });
        if (stop) return;
        setSt(s);
        onStatus(s);
        const running = s.state === 'running' || s.state === 'cancelling';
        if (wasRunning.current && !running) {
          if (s.state === 'failed') setError(s.message);
          else message.success(s.state === 'cancelled' ? `已取消；已识别的 ${s.runDone} 页已保存` : `文字识别完成（${s.runDone} 页）`);
          onChanged();
        }
        wasRunning.current = running;
        if (running) timer = setTimeout(poll, 700);
      } catch (e) {
        if (!stop) setError(errorText(e));
      }
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [caseId, versionId, st?.state === 'running']);

  if (!st || !st.scannedPages.length) return null;
  const pending = st.scannedPages.filter((p) => !st.donePages.includes(p));
  const running = st.state === 'running' || st.state === 'cancelling';
  const start = async () => {
    setError(null);
    try {
      const s = await request('ocr.start', { caseId, versionId });
      wasRunning.current = true;
      setSt(s);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const cancel = async () => setSt(await request('ocr.cancel', { caseId, versionId }));

  return (
    <div style={{ marginBottom: 12 }} data-testid="ocr-bar">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} closable onClose={() => setError(null)} />}
      {running ? (
        <Alert
          type="info"
          message={
            <Space direction="vertical" style={{ width: '100%' }} size={4}>
              <span data-testid="ocr-progress-text">
                {st.state === 'cancelling' ? '正在取消（当前页识别完即停止，已识别的页保留）…' : `正在识别第 ${st.currentPage ?? '…'} 页（${st.runDone}/${st.runTotal}）`}
                {st.secondsPerPage ? `，约 ${st.secondsPerPage} 秒/页` : ''}。识别在后台进行，可继续使用其他功能。
              </span>
              <Progress percent={Math.round((st.runDone / Math.max(1, st.runTotal)) * 100)} status="active" data-testid="ocr-progress" />
            </Space>
          }
          action={
            <Button size="small" danger icon={<StopOutlined />} onClick={cancel} disabled={st.state === 'cancelling'} data-testid="ocr-cancel">
              取消
            </Button>
          }
        />
      ) : pending.length ? (
        <Alert
          type="warning"
          showIcon
          message={`第 ${pagesText(pending)} 页没有文字层（扫描页），其文字尚不能检索和审查。`}
          description={`可在本机识别文字（OCR，${st.engine}，不联网）；有文字层的页不会识别。${st.donePages.length ? `已识别：第 ${pagesText(st.donePages)} 页。` : ''}`}
          action={
            <Button type="primary" icon={<ScanOutlined />} onClick={start} data-testid="ocr-start">
              识别文字
            </Button>
          }
          data-testid="needs-ocr"
        />
      ) : (
        <Alert type="success" showIcon message={`第 ${pagesText(st.donePages)} 页的文字已由 OCR 识别（${st.engine}）。把握不大的行已标出，可在“本页识别结果”中对照原件更正。`} data-testid="ocr-done" />
      )}
    </div>
  );
}

/** The recognised lines of one page, low-confidence ones marked; a line can be corrected (stored and audited). */
export function OcrLines({ caseId, versionId, page, activeLine, onActiveLine, onCorrected, onLoaded }: {
  caseId: string; versionId: string; page: number; activeLine: number | null; onActiveLine(i: number | null): void; onCorrected(): void; onLoaded(p: OcrPage | null): void;
}) {
  const [data, setData] = useState<{ page: OcrPage | null; corrected: Set<number> } | null>(null);
  const [editing, setEditing] = useState<{ line: number; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [reload, setReload] = useState(0);
  const { message } = AntApp.useApp();

  useEffect(() => {
    let stop = false;
    request('ocr.page', { caseId, versionId, page }).then(
      (r) => {
        if (stop) return;
        setData({ page: r.page, corrected: new Set(r.corrections.map((c) => c.line)) });
        onLoaded(r.page);
      },
      (e) => message.error(errorText(e)),
    );
    return () => {
      stop = true;
    };
  }, [caseId, versionId, page, reload]);

  if (!data) return null;
  if (!data.page) return <Empty description={`第 ${page} 页未经 OCR 识别（有文字层，或尚未识别）`} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const low = data.page.lines.filter((l, i) => l.confidence < LOW_CONFIDENCE && !data.corrected.has(i)).length;
  const save = async () => {
    if (!editing) return;
    setSaving(true);
    try {
      await request('ocr.correct', { caseId, versionId, page, line: editing.line, text: editing.text });
      message.success('已更正并记入操作记录');
      setEditing(null);
      setReload((n) => n + 1);
      onCorrected();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div data-testid="ocr-lines">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第 {page} 页识别出 {data.page.lines.length} 行{low ? `，其中 ${low} 行把握不大（橙色），请对照右侧原件核对` : ''}。点击一行可在原件上定位，点“更正”修改文字。
      </Typography.Paragraph>
      {data.page.lines.map((l, i) => {
        const isLow = l.confidence < LOW_CONFIDENCE && !data.corrected.has(i);
        const isEditing = editing?.line === i;
        return (
          <div
            key={i}
            onClick={() => onActiveLine(i)}
            style={{ display: 'flex', gap: 6, alignItems: 'center', padding: '3px 6px', borderRadius: 4, cursor: 'pointer', background: activeLine === i ? '#e6f4ff' : isLow ? '#fff7e6' : undefined, borderLeft: isLow ? '3px solid #fa8c16' : '3px solid transparent' }}
            data-testid="ocr-line"
            data-low={isLow ? '1' : '0'}
          >
            {isEditing ? (
              <>
                <Input size="small" value={editing.text} onChange={(e) => setEditing({ line: i, text: e.target.value })} onPressEnter={save} autoFocus data-testid="ocr-line-input" />
                <Button size="small" type="primary" icon={<CheckOutlined />} loading={saving} onClick={save} data-testid="ocr-line-save">
                  保存
                </Button>
                <Button size="small" onClick={() => setEditing(null)}>
                  取消
                </Button>
              </>
            ) : (
              <>
                <span style={{ flex: 1 }}>{l.text}</span>
                {data.corrected.has(i) && <Tag color="blue">已更正</Tag>}
                {isLow && <Tag color="orange">{`置信度 ${Math.round(l.confidence * 100)}%`}</Tag>}
                <Button size="small" type="text" icon={<EditOutlined />} onClick={(e) => (e.stopPropagation(), setEditing({ line: i, text: l.text }))} data-testid="ocr-line-edit">
                  更正
                </Button>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
