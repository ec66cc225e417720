import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { request } from '../../api/client';
import type { DocumentSummary } from '../../../shared/api/documents';
import type { ReviewKind } from '../../../shared/review/ruleset';

/**
 * Which imported plan (or agreement) 审查案卷中已导入的文件 reviews, shown when the case holds more than one (a plan and a
 * copy from a website, two plans): without it only the latest imported could be reviewed. Empty means the latest.
 */
export function ReviewDocumentPick({ caseId, kind, value, onChange }: { caseId: string; kind: ReviewKind; value: string | undefined; onChange(versionId: string | undefined): void }) {
  const [docs, setDocs] = useState<DocumentSummary[]>([]);
  useEffect(() => void request('documents.list', { caseId }).then((r) => setDocs(r.documents), () => setDocs([])), [caseId]);
  const options = docs.filter((d) => d.role === kind && d.versions.length).map((d) => {
    const v = d.versions[d.versions.length - 1];
    return { value: v.versionId, label: `${d.title}（第${v.version}版，${v.fileName}）` };
  });
  useEffect(() => {
    if (value && !options.some((o) => o.value === value)) onChange(undefined);
  });
  if (options.length < 2) return null;
  return (
    <Select style={{ width: 360 }} allowClear placeholder="最近导入的一份" value={value} onChange={(v) => onChange(v ?? undefined)}
      options={options} popupMatchSelectWidth={520} data-testid="review-document" aria-label="要审查的文件" />
  );
}
