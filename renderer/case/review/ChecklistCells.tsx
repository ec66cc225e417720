import { createContext, memo, useContext, useEffect, useRef, useState } from 'react';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { earlierLabel, type ReviewState } from '../../../shared/api/review';
import type { Evidence, ItemFinding } from '../../../shared/review/report';
import { ITEM_STATUSES } from '../../../shared/review/report';
import { VERDICTS, type Verdict } from '../../../shared/review/verdicts';
import { FlagRuling } from './FlagRuling';
import { EvidenceLinks } from './EvidenceLinks';

// The checklist's cells, each memoised on its own data: saving one verdict re-renders that one cell, not every row
// of the checklist (the callbacks handed in are stable, the item objects are those of the run, kept across saves).

const STATUS_COLOR = { present: 'green', partial: 'gold', missing: 'red' } as const;
const VERDICT_OPTIONS = Object.entries(VERDICTS).map(([value, label]) => ({ value, label }));

type Ruling = ReviewState['flagRulings'][number];
export type RuleItem = (itemId: string, r: 'dismissed' | 'upheld' | null, reason: string, location: string) => Promise<void>;
/** Saves a verdict; resolves true once the host has recorded it, false if it refused (the page has said why). */
export type SaveVerdict = (itemId: string, v: Verdict | null, comment: string, earlier?: { reason: string; paperRef: string }) => Promise<boolean>;

export const ItemTitle = memo(function ItemTitle({ item }: { item: ItemFinding }) {
  return (
    <>
      <Typography.Text strong>{item.title}</Typography.Text> {item.generic && <Tag>通用</Tag>}
      <div style={{ fontSize: 12, color: '#888' }}>{item.basis.map((b) => b.label).join('；')}</div>
    </>
  );
});

export const AutoResult = memo(function AutoResult({ item, ruling, onRule }: { item: ItemFinding; ruling: Ruling | undefined; onRule: RuleItem }) {
  return (
    <>
      <Tag color={STATUS_COLOR[item.status]} data-testid={`status-${item.id}`}>{ITEM_STATUSES[item.status]}</Tag>
      <div style={{ marginTop: 4 }}>
        <FlagRuling flagId={item.id} target="item" autoStatus={item.status} ruling={ruling} onRule={(r, reason, location) => onRule(item.id, r, reason, location)} />
      </div>
    </>
  );
});

export const ItemEvidence = memo(function ItemEvidence({ item, onJump }: { item: ItemFinding; onJump(e: Evidence): void }) {
  return (
    <>
      <EvidenceLinks evidence={item.evidence} onJump={onJump} />
      {item.status !== 'present' && <div style={{ fontSize: 12, color: '#a8071a' }}>{item.explanation || (item.missingParts.length ? `未写明${item.missingParts.join('、')}。` : item.lookedFor)}</div>}
    </>
  );
});

/**
 * One verdict and comment on one item (an expert's, or the committee's); saved as soon as it changes. The comment box
 * grows with its text by CSS (field-sizing), without measuring each box with a forced layout as antd's autoSize does.
 * The picked verdict shows at once, marked 保存中 while the host writes it to the case file (an fsynced transaction,
 * tens of ms), and 已保存 only once the host has answered; if the save fails, the cell shows the recorded value again
 * (the page says why). So the select answers the click in a frame, and nothing reads as saved before it is.
 */
export const VerdictCell = memo(function VerdictCell({ itemId, value, comment, onSave, testId }: { itemId: string; value: Verdict | undefined; comment: string; onSave: SaveVerdict; testId: string }) {
  const [text, setText] = useState(comment);
  useEffect(() => setText(comment), [comment]);
  // The verdict being saved (shown instead of the recorded one until the host answers), and what the last save did.
  const [pending, setPending] = useState<{ v: Verdict | null } | null>(null);
  const [saved, setSaved] = useState<'saving' | 'saved' | null>(null);
  const seq = useRef(0);
  const shown = pending ? pending.v : (value ?? null);
  const save = (v: Verdict | null, c: string) => {
    const n = ++seq.current;
    setPending({ v });
    setSaved('saving');
    void onSave(itemId, v, c).then((ok) => {
      if (n !== seq.current) return; // a later pick is in flight: it decides what the cell shows
      setPending(null);
      setSaved(ok ? 'saved' : null);
    });
  };
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={testId}>
      <Space size={6}>
        <Select size="small" allowClear placeholder="选择意见" style={{ width: 120 }} value={shown} options={VERDICT_OPTIONS}
          onChange={(v) => save((v as Verdict) ?? null, text)} data-testid="verdict-select" />
        {saved && (
          <span className={saved === 'saving' ? 'rd-save-state rd-save-saving' : 'rd-save-state'} data-testid="verdict-state" data-state={saved}>
            {saved === 'saving' ? '保存中…' : '已保存'}
          </span>
        )}
      </Space>
      <Input.TextArea size="small" rows={1} className="rd-grow" placeholder="意见说明" value={text} onChange={(e) => setText(e.target.value)}
        onBlur={() => shown && text !== comment && save(shown, text)} data-testid="verdict-comment" />
    </Space>
  );
});

/** The experts' verdicts by `${itemId}\u0000${memberId}`: read by each verdict cell, so a saved verdict does not re-render the table. */
export const VerdictsContext = createContext<Map<string, ReviewState['verdicts'][number]>>(new Map());

/** One member's verdict on one item, from VerdictsContext: re-renders its cell only when that verdict changed. */
export function MemberVerdict({ itemId, memberId, onSave }: { itemId: string; memberId: string; onSave: SaveVerdict }) {
  const v = useContext(VerdictsContext).get(`${itemId}\u0000${memberId}`);
  return (
    <>
      <VerdictCell testId={`verdict-${itemId}`} itemId={itemId} value={v?.verdict} comment={v?.comment ?? ''} onSave={onSave} />
      {v?.transcribed && <div style={{ fontSize: 12, color: '#ad6800' }} data-testid={`transcribed-${itemId}`}>由{v.transcribed.operator}代录（{v.transcribed.paperRef}）</div>}
      {v?.earlier && <GivenOnEarlier itemId={itemId} earlier={v.earlier} onConfirm={() => onSave(itemId, v.verdict, v.comment, v.transcribed)} />}
    </>
  );
}

/**
 * A verdict recorded while another text was under review (an earlier version): said in its cell, with the one click
 * that records the same verdict again on this text (through the same save: a member's own session or a 代录 as any).
 */
export function GivenOnEarlier({ itemId, earlier, onConfirm }: { itemId: string; earlier: { documentName: string; version: number | null }; onConfirm(): Promise<boolean> }) {
  const [busy, setBusy] = useState(false);
  return (
    <div style={{ fontSize: 12, color: '#ad4e00' }} data-testid={`earlier-${itemId}`}>
      <Tag color="orange" style={{ marginInlineEnd: 4 }}>先前版本</Tag>
      针对{earlierLabel(earlier)}录入，尚未按本版确认
      <Button type="link" size="small" loading={busy} data-testid={`confirm-earlier-${itemId}`}
        onClick={() => { setBusy(true); void onConfirm().finally(() => setBusy(false)); }}>按本版确认</Button>
    </div>
  );
}

/** The checklist table, re-rendered only when its items or columns change (not at every answer of a save). */
export const ChecklistTable = memo(function ChecklistTable({ items, columns, testId }: { items: ItemFinding[]; columns: TableColumnsType<ItemFinding>; testId: string }) {
  return <Table size="small" rowKey="id" pagination={false} dataSource={items} data-testid={testId} columns={columns} className="rd-checklist" />;
});
