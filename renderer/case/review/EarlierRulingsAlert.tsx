import { Alert } from 'antd';
import dayjs from 'dayjs';
import type { ReviewState } from '../../../shared/api/review';

/**
 * The experts' rulings on the previous review of this kind that the current run does not carry (another file, or a
 * finding no longer made): listed with who ruled and why, so re-importing or re-running never drops them unseen.
 */
export function EarlierRulingsAlert({ earlier }: { earlier: ReviewState['earlierRulings'] }) {
  if (!earlier) return null;
  return (
    <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="earlier-rulings"
      message={`上一次审查（《${earlier.documentName}》，${dayjs(earlier.reviewedAt).format('YYYY-MM-DD HH:mm')}）中有 ${earlier.rulings.length} 条专家改判未沿用到本次审查`}
      description={
        <>
          <div>{earlier.sameDocument ? '本次审查的是同一文件，但以下结论本次已不再出现，改判无须沿用。' : '本次审查的是另一文件（或新版本），原文可能已改，改判不自动沿用。请专家对照本次结果，需要时重新改判。'}原改判保存在案卷和操作记录中，不会丢失。</div>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {earlier.rulings.map((r) => (
              <li key={r.flagId}>“{r.title}”：{r.ruling === 'dismissed' ? '改判' : '确认'}（{r.decidedBy}）——{r.reason}{r.location ? `，内容见${r.location}` : ''}</li>
            ))}
          </ul>
        </>
      }
    />
  );
}
