import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Popconfirm, Radio, Select, Space, Table, Tag, App as AntApp } from 'antd';
import { CRITERION_GROUPS, CRITERION_KINDS, round2, schemeProblems, type Criterion, type Scheme } from '../../../shared/scoring/scheme';
import { AGGREGATIONS, PRICE_UNITS, priceText, type PriceUnit } from '../../../shared/scoring/evaluation';
import { request, errorText } from '../../api/client';
import { useCase } from '../CaseContext';
import type { TabProps } from './tabProps';
import { numberText } from '../../../shared/domain/numberText';
import { PROCEDURES } from '../../../shared/domain/committee';

/** The words a price may be pasted with in the case's unit: 100万元 (or 100万) in a 万元 case, 1280000元 in a 元 case. */
const UNIT_WORDS: Record<PriceUnit, string[]> = { 万元: ['万元', '万'], 元: ['元'] };

/** A new criterion's key: item1, item2, … not yet taken (a deleted row's number may be taken by a later one). */
const freeCriterionId = (scheme: Scheme) => {
  let n = scheme.criteria.length + 1;
  while (scheme.criteria.some((c) => c.id === `item${n}`)) n++;
  return `item${n}`;
};

const opts = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

export function SetupTab({ state, reload }: TabProps) {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const [scheme, setScheme] = useState<Scheme>(state.scheme);
  const [templates, setTemplates] = useState<{ templateId: string; scheme: Scheme }[]>([]);
  const [optForm] = Form.useForm();
  const [appForm] = Form.useForm();
  useEffect(() => setScheme(state.scheme), [state.scheme]);
  useEffect(() => void request('selection.templates', {}).then((r) => setTemplates(r.templates), (e) => message.error(errorText(e))), [message]);
  const total = round2(scheme.criteria.reduce((s, c) => s + (c.max || 0), 0));
  const unit = state.options.priceUnit;
  const priced = state.applicants.some((a) => a.price != null);
  const problems = schemeProblems(scheme);
  const edit = (i: number, patch: Partial<Criterion>) => setScheme({ ...scheme, criteria: scheme.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      await reload();
      message.success(ok);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1100 }}>
      <Card title="评分办法" size="small" extra={
        <Space>
          <Select placeholder="从模板载入" style={{ width: 260 }} disabled={state.locked} data-testid="scheme-template"
            options={templates.map((t) => ({ value: t.templateId, label: t.scheme.name }))}
            onChange={(id) => setScheme(templates.find((t) => t.templateId === id)!.scheme)} />
          <Button type="primary" disabled={state.locked} data-testid="save-scheme" onClick={() => act(async () => {
            const r = await request('selection.saveScheme', { caseId, scheme });
            if (r.problems.length) message.warning(r.problems.join(''));
          }, '评分办法已保存')}>保存评分办法</Button>
        </Space>
      }>
        {state.locked && <Alert type="info" showIcon style={{ marginBottom: 8 }} message="已有成员提交评分表，评分办法已锁定。" />}
        <Input value={scheme.name} onChange={(e) => setScheme({ ...scheme, name: e.target.value })} disabled={state.locked} style={{ marginBottom: 8, maxWidth: 420 }} addonBefore="名称" />
        <Table size="small" rowKey={(_, i) => String(i)} pagination={false} dataSource={scheme.criteria} data-testid="scheme-table"
          columns={[
            // The criterion's id is a key for scores and import, nothing a secretary reads: the row shows its 序号.
            { title: '序号', width: 56, render: (_, _c, i) => i + 1 },
            { title: '评分项', render: (_, c, i) => <Input size="small" value={c.name} disabled={state.locked} onChange={(e) => edit(i, { name: e.target.value })} /> },
            { title: '分组', width: 90, render: (_, c, i) => <Select size="small" value={c.group} disabled={state.locked} options={opts(CRITERION_GROUPS)} onChange={(v) => edit(i, { group: v, ...(v === 'price' ? { kind: 'price' as const } : c.kind === 'price' ? { kind: 'subjective' as const } : {}) })} style={{ width: 80 }} /> },
            { title: '类型', width: 160, render: (_, c, i) => <Select size="small" value={c.kind} disabled={state.locked} options={opts(CRITERION_KINDS)} onChange={(v) => edit(i, { kind: v })} style={{ width: 150 }} popupMatchSelectWidth={false} data-testid={`criterion-kind-${i}`} /> },
            { title: '满分', width: 90, render: (_, c, i) => <InputNumber size="small" min={0.01} max={100} value={c.max} disabled={state.locked} onChange={(v) => edit(i, { max: Number(v ?? 0) })} data-testid={`criterion-max-${i}`} /> },
            { title: '评分指引', render: (_, c, i) => <Input.TextArea autoSize size="small" value={c.guidance} disabled={state.locked} onChange={(e) => edit(i, { guidance: e.target.value })} /> },
            { title: '', width: 50, render: (_, _c, i) => !state.locked && <a onClick={() => setScheme({ ...scheme, criteria: scheme.criteria.filter((_x, j) => j !== i) })}>删除</a> },
          ]}
          footer={() => (
            <Space>
              {!state.locked && <Button size="small" onClick={() => setScheme({ ...scheme, criteria: [...scheme.criteria, { id: freeCriterionId(scheme), name: '新评分项', group: 'tech', kind: 'subjective', max: 5, guidance: '' }] })}>添加评分项</Button>}
              <span data-testid="scheme-total">满分合计：<b>{total}</b> 分</span>
              {problems.map((p) => <Tag color="red" key={p}>{p}</Tag>)}
            </Space>
          )}
        />
        {state.schemeProblems.length > 0 && <Alert type="error" showIcon style={{ marginTop: 8 }} message={`已保存的评分办法有误：${state.schemeProblems.join('')}`} data-testid="saved-scheme-problems" />}
      </Card>

      <Card title="评审选项" size="small">
        <Form form={optForm} name="selection-options" layout="inline" initialValues={state.options} onFinish={(v) => act(() => request('selection.saveOptions', { caseId, options: { ...state.options, ...v } }), '评审选项已保存')}>
          <Form.Item label="采购方式" name="procedure" tooltip="决定评审委员会的法定人数：公开招标、邀请招标 5 人以上单数；竞争性谈判、竞争性磋商 3 人以上单数">
            <Select style={{ width: 190 }} popupMatchSelectWidth={false} data-testid="procedure" options={Object.entries(PROCEDURES).map(([value, p]) => ({ value, label: `${p.label}（≥${p.min}人）` }))} />
          </Form.Item>
          <Form.Item label="汇总方式" name="aggregation"><Radio.Group options={Object.keys(AGGREGATIONS).map((value) => ({ value, label: value === 'mean' ? '算术平均（默认）' : '去掉最高最低分后平均' }))} /></Form.Item>
          <Form.Item label="异常低价阈值（低于其他报价均值 %）" name="abnormalLowPercent"><InputNumber min={1} max={90} /></Form.Item>
          <Form.Item label="畸高畸低偏离（%）" name="deviationPercent"><InputNumber min={1} max={100} /></Form.Item>
          <Form.Item label="推荐候选人数" name="recommendCount"><InputNumber min={1} max={20} /></Form.Item>
          <Button htmlType="submit">保存选项</Button>
        </Form>
      </Card>

      <Card title="申报单位" size="small">
        <Form form={appForm} name="selection-applicant" layout="inline" style={{ marginBottom: 12 }} onFinish={(v) => act(async () => {
          await request('selection.saveApplicant', { caseId, applicant: { name: v.name, price: v.price ?? null } });
          appForm.resetFields();
        }, '已添加申报单位')}>
          <Form.Item name="name" rules={[{ required: true, whitespace: true, message: '请填写申报单位名称' }]}><Input placeholder="申报单位名称" style={{ width: 280 }} disabled={state.locked} data-testid="applicant-name" /></Form.Item>
          {state.scheme.criteria.some((c) => c.kind === 'price') && <Form.Item name="price" rules={[{ required: true, message: '评分办法含价格分，请填写报价' }]}><InputNumber placeholder="报价" min={0.01} style={{ width: 220 }} parser={(t) => numberText(t ?? '', UNIT_WORDS[unit]) as unknown as 0.01 /* antd narrows the type to min's literal; rc-input-number takes the text */} disabled={state.locked} data-testid="applicant-price"
            addonAfter={
              // One unit per case, kept as entered: it can be changed only while no price has been entered in it.
              <Select value={unit} style={{ width: 76 }} disabled={state.locked || priced} data-testid="price-unit" title={priced ? '已有报价按此单位填写，不能再改' : '报价单位'}
                options={PRICE_UNITS.map((u) => ({ value: u, label: u }))}
                onChange={(u: PriceUnit) => act(() => request('selection.saveOptions', { caseId, options: { ...state.options, priceUnit: u } }), `报价单位已设为${u}`)} />
            } /></Form.Item>}
          <Button htmlType="submit" disabled={state.locked} data-testid="add-applicant">添加</Button>
        </Form>
        <Table size="small" rowKey="applicantId" pagination={false} dataSource={state.applicants} data-testid="applicant-table" locale={{ emptyText: '尚未添加申报单位' }}
          columns={[
            { title: '申报单位', dataIndex: 'name' },
            { title: '报价', dataIndex: 'price', render: (v: number | null) => priceText(v, unit) },
            { title: '审查', render: (_, a) => (a.excludedReason ? <Tag color="red">{a.excludedReason}</Tag> : a.reviewPending ? <Tag color="orange">审查未完成</Tag> : <Tag color="green">审查通过</Tag>) },
            { title: '', width: 60, render: (_, a) => !state.locked && <Popconfirm title={`删除 ${a.name}？`} okText="删除" cancelText="取消" onConfirm={() => act(() => request('selection.removeApplicant', { caseId, applicantId: a.applicantId }), '已删除')}><a>删除</a></Popconfirm> },
          ]} />
      </Card>
    </Space>
  );
}
