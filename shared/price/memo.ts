import type { SectionContent } from '../memo/template';
import type { PriceResult } from './check';

/**
 * The memo source 'price.check' of the 协议审查意见 and the 评审报告: the computation of 最高准许收入 with its basis,
 * the products' 上限收费标准, and the flags. Undefined until something is entered, so the section prints "无。".
 */
export function priceSources(r: PriceResult): Record<string, SectionContent | undefined> {
  if (r.maxRevenue === null && !r.flags.length) return { 'price.check': undefined };
  const paragraphs = [
    ...r.lines,
    ...(r.maxRevenue === null ? [`最高准许收入尚不能计算，缺少：${r.missing.join('、')}。`] : []),
    ...r.flags.map((f) => `${f.severity === 'red' ? '【红线】' : '【提示】'}${f.text}（依据：${f.basis}）`),
  ];
  const tables = r.products.length
    ? [{ caption: '产品和服务上限收费标准', header: [['产品或服务', '用途', '上限收费标准（元）', '计价单位', '预计数量', '测算收入（元）']], rows: r.products.map((p) => [p.name, p.useLabel, p.capPrice || '0.00', p.unit, p.volume, p.revenue]), widths: [3, 2, 2, 1.5, 1.5, 2] }]
    : [];
  return { 'price.check': { paragraphs, tables } };
}
