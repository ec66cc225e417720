import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Select, Space, Spin, Tabs, Tag, Typography, App as AntApp } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';
import { cachedRead, peekRead } from '../../api/readCache';
import { saveOutput } from '../../api/files';
import { useAppInfo } from '../../AppContext';
import type { AppContract, ResponseOf } from '../../../shared/api/index';
import type { Block } from '../../../shared/domain/document';
import { PdfPages, type PageMark } from './PdfPages';
import { OcrBar, OcrLines } from './OcrPanel';
import type { OcrStatus } from '../../../shared/api/ocr';
import { LOW_CONFIDENCE, type OcrPage } from '../../../shared/domain/ocr';
import { docName, sizeText } from './format';
import { CorrectDocument } from '../review/CorrectDocument';
import { useAfterPaint } from '../../components/useAfterPaint';

/** Blocks shown in the reader's first frame (more than a screen's worth); the rest follow once it is painted. */
const FIRST_BLOCKS = 40;

type Got = ResponseOf<AppContract['documents.get']>;

/**
 * One block of the text. Plain elements with CSS classes, not antd components: a 40-page document has hundreds of
 * blocks, and the reader must open at once. `rd-block` lets the browser skip the layout of blocks scrolled out of view.
 */
const BlockView = memo(function BlockView({ b, active }: { b: Block; active: boolean }) {
  const cls = active ? 'rd-block rd-block-active' : 'rd-block';
  if (b.kind === 'heading') {
    return (
      <div id={`blk-${b.id}`} className={`${cls} rd-block-h${Math.min(b.level, 4)}`} data-testid="reader-heading">
        {b.numbering && <span style={{ marginRight: 4 }}>{b.numbering}</span>}
        {b.text}
      </div>
    );
  }
  if (b.kind === 'table') {
    return (
      <div id={`blk-${b.id}`} className={`${cls} rd-block-table`}>
        <table className="rd-doc-table" data-testid="reader-table">
          <tbody>
            {b.rows.map((r, i) => (
              <tr key={i}>{r.map((c, j) => (i === 0 ? <th key={j}>{c}</th> : <td key={j}>{c}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <p id={`blk-${b.id}`} className={`${cls} rd-block-p`} data-testid="reader-paragraph">
      {b.location.page && <span className="rd-tag">第{b.location.page}页</span>}
      {b.ocr && <span className="rd-tag rd-tag-ocr" title="由 OCR 从扫描页识别" data-testid="reader-ocr-tag">OCR</span>}
      {b.text}
    </p>
  );
});

/** One version of a document (outline items as plain elements too, a long document has a hundred headings): outline, text (with PDF pages marked), the original PDF page beside it, and export. */
export function Reader({ caseId, versionId, blockId, onBack, onVersion }: { caseId: string; versionId: string; blockId?: string; onBack: () => void; onVersion: (v: string) => void }) {
  // Opened again (nothing changed in the case since), the text is shown at once from the read cache.
  const [got, setGot] = useState<Got | null>(() => peekRead('documents.get', { caseId, versionId }) ?? null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<string | undefined>(blockId);
  const [page, setPage] = useState(1);
  const textBox = useRef<HTMLDivElement>(null);
  const [reload, setReload] = useState(0);
  const [ocr, setOcr] = useState<OcrStatus | null>(null);
  const [ocrPage, setOcrPage] = useState<OcrPage | null>(null);
  const [ocrLine, setOcrLine] = useState<number | null>(null);
  const [tab, setTab] = useState('text');
  const { message, modal } = AntApp.useApp();
  const appInfo = useAppInfo();
  // A 40-page document has hundreds of blocks: the first screen of them is painted first, the rest in the next step
  // (at once when opened on a block, which must be there to scroll to).
  const painted = useAfterPaint(!!got);
  const allBlocks = painted || !!blockId;

  useEffect(() => {
    let live = true;
    // After an OCR run or a correction (`reload`), always from the host.
    cachedRead('documents.get', { caseId, versionId }, reload > 0).then((g) => live && setGot(g), (e) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [caseId, versionId, reload]);
  const shownVersion = useRef(versionId);
  useEffect(() => {
    if (shownVersion.current === versionId) return;
    shownVersion.current = versionId;
    setGot(peekRead('documents.get', { caseId, versionId }) ?? null);
    setOcr(null);
  }, [caseId, versionId]);

  const jump = (id: string) => {
    setActive(id);
    const b = got?.extracted.blocks.find((x) => x.id === id);
    if (b?.location.page) setPage(b.location.page);
    document.getElementById(`blk-${id}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  useEffect(() => {
    if (got && blockId) setTimeout(() => jump(blockId), 50);
  }, [got, blockId]);

  // The wrapper above the body (a notice's 一、征集时间 / 1.电子邮件) is no part of the document's outline.
  const headings = useMemo(() => (got?.extracted.blocks ?? []).slice(got?.extracted.bodyStart ?? 0).filter((b) => b.kind === 'heading'), [got]);
  /** An untitled heading ("第五条" followed by its body) is shown in the outline with the start of its body. */
  const preview = (index: number) => {
    const next = got?.extracted.blocks[index + 1];
    return next?.kind === 'paragraph' ? ` ${next.text.slice(0, 18)}…` : '';
  };

  const exportOriginal = async () => {
    try {
      const ref = await request('documents.exportOriginal', { caseId, versionId });
      const saved = await saveOutput(ref, appInfo.nativeDialogs);
      if (saved) {
        modal.success({
          title: '原件已导出',
          content: (
            <div data-testid="export-result">
              <div>{ref.fileName}（{sizeText(ref.size)}），与导入时逐字节一致。</div>
              <div style={{ wordBreak: 'break-all', fontFamily: 'monospace' }}>SHA-256：{ref.sha256}</div>
            </div>
          ),
        });
      }
    } catch (e) {
      message.error(errorText(e));
    }
  };

  if (error) return <Alert type="error" showIcon message={error} action={<Button onClick={onBack}>返回</Button>} />;
  if (!got) return <Spin />;
  const { document: d, version: v, extracted } = got;
  const isPdf = v.format === 'pdf';
  const pageIsOcr = !!ocr?.donePages.includes(page);
  const text = (
    <div ref={textBox} data-testid="reader-text">
      {!!extracted.bodyStart && (
        <div style={{ opacity: 0.55, borderLeft: '3px solid #d9d9d9', paddingLeft: 8, marginBottom: 12 }} data-testid="reader-preamble">
          <Tag>文首附带内容（网页页眉、征求意见说明等），不属于文件正文，不作为审查依据</Tag>
          {extracted.blocks.slice(0, extracted.bodyStart).map((b) => (
            <BlockView key={b.id} b={b} active={b.id === active} />
          ))}
        </div>
      )}
      {extracted.blocks.slice(extracted.bodyStart ?? 0, allBlocks ? undefined : (extracted.bodyStart ?? 0) + FIRST_BLOCKS).map((b) => (
        <BlockView key={b.id} b={b} active={b.id === active} />
      ))}
    </div>
  );
  // On a recognised page shown with its lines, each line's box is drawn over the page image.
  const marks: PageMark[] =
    pageIsOcr && tab === 'ocr' && ocrPage?.page === page
      ? ocrPage.lines.map((l, i) => ({ box: l.box, tone: i === ocrLine ? 'active' : l.confidence < LOW_CONFIDENCE ? 'low' : 'ok', onClick: () => setOcrLine(i) }))
      : [];

  return (
    <div data-testid="reader">
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="reader-back">
          返回文件列表
        </Button>
        <Typography.Text strong>{docName(d)}</Typography.Text>
        <Select
          size="small"
          value={versionId}
          onChange={onVersion}
          style={{ width: 220 }}
          options={d.versions.map((x) => ({ value: x.versionId, label: `第 ${x.version} 版 · ${x.fileName}` }))}
        />
        <Button size="small" icon={<DownloadOutlined />} onClick={exportOriginal} data-testid="export-original">
          导出原件
        </Button>
        <CorrectDocument caseId={caseId} got={got} onSaved={setGot} />
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="reader-sha">
          SHA-256 {v.sha256}
        </Typography.Text>
      </Space>
      {isPdf && <OcrBar caseId={caseId} versionId={versionId} onStatus={setOcr} onChanged={() => setReload((n) => n + 1)} />}
      {!extracted.needsOcr && extracted.warnings.filter((w) => !/没有文字层/.test(w)).map((w) => <Alert key={w} type="info" showIcon style={{ marginBottom: 8 }} message={w} />)}
      <Row gutter={12}>
        <Col span={isPdf ? 5 : 6}>
          <Card size="small" title="目录" styles={{ body: { maxHeight: '70vh', overflow: 'auto', padding: 8 } }} data-testid="outline">
            {headings.length === 0 && <Empty description="未识别到标题" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            {headings.map((h) =>
              h.kind === 'heading' ? (
                <div
                  key={h.id}
                  onClick={() => jump(h.id)}
                  style={{ paddingLeft: (h.level - 1) * 14, cursor: 'pointer', lineHeight: '26px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontWeight: h.level === 1 ? 600 : 400, background: active === h.id ? '#e6f4ff' : undefined }}
                  data-testid="outline-item"
                  title={`${h.numbering ?? ''}${h.text}`}
                >
                  {h.numbering}
                  {h.text || <span className="rd-secondary">{preview(h.location.blockIndex)}</span>}
                  {h.location.page && <span className="rd-secondary" style={{ fontSize: 12, marginLeft: 6 }}>p{h.location.page}</span>}
                </div>
              ) : null,
            )}
          </Card>
        </Col>
        <Col span={isPdf ? 10 : 18}>
          <Card size="small" title={<span data-testid="reader-title">{extracted.title}{extracted.correction && <Tag color="blue" style={{ marginLeft: 8 }}>已人工更正</Tag>}</span>} styles={{ body: { maxHeight: '70vh', overflow: 'auto', paddingTop: pageIsOcr ? 0 : undefined } }}>
            {pageIsOcr ? (
              <Tabs
                size="small"
                activeKey={tab}
                onChange={setTab}
                items={[
                  { key: 'text', label: '全文', children: text },
                  {
                    key: 'ocr',
                    label: <span data-testid="ocr-tab">{`第 ${page} 页识别结果`}</span>,
                    children: (
                      <OcrLines caseId={caseId} versionId={versionId} page={page} activeLine={ocrLine} onActiveLine={setOcrLine} onLoaded={setOcrPage} onCorrected={() => setReload((n) => n + 1)} />
                    ),
                  },
                ]}
              />
            ) : (
              text
            )}
          </Card>
        </Col>
        {isPdf && (
          <Col span={9}>
            <Card size="small" title="原件页面" styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}>
              <PdfPages caseId={caseId} versionId={versionId} page={page} onPage={(p) => (setPage(p), setOcrLine(null))} marks={marks} />
            </Card>
          </Col>
        )}
      </Row>
    </div>
  );
}
