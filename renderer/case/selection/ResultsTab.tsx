import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, App as AntApp } from 'antd';
import { FINDING_LABELS, tieAtCut, type Finding } from '../../../shared/scoring/engine';
import { AGGREGATIONS, priceText } from '../../../shared/scoring/evaluation';
import { pointsText as points, type CriterionKind } from '../../../shared/scoring/scheme';
import { CORRECTABLE, correctionKinds } from '../../../shared/scoring/corrections';
import type { AppContract, ResponseOf } from '../../../shared/api/index';
import { request, errorText } from '../../api/client';
import { keepIfEqual } from '../../api/stable';
import { cachedRead, peekRead } from '../../api/readCache';
import { printOutput, saveOutput } from '../../api/files';
import { useAppInfo } from '../../AppContext';
import { useCase } from '../CaseContext';
import type { TabProps } from './tabProps';
import { ScoreByCriterionChart, SpreadChart } from './Charts';

type Res = ResponseOf<AppContract['selection.results']>;

// A price (480万元) or a person's name (周敏) is read whole: it never breaks one character a line in a narrow column.
const NOWRAP = { whiteSpace: 'nowrap' } as const;
const nowrapCell = () => ({ style: NOWRAP });

export function ResultsTab({ state }: TabProps) {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  // Opened again with nothing changed in the case since, the results are shown at once from the read cache.
  const [res, setRes] = useState<Res | null>(() => peekRead('selection.results', { caseId }) ?? null);
  const [spreadFor, setSpreadFor] = useState<string | undefined>();
  const [correcting, setCorrecting] = useState<Partial<Finding> | null>(null);
  const load = useCallback(async () => {
    try {
      setRes(keepIfEqual<Res | null>(await cachedRead('selection.results', { caseId })));
    } catch (e) {
      message.error(errorText(e));
    }
  }, [caseId, message]);
  useEffect(() => void load(), [load, state]); // again when the selection changes (e.g. a 替补专家 joins)
  const chartData = useMemo(() => {
    if (!res) return null;
    const scored = res.results.applicants.filter((a) => a.status === 'scored').sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).slice(0, 8);
    const criteria = [...res.criteria.filter((c) => c.kind !== 'price'), ...res.criteria.filter((c) => c.kind === 'price')];
    return {
      criteria,
      applicants: scored.map((a) => ({ name: a.name, values: { ...Object.fromEntries(a.criteria.map((c) => [c.criterionId, c.value])), ...(res.results.priceCriterionId ? { [res.results.priceCriterionId]: a.priceScore ?? 0 } : {}) } })),
    };
  }, [res]);
  if (!res || !chartData) return null;
  const r = res.results;
  const crit = res.criteria.filter((c) => c.kind !== 'price');
  const pc = res.criteria.find((c) => c.kind === 'price');
  const spreadApplicant = spreadFor ?? r.ranking[0]?.applicantId;
  const critName = new Map(res.criteria.map((c) => [c.id, c.name]));
  const tie = tieAtCut(r.ranking, state.options.recommendCount, state.options.priceUnit);

  if (res.sealed)
    return (
      <Alert type="info" showIcon data-testid="results-sealed" style={{ maxWidth: 900 }}
        message={`尚未提交评分表：${res.pendingMembers.join('、')}`}
        description="为保证各成员独立评分，汇总、复核提示和图表在全部成员（已回避者除外）提交评分表后显示。" />
    );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1200 }}>
      {!res.final && (
        <Alert type="error" showIcon data-testid="not-final" message="非最终结果：不推荐候选运营机构，导出的 Excel、结果汇总表和评审报告每页均标明“非最终结果”"
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{res.pendingReasons.map((x) => <li key={x}>{x}</li>)}</ul>} />
      )}
      <Card size="small" title={res.final ? '排名' : '排名（非最终结果）'} data-testid="ranking" extra={<Space>
        <Button onClick={async () => {
          try {
            await saveOutput(await request('selection.exportResults', { caseId }), appInfo.nativeDialogs);
          } catch (e) {
            message.error(errorText(e));
          }
        }} data-testid="export-results">导出评审结果（Excel）</Button>
        {/* The results' own PDF, opened for printing like memos and packets (not a print of this screen). */}
        <Button onClick={async () => {
          try {
            await printOutput(await request('selection.resultsPdf', { caseId }), appInfo.nativeDialogs);
          } catch (e) {
            message.error(errorText(e));
          }
        }} data-testid="print-results">打印结果汇总表</Button>
        <Button onClick={async () => {
          try {
            await saveOutput(await request('selection.resultsPdf', { caseId }), appInfo.nativeDialogs);
          } catch (e) {
            message.error(errorText(e));
          }
        }} data-testid="save-results-pdf">保存 PDF</Button>
      </Space>}>
        <p style={{ margin: '0 0 8px', color: '#555' }}>
          汇总方式：{AGGREGATIONS[state.options.aggregation]}。{r.notes.join('')}
          {r.basePrice != null && `评标基准价 ${priceText(r.basePrice, state.options.priceUnit)}（最低有效报价），价格分 = 基准价 / 报价 × ${pc?.max}。`}
          并列时报价低者优先，报价也相同的并列名次（87号令第五十七条）。
        </p>
        <Table size="small" rowKey="applicantId" pagination={false} dataSource={r.applicants.filter((a) => a.status === 'scored').sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))} scroll={{ x: true }}
          columns={[
            { title: res.final ? '名次' : '暂定名次', dataIndex: 'rank', width: 80, render: (v: number | null) => v ?? '待定' },
            { title: '申报单位', dataIndex: 'name', render: (v: string, a) => <span>{v} {a.recommended && <Tag color="red">推荐</Tag>}{a.abnormalLow && (a.priceExplanation.trim() ? <Tag>异常低价已说明</Tag> : <Tag color="error">异常低价待说明</Tag>)}</span> },
            ...crit.map((c) => ({ title: `${c.name}（${c.max}）`, key: c.id, align: 'right' as const, render: (_: unknown, a: (typeof r.applicants)[number]) => points(a.criteria.find((x) => x.criterionId === c.id)?.value ?? 0) })),
            ...(pc ? [{ title: '报价', dataIndex: 'price', align: 'right' as const, render: (v: number | null) => <span style={NOWRAP}>{priceText(v, state.options.priceUnit)}</span> }, { title: `${pc.name}（${pc.max}）`, key: 'ps', align: 'right' as const, render: (_: unknown, a: (typeof r.applicants)[number]) => (a.priceScore == null ? '—' : points(a.priceScore)) }] : []),
            { title: '总分', dataIndex: 'total', align: 'right' as const, render: (v: number | null) => (v == null ? '待定' : <b>{v.toFixed(2)}</b>) },
          ]} />
        {tie && <Alert type="warning" showIcon style={{ marginTop: 8 }} data-testid="tie-at-cut" message={tie} />}
        {r.applicants.filter((a) => a.status !== 'scored').map((a) => <div key={a.applicantId} style={{ marginTop: 6, color: '#a00' }}>{a.name}：{a.reason}</div>)}
      </Card>

      <Card size="small" title={`复核提示（87号令第六十四条）：${r.findings.length} 项`} data-testid="findings">
        <p style={{ marginTop: 0, color: '#555' }}>以下情形由评审委员会复核确认；程序不会自动修改任何评分。确需更正的，由本人说明理由后通过“更正”记录。</p>
        <Table size="small" rowKey={(_, i) => String(i)} pagination={{ pageSize: 10 }} dataSource={r.findings}
          columns={[
            { title: '类别', dataIndex: 'kind', width: 200, render: (k: Finding['kind']) => FINDING_LABELS[k] },
            { title: '说明', dataIndex: 'message' },
            { title: '', width: 70, render: (_, f) => (CORRECTABLE as readonly string[]).includes(f.kind) && <a onClick={() => setCorrecting(f)}>更正</a> },
          ]} />
        <Button size="small" onClick={() => setCorrecting({})}>记录其他更正</Button>
      </Card>

      {Object.values(res.notes).some((n) => Object.keys(n).length) && (
        <Card size="small" title="评分说明（评审成员在评分表中填写）" data-testid="score-notes">
          <Table size="small" rowKey="key" pagination={false}
            dataSource={res.members.flatMap((m) => Object.entries(res.notes[m.memberId] ?? {}).flatMap(([aid, byCrit]) => Object.entries(byCrit).map(([cid, note]) => ({
              key: `${m.memberId}/${aid}/${cid}`, member: m.name, applicant: r.applicants.find((a) => a.applicantId === aid)?.name ?? aid, criterion: critName.get(cid) ?? cid, note,
            }))))}
            columns={[{ title: '成员', dataIndex: 'member', width: 100 }, { title: '申报单位', dataIndex: 'applicant', width: 200 }, { title: '评分项', dataIndex: 'criterion', width: 160 }, { title: '说明', dataIndex: 'note' }]} />
        </Card>
      )}

      {res.corrections.length > 0 && (
        <Card size="small" title="更正记录" data-testid="corrections">
          <Table size="small" rowKey="correctionId" pagination={false} dataSource={res.corrections}
            columns={[
              { title: '时间', dataIndex: 'at', render: (v: string) => v.replace('T', ' ').slice(0, 19) },
              { title: '成员', dataIndex: 'memberName', onCell: nowrapCell }, { title: '申报单位', dataIndex: 'applicantName' }, { title: '评分项', dataIndex: 'criterionName' },
              { title: '类别', dataIndex: 'kind', render: (k: Finding['kind']) => FINDING_LABELS[k] ?? k },
              { title: '原分值', dataIndex: 'oldValue', onCell: nowrapCell }, { title: '更正后', dataIndex: 'newValue', onCell: nowrapCell }, { title: '理由', dataIndex: 'reason' }, { title: '操作人', dataIndex: 'actor', onCell: nowrapCell },
            ]} />
        </Card>
      )}

      {r.ranking.length > 0 && (
        <Card size="small" title="图表（黑白打印可辨：图案与形状区分）">
          <ScoreByCriterionChart criteria={chartData.criteria} applicants={chartData.applicants} />
          <Space style={{ margin: '12px 0' }}>
            <span>评分分布：</span>
            <Select style={{ width: 260 }} value={spreadApplicant} onChange={setSpreadFor} options={r.ranking.map((x) => ({ value: x.applicantId, label: x.name }))} />
          </Space>
          {spreadApplicant && (
            <SpreadChart title={`${r.applicants.find((a) => a.applicantId === spreadApplicant)?.name}：各评分项成员评分分布`} criteria={crit}
              members={res.members.map((m) => ({ name: m.name, values: res.sheets[m.memberId]?.[spreadApplicant] ?? {} }))} />
          )}
        </Card>
      )}

      {/* Mounted when opened (with the finding's fields filled in), not with every opening of the results. */}
      {correcting && <CorrectionModal correcting={correcting} res={res} onClose={() => setCorrecting(null)} onSaved={load} />}
    </Space>
  );
}

/** 更正评分: one correction of a member's score, with its reason (87号令第六十四条). */
function CorrectionModal({ correcting, res, onClose, onSaved }: { correcting: Partial<Finding>; res: Res; onClose(): void; onSaved(): Promise<void> }) {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const r = res.results;
  const crit = res.criteria.filter((c) => c.kind !== 'price');
  const memberName = new Map(res.members.map((m) => [m.memberId, m.name]));
  const critName = new Map(res.criteria.map((c) => [c.id, c.name]));
  // The value's range is the chosen criterion's, and only the art. 64 grounds the results show for this score are offered.
  const [memberId, applicantId, criterionId, kind] = [Form.useWatch('memberId', form), Form.useWatch('applicantId', form), Form.useWatch('criterionId', form), Form.useWatch('kind', form)];
  const criterion = crit.find((c) => c.id === (criterionId ?? correcting.criterionId));
  const kinds = correctionKinds(r.findings, { memberId: memberId ?? correcting.memberId, applicantId: applicantId ?? correcting.applicantId, criterionId: criterion?.id, criterionKind: criterion?.kind as CriterionKind | undefined });
  useEffect(() => {
    if (kind && !kinds.includes(kind)) form.setFieldValue('kind', undefined);
  }, [form, kind, kinds]);
  const correct = async () => {
    const v = await form.validateFields();
    try {
      await request('selection.correct', { caseId, ...v });
      onClose();
      await onSaved();
      message.success('更正已记录');
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Modal open title="更正评分（87号令第六十四条）" onOk={correct} onCancel={onClose} okText="记录更正" cancelText="取消">
      <Form form={form} name="selection-correction" layout="vertical"
        initialValues={{ memberId: correcting.memberId, applicantId: correcting.applicantId, criterionId: correcting.criterionId, kind: correcting.kind, reason: '' }}>
        <Form.Item label="评审成员" name="memberId" rules={[{ required: true, message: '请选择' }]}><Select options={res.members.map((m) => ({ value: m.memberId, label: m.name }))} /></Form.Item>
        <Form.Item label="申报单位" name="applicantId" rules={[{ required: true, message: '请选择' }]}><Select options={r.ranking.map((a) => ({ value: a.applicantId, label: a.name }))} /></Form.Item>
        <Form.Item label="评分项" name="criterionId" rules={[{ required: true, message: '请选择' }]}><Select options={crit.map((c) => ({ value: c.id, label: `${c.name}（0～${c.max}）` }))} /></Form.Item>
        <Form.Item label="情形" name="kind" rules={[{ required: true, message: '请选择' }]}><Select data-testid="correction-kind" options={kinds.map((k) => ({ value: k, label: FINDING_LABELS[k] }))} /></Form.Item>
        <Form.Item label="更正后分值" name="newValue" extra={criterion ? `0～${criterion.max} 分` : '请先选择评分项'}
          rules={[{ required: true, message: '请填写' }, { type: 'number', min: 0, max: criterion?.max ?? 0, message: criterion ? `应为 0～${criterion.max} 分` : '请先选择评分项' }]}>
          {/* no max on the field: a typed value out of range is refused with the range, never clamped */}
          <InputNumber disabled={!criterion} data-testid="correction-value" />
        </Form.Item>
        <Form.Item label="理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明更正理由' }]}><Input.TextArea rows={2} /></Form.Item>
      </Form>
      {correcting.memberId && <p style={{ color: '#888' }}>{memberName.get(correcting.memberId)} · {correcting.criterionId ? critName.get(correcting.criterionId) : ''}</p>}
    </Modal>
  );
}
