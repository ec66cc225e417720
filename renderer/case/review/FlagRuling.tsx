import { useState } from 'react';
import { Button, Input, Popover, Space, Tag, Typography } from 'antd';
import type { ReviewState } from '../../../shared/api/review';
import { READINGS } from '../../../shared/review/clauses';
import type { Evidence } from '../../../shared/review/report';

type Ruling = ReviewState['flagRulings'][number];

/** How the deciding clause was read: "允许", "禁止但有例外（实为附条件允许）"…, with the condition it names. */
export function ReadingTag({ e }: { e: Evidence }) {
  if (!e.reading) return null;
  const color = e.reading === 'prohibition' ? 'green' : e.reading === 'exception' ? 'volcano' : 'red';
  return (
    <Tag color={color} style={{ marginRight: 4 }} data-testid="evidence-reading" title={e.condition ? `条件：${e.condition}` : undefined}>
      {READINGS[e.reading]}
      {e.condition ? `：${e.condition}` : ''}
    </Tag>
  );
}

/** An expert overrules a red line (不成立) or confirms it, in one step, with a reason that goes into the case's audit log. */
export function FlagRuling({ flagId, ruling, onRule }: { flagId: string; ruling: Ruling | undefined; onRule(r: 'dismissed' | 'upheld' | null, reason: string): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const act = async (r: 'dismissed' | 'upheld' | null) => {
    setSaving(true);
    try {
      await onRule(r, reason);
      setOpen(false);
      setReason('');
    } finally {
      setSaving(false);
    }
  };
  if (ruling) {
    return (
      <Space size={4} data-testid={`ruling-${flagId}`}>
        <Tag color={ruling.ruling === 'dismissed' ? 'default' : 'red'}>{ruling.ruling === 'dismissed' ? '专家改判：不成立' : '专家确认成立'}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {ruling.reason}（{ruling.decidedBy}）
        </Typography.Text>
        <Button size="small" type="link" onClick={() => void act(null)} loading={saving}>
          撤销改判
        </Button>
      </Space>
    );
  }
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title="改判须写明理由（记入操作记录）"
      content={
        <Space direction="vertical" style={{ width: 320 }}>
          <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：该条款为禁止性约定，不构成允许" data-testid={`ruling-reason-${flagId}`} />
          <Space>
            <Button size="small" danger disabled={!reason.trim()} loading={saving} onClick={() => void act('dismissed')} data-testid={`ruling-dismiss-${flagId}`}>
              改判不成立
            </Button>
            <Button size="small" disabled={!reason.trim()} loading={saving} onClick={() => void act('upheld')}>
              确认成立
            </Button>
          </Space>
        </Space>
      }
    >
      <Button size="small" data-testid={`ruling-open-${flagId}`}>
        改判…
      </Button>
    </Popover>
  );
}
