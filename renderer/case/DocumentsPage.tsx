import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Empty, Input, List, Space, Table, Tag, Typography, App as AntApp } from 'antd';
import dayjs from 'dayjs';
import { request, errorText } from '../api/client';
import { DOCUMENT_ROLES } from '../../shared/domain/document';
import type { DocumentSummary, DocumentVersion, SearchHit } from '../../shared/api/documents';
import { useCase } from './CaseContext';
import { ImportPanel } from './documents/ImportPanel';
import { Reader } from './documents/Reader';
import { Compare } from './documents/Compare';
import { RemoveButton } from './documents/RemoveButton';
import { sizeText } from './documents/format';

type View = { kind: 'list' } | { kind: 'read'; versionId: string; blockId?: string } | { kind: 'compare'; documentId: string };

/** 文件: import, the list of documents and their versions, search in the case, the reader and version comparison. */
export function DocumentsPage() {
  const { caseId } = useCase();
  const [docs, setDocs] = useState<DocumentSummary[]>([]);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [hits, setHits] = useState<{ query: string; hits: SearchHit[]; truncated: boolean } | null>(null);
  const { message } = AntApp.useApp();

  const load = useCallback(async () => {
    try {
      setDocs((await request('documents.list', { caseId })).documents);
    } catch (e) {
      message.error(errorText(e));
    }
  }, [caseId, message]);
  useEffect(() => void load(), [load]);

  const search = async (query: string) => {
    if (!query.trim()) return setHits(null);
    try {
      setHits({ query, ...(await request('documents.search', { caseId, query })) });
    } catch (e) {
      message.error(errorText(e));
    }
  };

  if (view.kind === 'read') {
    // Back to the list reloads it: a title, role or start corrected (or OCR run) in the reader shows at once.
    return <Reader caseId={caseId} versionId={view.versionId} blockId={view.blockId} onBack={() => { setView({ kind: 'list' }); void load(); }} onVersion={(versionId) => setView({ kind: 'read', versionId })} />;
  }
  if (view.kind === 'compare') {
    const doc = docs.find((d) => d.documentId === view.documentId);
    if (doc) return <Compare caseId={caseId} doc={doc} onBack={() => setView({ kind: 'list' })} />;
  }

  const versionLine = (v: DocumentVersion, withRead = true) => (
    <Space size={4} wrap>
      <Tag>第 {v.version} 版</Tag>
      <span>{v.fileName}</span>
      <Typography.Text type="secondary">
        {sizeText(v.size)}
        {v.pageCount ? ` · ${v.pageCount} 页` : ''} · {v.headings} 个标题 · {v.tables} 个表格 · {dayjs(v.importedAt).format('YYYY-MM-DD HH:mm')} {v.importedBy}
      </Typography.Text>
      {v.needsOcr && <Tag color="warning">无文字层，需 OCR</Tag>}
      {v.note && <Typography.Text type="secondary">（{v.note}）</Typography.Text>}
      {withRead && (
        <Button size="small" type="link" onClick={() => setView({ kind: 'read', versionId: v.versionId })} data-testid="read-version">
          阅读
        </Button>
      )}
    </Space>
  );

  return (
    <div style={{ maxWidth: 1200 }}>
      <ImportPanel caseId={caseId} documents={docs} onImported={load} />
      <Card
        title="案卷文件"
        size="small"
        extra={
          <span data-testid="doc-search">
            <Input.Search allowClear placeholder="在本案卷的文件中检索" onSearch={search} style={{ width: 320 }} />
          </span>
        }
      >
        {hits && (
          <Card size="small" type="inner" title={`“${hits.query}”的检索结果：${hits.hits.length}${hits.truncated ? '+' : ''} 处`} extra={<a onClick={() => setHits(null)}>关闭</a>} style={{ marginBottom: 12 }}>
            {hits.hits.length === 0 ? (
              <Empty description="没有找到" image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <List
                size="small"
                dataSource={hits.hits}
                data-testid="search-hits"
                renderItem={(h) => (
                  <List.Item onClick={() => setView({ kind: 'read', versionId: h.versionId, blockId: h.blockId })} style={{ cursor: 'pointer' }} data-testid="search-hit">
                    <Space direction="vertical" size={0}>
                      <Typography.Text type="secondary">
                        {DOCUMENT_ROLES[h.role]}
                        {h.bidder ? `（${h.bidder}）` : ''} · {h.title} · 第 {h.version} 版 · {h.label}
                      </Typography.Text>
                      <span>
                        {h.snippet.slice(0, h.matchStart)}
                        <mark>{h.snippet.slice(h.matchStart, h.matchStart + h.matchLength)}</mark>
                        {h.snippet.slice(h.matchStart + h.matchLength)}
                      </span>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        )}
        <Table
          size="small"
          rowKey="documentId"
          dataSource={docs}
          pagination={false}
          data-testid="doc-list"
          locale={{ emptyText: <Empty description="还没有导入文件" /> }}
          columns={[
            { title: '类别', width: 150, render: (_, d) => <span data-testid="doc-role">{DOCUMENT_ROLES[d.role]}{d.bidder ? `（${d.bidder}）` : ''}</span> },
            { title: '文件', render: (_, d) => <span data-testid="doc-title">{d.title}</span> },
            { title: '当前版本', width: 420, render: (_, d) => versionLine(d.versions[d.versions.length - 1], false) },
            {
              title: '操作',
              width: 230,
              render: (_, d) => (
                <Space>
                  <Button size="small" onClick={() => setView({ kind: 'read', versionId: d.versions[d.versions.length - 1].versionId })} data-testid="doc-read">
                    阅读
                  </Button>
                  <Button size="small" disabled={d.versions.length < 2} onClick={() => setView({ kind: 'compare', documentId: d.documentId })} data-testid="doc-compare">
                    比较版本
                  </Button>
                  <RemoveButton caseId={caseId} document={d} onRemoved={load} />
                </Space>
              ),
            },
          ]}
          expandable={{
            rowExpandable: (d) => d.versions.length > 0,
            expandedRowRender: (d) => (
              <div>
                {[...d.versions].reverse().map((v) => (
                  <div key={v.versionId} data-testid="version-row">
                    {versionLine(v)}
                    <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12, marginLeft: 8 }}>
                      SHA-256 {v.sha256}
                    </Typography.Text>
                  </div>
                ))}
              </div>
            ),
          }}
        />
      </Card>
    </div>
  );
}
