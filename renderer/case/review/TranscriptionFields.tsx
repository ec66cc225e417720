import { useEffect, useState } from 'react';
import { Alert, Input, Space } from 'antd';
import { request } from '../../api/client';
import type { Transcription } from '../../../shared/api/kits';

/**
 * 代录: the member picked has no registered key, so what the secretary enters here is a transcription of the member's
 * paper form, kept as such with who entered it, why and where the paper is (printed in the memo). Shown only then.
 */
export function TranscriptionFields({ caseId, memberId, memberName, signedIn, value, onChange, keyless: known, paper = '纸质意见表', what = '意见', printedIn = '意见书' }: {
  caseId: string; memberId: string | undefined; memberName: string; signedIn: boolean; value: Transcription; onChange(t: Transcription): void;
  /** Whether the member has no key, when the caller already knows (else asked here). */
  keyless?: boolean;
  /** The paper form's name (纸质意见表, 纸质评分表, 纸质回避声明), what is entered and where it is printed. */
  paper?: string; what?: string; printedIn?: string;
}) {
  const [keylessSet, setKeyless] = useState<Set<string> | null>(null);
  useEffect(() => {
    if (known !== undefined) return;
    let live = true;
    request('experts.kitStatus', { caseId }).then((s) => live && setKeyless(new Set(s.members.filter((m) => !m.hasKey).map((m) => m.memberId))), () => {});
    return () => void (live = false);
  }, [caseId, memberId, known]);
  const keyless = known ?? (!!memberId && !!keylessSet?.has(memberId));
  if (signedIn || !memberId || !keyless) return null;
  return (
    <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="transcription-fields"
      message={`${memberName}未登记签名密钥：此处录入的${what}为秘书代录（记入操作记录，${printedIn}注明“代录”、录入人、理由和${paper}）`}
      description={
        <Space wrap>
          <Input style={{ width: 300 }} maxLength={500} placeholder={`代录理由，例如：专家现场填写${paper}`} value={value.reason} onChange={(e) => onChange({ ...value, reason: e.target.value })} data-testid="transcription-reason" />
          <Input style={{ width: 300 }} maxLength={200} placeholder={`${paper}编号或存放位置，例如：第 2 号，存档盒 A`} value={value.paperRef} onChange={(e) => onChange({ ...value, paperRef: e.target.value })} data-testid="transcription-paper" />
        </Space>
      }
    />
  );
}
