import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, List, Progress, Space, Tag, Typography, App as AntApp } from 'antd';
import { FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { errorText, request } from '../api/client';
import type { Evidence } from '../../shared/review/report';
import { REVIEW_KINDS, type ReviewKind } from '../../shared/review/ruleset';
import type { Verdict } from '../../shared/review/verdicts';
import type { ExtractedDocument } from '../../shared/domain/document';
import { DocumentDrawer } from '../case/review/DocumentDrawer';
import { EvidenceLinks } from '../case/review/EvidenceLinks';
import { KitItem, type Entry } from './KitVerdicts';
import { ReturnDialog, type WrittenReturn } from './ReturnDialog';
import { groupedHash, type KitView } from './kitView';

type Entries = Record<string, Entry>;
const same = (a: Entry | undefined, b: Entry | undefined) => (a?.verdict ?? null) === (b?.verdict ?? null) && (a?.verdict ? (a.comment ?? '').trim() === (b?.comment ?? '').trim() : true);

/**
 * The expert's workspace for one opened kit: who it is for, the case, the documents and their SHA-256, the ruleset's
 * findings per item beside the verdict form, and the signed return. What is typed stays on screen whatever fails;
 * the service holds the verdicts in memory and signs them.
 */
export function KitWorkspace({ kit, keyFile, onClose }: { kit: KitView; keyFile: File | null; onClose(): void }) {
  const { message, modal } = AntApp.useApp();
  const initial = useMemo(() => Object.fromEntries(kit.form.verdicts.map((v) => [v.itemId, { verdict: v.verdict, comment: v.comment }])) as Entries, [kit]);
  const [entries, setEntries] = useState<Entries>(initial);
  // What the service has confirmed, to send only what differs before signing.
  const acked = useRef<Entries>(initial);
  // The latest text of every comment box, also while it is still being typed (not yet blurred).
  const drafts = useRef<Record<string, string>>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [doc, setDoc] = useState<{ doc: ExtractedDocument | null; focus: string | null } | null>(null);
  const [returning, setReturning] = useState(false);
  const [written, setWritten] = useState<(WrittenReturn & { entries: Entries }) | null>(null);

  const send = useCallback((itemId: string, e: Entry) => {
    const run = async () => {
      const r = await request('experts.kitVerdict', { kitId: kit.kitId, itemId, verdict: e.verdict, comment: e.verdict ? e.comment : '' });
      acked.current = Object.fromEntries(r.verdicts.map((v) => [v.itemId, { verdict: v.verdict, comment: v.comment }]));
    };
    const p = queue.current.then(run, run);
    queue.current = p.catch(() => {});
    return p;
  }, [kit.kitId]);

  const change = useCallback((itemId: string, e: Entry) => {
    setEntries((cur) => ({ ...cur, [itemId]: e }));
    if (same(acked.current[itemId], e)) return;
    send(itemId, e).catch((err) => message.error(`${errorText(err)}（您填写的内容仍保留在屏幕上）`));
  }, [send, message]);
  const draft = useCallback((itemId: string, comment: string) => void (drafts.current[itemId] = comment), []);
  const jump = useCallback((e: Evidence) => setDoc({ doc: kit.documents[0]?.document ?? null, focus: e.blockId || null }), [kit]);

  /** Before signing: every comment as typed, and everything the service has not confirmed, sent in order. */
  const flush = async (): Promise<Entries> => {
    const now: Entries = { ...entries };
    for (const [itemId, comment] of Object.entries(drafts.current)) now[itemId] = { verdict: now[itemId]?.verdict ?? null, comment };
    setEntries(now);
    const ids = new Set([...Object.keys(now), ...Object.keys(acked.current)]);
    for (const id of ids) if (!same(acked.current[id], now[id])) await send(id, now[id] ?? { verdict: null, comment: '' });
    return now;
  };

  // Leaving the page drops the kit from memory: ask first while something is not yet in a return.
  const unreturned = !written || Object.keys(entries).some((id) => !same(written.entries[id], entries[id]));
  useEffect(() => {
    if (!unreturned) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unreturned]);

  const report = kit.review.report;
  const done = report.items.filter((i) => entries[i.id]?.verdict).length;
  const counts = (v: Verdict) => report.items.filter((i) => entries[i.id]?.verdict === v).length;
  const commentsWithoutVerdict = report.items.filter((i) => !entries[i.id]?.verdict && (drafts.current[i.id] ?? entries[i.id]?.comment ?? '').trim());

  const close = () => {
    if (!unreturned) return onClose();
    modal.confirm({
      title: '关闭专家包？', okText: '关闭', cancelText: '继续填写', okButtonProps: { danger: true, 'data-testid': 'kit-close-confirm' } as never,
      content: '已填写的意见尚未生成回执。关闭后需重新选择专家包并解锁，已填写的内容不会保留。',
      onOk: onClose,
    });
  };

  return (
    <div className="rd-kit" data-testid="kit-workspace">
      <header className="rd-case-header rd-kit-header">
        <span style={{ fontSize: 18, fontWeight: 700, color: '#9a2a2a', letterSpacing: 4 }}>评审台</span>
        <span className="title" data-testid="kit-for">专家评审 · {kit.member.name} · {kit.caseName}</span>
        <Progress percent={Math.round((done / Math.max(1, report.items.length)) * 100)} size="small" style={{ width: 160, margin: 0 }}
          format={() => `${done}/${report.items.length}`} aria-label="已填写意见的审查项" />
        <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setReturning(true)} data-testid="kit-write-return">生成回执</Button>
        <Button onClick={close} data-testid="kit-close">关闭专家包</Button>
      </header>
      <div className="rd-content">
        <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1180 }}>
          <Card size="small" title="本专家包" data-testid="kit-identity">
            <Descriptions size="small" column={2} bordered
              items={[
                { key: 'for', label: '发给', children: <span data-testid="kit-member"><b style={{ fontSize: 16 }}>{kit.member.name}</b> 本人</span> },
                { key: 'lock', label: '加密方式', children: kit.member.fingerprint ? <>本人签名密钥（指纹 <Typography.Text code>{kit.member.fingerprint.slice(0, 19)}…</Typography.Text>）</> : '一次性专家包口令' },
                { key: 'case', label: '案卷', children: <span data-testid="kit-case">{kit.caseName || '（未命名案卷）'}</span> },
                { key: 'kind', label: '审查类型', children: REVIEW_KINDS[kit.review.kind as ReviewKind] ?? kit.review.kind },
                { key: 'ruleset', label: '规则集', children: `${kit.review.ruleset.name}（${kit.review.ruleset.id}@${kit.review.ruleset.version}）` },
                { key: 'exported', label: '导出', children: `${dayjs(kit.exportedAt).format('YYYY-MM-DD HH:mm')} ${kit.exportedBy}` },
                { key: 'id', label: '专家包编号', children: <Typography.Text code>{kit.kitId}</Typography.Text> },
                { key: 'sup', label: '意见记录', children: kit.form.supersedes ? '本次回执将取代您在案卷中已签署的意见' : '首次提交' },
              ]} />
            {!kit.member.fingerprint && (
              <Alert type="warning" showIcon style={{ marginTop: 12 }} data-testid="kit-needs-key"
                message="回执须用您本人的签名密钥签署"
                description="这份专家包以一次性口令加密，说明您的签名密钥尚未在案卷中登记。请在生成回执前创建本人密钥，并把公钥证书交秘书登记；否则秘书无法导入回执。" />
            )}
          </Card>

          <Card size="small" title={`审查文件（${kit.documents.length}）`} data-testid="kit-documents">
            <List dataSource={kit.documents} renderItem={(d) => (
              <List.Item data-testid="kit-document" actions={[
                <Button key="read" icon={<FileTextOutlined />} disabled={!d.document} onClick={() => setDoc({ doc: d.document, focus: null })} data-testid="kit-read">阅读全文</Button>,
              ]}>
                <List.Item.Meta title={d.name}
                  description={<>SHA-256 <Typography.Text code copyable={{ text: d.sha256 }} data-testid="kit-sha256" style={{ fontSize: 12 }}>{groupedHash(d.sha256)}</Typography.Text>
                    <div style={{ fontSize: 12 }}>请与秘书处提供的文件摘要核对，一致才说明您审阅的是同一版本。</div></>} />
              </List.Item>
            )} />
          </Card>

          {report.warnings.map((w, i) => <Alert key={i} type="warning" showIcon message={w} />)}
          <Card size="small" title={`红线（${report.flags.length}）· 自动审查`} data-testid="kit-flags">
            {report.flags.length === 0 ? <Typography.Text type="success">未发现触及红线的约定。</Typography.Text> : (
              <List dataSource={report.flags} renderItem={(f) => (
                <List.Item>
                  <List.Item.Meta title={<Space><Tag color={f.severity === 'red' ? 'red' : 'orange'}>{f.severity === 'red' ? '红线' : '提示'}</Tag>{f.title}</Space>}
                    description={<><div>{f.message}</div><div style={{ fontSize: 12 }}>依据：{f.basis.map((b) => b.label).join('；')}</div><EvidenceLinks evidence={f.evidence} onJump={jump} /></>} />
                </List.Item>
              )} />
            )}
          </Card>

          <Card size="small" data-testid="kit-items"
            title={<Space wrap><span>逐项审查意见</span><Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
              已填 {done}/{report.items.length} 项：符合 {counts('conforms')}，基本符合 {counts('mostly')}，不符合 {counts('fails')}，不适用 {counts('na')}</Typography.Text></Space>}>
            {report.items.map((f, i) => (
              <KitItem key={f.id} index={i} finding={f} entry={entries[f.id] ?? EMPTY} onChange={change} onDraft={draft} onJump={jump} />
            ))}
          </Card>
        </Space>
      </div>
      <DocumentDrawer doc={doc?.doc ?? null} focus={doc?.focus ?? null} open={!!doc} onClose={() => setDoc(null)} />
      {returning && (
        <ReturnDialog kit={kit} defaultKeyFile={keyFile} filled={done} total={report.items.length} commentsWithoutVerdict={commentsWithoutVerdict.map((i) => i.title)}
          flush={flush} onClose={() => setReturning(false)}
          onWritten={(w, sent) => { setWritten({ ...w, entries: sent }); setReturning(false); }} />
      )}
      {written && (
        <div className="rd-kit-written" role="status" data-testid="kit-written">
          <Alert type={unreturned ? 'warning' : 'success'} showIcon
            message={unreturned ? '回执生成后又修改了意见：请重新生成回执，只交最新的一份。' : `回执已生成：${written.fileName}`}
            description={unreturned ? undefined : <>文件 SHA-256 <Typography.Text code style={{ fontSize: 12 }}>{written.sha256.slice(0, 16).toUpperCase()}…</Typography.Text>。请把回执文件交给秘书导入；同一专家包只能导入一份回执。</>} />
        </div>
      )}
    </div>
  );
}

const EMPTY: Entry = { verdict: null, comment: '' };
