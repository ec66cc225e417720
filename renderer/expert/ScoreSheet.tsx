import { memo, useState } from 'react';
import { Alert, Card, InputNumber, Table, Tabs, Tag, Typography } from 'antd';
import { ApiError, errorText, request } from '../api/client';
import type { KitCriterion, KitDraft } from '../../shared/api/kits';
import type { KitView } from './kitView';
import { numberText } from '../../shared/domain/numberText';

type Cells = Record<string, Record<string, number | null>>;
const inRange = (c: KitCriterion, v: number) => Number.isFinite(v) && v >= c.min && v <= c.max;

/** One score cell: checked against the criterion's range as typed, sent when it leaves the field. Never clamped silently. */
const ScoreCell = memo(function ScoreCell({ c, applicant, value, onCommit }: { c: KitCriterion; applicant: string; value: number | null; onCommit(v: number | null): void }) {
  const [text, setText] = useState<number | null>(value);
  const bad = text != null && !inRange(c, text);
  return (
    <div>
      <InputNumber value={text} onChange={(v) => setText(v == null ? null : Number(v))} parser={(t) => numberText(t ?? '', ['分']) as unknown as number /* rc-input-number parses the text itself */} status={bad ? 'error' : undefined} style={{ width: 110 }}
        aria-label={`${applicant}“${c.name}”得分（${c.min}～${c.max} 分）`} aria-invalid={bad || undefined} data-testid={`score-${c.id}`}
        onBlur={() => text !== value && !bad && onCommit(text)} onPressEnter={() => text !== value && !bad && onCommit(text)} />
      {bad && <div style={{ color: '#a8071a', fontSize: 12 }} role="alert">应为 {c.min}～{c.max} 分，未保存</div>}
    </div>
  );
});

/**
 * The blank score sheet, one tab per applicant: each criterion with its range and 评分指引. A score outside its range
 * is marked at once and not sent; the service refuses it again if it gets there.
 */
export function ScoreSheet({ kit, draft, onDraft }: { kit: KitView; draft: KitDraft | null; onDraft(d: KitDraft): void }) {
  const s = kit.scoring;
  const [error, setError] = useState<string | null>(null);
  const scores: Cells = draft?.scores ?? {};
  const commit = async (applicantId: string, criterionId: string, v: number | null) => {
    try {
      onDraft(await request('experts.kitScores', { kitId: kit.kitId, scores: { [applicantId]: { [criterionId]: v } } }));
      setError(null);
    } catch (e) {
      setError(`${e instanceof ApiError ? e.message : errorText(e)}（您填写的分数仍保留在屏幕上）`);
    }
  };
  const filled = (aid: string) => s.criteria.filter((c) => scores[aid]?.[c.id] != null).length;
  const total = (aid: string) => s.criteria.reduce((t, c) => t + (scores[aid]?.[c.id] ?? 0), 0);
  const ready = draft?.ready.scores;
  return (
    <Card size="small" title={`评分表 · ${s.schemeName}`} data-testid="kit-scores"
      extra={ready === 'complete' ? <Tag color="green">已评完，签署回执时一并签名</Tag> : ready === 'incomplete' ? <Tag color="gold">未评完：{draft!.ready.gaps.length} 项</Tag> : <Tag>尚未评分</Tag>}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        请独立评分，不与他人商议。价格分由秘书按评分办法计算，不在此填写。评分表须全部评完才能签署；也可清空后只签署其他内容。
      </Typography.Paragraph>
      <Tabs items={s.applicants.map((a) => ({
        key: a.applicantId,
        label: <span data-testid={`score-tab-${a.applicantId}`}>{a.name}（{filled(a.applicantId)}/{s.criteria.length}）</span>,
        children: (<>
          {a.reviewPending && (
            // A standing notice, not an alert: the sheet's alerts are for what the member typed.
            <Typography.Paragraph type="warning" style={{ marginBottom: 8 }} data-testid={`kit-review-pending-${a.applicantId}`}>
              <Tag color="orange">审查未记录，评分可能不计</Tag>发出本评分表时，{a.name}的{a.reviewPending}尚未记录结论；如审查不通过，本单位的评分不计入结果。请照常独立评分。
            </Typography.Paragraph>
          )}
          <Table size="small" rowKey="id" pagination={false} dataSource={s.criteria}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>合计（不含价格分）</Table.Summary.Cell>
                <Table.Summary.Cell index={1}><b data-testid={`score-total-${a.applicantId}`}>{total(a.applicantId)}</b></Table.Summary.Cell>
              </Table.Summary.Row>
            )}
            columns={[
              { title: '评分项', width: 200, render: (_: unknown, c: KitCriterion) => <><b>{c.name}</b><div><Tag>{c.group === 'tech' ? '技术' : '商务'}</Tag><Tag>{c.kind === 'subjective' ? '主观分' : '客观分'}</Tag></div></> },
              { title: '分值', width: 90, render: (_: unknown, c: KitCriterion) => `${c.min}～${c.max}` },
              { title: '评分指引', render: (_: unknown, c: KitCriterion) => <Typography.Paragraph style={{ marginBottom: 0, fontSize: 13 }} ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>{c.guidance || '—'}</Typography.Paragraph> },
              { title: '得分', width: 140, render: (_: unknown, c: KitCriterion) => (
                <ScoreCell c={c} applicant={a.name} value={scores[a.applicantId]?.[c.id] ?? null} onCommit={(v) => void commit(a.applicantId, c.id, v)} />
              ) },
            ]} />
        </>),
      }))} />
      {error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={error} role="alert" />}
    </Card>
  );
}
