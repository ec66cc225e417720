import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Col, Descriptions, Input, Radio, Row, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AppContract, ResponseOf } from '../../shared/api/index';
import { PRICE_NOTICE, PRODUCT_USES, type PriceInput, type PriceProduct } from '../../shared/price/check';
import { errorText, request } from '../api/client';
import { useCase } from './CaseContext';

type Got = ResponseOf<AppContract['price.get']>;
const uses = Object.entries(PRODUCT_USES).map(([value, label]) => ({ value, label }));

/** 收费测算: 最高准许收入 = 经营成本 + 准许利润 + 税金 (发改价格〔2025〕65号), and each product's 上限收费标准 against it. */
export function PricePage() {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const [got, setGot] = useState<Got | null>(null);
  const [input, setInput] = useState<PriceInput | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const g = await request('price.get', { caseId });
    setGot(g);
    setInput(g.input);
  }, [caseId]);
  useEffect(() => void load().catch((e) => message.error(errorText(e))), [load, message]);

  if (!got || !input) return null;
  if (!got.applicable) return <Alert type="info" showIcon message="收费测算只用于授权运营协议审查和运营机构遴选评审案卷。" />;
  const set = (patch: Partial<PriceInput>) => setInput({ ...input, ...patch });
  const setProduct = (i: number, patch: Partial<PriceProduct>) => set({ products: input.products.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const save = async () => {
    setBusy(true);
    try {
      const r = await request('price.save', { caseId, input });
      setGot({ ...got, input: r.input, result: r.result });
      setInput(r.input);
      message.success('已保存收费测算。');
    } catch (e) {
      message.error({ content: errorText(e), duration: 8 });
    } finally {
      setBusy(false);
    }
  };
  const r = got.result;
  const field = (label: string, key: keyof PriceInput, placeholder = '', suffix?: string) => (
    <Col span={8}>
      <div style={{ marginBottom: 4 }}>{label}</div>
      <Input data-testid={`price-${key}`} value={input[key] as string} placeholder={placeholder} suffix={suffix} onChange={(e) => set({ [key]: e.target.value } as Partial<PriceInput>)} />
    </Col>
  );

  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 1200 }} size="middle" data-testid="price-page">
      <Alert type="info" showIcon message={`依据${PRICE_NOTICE}：最高准许收入 = 经营成本 + 准许利润 + 税金；用于公共治理、公益事业的产品和服务无偿提供。准许利润率等由地方规定的数值须由您填写并注明出处，本程序不代为设定。`} />
      <Card size="small" title="成本、利润和税金（金额单位：元，最多两位小数）">
        <Row gutter={[12, 12]}>
          {field('核算期', 'period', '如 2026年度')}
          {field('经营成本', 'operatingCost', '如 12345678.90', '元')}
          {field('经营成本依据', 'costBasis', '如 经审计的成本核算报告')}
          <Col span={24}>
            <Space wrap>
              <span>准许利润：</span>
              <Radio.Group value={input.profitMode} onChange={(e) => set({ profitMode: e.target.value })} data-testid="price-profitMode">
                <Radio value="rate">按准许利润率计算</Radio>
                <Radio value="amount">按规定的金额</Radio>
              </Radio.Group>
              {got.localRules.map((lr) => (
                <Button key={lr.id} size="small" data-testid={`price-rule-${lr.id}`}
                  onClick={() => set({ profitMode: 'rate', spreadPoints: lr.spreadPoints, profitRuleSource: lr.source })}>套用：{lr.label}</Button>
              ))}
            </Space>
          </Col>
          {input.profitMode === 'rate' ? (
            <>
              {field('上一年度10年期国债平均收益率', 'baseYield', '按公布数据填写，如 1.68', '%')}
              {field('收益率数据来源', 'baseYieldSource', '如 中国债券信息网公布的年度平均值')}
              {field('加点（按本地规则）', 'spreadPoints', '如 6', '个百分点')}
              <Col span={8}>
                <div style={{ marginBottom: 4 }}>计算基数（按本地规则）</div>
                <Select style={{ width: '100%' }} value={input.profitBase} onChange={(v) => set({ profitBase: v })} data-testid="price-profitBase"
                  options={[{ value: 'operating_cost', label: '经营成本' }, { value: 'other', label: '其他（填写名称和金额）' }]} />
              </Col>
              {input.profitBase === 'other' && field('计算基数名称', 'profitBaseLabel', '如 有效资产')}
              {input.profitBase === 'other' && field('计算基数金额', 'profitBaseAmount', '', '元')}
            </>
          ) : field('准许利润', 'profitAmount', '', '元')}
          <Col span={16}>
            <div style={{ marginBottom: 4 }}>准许利润的规则出处（文件和条款，必填）</div>
            <Input data-testid="price-profitRuleSource" value={input.profitRuleSource} placeholder="如 《某市公共数据授权运营实施方案》第九条" onChange={(e) => set({ profitRuleSource: e.target.value })} />
          </Col>
          {field('税金', 'taxes', '', '元')}
          {field('税金依据', 'taxBasis', '如 按增值税及附加测算')}
        </Row>
      </Card>

      <Card size="small" title="产品和服务的上限收费标准"
        extra={<Button size="small" icon={<PlusOutlined />} data-testid="price-add-product" onClick={() => set({ products: [...input.products, { name: '', use: 'industry', capPrice: '', unit: '', volume: '' }] })}>添加产品</Button>}>
        <Table size="small" pagination={false} rowKey={(_, i) => String(i)} dataSource={input.products} data-testid="price-products"
          columns={[
            { title: '名称', render: (_, p, i) => <Input size="small" data-testid={`product-${i}-name`} value={p.name} onChange={(e) => setProduct(i, { name: e.target.value })} /> },
            { title: '用途', width: 170, render: (_, p, i) => <Select size="small" style={{ width: '100%' }} data-testid={`product-${i}-use`} value={p.use} options={uses} onChange={(v) => setProduct(i, { use: v })} /> },
            { title: '上限收费标准（元）', width: 150, render: (_, p, i) => <Input size="small" data-testid={`product-${i}-cap`} value={p.capPrice} placeholder="免费填 0" onChange={(e) => setProduct(i, { capPrice: e.target.value })} /> },
            { title: '计价单位', width: 100, render: (_, p, i) => <Input size="small" data-testid={`product-${i}-unit`} value={p.unit} placeholder="如 次" onChange={(e) => setProduct(i, { unit: e.target.value })} /> },
            { title: '预计数量', width: 120, render: (_, p, i) => <Input size="small" data-testid={`product-${i}-volume`} value={p.volume} onChange={(e) => setProduct(i, { volume: e.target.value })} /> },
            { title: '', width: 40, render: (_, __, i) => <Button size="small" type="text" icon={<DeleteOutlined />} aria-label="删除" onClick={() => set({ products: input.products.filter((_p, k) => k !== i) })} /> },
          ]} />
      </Card>
      <Button type="primary" loading={busy} onClick={save} data-testid="price-save">保存并测算</Button>

      <Card size="small" title="测算结果（已保存的数据）" data-testid="price-result">
        {r.missing.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={`尚不能计算最高准许收入，请填写：${r.missing.join('、')}。`} data-testid="price-missing" />}
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="经营成本">{r.operatingCost ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="准许利润率">{r.profitRateText || '—'}</Descriptions.Item>
          <Descriptions.Item label="准许利润">{r.profit ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="税金">{r.taxes ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="最高准许收入"><b data-testid="price-max-revenue">{r.maxRevenue ?? '—'}</b></Descriptions.Item>
          <Descriptions.Item label="按上限测算的收费收入">{r.projectedRevenue ?? '—'}</Descriptions.Item>
        </Descriptions>
        {r.lines.length > 0 && <div style={{ marginTop: 8 }}>{r.lines.map((l) => <Typography.Paragraph key={l} style={{ marginBottom: 4 }}>{l}</Typography.Paragraph>)}</div>}
        {r.flags.map((f) => (
          <Alert key={f.text} style={{ marginTop: 8 }} type={f.severity === 'red' ? 'error' : 'warning'} showIcon data-testid="price-flag"
            message={`${f.severity === 'red' ? '【红线】' : '【提示】'}${f.text}`} description={`依据：${f.basis}`} />
        ))}
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>测算结果和提示写入“意见书”中的协议审查意见和评审报告（“收费测算（最高准许收入）”一节）。</Typography.Text>
      </Card>
    </Space>
  );
}
