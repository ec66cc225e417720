import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { agreementWith, asIs, bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../helpers/redlineCase';

/**
 * The failure classes of the fifth held-out set (issue 10), each on text written for the test, with true negatives:
 * raw records handed to outside parties under a consent exception or pushed to a server another party names, and
 * destruction of "留存的原始数据" read as keeping it.
 */
const agreement = (clause: string, exit?: string) => agreementWith(clause, '某市水路运输场景公共数据授权运营协议', exit);
const AGR: RedlineCase = { title: '某市水路运输场景公共数据授权运营协议' };

describe('raw records given or pushed to another party', () => {
  it('fires on a consent exception that permits giving raw records, and on a bulk push to a named server', () => {
    expectRaised('raw_data_export', [
      '经甲方同意，乙方可以向合作保险公司提供其承保车辆的通行原始记录明细。',
      '乙方有权向物流企业提供其所需线路的车辆原始明细数据。',
      '下游企业因算法训练需要的，乙方可将脱敏后的原始订单明细数据批量推送至下游企业指定的服务器。',
      '乙方可将原始明细数据推送至合作方管理的数据库。',
    ], AGR);
  });
  it('products built on raw data, prohibitions and returns to the owner stay quiet', () => {
    expectQuiet('raw_data_export', [
      '经甲方同意，乙方可以向合作保险公司提供基于原始明细数据加工形成的风险评分。',
      '乙方不得向任何第三方提供原始记录明细。',
      '乙方可以向甲方提供原始明细数据的使用情况。',
      '乙方可将统计结果推送至合作方指定的服务器。',
    ], AGR);
  });
});

describe('destroying what is kept', () => {
  it('“退还甲方，并销毁留存的原始数据” is a destruction clause', () => {
    const exit = '协议终止后，乙方应当将甲方提供的数据全部退还甲方，并以不可逆方式销毁留存的原始数据及其副本，销毁记录和网络日志保存不少于六个月。';
    expect(raises('no_destruction', '无。', { ...AGR, exit })).toBe(false);
  });
  it('keeping raw data after the end still fires', () => {
    const exit = '协议终止后，乙方可以留存原始数据用于后续服务，其余数据以不可逆方式销毁，日志保存不少于六个月。';
    expect(raises('no_destruction', '无。', { ...AGR, exit })).toBe(true);
  });
});

describe('a product list with only public products', () => {
  const plan = (products: string) =>
    [
      '某市卫生健康领域公共数据授权运营实施方案',
      '一、总体要求',
      '坚持安全可控、统筹推进。',
      '二、产品和服务',
      products,
      '三、保障措施',
      '加强组织领导。',
    ].join('\n');
  it('fires when every product serves departments or the public', () => {
    const text = plan('（一）床位供需预测报告，供卫生健康部门决策使用；（二）就诊提醒服务，面向患者和家长，通过小程序提供。');
    expect(raises('product_categories', text, { kind: 'plan', doc: asIs })).toBe(true);
  });
  it('stays quiet when an industry product is listed too', () => {
    const text = plan('（一）床位供需预测报告，供卫生健康部门决策使用；（二）医疗机构运营分析，面向医药企业和保险机构有偿提供。');
    expect(raises('product_categories', text, { kind: 'plan', doc: asIs })).toBe(false);
  });
});

describe('a news release about a signing', () => {
  const page = (headline: string) =>
    [
      '某市人民政府网',
      '当前位置：首页 >> 新闻中心 >> 部门动态',
      headline,
      '发布时间：2026-06-18　信息来源：市数据局',
      '6月17日，某市交通领域公共数据授权运营协议签约仪式在市政务服务中心举行，副市长出席并讲话。',
      '会上，市交通运输局与某数据科技有限公司签订了《某市交通领域公共数据授权运营协议》，授权期限为三年。',
      '据介绍，运营机构将在授权运营空间内开展数据加工，严格落实原始数据不出域要求，首批推出6个数据产品。',
      '责任编辑：王某',
      '主办：某市人民政府办公室　ICP备05000217号',
    ].join('\n');
  it('is titled by its headline and is not an agreement, so no red line is judged', () => {
    const doc = docFromText(page('某市交通领域公共数据授权运营协议签约仪式暨工作推进会召开'));
    expect(doc.title).toBe('某市交通领域公共数据授权运营协议签约仪式暨工作推进会召开');
    const r = reviewDocument(doc, bundledRuleset('guizhou'), 'agreement');
    expect(r.warnings.join('')).toContain('看起来不像');
    expect(r.flags).toEqual([]);
  });
  it('an agreement titled as itself is still an agreement', () => {
    const text = agreement('本协议一式四份。');
    const r = reviewDocument(docFromText(text), bundledRuleset('hebei'), 'agreement');
    expect(r.warnings.join('')).not.toContain('红线不作判断');
    const plan = docFromText(['某市数据要素大会筹备工作方案', '一、总体要求', '正文。'].join('\n'));
    expect(plan.title).toBe('某市数据要素大会筹备工作方案');
  });
});

describe('a 起草说明 after the plan', () => {
  const plan = (tail: string[]) =>
    [
      '某市交通领域公共数据授权运营实施方案',
      '一、总体要求',
      '坚持安全可控、统筹推进。',
      '二、授权范围',
      '授权交通运输数据三类。',
      '三、运营期限',
      '授权运营期限为三年。',
      '四、安全管理',
      '建立数据安全管理制度。',
      '五、附则',
      '本方案自印发之日起施行。',
      ...tail,
    ].join('\n');
  const item = (text: string) =>
    reviewDocument(docFromText(text), bundledRuleset('guizhou'), 'plan').items.find((i) => i.id === 'plan.accounting')!;
  it('is another document: its discussion of the plan is not evidence', () => {
    const text = plan(['附件2', '关于《某市交通领域公共数据授权运营实施方案》的起草说明', '一、起草背景', '运营机构应单独核算经营成本和收入，收益按照“谁投入、谁贡献、谁受益”原则分配，具体办法另行明确。']);
    expect(item(text).status).toBe('missing');
  });
  it('the plan itself saying the same is evidence', () => {
    const text = plan(['六、核算与分配', '运营机构应单独核算经营成本和收入，收益按照“谁投入、谁贡献、谁受益”原则分配。']);
    expect(item(text).status).not.toBe('missing');
  });
});

describe('the operator re-developing a delivered product', () => {
  it('fires when it may re-develop, itself or through a company it controls', () => {
    expectRaised('exclusivity', [
      '授权运营机构可通过其控股的某数字科技有限公司，与开发利用机构联合对已交付的风险模型进行再开发。',
      '乙方可以对已交付开发利用机构的数据产品进行二次开发。',
    ], AGR);
  });
  it('a 开发利用机构 re-developing what it received, and a prohibition, stay quiet', () => {
    expectQuiet('exclusivity', [
      '开发利用机构可以对已交付的数据产品进行再开发，按市场价格提供服务。',
      '授权运营机构不得通过其控股公司对已交付的数据产品进行再开发。',
      '授权运营机构可以提供技术支持，开发利用机构据此进行再开发。',
      '运营机构可以按照公平公开的方式面向市场选择经营主体，对其已交付的数据产品进行再开发。',
    ], AGR);
  });
});

describe('a negative list in a table', () => {
  const plan = (data: string[]) =>
    [
      '某州中医药领域公共数据授权运营实施方案',
      '一、总体思路',
      '坚持安全可控。',
      '二、授权数据',
      '授权中医药诊疗统计数据三类。',
      ...data,
      '三、保障措施',
      '加强组织领导。',
    ].join('\n');
  const item = (doc: ReturnType<typeof docFromText>) =>
    reviewDocument(doc, bundledRuleset('guizhou'), 'plan').items.find((i) => i.id === 'plan.gz_negative_list')!;
  const withTable = (line: string) => {
    const doc = docFromText(plan([line]));
    const at = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === line);
    doc.blocks.splice(at + 1, 0, { id: 'tbl', kind: 'table', rows: [['负面清单数据', '排除理由'], ['患者身份信息', '个人敏感信息']] } as (typeof doc.blocks)[number]);
    return doc;
  };
  it('the line that introduces the table counts under another item’s heading', () => {
    expect(item(withTable('下列数据实行负面清单管理，不纳入授权运营范围（表1）：')).status).not.toBe('missing');
  });
  it('a mention with no table does not', () => {
    expect(item(docFromText(plan(['负面清单另行制定。']))).status).toBe('missing');
    expect(item(docFromText(plan(['下列数据实行负面清单管理，不纳入授权运营范围（表1）：']))).status).toBe('missing');
  });
});

describe('a plan with no headings, each paragraph opening with its point', () => {
  const plan = (paras: string[]) =>
    ['某市应急管理领域公共数据授权运营实施方案', '为提升应急管理数字化水平，依据有关规定，制定本方案。', ...paras].join('\n');
  const status = (text: string, id: string) =>
    reviewDocument(docFromText(text), bundledRuleset('hebei'), 'plan').items.find((i) => i.id === id)!.status;
  it('the lead-in sentence names the item', () => {
    const text = plan([
      '开展这项工作是必要的，也是可行的。保险机构和园区对风险画像需求迫切，市场规模约每年1800万元；运营机构提供数据汇聚、治理、建模、交付和销毁的全生命周期服务，预计隐患整改率提高15个百分点，重点防范敏感信息泄露风险。',
      '运营机构应当具备相应能力。运营机构应为独立法人，注册资本不低于5000万元，具有健全的数据安全管理制度，具备风险建模技术，通过网络安全等级保护三级测评。',
    ]);
    expect(status(text, 'plan.feasibility')).not.toBe('missing');
    expect(status(text, 'plan.selection')).not.toBe('missing');
  });
  it('without such sentences the items stay missing', () => {
    const text = plan(['工作分三步推进，每一步完成后由实施机构组织验收。', '我市按照应用场景逐一授权。']);
    expect(status(text, 'plan.feasibility')).toBe('missing');
    expect(status(text, 'plan.selection')).toBe('missing');
  });
});
