import { useState } from 'react';
import { Alert, Button, Modal, Space, Tag, Typography, App as AntApp } from 'antd';
import { CheckSquareOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';
import type { AppContract } from '../../../shared/api/index';
import type { ResponseOf } from '../../../shared/api/contract';
import type { ReviewState } from '../../../shared/api/review';
import type { ReviewKind } from '../../../shared/review/ruleset';
import { VERDICTS } from '../../../shared/review/verdicts';

type Outcome = ResponseOf<AppContract['review.adoptAgreed']>;

/**
 * The chair's one action: the committee verdict becomes the members' verdict wherever all voting members agree. Where
 * they differ the row is left for the chair, listed here with who said what; a verdict the chair set by hand is kept
 * unless the chair confirms replacing it.
 */
export function AdoptAgreed({ caseId, kind, onState }: { caseId: string; kind: ReviewKind | undefined; onState(s: ReviewState): void }) {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const adopt = async (overwriteChair: boolean) => {
    setBusy(true);
    try {
      const r = await request('review.adoptAgreed', { caseId, overwriteChair, kind });
      onState(r.state);
      setOutcome(r);
      message.success(r.adopted.length ? `已采纳 ${r.adopted.length} 项一致意见` : '没有新的一致意见可采纳');
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const confirmOverwrite = () =>
    Modal.confirm({
      title: '用专家一致意见覆盖组长已确定的意见？',
      content: `以下 ${outcome?.keptChair.length ?? 0} 项专家意见一致，但与组长手工确定的专家组意见不同。覆盖后专家组意见改为专家一致意见（组长的说明保留），操作记入操作记录。`,
      okText: '覆盖',
      cancelText: '不覆盖',
      onOk: () => adopt(true),
    });

  // Items some members have voted on but not all: who is still missing. Items nobody has voted on are only counted.
  const partial = outcome ? outcome.incomplete.filter((x) => x.missing.length > 0 && x.missing.length < outcome.state.voters.length) : [];
  return (
    <div style={{ marginBottom: 12 }} data-testid="adopt-agreed-panel">
      <Space>
        <Button type="primary" icon={<CheckSquareOutlined />} loading={busy} onClick={() => void adopt(false)} data-testid="adopt-agreed">采纳专家一致意见</Button>
        <Typography.Text type="secondary">全部表决专家（不含回避）意见一致的审查项，专家组意见取该一致意见；意见不一致的以黄色标出，由组长确定。</Typography.Text>
      </Space>
      {outcome && (
        <Alert style={{ marginTop: 8 }} type={outcome.differing.length || outcome.keptChair.length ? 'warning' : 'success'} showIcon closable onClose={() => setOutcome(null)} data-testid="adopt-outcome"
          message={`采纳 ${outcome.adopted.length} 项；意见不一致 ${outcome.differing.length} 项；尚未全部表态 ${outcome.incomplete.length} 项${outcome.keptChair.length ? `；组长已确定且不同 ${outcome.keptChair.length} 项（未覆盖）` : ''}`}
          description={
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              {outcome.differing.map((d) => (
                <div key={d.itemId} data-testid={`differ-${d.itemId}`}>
                  <b>{d.itemTitle}</b>：{d.verdicts.map((v) => `${v.name} ${VERDICTS[v.verdict]}${v.comment ? `（${v.comment}）` : ''}`).join('；')}
                </div>
              ))}
              {partial.length > 0 && <div data-testid="adopt-partial">尚待表态：{partial.map((x) => `${x.itemTitle}（${x.missing.join('、')}）`).join('；')}</div>}
              {outcome.keptChair.length > 0 && (
                <div data-testid="kept-chair">
                  组长已确定、与专家一致意见不同：{outcome.keptChair.map((k) => `${k.itemTitle}（组长 ${VERDICTS[k.chair]}，专家一致 ${VERDICTS[k.verdict]}）`).join('；')}
                  <Button size="small" danger style={{ marginLeft: 8 }} onClick={confirmOverwrite} data-testid="adopt-overwrite">覆盖这些意见…</Button>
                </div>
              )}
            </Space>
          }
        />
      )}
    </div>
  );
}

export const AdoptedTag = () => <Tag color="blue" data-testid="adopted-tag">一致采纳</Tag>;
