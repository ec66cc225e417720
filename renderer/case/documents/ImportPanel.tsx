import { useRef, useState } from 'react';
import { Button, Card, Input, Progress, Select, Space, Table, Tag, Typography, Upload, App as AntApp } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { request, errorText, ApiError } from '../../api/client';
import { toFileRef } from '../../api/files';
import { DOCUMENT_ACCEPT, DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB } from '../../../shared/document/limits';
import type { DocumentRole } from '../../../shared/domain/document';
import type { DocumentSummary } from '../../../shared/api/documents';
import { ROLE_OPTIONS, guessRole, sizeText } from './format';
import { JobBar, useJob } from '../../components/JobProgress';

interface Row {
  key: string;
  file: File;
  role: DocumentRole;
  bidder: string;
  /** 'auto' (the service judges by title) until the user picks: 'new' or a document id. */
  target: string;
  /** The service could not tell a revision from another document: the user must pick. */
  ask?: boolean;
  state: 'ready' | 'uploading' | 'extracting' | 'done' | 'failed';
  progress: number;
  message?: string;
  /** Refused before upload (empty, too large, wrong type): stays refused. */
  blocked?: boolean;
}

/** Pick or drop files, give each a role (and bidder) and say whether it is a new document or a new version. */
export function ImportPanel({ caseId, documents, onImported }: { caseId: string; documents: DocumentSummary[]; onImported: () => Promise<void> }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const { message } = AntApp.useApp();
  // Extraction reports its pages; 取消 stops the file being read (nothing of it is added) and the rest of the queue.
  const job = useJob();
  const stopped = useRef(false);
  const patch = (key: string, p: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));
  /** A change of role, bidder or target makes a failed row ready to try again. */
  const edit = (r: Row, p: Partial<Row>) => patch(r.key, { ...p, ...(r.state === 'failed' && !r.blocked ? { state: 'ready', message: undefined } : {}) });

  const candidates = (r: Row) => documents.filter((d) => d.role === r.role && (r.role !== 'bid' || d.bidder === r.bidder.trim()));
  /** With no document of that role (and bidder) yet, "auto" can only mean a new one; else the service compares titles. */
  const effectiveTarget = (r: Row) => (r.target === 'auto' && candidates(r).length === 0 ? 'new' : r.target);

  const add = (file: File) => {
    const ext = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
    let msg: string | undefined;
    // Refuse before uploading what the service would refuse anyway; the service checks again.
    // Said before anything is sent, in the words intake would use: what is wrong and what to do.
    if (file.size === 0) msg = '文件是空的（0 字节），没有可导入的内容。请检查是否选错了文件，或文件是否复制完整。';
    else if (file.size > MAX_DOCUMENT_BYTES) msg = `文件有 ${Math.round(file.size / 1024 / 1024)} MB，超过 ${MAX_DOCUMENT_MB} MB 的导入上限，未导入。请压缩其中的图片或拆分文件后再导入。`;
    else if (ext === '.doc' || ext === '.wps') msg = '旧版 Word/WPS 格式，请先另存为 DOCX 或 PDF';
    else if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) msg = '不支持的类型，请导入 DOCX、PDF、TXT 或 Markdown';
    setRows((rs) => [
      ...rs,
      { key: `${Date.now()}-${Math.random()}`, file, role: guessRole(file.name), bidder: '', target: 'auto', state: msg ? 'failed' : 'ready', progress: 0, message: msg, blocked: !!msg },
    ]);
    return false;
  };

  const importOne = async (r: Row) => {
    if (r.role === 'bid' && !r.bidder.trim() && effectiveTarget(r) === 'new') {
      patch(r.key, { state: 'failed', message: '申报材料须填写申报单位名称' });
      return false;
    }
    patch(r.key, { state: 'uploading', progress: 0, message: undefined });
    try {
      const ref = await toFileRef(r.file, (f) => patch(r.key, { progress: Math.round(f * 100) }));
      patch(r.key, { state: 'extracting', progress: 100 });
      const target = effectiveTarget(r);
      const res = await job.run((jobId) =>
        request('documents.import', {
          caseId,
          file: ref,
          role: r.role,
          bidder: r.bidder.trim() || undefined,
          target: target === 'new' || target === 'auto' ? target : { documentId: target },
          jobId,
        }),
      );
      const as = res.isNewDocument ? '新文件，第 1 版' : `“${res.document.title}”的第 ${res.version.version} 版`;
      patch(r.key, { state: 'done', ask: false, message: `已导入为${as}${res.version.needsOcr ? '（无文字层，需 OCR）' : ''}` });
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.error.code === 'JOB_CANCELLED') {
        stopped.current = true;
        patch(r.key, { state: 'ready', message: '已取消，未导入（案卷未作改动）' });
        return false;
      }
      const ask = e instanceof ApiError && e.error.code === 'DOC_REVISION_UNSURE';
      patch(r.key, { state: 'failed', message: errorText(e), ask });
      return false;
    }
  };

  const importAll = async () => {
    setBusy(true);
    stopped.current = false;
    let ok = 0;
    const todo = rows.filter((r) => r.state === 'ready');
    for (const r of todo) {
      if (stopped.current) break;
      if (await importOne(r)) ok++;
    }
    setBusy(false);
    await onImported();
    if (ok) message.success(`已导入 ${ok} 个文件`);
    if (stopped.current) message.info('已取消导入；正在读取的文件未导入，案卷未作改动');
  };

  const pending = rows.some((r) => r.state === 'ready');

  return (
    <Card title="导入文件" size="small" style={{ marginBottom: 16 }}>
      <div data-testid="doc-drop">
      <Upload.Dragger multiple accept={DOCUMENT_ACCEPT} beforeUpload={add} showUploadList={false}>
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择或将文件拖到此处（可多选）</p>
        <p className="ant-upload-hint">支持 DOCX、PDF、TXT、Markdown，单个文件不超过 {MAX_DOCUMENT_MB} MB。旧版 .doc / .wps 请先另存为 DOCX 或 PDF。</p>
      </Upload.Dragger>
      </div>
      {rows.length > 0 && (
        <>
          <Table
            size="small"
            style={{ marginTop: 12 }}
            rowKey="key"
            pagination={false}
            dataSource={rows}
            data-testid="import-queue"
            columns={[
              { title: '文件', render: (_, r) => <span data-testid="import-file">{r.file.name}</span> },
              { title: '大小', width: 90, render: (_, r) => sizeText(r.file.size) },
              {
                title: '类别',
                width: 150,
                render: (_, r) => (
                  <Select size="small" style={{ width: 140 }} value={r.role} options={ROLE_OPTIONS} disabled={!(r.state === 'ready' || (r.state === 'failed' && !r.blocked))} onChange={(role) => edit(r, { role, target: 'auto' })} data-testid="import-role" />
                ),
              },
              {
                title: '申报单位',
                width: 170,
                render: (_, r) =>
                  r.role === 'bid' ? <Input size="small" placeholder="投标人名称" value={r.bidder} onChange={(e) => edit(r, { bidder: e.target.value, target: 'auto' })} data-testid="import-bidder" /> : <Typography.Text type="secondary">—</Typography.Text>,
              },
              {
                title: '导入为',
                width: 260,
                render: (_, r) => (
                  <Select
                    size="small"
                    style={{ width: 250 }}
                    value={r.ask && r.target === 'auto' ? undefined : effectiveTarget(r)}
                    placeholder="请选择：新文件或某文件的新版本"
                    disabled={!(r.state === 'ready' || (r.state === 'failed' && !r.blocked))}
                    onChange={(target) => edit(r, { target, ask: false })}
                    status={r.ask ? 'warning' : undefined}
                    data-testid="import-target"
                    options={[
                      ...(r.ask || candidates(r).length === 0 ? [] : [{ value: 'auto', label: '自动判断（标题相近才作为新版本）' }]),
                      { value: 'new', label: '新文件（第 1 版）' },
                      ...candidates(r).map((d) => ({ value: d.documentId, label: `“${d.title}”的第 ${d.versions.length + 1} 版` })),
                    ]}
                  />
                ),
              },
              {
                title: '状态',
                width: 260,
                render: (_, r) =>
                  r.state === 'uploading' ? (
                    <Progress percent={r.progress} size="small" status="active" />
                  ) : r.state === 'extracting' ? (
                    job.status ? <JobBar status={job.status} onCancel={() => void job.cancel()} testId="import" /> : <Progress percent={0} size="small" status="active" format={() => '读取中'} />
                  ) : r.state === 'done' ? (
                    <Tag color="green" data-testid="import-done">{r.message}</Tag>
                  ) : r.state === 'failed' ? (
                    <Typography.Text type="danger" data-testid="import-error">{r.message}</Typography.Text>
                  ) : (
                    <Typography.Text type="secondary" data-testid="import-pending">{r.message ?? '待导入'}</Typography.Text>
                  ),
              },
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" onClick={importAll} loading={busy} disabled={!pending} data-testid="import-start">
              开始导入
            </Button>
            <Button onClick={() => setRows([])} disabled={busy}>
              清空列表
            </Button>
          </Space>
        </>
      )}
    </Card>
  );
}
