import { Space, Tag, Typography } from 'antd';
import type { Evidence } from '../../../shared/review/report';
import { ReadingTag } from './FlagRuling';

/** Where a finding was read in the document: each excerpt opens the document at its paragraph. */
export function EvidenceLinks({ evidence, onJump }: { evidence: Evidence[]; onJump(e: Evidence): void }) {
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      {evidence.map((e, i) => (
        <Typography.Link key={i} onClick={() => onJump(e)} data-testid="evidence" style={{ fontSize: 12 }}>
          <Tag style={{ marginRight: 4 }}>{e.location}</Tag>
          <ReadingTag e={e} />
          {e.ocr && (
            <Tag color="orange" style={{ marginRight: 4 }} title="这段文字由 OCR 从扫描页识别，请对照原件核对" data-testid="evidence-ocr">
              OCR识别
            </Tag>
          )}
          {e.excerpt.length > 50 ? e.excerpt.slice(0, 50) + '…' : e.excerpt}
        </Typography.Link>
      ))}
    </Space>
  );
}
