import { memo } from 'react';
import { Card, List, Space, Tag, Typography } from 'antd';
import type { ReviewState } from '../../../shared/api/review';
import type { Evidence, ReviewReport } from '../../../shared/review/report';
import { FlagRuling } from './FlagRuling';
import { EvidenceLinks } from './EvidenceLinks';

type Ruling = ReviewState['flagRulings'][number];

/** 红线: each red line or hint the review found, with its basis, evidence and the experts' ruling on it. */
export const FlagsCard = memo(function FlagsCard({ report, rulings, onRule, onJump }: {
  report: ReviewReport;
  rulings: Map<string, Ruling>;
  onRule: (flagId: string, r: 'dismissed' | 'upheld' | null, reason: string) => Promise<void>;
  onJump: (e: Evidence) => void;
}) {
  return (
    <Card title={`红线（${report.flags.length}）`} data-testid="flags">
      {report.flags.length === 0 ? <Typography.Text type="success">未发现触及红线的约定。</Typography.Text> : (
        <List dataSource={report.flags} renderItem={(f) => {
          const ruling = rulings.get(f.id);
          const rule = <FlagRuling flagId={f.id} ruling={ruling} onRule={(r, reason) => onRule(f.id, r, reason)} />;
          // A recorded ruling carries the expert's reason, often a long sentence: it goes under the finding, full width.
          // As a list action it took the row's width and squeezed the red line into a column one character wide.
          return (
            <List.Item data-testid={`flag-${f.id}`} actions={ruling ? undefined : [<span key="rule">{rule}</span>]}>
              <List.Item.Meta
                title={<Space><Tag color={f.severity === 'red' ? 'red' : 'orange'}>{f.severity === 'red' ? '红线' : '提示'}</Tag>{f.title}</Space>}
                description={<><div>{f.message}</div><div style={{ fontSize: 12 }}>依据：{f.basis.map((b) => b.label).join('；')}</div><EvidenceLinks evidence={f.evidence} onJump={onJump} />
                  {ruling && <div style={{ marginTop: 8 }}>{rule}</div>}</>} />
            </List.Item>
          );
        }} />
      )}
    </Card>
  );
});
