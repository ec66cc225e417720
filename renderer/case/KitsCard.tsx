import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Select, Space, Typography } from 'antd';
import { errorText, request } from '../api/client';
import { saveOutput, toFileRef } from '../api/files';
import { useAppInfo } from '../AppContext';
import type { Member } from '../../shared/domain/committee';

/**
 * The secretary's side of expert kits (专家包) and returns (回执): export one kit per expert for their own laptop,
 * and import the signed returns (each checked; a refused one changes nothing and says why).
 */
export function KitsCard({ caseId, members, onImported }: { caseId: string; members: Member[]; onImported: () => void }) {
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  const [memberId, setMemberId] = useState<string>();
  const [code, setCode] = useState<{ name: string; code: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportKit = async () => {
    if (!memberId) return;
    setBusy(true);
    try {
      const k = await request('experts.exportKit', { caseId, memberId });
      await saveOutput(k.file, appInfo.nativeDialogs);
      setCode(k.code ? { name: k.name, code: k.code } : null);
      const has = [k.contents.review && '审查意见表', k.contents.recusal && '回避声明表', k.contents.scoring && '投标文件和评分表', k.contents.memo && '待签署的意见书'].filter(Boolean).join('、');
      setNote(k.contents.recusal && !k.contents.scoring && k.contents.scoringReason ? `${k.name}的专家包不含投标文件和评分表：${k.contents.scoringReason}` : null);
      message.success(`已导出${k.name}的专家包${k.protection === 'key' ? '（已加密给其登记的签名密钥）' : ''}，内含${has || '案卷概况'}${k.supersededKitId ? '；此前导出的专家包已作废' : ''}。`);
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
      const got = [r.verdicts && `审查意见 ${r.verdicts} 项`, r.recusal && (r.recusal.recused ? '回避声明（声明存在利害关系，应当回避）' : '回避声明（无利害关系）'), r.scores && '评分表', r.memo && `意见书签名（${r.memo.decision === 'dissent' ? '持不同意见' : '同意'}）`].filter(Boolean).join('、');
      message.success(`已导入${r.name}的回执：${got || '签署记录'}已并入，签名有效。`, 6);
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
          <Button onClick={exportKit} disabled={!memberId || busy} data-testid="kit-export">导出专家包</Button>
          <Button onClick={() => document.getElementById('kit-return-input')?.click()} disabled={busy} data-testid="kit-import">导入回执</Button>
          <input id="kit-return-input" type="file" accept=".rdreturn,.json" hidden onChange={(e) => { void importReturn(e.target.files?.[0]); e.target.value = ''; }} />
        </Space>
        {note && <Alert type="info" showIcon message={note} closable onClose={() => setNote(null)} data-testid="kit-export-note" />}
        {code && (
          <Alert type="warning" showIcon data-testid="kit-code"
            message={<>{code.name}尚未登记签名密钥，专家包以一次性口令加密：<Typography.Text code copyable strong>{code.code}</Typography.Text></>}
            description="口令只显示这一次，请当面交给专家本人，不要与专家包放在同一介质上。" closable onClose={() => setCode(null)} />
        )}
      </Space>
    </Card>
  );
}
