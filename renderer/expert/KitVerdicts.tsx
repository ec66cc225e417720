import { memo, useEffect, useState } from 'react';
import { Input, Radio, Tag, Typography } from 'antd';
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
