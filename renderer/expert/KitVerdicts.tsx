import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Card, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { errorText, request } from '../api/client';
import type { KitView } from './kitView';
import type { Evidence, ItemFinding } from '../../shared/review/report';
import { ITEM_STATUSES } from '../../shared/review/report';
import { VERDICTS, type Verdict } from '../../shared/review/verdicts';
import { EvidenceLinks } from '../case/review/EvidenceLinks';

const STATUS_COLOR = { present: 'green', partial: 'gold', missing: 'red' } as const;
const VERDICT_OPTIONS = Object.entries(VERDICTS).map(([value, label]) => ({ value, label }));

export interface Entry {
  verdict: Verdict | null;
  comment: string;
}
export type Entries = Record<string, Entry>;
export const sameEntry = (a: Entry | undefined, b: Entry | undefined) =>
  (a?.verdict ?? null) === (b?.verdict ?? null) && (a?.verdict ? (a.comment ?? '').trim() === (b?.comment ?? '').trim() : true);
const EMPTY: Entry = { verdict: null, comment: '' };

/**
 * The verdict form's state: what is on screen (also comments without a verdict, and text still being typed) and what
 * the service has confirmed. Saves go one after another; `flush` sends whatever differs before signing.
 */
export function useKitVerdicts(kit: KitView, onError: (text: string) => void) {
  const initial = useMemo(() => Object.fromEntries((kit.form?.verdicts ?? []).map((v) => [v.itemId, { verdict: v.verdict, comment: v.comment }])) as Entries, [kit]);
  const [entries, setEntries] = useState<Entries>(initial);
  const acked = useRef<Entries>(initial);
  const drafts = useRef<Record<string, string>>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The entries as last rendered, for flush (called from outside the render).
  const shown = useRef(entries);
  shown.current = entries;

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
    if (sameEntry(acked.current[itemId], e)) return;
    send(itemId, e).catch((err) => onError(`${errorText(err)}（您填写的内容仍保留在屏幕上）`));
  }, [send, onError]);
  const draft = useCallback((itemId: string, comment: string) => void (drafts.current[itemId] = comment), []);

  const flush = useCallback(async (): Promise<Entries> => {
    const now: Entries = { ...shown.current };
    for (const [itemId, comment] of Object.entries(drafts.current)) now[itemId] = { verdict: now[itemId]?.verdict ?? null, comment };
    setEntries(now);
    const ids = new Set([...Object.keys(now), ...Object.keys(acked.current)]);
    for (const id of ids) if (!sameEntry(acked.current[id], now[id])) await send(id, now[id] ?? EMPTY);
    return now;
  }, [send]);

  const items = kit.review?.report.items ?? [];
  const done = items.filter((i) => entries[i.id]?.verdict).length;
  const orphanComments = items.filter((i) => !entries[i.id]?.verdict && (drafts.current[i.id] ?? entries[i.id]?.comment ?? '').trim()).map((i) => i.title);
  return { entries, change, draft, flush, done, total: items.length, orphanComments };
}
export type KitVerdicts = ReturnType<typeof useKitVerdicts>;

/**
 * One checklist item on the expert's screen: what the ruleset found (status, evidence, what is missing) beside the
 * expert's own verdict and comment. The comment is typed locally and handed up on blur, so typing re-renders one row.
 */
export const KitItem = memo(function KitItem({ index, finding, entry, onChange, onDraft, onJump }: {
  index: number;
  finding: ItemFinding;
  entry: Entry;
  onChange(itemId: string, e: Entry): void;
  onDraft(itemId: string, comment: string): void;
  onJump(e: Evidence): void;
}) {
  const [text, setText] = useState(entry.comment);
  useEffect(() => setText(entry.comment), [entry.comment]);
  const id = finding.id;
  const titleId = `kit-item-${id}-title`;
  const commentId = `kit-item-${id}-comment`;
  return (
    <section className="rd-kit-item" aria-labelledby={titleId} data-testid={`kit-item-${id}`}>
      <div className="rd-kit-item-finding">
        <Typography.Text strong id={titleId}>{index + 1}. {finding.title}</Typography.Text>
        {finding.generic && <Tag style={{ marginLeft: 6 }}>通用</Tag>}
        {finding.basis.length > 0 && <div className="rd-kit-basis">依据：{finding.basis.map((b) => b.label).join('；')}</div>}
        <div style={{ marginTop: 4 }}>
          <span className="rd-kit-label">自动审查结果</span>
          <Tag color={STATUS_COLOR[finding.status]} data-testid="kit-item-status">{ITEM_STATUSES[finding.status]}</Tag>
        </div>
        {finding.status !== 'present' && (
          <div className="rd-kit-missing">{finding.explanation || (finding.missingParts.length ? `未写明${finding.missingParts.join('、')}。` : finding.lookedFor)}</div>
        )}
        {finding.evidence.length > 0 && <EvidenceLinks evidence={finding.evidence} onJump={onJump} />}
      </div>
      <div className="rd-kit-item-verdict">
        <div className="rd-kit-label" id={`${titleId}-verdict`}>本人意见</div>
        <Radio.Group value={entry.verdict} aria-labelledby={`${titleId} ${titleId}-verdict`} data-testid="kit-verdict" optionType="button" buttonStyle="solid" size="small"
          options={VERDICT_OPTIONS} onChange={(e) => onChange(id, { verdict: e.target.value as Verdict, comment: text })} />
        <label htmlFor={commentId} className="rd-kit-label" style={{ display: 'block', marginTop: 8 }}>意见说明</label>
        <Input.TextArea id={commentId} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} value={text} data-testid="kit-comment"
          placeholder={entry.verdict === 'fails' || entry.verdict === 'mostly' ? '请写明不符合或需修改之处' : '可选'}
          onChange={(e) => { setText(e.target.value); onDraft(id, e.target.value); }}
          onBlur={() => text !== entry.comment && onChange(id, { verdict: entry.verdict, comment: text })} />
      </div>
    </section>
  );
});

/** The automatic review (red lines, then every checklist item) beside the expert's verdict form. */
export function ReviewSection({ kit, v, onJump }: { kit: KitView; v: KitVerdicts; onJump(e: Evidence): void }) {
  const report = kit.review!.report;
  const count = (x: Verdict) => report.items.filter((i) => v.entries[i.id]?.verdict === x).length;
  return (
    <>
      {report.warnings.map((w, i) => <Typography.Text key={i} type="warning">{w}</Typography.Text>)}
      <Card size="small" title={`红线（${report.flags.length}）· 自动审查`} data-testid="kit-flags">
        {report.flags.length === 0 ? <Typography.Text type="success">未发现触及红线的约定。</Typography.Text> : (
          <List dataSource={report.flags} renderItem={(f) => (
            <List.Item>
              <List.Item.Meta title={<Space><Tag color={f.severity === 'red' ? 'red' : 'orange'}>{f.severity === 'red' ? '红线' : '提示'}</Tag>{f.title}</Space>}
                description={<><div>{f.message}</div><div style={{ fontSize: 12 }}>依据：{f.basis.map((b) => b.label).join('；')}</div><EvidenceLinks evidence={f.evidence} onJump={onJump} /></>} />
            </List.Item>
          )} />
        )}
      </Card>
      <Card size="small" data-testid="kit-items"
        title={<Space wrap><span>逐项审查意见</span><Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
          已填 {v.done}/{v.total} 项：符合 {count('conforms')}，基本符合 {count('mostly')}，不符合 {count('fails')}，不适用 {count('na')}</Typography.Text></Space>}>
        {report.items.map((f, i) => (
          <KitItem key={f.id} index={i} finding={f} entry={v.entries[f.id] ?? EMPTY} onChange={v.change} onDraft={v.draft} onJump={onJump} />
        ))}
      </Card>
    </>
  );
}
