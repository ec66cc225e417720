import { memo } from 'react';
import dayjs from 'dayjs';
import { Alert, Button, Card, Input, List, Radio, Select, Space, Typography, App as AntApp } from 'antd';
import { ArrowUpOutlined, ArrowDownOutlined, DeleteOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';
import { earlierLabel, type Opinion, type ReviewState } from '../../../shared/api/review';
import { CONCLUSIONS } from '../../../shared/review/verdicts';
import { REVIEW_KINDS, type ReviewKind } from '../../../shared/review/ruleset';

export type OpinionTarget = { id: string; title: string; basis: Opinion['basis'] };

/**
 * 专家组结论与修改意见: the conclusion (confirmed again on a new text) and the list of 修改意见, drafted from the
 * findings or written one by one, saved together. The list's edits live in the page until saved.
 */
export const ConclusionCard = memo(function ConclusionCard({ caseId, kind, conclusion, opinions, dirty, targets, act, editOpinions, onSaved }: {
  caseId: string;
  /** The review shown (实施方案 / 授权运营协议): its conclusion and 修改意见, never the other kind's. */
  kind: ReviewKind | undefined;
  conclusion: ReviewState['conclusion'];
  opinions: Opinion[];
  dirty: boolean;
  targets: OpinionTarget[];
  act: (fn: () => Promise<ReviewState>) => Promise<boolean>;
  editOpinions: (next: Opinion[]) => void;
  onSaved: (s: ReviewState) => void;
}) {
  const { message } = AntApp.useApp();
  return (
    <Card title={`专家组结论与修改意见${kind ? `（${REVIEW_KINDS[kind]}）` : ''}`} data-testid="conclusion-card">
    <Space style={{ marginBottom: 12 }}>
      <span>结论</span>
      <Radio.Group value={conclusion?.value} optionType="button" buttonStyle="solid" data-testid="conclusion"
        options={Object.entries(CONCLUSIONS).map(([value, label]) => ({ value, label }))}
        onChange={(e) => void act(() => request('review.setConclusion', { caseId, conclusion: e.target.value, kind }))} />
      {conclusion && <Typography.Text type="secondary">{conclusion.decidedBy} {dayjs(conclusion.decidedAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>}
    </Space>
    {conclusion?.earlier && (
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="conclusion-earlier"
        message={`该结论是针对${earlierLabel(conclusion.earlier)}作出的，本次审查的是另一文本，尚未按本版确认。`}
        action={<Button size="small" onClick={() => void act(() => request('review.setConclusion', { caseId, conclusion: conclusion.value, kind }))} data-testid="conclusion-confirm">按本版确认</Button>} />
    )}
    <List
      header={
        <Space>
          <Button onClick={async () => { try { editOpinions((await request('review.draftOpinions', { caseId, kind })).opinions); } catch (e) { message.error(errorText(e)); } }} data-testid="draft-opinions">根据审查结果起草</Button>
          <Select style={{ width: 320 }} placeholder="添加一条意见：选择审查项" value={null} data-testid="add-opinion"
            options={targets.map((t) => ({ value: t.id, label: t.title }))}
            onChange={(id) => { const t = targets.find((x) => x.id === id)!; editOpinions([...opinions, { itemId: t.id, itemTitle: t.title, basis: t.basis, text: '' }]); }} />
          <Button type="primary" disabled={!dirty} data-testid="save-opinions"
            onClick={async () => {
              try {
                onSaved(await request('review.saveOpinions', { caseId, opinions, kind }));
                message.success('修改意见已保存');
              } catch (e) {
                message.error(errorText(e));
              }
            }}>保存修改意见</Button>
          {dirty && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
        </Space>
      }
      dataSource={opinions}
      locale={{ emptyText: '暂无修改意见' }}
      renderItem={(o, i) => (
        <List.Item data-testid="opinion" actions={[
          <Button key="up" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => { const n = [...opinions]; [n[i - 1], n[i]] = [n[i], n[i - 1]]; editOpinions(n); }} />,
          <Button key="down" size="small" icon={<ArrowDownOutlined />} disabled={i === opinions.length - 1} onClick={() => { const n = [...opinions]; [n[i + 1], n[i]] = [n[i], n[i + 1]]; editOpinions(n); }} />,
          <Button key="del" size="small" danger icon={<DeleteOutlined />} onClick={() => editOpinions(opinions.filter((_, j) => j !== i))} />,
        ]}>
          <div style={{ width: '100%' }}>
            <div style={{ fontSize: 12, color: '#888' }}>{i + 1}. {o.itemTitle} · 依据：{o.basis.map((b) => b.label).join('；') || '—'}</div>
            <Input.TextArea rows={1} className="rd-grow" value={o.text} status={o.text.trim() ? undefined : 'error'} placeholder="请填写修改意见" data-testid="opinion-text"
              onChange={(e) => editOpinions(opinions.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} />
          </div>
        </List.Item>
      )}
    />
    </Card>
  );
});
