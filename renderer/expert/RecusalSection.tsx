import { useState } from 'react';
import { Alert, Card, Input, Select, Table, Tag, Typography } from 'antd';
import { ApiError, errorText, request } from '../api/client';
import type { KitDraft } from '../../shared/api/kits';
import type { KitView } from './kitView';

type Decl = { relation: string | null; note: string };

/**
 * 回避声明 (财库〔2016〕198号 art. 16): one relation per applicant, recorded in the kit once every applicant has one
 * (and “其他” says what), then signed with the return. A relation other than 无 means the expert does not score.
 */
export function RecusalSection({ kit, draft, onDraft }: { kit: KitView; draft: KitDraft | null; onDraft(d: KitDraft): void }) {
  const r = kit.recusal!;
  const [decls, setDecls] = useState<Record<string, Decl>>(() => {
    const from = draft?.declarations.length ? draft.declarations : r.declarations;
    return Object.fromEntries(from.map((d) => [d.applicantId, { relation: d.relation, note: d.note }]));
  });
  const [error, setError] = useState<string | null>(null);
  const relations = Object.entries(r.relations).map(([value, label]) => ({ value, label }));

  const save = async (next: Record<string, Decl>) => {
    const complete = r.applicants.every((a) => next[a.applicantId]?.relation && (next[a.applicantId].relation !== 'other' || next[a.applicantId].note.trim()));
    if (!complete) return;
    try {
      onDraft(await request('experts.kitDeclare', {
        kitId: kit.kitId,
        declarations: r.applicants.map((a) => ({ applicantId: a.applicantId, relation: next[a.applicantId].relation as never, note: next[a.applicantId].note })),
      }));
      setError(null);
    } catch (e) {
      setError(`${e instanceof ApiError ? e.message : errorText(e)}（您的选择仍保留在屏幕上）`);
    }
  };
  const set = (applicantId: string, d: Partial<Decl>, send: boolean) => {
    const next = { ...decls, [applicantId]: { ...(decls[applicantId] ?? { relation: null, note: '' }), ...d } };
    setDecls(next);
    if (send) void save(next);
  };

  const recorded = !!draft?.ready.recusal;
  const conflict = Object.values(decls).some((d) => d.relation && d.relation !== 'none');
  return (
    <Card size="small" title="回避声明" data-testid="kit-recusal"
      extra={recorded ? <Tag color="green" data-testid="kit-recusal-recorded">已记入回执，签署时一并签名</Tag> : <Tag>请对每个申报单位作出选择</Tag>}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        评审前须逐一声明与各申报单位的关系（财库〔2016〕198号第十六条）。存在任何利害关系的，应当回避，不参加评分。
      </Typography.Paragraph>
      {r.signedOnFile && <Alert type="info" showIcon style={{ marginBottom: 8 }} message="您已签署的回避声明已在案卷中；在此修改将作为新的声明签署，取代原声明。" />}
      <Table size="small" rowKey="applicantId" pagination={false} dataSource={r.applicants}
        columns={[
          { title: '申报单位', dataIndex: 'name', width: 220 },
          { title: '与本人的关系', render: (_: unknown, a) => (
            <Select style={{ width: '100%', maxWidth: 460 }} placeholder="请选择" value={decls[a.applicantId]?.relation ?? null} options={relations}
              aria-label={`与${a.name}的关系`} data-testid={`recusal-${a.applicantId}`}
              onChange={(v) => set(a.applicantId, { relation: v }, v !== 'other' || !!decls[a.applicantId]?.note.trim())} />
          ) },
          { title: '说明', width: 280, render: (_: unknown, a) => (
            <Input aria-label={`与${a.name}关系的说明`} value={decls[a.applicantId]?.note ?? ''} maxLength={1000}
              status={decls[a.applicantId]?.relation === 'other' && !decls[a.applicantId]?.note.trim() ? 'error' : undefined}
              placeholder={decls[a.applicantId]?.relation === 'other' ? '必填：写明具体情况' : '可选'}
              onChange={(e) => set(a.applicantId, { note: e.target.value }, false)} onBlur={() => void save(decls)} />
          ) },
        ]} />
      {conflict && <Alert type="warning" showIcon style={{ marginTop: 8 }} data-testid="kit-recusal-conflict" message="您声明了利害关系：将回避本次评审，回执中不包含评分。" />}
      {error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={error} role="alert" />}
    </Card>
  );
}
