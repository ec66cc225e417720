import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the thirty-sixth set's failures (written blind and sealed at the start of session 28, measured at its
 * start and after the round's fixes, then opened), on text written for this test in other sectors and wordings.
 */

describe('what is kept, checked, bought or given back is no breach', () => {
  it('reads a retention period as no grant term, and an aside of a ban as banned', () => {
    expectQuiet('term_over_3y', ['乙方加工形成的中间数据集可以继续保留在专区乙方账户内，用于售后维护，保留期限不超过五年。']);
    expectQuiet('sub_authorization', ['乙方不得以任何形式将本协议项下的授权转让或者许可他人行使，包括向乙方的股东、关联企业转授权。']);
  });
  it('reads a deletion duty for data kept outside the zone as no export', () => {
    expectQuiet('raw_data_export', ['运营机构退出时，应当删除专区外留存的全部授权数据及副本，相关日志保存不少于6个月。']);
  });
  it('reads development commissioned by public bodies and paid on a fiscal review as bought, not charged', () => {
    expectQuiet('pricing', ['区级部门对乙方交付的公共治理类产品进行接口改造的，应当委托乙方实施，相关费用按照区财政评审结果据实结算。'], { ruleset: 'chongqing' });
  });
  it('reads the items of a list of indicators apart: a coverage item names no user for the next', () => {
    expectQuiet('pricing', ['运营评价的主要指标包括：公共治理类产品镇街覆盖率达到100%；用户满意度不低于90%；收费未超过核定价格。'], { ruleset: 'chongqing', kind: 'plan' });
  });
  it('reads a user that commissions others to upgrade what it received as no re-development by the operator', () => {
    expectQuiet('exclusivity', ['乙方向县水务局交付的公共治理产品，交付后由使用单位自主管理，使用单位可以委托其他机构升级改造。'], { ruleset: 'guizhou' });
  });
  it('reads new scenarios spared a new grant as the mode’s matter, not others kept out', () => {
    expectQuiet('exclusivity', ['运营机构根据市场需求提出的新增场景，报市数据局备案后即可开展，不再另行授权。'], { kind: 'plan' });
    expectRaised('authorization_mode', ['运营机构根据市场需求提出的新增场景，报市数据局备案后即可开展，不再另行授权。'], { kind: 'plan' });
  });
  it('reads 行业发展类 as a product category, not a field granted', () => {
    expectQuiet('authorization_mode', ['乙方可以将行业发展类产品的开发和运营业务交由其控股的某物流科技有限公司承担。']);
  });
});

describe('breaches said by what happens', () => {
  it('reads records listed per building or household as records, and a list that goes on after 以及', () => {
    expectRaised('raw_data_export', [
      '运营机构可以向合作保险机构按月提供投保区域内农房的逐栋数据清单，包括房屋编码、坐落位置、结构类型。',
      '核验服务向租赁企业实时返回承租人驾驶证状态，以及承租人近三年交通违法记录明细，租赁企业可以保存在其业务系统中。',
    ], { ruleset: 'chongqing' });
  });
  it('reads a party entrusted with the operation that uses the data as holding it', () => {
    expectRaised('sub_authorization', ['乙方可以经甲方书面同意，将行业服务类产品的运营工作委托其控股子公司承担，由受托单位在受托范围内使用授权数据。']);
  });
});

describe('texts that are not the plan: an audit opinion and a WeChat copy', () => {
  it('reads an audit opinion as a text about an operator', () => {
    const doc = docFromText(['审 计 意 见 书', '某审〔2027〕12号', '我局对某公司承担的学校食堂公共数据授权运营情况进行了审计。', '审计发现，该公司向区教委收取平台使用费12万元，操作日志仅保存三个月。'].join('\n'));
    const r = reviewDocument(doc, bundledRuleset('chongqing'), 'agreement');
    expect(r.flags).toEqual([]);
    expect(r.unlike).toMatch(/看起来不像/);
  });
  it('keeps a page’s pointer lines out of the title', () => {
    const doc = docFromText([
      '政策速递｜《某市演出市场公共数据授权运营实施方案》印发',
      '原创 某市数据 2027年05月12日 09:30',
      '日前，经市政府同意，市数据局印发《某市演出市场公共数据授权运营实施方案》。',
      '▌一图读懂请戳文末“阅读原文”',
      '—— 以下为方案全文 ——',
      '某市演出市场公共数据授权运营实施方案',
      '为推动演出市场公共数据开发利用，制定本方案。',
      '一、授权运营名称',
      '某市演出市场公共数据授权运营。',
    ].join('\n'));
    expect(doc.title).toBe('某市演出市场公共数据授权运营实施方案');
  });
});

describe('an organ named in a gathering section is no content of its matter', () => {
  it('reads 保障措施 naming 市场监督管理局 as no supervision', () => {
    const text = [
      '某市出租汽车公共数据授权运营实施方案',
      '一、授权运营名称',
      '某市出租汽车公共数据授权运营。',
      '二、保障措施',
      '（一）组织保障。成立由分管副市长任组长，市数据局、市交通运输局、市市场监督管理局为成员的工作专班。',
      '（二）资金保障。平台建设资金由运营机构自筹。',
    ].join('\n');
    const item = reviewDocument(docFromText(text), bundledRuleset('hebei'), 'plan').items.find((i) => i.id === 'plan.supervision')!;
    expect(item.status).toBe('missing');
  });
});
