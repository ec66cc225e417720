import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Segmented, Select, Space, Spin, Switch, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';
import type { AppContract, ResponseOf } from '../../../shared/api/index';
import type { DocumentSummary } from '../../../shared/api/documents';
import type { DiffRow, SectionDiff } from '../../../shared/document/compare';
import { docName } from './format';

type Result = ResponseOf<AppContract['documents.compare']>;

const STATUS: Record<SectionDiff['status'], { label: string; color: string }> = {
  changed: { label: '修改', color: 'orange' },
  added: { label: '新增', color: 'green' },
  removed: { label: '删除', color: 'red' },
  same: { label: '未变', color: 'default' },
};

/** One side of a changed row: the before side shows deletions, the after side insertions. */
function Side({ row, side }: { row: DiffRow; side: 'before' | 'after' }) {
  const text = side === 'before' ? row.before : row.after;
  if (text === null) return <span />;
  if (row.status === 'changed' && row.parts) {
    return (
      <>
        {row.parts.map((p, i) =>
          p.op === 0 ? <span key={i}>{p.text}</span> : side === 'before' && p.op === -1 ? <del key={i}>{p.text}</del> : side === 'after' && p.op === 1 ? <ins key={i}>{p.text}</ins> : null,
        )}
      </>
    );
  }
  if (row.status === 'removed') return <del>{text}</del>;
  if (row.status === 'added') return <ins>{text}</ins>;
  return <span>{text}</span>;
}

function Inline({ row }: { row: DiffRow }) {
  if (row.status === 'changed' && row.parts) return <>{row.parts.map((p, i) => (p.op === 0 ? <span key={i}>{p.text}</span> : p.op === -1 ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>))}</>;
  if (row.status === 'removed') return <del>{row.before}</del>;
  if (row.status === 'added') return <ins>{row.after}</ins>;
  return <span>{row.after}</span>;
}

/** 修改前 / 修改后: which sections changed, were added or removed, and the words that changed, side by side or inline. */
export function Compare({ caseId, doc, onBack }: { caseId: string; doc: DocumentSummary; onBack: () => void }) {
  const vs = doc.versions;
  const [before, setBefore] = useState(vs[vs.length - 2]?.versionId ?? vs[0].versionId);
  const [after, setAfter] = useState(vs[vs.length - 1].versionId);
  const [mode, setMode] = useState<'side' | 'inline'>('side');
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [res, setRes] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setRes(null);
    setError(null);
    request('documents.compare', { caseId, beforeVersionId: before, afterVersionId: after }).then(setRes, (e) => setError(errorText(e)));
  }, [caseId, before, after]);

  const options = vs.map((v) => ({ value: v.versionId, label: `第 ${v.version} 版 · ${v.fileName}` }));
  const sections = res?.diff.sections.filter((s) => !onlyChanges || s.status !== 'same') ?? [];

  return (
    <div data-testid="compare">
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          返回文件列表
        </Button>
        <Typography.Text strong>{docName(doc)}</Typography.Text>
        <span>修改前</span>
        <Select size="small" value={before} onChange={setBefore} options={options} style={{ width: 220 }} data-testid="compare-before" />
        <span>修改后</span>
        <Select size="small" value={after} onChange={setAfter} options={options} style={{ width: 220 }} data-testid="compare-after" />
        <Segmented size="small" value={mode} onChange={(v) => setMode(v as 'side' | 'inline')} options={[{ value: 'side', label: '并排' }, { value: 'inline', label: '行内' }]} data-testid="compare-mode" />
        <Switch size="small" checked={onlyChanges} onChange={setOnlyChanges} /> <span>只看有变化的部分</span>
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {!res && !error && <Spin />}
      {res && (
        <>
          <Card size="small" style={{ marginBottom: 12 }} data-testid="compare-summary">
            <Space wrap>
              <span>各节变化：</span>
              <Tag color="orange">修改 {res.diff.summary.changed} 节</Tag>
              <Tag color="green">新增 {res.diff.summary.added} 节</Tag>
              <Tag color="red">删除 {res.diff.summary.removed} 节</Tag>
              <Tag>未变 {res.diff.summary.same} 节</Tag>
            </Space>
            <div style={{ marginTop: 8 }}>
              {res.diff.sections
                .filter((s) => s.status !== 'same')
                .map((s, i) => (
                  <div key={i} data-testid="compare-summary-item">
                    <Tag color={STATUS[s.status].color}>{STATUS[s.status].label}</Tag>
                    {s.parents.length > 0 && <Typography.Text type="secondary">{s.parents.join(' › ')} › </Typography.Text>}
                    {s.title}
                    {s.beforeTitle && s.status === 'changed' && <Typography.Text type="secondary">（原为 {s.beforeTitle}）</Typography.Text>}
                  </div>
                ))}
            </div>
          </Card>
          {sections.length === 0 && <Empty description="两个版本的内容相同" />}
          {sections.map((s, i) => (
            <Card
              key={i}
              size="small"
              className="rd-diff"
              style={{ marginBottom: 8 }}
              title={
                <span>
                  <Tag color={STATUS[s.status].color}>{STATUS[s.status].label}</Tag>
                  {s.parents.length > 0 && <Typography.Text type="secondary">{s.parents.join(' › ')} › </Typography.Text>}
                  {s.title}
                </span>
              }
              data-testid="compare-section"
            >
              {mode === 'side' ? (
                <>
                  <Row gutter={12} style={{ fontWeight: 600, color: '#888' }}>
                    <Col span={12}>修改前（第 {res.before.version} 版）</Col>
                    <Col span={12}>修改后（第 {res.after.version} 版）</Col>
                  </Row>
                  {s.rows
                    .filter((r) => !onlyChanges || r.status !== 'same')
                    .map((r, j) => (
                      <Row key={j} gutter={12} className="rd-diff-row" data-testid="diff-row">
                        <Col span={12}>
                          <Side row={r} side="before" />
                        </Col>
                        <Col span={12}>
                          <Side row={r} side="after" />
                        </Col>
                      </Row>
                    ))}
                </>
              ) : (
                s.rows
                  .filter((r) => !onlyChanges || r.status !== 'same')
                  .map((r, j) => (
                    <div key={j} className="rd-diff-row" data-testid="diff-row">
                      <Inline row={r} />
                    </div>
                  ))
              )}
            </Card>
          ))}
        </>
      )}
    </div>
  );
}
