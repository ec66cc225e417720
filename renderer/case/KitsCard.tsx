import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { errorText, request } from '../api/client';
import { saveOutput, toFileRef } from '../api/files';
import { useAppInfo } from '../AppContext';
import type { KitStatus } from '../../shared/api/kits';
import type { ReviewKind } from '../../shared/review/ruleset';

type MemoOption = { memoId: string; label: string };
type ImportResult = { name: string; verdicts: number; recusal: { recused: boolean } | null; scores: boolean; memo: { version: number; decision: 'agree' | 'dissent' } | null };

/** What a return brought in, in one line. */
function mergedText(r: ImportResult) {
  return [r.recusal ? (r.recusal.recused ? '回避声明（声明回避）' : '回避声明') : '', r.verdicts ? `${r.verdicts} 项意见` : '', r.scores ? '评分表' : '', r.memo ? `意见书第 ${r.memo.version} 版签名（${r.memo.decision === 'agree' ? '同意' : '有不同意见'}）` : ''].filter(Boolean).join('、');
}

/**
 * The secretary's side of expert kits (专家包) and returns (回执): export one kit per expert for their own laptop (with
 * the 回避声明 form, the bids and score sheet once their signed 回避声明 is in, a memo to sign), import the signed returns
 * (each checked; a refused one changes nothing and says why), and see who the sealed results still wait for.
 */
export function KitsCard({ caseId, kind, members, onImported }: { caseId: string; /** the review shown: the kit carries it */ kind?: ReviewKind; members: { memberId: string; name: string }[]; onImported: () => void }) {
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  const [memberId, setMemberId] = useState<string>();
  const [memoId, setMemoId] = useState<string>();
  const [memos, setMemos] = useState<MemoOption[]>([]);
  const [code, setCode] = useState<{ name: string; code: string } | null>(null);
  const [status, setStatus] = useState<KitStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setStatus(await request('experts.kitStatus', { caseId }));
      const { memos: list } = await request('memos.list', { caseId });
      setMemos(list.filter((m) => m.status !== 'superseded').map((m) => ({ memoId: m.memoId, label: `${m.label} 第${m.version}版` })));
    } catch {
      /* the card still exports and imports; the overview waits for the next refresh */
    }
  }, [caseId]);
  useEffect(() => void refresh(), [refresh]);

  const exportKit = async () => {
    if (!memberId) return;
    setBusy(true);
    try {
      const k = await request('experts.exportKit', { caseId, memberId, kind, ...(memoId ? { memoId } : {}) });
      await saveOutput(k.file, appInfo.nativeDialogs);
      setCode(k.code ? { name: k.name, code: k.code } : null);
      const inside = [k.contents.review ? '审查意见表' : '', k.contents.recusal ? '回避声明表' : '', k.contents.scoring ? '投标文件和评分表' : '', k.contents.memo ? '待签署意见书' : ''].filter(Boolean).join('、');
      // Keyed: a newer export replaces the last one's message, so two kits' contents never show side by side.
      message.success({ key: 'kit-export', content: `已导出${k.name}的专家包（内含：${inside}）${k.protection === 'key' ? '，已加密给其登记的签名密钥' : ''}${k.supersededKitId ? '，此前导出的专家包已作废' : ''}。` });
      if (k.contents.recusal && !k.contents.scoring && k.contents.scoringReason) message.info({ key: 'kit-export-note', content: `未附评分表：${k.contents.scoringReason}`, duration: 8 });
      else message.destroy('kit-export-note');
      await refresh();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const importReturn = async (file?: File) => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await request('experts.importReturn', { caseId, file: await toFileRef(file) });
      message.success({ key: 'kit-return', content: `已导入${r.name}的回执：${mergedText(r)}已并入，签名有效。` });
      await refresh();
      onImported();
    } catch (e) {
      message.error(errorText(e), 8);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="专家包与回执（专家在本人电脑上评审）" style={{ marginTop: 16 }} data-testid="kits-card">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Select placeholder="选择专家" value={memberId} onChange={setMemberId} style={{ width: 180 }} options={members.map((m) => ({ value: m.memberId, label: m.name }))} data-testid="kit-member" />
          <Select placeholder="附待签署意见书（可选）" allowClear value={memoId} onChange={setMemoId} style={{ width: 240 }} options={memos.map((m) => ({ value: m.memoId, label: m.label }))} data-testid="kit-memo" />
          <Button onClick={exportKit} disabled={!memberId || busy} data-testid="kit-export">导出专家包</Button>
          <Button onClick={() => document.getElementById('kit-return-input')?.click()} disabled={busy} data-testid="kit-import">导入回执</Button>
          <input id="kit-return-input" type="file" accept=".rdreturn,.json" hidden onChange={(e) => { void importReturn(e.target.files?.[0]); e.target.value = ''; }} />
        </Space>
        {code && (
          <Alert type="warning" showIcon data-testid="kit-code"
            message={<>{code.name}尚未登记签名密钥，专家包以一次性口令加密：<Typography.Text code copyable strong>{code.code}</Typography.Text></>}
            description="口令只显示这一次，请当面交给专家本人，不要与专家包放在同一介质上。" closable onClose={() => setCode(null)} />
        )}
        {status?.sealed && (
          <Alert type="info" showIcon data-testid="kits-sealed" message={`评审结果封存中：尚待 ${status.pendingMembers.join('、')} 提交或交回评分表。`} />
        )}
        {status && status.members.length > 0 && (
          <Table size="small" pagination={false} rowKey="memberId" dataSource={status.members} data-testid="kits-status"
            columns={[
              { title: '专家', dataIndex: 'name' },
              { title: '签名密钥', render: (_, m) => (m.hasKey ? '已登记' : <Tag>未登记</Tag>) },
              {
                title: '最新专家包', render: (_, m) => m.kit
                  ? `${new Date(m.kit.exportedAt).toLocaleString('zh-CN', { hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })}（${[m.kit.contents.review ? '意见' : '', m.kit.contents.recusal ? '回避' : '', m.kit.contents.scoring ? '评分' : '', m.kit.contents.memo ? '意见书' : ''].filter(Boolean).join('、')}）`
                  : '—',
              },
              { title: '回执', render: (_, m) => (m.kit?.returnedAt ? <Tag color="green">已导入</Tag> : m.kit ? <Tag color="orange">待交回</Tag> : '—') },
              { title: '回避声明', render: (_, m) => (m.recusal === 'signed' ? (m.recused ? <Tag color="red">本人签署·回避</Tag> : <Tag color="green">本人签署</Tag>) : m.recusal === 'transcribed' ? <Tag color="gold">代录</Tag> : m.kit?.contents.recusal ? '未声明' : '—') },
              { title: '评分表', render: (_, m) => (m.recused ? '回避' : m.scoresSubmitted ? <Tag color="green">已提交</Tag> : m.outstanding ? <Tag color="orange">待回收</Tag> : '—') },
            ]} />
        )}
      </Space>
    </Card>
  );
}
