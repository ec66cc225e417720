import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, List, Progress, Space, Tag, Typography, App as AntApp } from 'antd';
import { FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { request } from '../api/client';
import type { KitDraft } from '../../shared/api/kits';
import type { Evidence } from '../../shared/review/report';
import { REVIEW_KINDS, type ReviewKind } from '../../shared/review/ruleset';
import type { ExtractedDocument } from '../../shared/domain/document';
import { DocumentDrawer } from '../case/review/DocumentDrawer';
import { ReviewSection, sameEntry, useKitVerdicts, type Entries } from './KitVerdicts';
import { RecusalSection } from './RecusalSection';
import { ScoreSheet } from './ScoreSheet';
import { MemoSection } from './MemoSection';
import { ReturnDialog, contentsText, type WrittenReturn } from './ReturnDialog';
import { groupedHash, type KitView } from './kitView';
import { KitLock, useIdleLock } from './KitLock';

/**
 * The expert's workspace for one opened kit: who it is for, the case, the documents and their SHA-256, the ruleset's
 * findings per item beside the verdict form, and the signed return. What is typed stays on screen whatever fails;
 * the service holds the verdicts in memory and signs them.
 */
export function KitWorkspace({ kit, keyFile, kitFile, onClose }: { kit: KitView; keyFile: File | null; kitFile: File; onClose(): void }) {
  const { message, modal } = AntApp.useApp();
  const onError = useCallback((text: string) => void message.error(text), [message]);
  const v = useKitVerdicts(kit, onError);
  // What is filled in the kit's other parts (回避, scores, memo) as the service holds it, and what a return would carry.
  const [draft, setDraft] = useState<KitDraft | null>(null);
  useEffect(() => void request('experts.kitDraft', { kitId: kit.kitId }).then(setDraft, () => {}), [kit.kitId]);
  const [doc, setDoc] = useState<{ doc: ExtractedDocument | null; focus: string | null } | null>(null);
  const [returning, setReturning] = useState(false);
  const [written, setWritten] = useState<(WrittenReturn & { entries: Entries; draft: string }) | null>(null);
  const reviewDoc = kit.documents.find((d) => d.role === 'review') ?? null;
  const jump = useCallback((e: Evidence) => setDoc({ doc: reviewDoc?.document ?? null, focus: e.blockId || null }), [reviewDoc]);
  const draftKey = draft ? JSON.stringify([draft.declarations, draft.scores, draft.memo]) : '';
  // Confidential findings and scores do not stay on an unattended screen: idle minutes hide them until unlocked.
  const idle = useIdleLock();
  useEffect(() => {
    if (!idle.locked) return;
    setDoc(null);
    setReturning(false);
  }, [idle.locked]);

  // Leaving the page drops the kit from memory: ask first while something is not yet in a return.
  const entries = v.entries;
  const unreturned = !written || written.draft !== draftKey || Object.keys(entries).some((id) => !sameEntry(written.entries[id], entries[id]));
  useEffect(() => {
    if (!unreturned) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unreturned]);


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
        {!idle.locked && v.total > 0 && <Progress percent={Math.round((v.done / v.total) * 100)} size="small" style={{ width: 160, margin: 0 }}
          format={() => `${v.done}/${v.total}`} aria-label="已填写意见的审查项" />}
        {!idle.locked && <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setReturning(true)} data-testid="kit-write-return">生成回执</Button>}
        <Button onClick={close} data-testid="kit-close">关闭专家包</Button>
      </header>
      {idle.locked && <KitLock kit={kit} kitFile={kitFile} keyFile={keyFile} onUnlocked={idle.unlocked} />}
      {/* hidden, not unmounted, while locked: what is typed and not yet saved stays */}
      <div className="rd-content" hidden={idle.locked}>
        <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1180 }}>
          <Card size="small" title="本专家包" data-testid="kit-identity">
            <Descriptions size="small" column={2} bordered
              items={[
                { key: 'for', label: '发给', children: <span data-testid="kit-member"><b style={{ fontSize: 16 }}>{kit.member.name}</b> 本人</span> },
                { key: 'lock', label: '加密方式', children: kit.member.fingerprint ? <>本人签名密钥（指纹 <Typography.Text code>{kit.member.fingerprint.slice(0, 19)}…</Typography.Text>）</> : '一次性专家包口令' },
                { key: 'case', label: '案卷', children: <span data-testid="kit-case">{kit.caseName || '（未命名案卷）'}</span> },
                { key: 'kind', label: '审查类型', children: kit.review ? REVIEW_KINDS[kit.review.kind as ReviewKind] ?? kit.review.kind : '—' },
                { key: 'ruleset', label: '规则集', children: kit.review ? `${kit.review.ruleset.name}（${kit.review.ruleset.id}@${kit.review.ruleset.version}）` : '—' },
                { key: 'exported', label: '导出', children: `${dayjs(kit.exportedAt).format('YYYY-MM-DD HH:mm')} ${kit.exportedBy}` },
                { key: 'id', label: '专家包编号', children: <Typography.Text code>{kit.kitId}</Typography.Text> },
                { key: 'sup', label: '内容', children: [kit.form && '审查意见', kit.recusal && '回避声明', kit.scoring.allowed && '评分表', kit.memo && '意见书签署'].filter(Boolean).join('、') || '—' },
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
                <List.Item.Meta title={<>{d.role === 'bid' && <Tag color="blue">投标文件 · {kit.scoring.applicants.find((a) => a.applicantId === d.applicantId)?.name ?? ''}</Tag>}{d.name}</>}
                  description={<>SHA-256 <Typography.Text code copyable={{ text: d.sha256 }} data-testid="kit-sha256" style={{ fontSize: 12 }}>{groupedHash(d.sha256)}</Typography.Text>
                    <div style={{ fontSize: 12 }}>请与秘书处提供的文件摘要核对，一致才说明您审阅的是同一版本。</div></>} />
              </List.Item>
            )} />
          </Card>

          {kit.recusal && <RecusalSection kit={kit} draft={draft} onDraft={setDraft} />}
          {kit.review && kit.form && <ReviewSection kit={kit} v={v} onJump={jump} />}
          {kit.scoring.allowed ? <ScoreSheet kit={kit} draft={draft} onDraft={setDraft} /> : kit.recusal && kit.scoring.reason && (
            <Alert type="info" showIcon message="本专家包不含投标文件和评分表" description={kit.scoring.reason} data-testid="kit-no-scoring" />
          )}
          {kit.memo && <MemoSection kit={kit} draft={draft} onDraft={setDraft} />}
        </Space>
      </div>
      <DocumentDrawer doc={doc?.doc ?? null} focus={doc?.focus ?? null} open={!!doc} onClose={() => setDoc(null)} />
      {returning && (
        <ReturnDialog kit={kit} defaultKeyFile={keyFile} filled={v.done} total={v.total} commentsWithoutVerdict={v.orphanComments}
          flush={v.flush} onClose={() => setReturning(false)}
          onWritten={(w, sent, d) => { setDraft(d); setWritten({ ...w, entries: sent, draft: JSON.stringify([d.declarations, d.scores, d.memo]) }); setReturning(false); }} />
      )}
      {written && !idle.locked && (
        <div className="rd-kit-written" role="status" data-testid="kit-written">
          <Alert type={unreturned ? 'warning' : 'success'} showIcon
            message={unreturned ? '回执生成后又修改了意见：请重新生成回执，只交最新的一份。' : `回执已生成：${written.fileName}`}
            description={unreturned ? undefined : <>内容：{contentsText(written.contents)}。文件 SHA-256 <Typography.Text code style={{ fontSize: 12 }}>{written.sha256.slice(0, 16).toUpperCase()}…</Typography.Text>。请把回执文件交给秘书导入；同一专家包只能导入一份回执。</>} />
        </div>
      )}
    </div>
  );
}
