import { Alert } from 'antd';
import { earlierLabel, type ReviewState } from '../../../shared/api/review';

/**
 * Verdicts, committee verdicts and the conclusion recorded while another text was under review (an earlier version of
 * the document, or another file): kept, so nobody enters them all again, but counted here and marked in their cells
 * until they are recorded again on this text. The memo prints them as given on the earlier text.
 */
export function EarlierVerdictsAlert({ state, memberNames }: { state: ReviewState; memberNames: Map<string, string> }) {
  if (!state.run) return null;
  const byMember = new Map<string, number>();
  for (const v of state.verdicts) if (v.earlier) byMember.set(v.memberId, (byMember.get(v.memberId) ?? 0) + 1);
  const committee = state.committee.filter((c) => c.earlier).length;
  const conclusion = !!state.conclusion?.earlier;
  if (!byMember.size && !committee && !conclusion) return null;
  const docs = [...new Set([...state.verdicts, ...state.committee].map((v) => v.earlier).concat(state.conclusion?.earlier ?? null).flatMap((e) => (e ? [earlierLabel(e)] : [])))];
  const parts = [
    ...[...byMember].map(([id, n]) => `${memberNames.get(id) ?? '已移出的专家'} ${n} 项`),
    ...(committee ? [`专家组意见 ${committee} 项`] : []),
    ...(conclusion ? ['专家组结论'] : []),
  ];
  return (
    <Alert type="warning" showIcon style={{ marginTop: 12 }} data-testid="earlier-verdicts"
      message={`以下意见是针对先前审查的${docs.join('、')}录入的，本次审查的是《${state.run.documentName}》：${parts.join('、')}`}
      description="这些意见已保留，不必重新录入，但尚未按本版确认：请逐项核对，点格内“按本版确认”或重新选择意见。未确认的，意见书中注明“系针对先前版本录入，本版审查后未重新确认”。" />
  );
}
