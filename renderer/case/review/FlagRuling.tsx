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

/**
 * An expert overrules an automatic finding or confirms it, in one step, with a reason that goes into the case's audit
 * log: a red line (不成立 / 确认成立), or a checklist item found missing or partial (内容已具备, naming where / 确认).
 */
export function FlagRuling({ flagId, ruling, onRule, target = 'flag', autoStatus }: {
  flagId: string;
  ruling: Ruling | undefined;
  onRule(r: 'dismissed' | 'upheld' | null, reason: string, location: string): Promise<void>;
  target?: 'flag' | 'item';
  autoStatus?: 'present' | 'partial' | 'missing';
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [location, setLocation] = useState('');
  const [saving, setSaving] = useState(false);
  const item = target === 'item';
  const act = async (r: 'dismissed' | 'upheld' | null) => {
    setSaving(true);
    try {
      await onRule(r, reason, location);
      setOpen(false);
      setReason('');
      setLocation('');
    } finally {
      setSaving(false);
    }
  };
  if (ruling) {
    const label = ruling.ruling === 'dismissed' ? (item ? '专家改判：已具备' : '专家改判：不成立') : item ? '专家确认自动结果' : '专家确认成立';
    return (
      <Space size={4} wrap data-testid={`ruling-${flagId}`}>
        <Tag color={ruling.ruling === 'dismissed' ? (item ? 'green' : 'default') : 'red'}>{label}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {ruling.reason}
          {ruling.location ? `（内容见${ruling.location}）` : ''}（{ruling.decidedBy}）
        </Typography.Text>
        <Button size="small" type="link" onClick={() => void act(null)} loading={saving}>
          撤销改判
        </Button>
      </Space>
    );
  }
  if (item && autoStatus === 'present') return null;
  const needsLocation = item && autoStatus === 'missing';
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title="改判须写明理由（记入操作记录）"
      content={
        <Space direction="vertical" style={{ width: 320 }}>
          {item && (
            <Input value={location} onChange={(e) => setLocation(e.target.value)} placeholder={`内容所在位置${needsLocation ? '（必填）' : ''}，如：第三章第八条`} data-testid={`ruling-location-${flagId}`} />
          )}
          <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)}
            placeholder={item ? '如：相关内容写在“保障措施”一节，已写明各项要求' : '如：该条款为禁止性约定，不构成允许'} data-testid={`ruling-reason-${flagId}`} />
          <Space>
            <Button size="small" danger={!item} type={item ? 'primary' : 'default'} disabled={!reason.trim() || (needsLocation && !location.trim())} loading={saving}
              onClick={() => void act('dismissed')} data-testid={`ruling-dismiss-${flagId}`}>
              {item ? '改判：内容已具备' : '改判不成立'}
            </Button>
            <Button size="small" disabled={!reason.trim()} loading={saving} onClick={() => void act('upheld')} data-testid={`ruling-uphold-${flagId}`}>
              {item ? '确认自动结果' : '确认成立'}
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
