import { useEffect, useState } from 'react';
import { Alert } from 'antd';
import dayjs from 'dayjs';
import { request } from '../../api/client';
import { newerVersionThanReviewed, type NewerVersion } from '../../../shared/document/staleness';

/** Warns that the case holds a newer version of the reviewed document than the one this review ran on. */
export function NewerVersionAlert({ caseId, sha256, runAt }: { caseId: string; sha256: string | null; runAt: string }) {
  const [newer, setNewer] = useState<NewerVersion | null>(null);
  useEffect(() => {
    let live = true;
    request('documents.list', { caseId }).then((r) => live && setNewer(newerVersionThanReviewed(r.documents, sha256)), () => live && setNewer(null));
    return () => {
      live = false;
    };
  }, [caseId, sha256, runAt]);
  if (!newer) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 8 }}
      data-testid="review-newer-version"
      message={`本次审查依据的是《${newer.title}》第 ${newer.reviewed} 版，案卷中已有第 ${newer.current} 版（${newer.fileName}，${dayjs(newer.importedAt).format('YYYY-MM-DD HH:mm')} 导入）。`}
      description="审查发现和意见针对的是旧版本的文字。要审查新版本，请点击“按所选规则集重新审查”；专家已填的意见按审查项保留。"
    />
  );
}
