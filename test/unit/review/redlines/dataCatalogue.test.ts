import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * A data catalogue's row names records: a charge word in a column of fields or data names ("缴费基数、缴费月份",
 * "企业缴费明细") charges nobody, though a public body provides the data. A product table's charge to a public user
 * still does. Texts written for this test.
 */
const plan = (table: string) => () => ['某市医疗保障公共数据授权运营实施方案', '三、授权数据范围', table, '七、附则', '本方案自印发之日起施行。'].join('\n');

describe('a data catalogue row', () => {
  it('fields and data names with 缴费 in them stay quiet', () => {
    expectQuiet('pricing', [''], { kind: 'plan', doc: plan('序号 | 数据资源名称 | 提供单位 | 主要字段 | 更新频率\n1 | 企业缴费明细 | 市医保局 | 单位名称、缴费基数、缴费月份 | 每月\n2 | 不动产交易价格 | 市自然资源局 | 成交价格、面积 | 每日') });
  });
  it('a product row charging a public user still fires', () => {
    expectRaised('pricing', [''], { kind: 'plan', doc: plan('| 产品类别 | 产品名称 | 服务对象 | 收费标准 |\n| 公共治理类 | 医保基金监管看板 | 市医保局 | 每年10万元 |') });
  });
});
