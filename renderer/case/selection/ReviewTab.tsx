import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Collapse, Input, Radio, Space, Table, Tag, App as AntApp } from 'antd';
import { REVIEW_ITEMS, REVIEW_STAGES, type ReviewStage } from '../../../shared/scoring/selection';
import type { ApplicantResult } from '../../../shared/scoring/engine';
import { priceText, type PriceUnit } from '../../../shared/scoring/evaluation';
import { request, errorText } from '../../api/client';
import { useCase } from '../CaseContext';
import type { TabProps } from './tabProps';

/** 资格审查 and 符合性审查 (pass / fail with a reason), and the abnormally-low-price review (87号令 art. 60). */
export function ReviewTab({ state, reload }: TabProps) {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [flags, setFlags] = useState<ApplicantResult[]>([]);
  useEffect(() => void request('selection.results', { caseId }).then((r) => setFlags(r.results.applicants.filter((a) => a.abnormalLow)), () => {}), [caseId, state]);
  const save = async (applicantId: string, stage: ReviewStage, item: string, passed: boolean, reason: string) => {
    try {
      await request('selection.saveCheck', { caseId, verdict: { applicantId, stage, item, passed, reason } });
      await reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const pending = state.applicants.filter((a) => a.reviewPending);
  if (!state.applicants.length) return <Alert type="info" showIcon message="请先在“评分办法与申报单位”中添加申报单位。" />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1100 }}>
      {flags.length > 0 && (
        <Card title="异常低价（87号令第六十条）" size="small">
          {flags.map((f) => <PriceReview key={f.applicantId} r={f} unit={state.options.priceUnit} applicant={state.applicants.find((a) => a.applicantId === f.applicantId)!} onSaved={reload} />)}
        </Card>
      )}
      {pending.length > 0 && (
        <Alert type="warning" showIcon data-testid="review-pending" message="资格审查和符合性审查尚未完成：未记录的审查项不视为通过，评审结果不能确定"
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{pending.map((a) => <li key={a.applicantId}>{a.name}：{a.reviewPending}未记录结论。请逐项选择“通过”或“不通过”（不通过须写明理由）。</li>)}</ul>} />
      )}
      <Collapse defaultActiveKey={state.applicants.map((a) => a.applicantId)} items={state.applicants.map((a) => ({
        key: a.applicantId,
        label: <Space>{a.name}{a.excludedReason ? <Tag color="red">不进入评分</Tag> : a.reviewPending ? <Tag color="orange">审查未完成</Tag> : <Tag color="green">审查通过，进入评分</Tag>}</Space>,
        children: (Object.keys(REVIEW_STAGES) as ReviewStage[]).map((stage) => (
          <Table key={stage} size="small" rowKey="id" pagination={false} title={() => <b>{REVIEW_STAGES[stage]}</b>} dataSource={REVIEW_ITEMS[stage]} style={{ marginBottom: 12 }}
            columns={[
              { title: '审查项', dataIndex: 'text' },
              { title: '依据', dataIndex: 'source', width: 220, render: (v: string) => <span style={{ color: '#888' }}>{v}</span> },
              {
                title: '结论', width: 170, render: (_, it) => {
                  const cur = a.checks.find((c) => c.stage === stage && c.item === it.id);
                  return (
                    <Radio.Group disabled={state.locked && (!!cur || !a.reviewPending)} value={cur ? (cur.passed ? 'pass' : 'fail') : undefined} data-testid={`check-${a.name}-${it.id}`}
                      onChange={(e) => {
                        const reason = reasons[`${a.applicantId}/${it.id}`] ?? cur?.reason ?? '';
                        if (e.target.value === 'fail' && !reason.trim()) return message.warning('请先在右侧写明不通过的理由，再选“不通过”。');
                        void save(a.applicantId, stage, it.id, e.target.value === 'pass', reason);
                      }}>
                      <Radio value="pass">通过</Radio><Radio value="fail">不通过</Radio>
                    </Radio.Group>
                  );
                },
              },
              {
                title: '理由', width: 260, render: (_, it) => {
                  const cur = a.checks.find((c) => c.stage === stage && c.item === it.id);
                  const k = `${a.applicantId}/${it.id}`;
                  return <Input size="small" disabled={state.locked} placeholder="不通过时必填" value={reasons[k] ?? cur?.reason ?? ''} onChange={(e) => setReasons({ ...reasons, [k]: e.target.value })}
                    onBlur={() => cur && !cur.passed && reasons[k] !== undefined && reasons[k].trim() && save(a.applicantId, stage, it.id, false, reasons[k])} />;
                },
              },
            ]} />
        )),
      }))} />
    </Space>
  );
}

function PriceReview({ r, unit, applicant, onSaved }: { r: ApplicantResult; unit: PriceUnit; applicant: TabProps['state']['applicants'][number]; onSaved(): Promise<void> }) {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const [text, setText] = useState(applicant.priceExplanation);
  const [invalid, setInvalid] = useState(applicant.priceInvalid);
  return (
    <div style={{ marginBottom: 12 }} data-testid="price-review">
      <p><b>{r.name}</b> 报价 {priceText(r.price, unit)}，低于其他有效报价平均值 {priceText(r.othersMeanPrice, unit)}。应要求其书面说明；不能合理说明的，按无效投标处理。</p>
      <Input.TextArea rows={2} value={text} onChange={(e) => setText(e.target.value)} placeholder="记录申报单位的书面说明要点" />
      <Space style={{ marginTop: 6 }}>
        <Checkbox checked={invalid} onChange={(e) => setInvalid(e.target.checked)}>未能合理说明，认定投标无效</Checkbox>
        <Button size="small" onClick={async () => {
          try {
            await request('selection.reviewPrice', { caseId, applicantId: r.applicantId, explanation: text, invalid });
            await onSaved();
            message.success('已记录');
          } catch (e) {
            message.error(errorText(e));
          }
        }}>保存</Button>
      </Space>
    </div>
  );
}
