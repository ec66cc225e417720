import { useEffect, useState } from 'react';
import { Alert, Input, Space } from 'antd';
import { request } from '../../api/client';
import type { Transcription } from '../../../shared/api/kits';

/**
 * 代录: the member picked has no registered key, so what the secretary enters here is a transcription of the member's
 * paper form, kept as such with who entered it, why and where the paper is (printed in the memo). Shown only then.
 */
export function TranscriptionFields({ caseId, memberId, memberName, signedIn, value, onChange }: {
  caseId: string; memberId: string | undefined; memberName: string; signedIn: boolean; value: Transcription; onChange(t: Transcription): void;
}) {
  const [keyless, setKeyless] = useState<Set<string> | null>(null);
  useEffect(() => {
    let live = true;
    request('experts.kitStatus', { caseId }).then((s) => live && setKeyless(new Set(s.members.filter((m) => !m.hasKey).map((m) => m.memberId))), () => {});
    return () => void (live = false);
  }, [caseId, memberId]);
  if (signedIn || !memberId || !keyless?.has(memberId)) return null;
  return (
    <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="transcription-fields"
      message={`${memberName}未登记签名密钥：此处录入的意见为秘书代录（记入操作记录，意见书注明“代录”及录入人）`}
      description={
        <Space wrap>
          <Input style={{ width: 300 }} maxLength={500} placeholder="代录理由，例如：专家现场填写纸质意见表" value={value.reason} onChange={(e) => onChange({ ...value, reason: e.target.value })} data-testid="transcription-reason" />
          <Input style={{ width: 300 }} maxLength={200} placeholder="纸质意见表编号或存放位置，例如：第 2 号，存档盒 A" value={value.paperRef} onChange={(e) => onChange({ ...value, paperRef: e.target.value })} data-testid="transcription-paper" />
        </Space>
      }
    />
  );
}
