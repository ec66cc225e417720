import { Table, Tag, Typography } from 'antd';
import { earlierLabel, type ReviewState } from '../../../shared/api/review';
import type { Member } from '../../../shared/domain/committee';
import type { ItemFinding, ReviewReport } from '../../../shared/review/report';
import { VERDICTS } from '../../../shared/review/verdicts';
import { agreementOf } from '../../../shared/review/agreement';
import { GivenOnEarlier, VerdictCell, type SaveVerdict } from './ChecklistCells';
import { AdoptAgreed, AdoptedTag } from './AdoptAgreed';

type Column = { title: string; width?: number; render: (_: unknown, i: ItemFinding, n: number) => React.ReactNode };

/**
 * 组长汇总（并列对比）: every member's verdict side by side and the 专家组意见 the chair records per item. Rows where the
 * voting members differ are highlighted; recused members are not counted.
 */
export function ChairTable({ caseId, report, state, members, verdicts, committee, itemColumns, saveCommittee, onState }: {
  caseId: string;
  /** By `${itemId}\u0000${memberId}`, as the expert tab's cells read them. */
  verdicts: Map<string, ReviewState['verdicts'][number]>;
  committee: Map<string, ReviewState['committee'][number]>;
  report: ReviewReport | null | undefined;
  state: ReviewState | null;
  members: Member[];
  /** 序号, 审查项, 自动结果 as the expert tab shows them. */
  itemColumns: Column[];
  saveCommittee: SaveVerdict;
  onState: (s: ReviewState) => void;
}) {
  const verdictOf = (itemId: string, memberId: string) => verdicts.get(`${itemId}\u0000${memberId}`);
  const committeeOf = (itemId: string) => committee.get(itemId);
  const differ = new Set(report && state ? agreementOf(report.items.map((i) => i.id), state.verdicts, state.voters).filter((a) => a.state === 'differ').map((a) => a.itemId) : []);
  return (
    <>
    <AdoptAgreed caseId={caseId} kind={state?.run?.kind} onState={onState} />
    <Table size="small" rowKey="id" pagination={false} dataSource={report?.items ?? []} data-testid="committee-table" scroll={{ x: true }} className="rd-checklist"
      onRow={(i: ItemFinding) => (differ.has(i.id) ? { style: { background: '#fffbe6' }, 'data-differ': 'true' } as React.HTMLAttributes<HTMLElement> : {})}
      columns={[
        itemColumns[0],
        itemColumns[1],
        itemColumns[2],
        ...members.map((m) => ({
          title: m.name,
          width: 110,
          render: (_: unknown, i: ItemFinding) => {
            const v = verdictOf(i.id, m.memberId);
            if (state && !state.voters.includes(m.memberId)) return <Typography.Text type="secondary">回避</Typography.Text>;
            return v ? (
              <div data-testid={`side-${i.id}-${m.name}`}>
                <Tag color={v.verdict === 'fails' ? 'red' : v.verdict === 'mostly' ? 'gold' : v.verdict === 'conforms' ? 'green' : 'default'}>{VERDICTS[v.verdict]}</Tag>
                {v.earlier && <Tag color="orange" title={`针对${earlierLabel(v.earlier)}录入，尚未按本版确认`}>先前版本</Tag>}
                {v.entry === 'transcribed' && <Tag color="gold" title={v.transcribed ? `由${v.transcribed.operator}代录：${v.transcribed.paperRef}；${v.transcribed.reason}` : undefined}>代录</Tag>}
                {v.comment && <div style={{ fontSize: 12 }}>{v.comment}</div>}
              </div>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            );
          },
        })),
        {
          title: '专家组意见',
          width: 220,
          render: (_: unknown, i: ItemFinding) => (
            <>
              {differ.has(i.id) && <Tag color="orange" data-testid={`differ-tag-${i.id}`}>意见不一致</Tag>}
              {committeeOf(i.id)?.source === 'adopted' && <AdoptedTag />}
              <VerdictCell testId={`committee-${i.id}`} itemId={i.id} value={committeeOf(i.id)?.verdict} comment={committeeOf(i.id)?.comment ?? ''} onSave={saveCommittee} />
              {((c) => c?.earlier && <GivenOnEarlier itemId={`committee-${i.id}`} earlier={c.earlier} onConfirm={() => saveCommittee(i.id, c.verdict, c.comment)} />)(committeeOf(i.id))}
            </>
          ),
        },
      ]} />
    </>
  );
}
