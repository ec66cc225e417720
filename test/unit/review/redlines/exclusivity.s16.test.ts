import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Exclusivity classes of the sixteenth bank (session 21): the grantor withholding what it refers back to, granting or
 * helping others, a buyer going on from the sentence before, the operator preferred for new grants or named first
 * choice, its own group served first, a domain's uses reserved, others barred from building on the same data, a market
 * party's promise, and two false readings (a refused part read as the actor, a sole environment read as a sole
 * operator). Every text is written for this test; each class has near misses that must stay quiet.
 */
const plan = { kind: 'plan' as const };

describe('exclusivity: the grantor withholds data named by 前述/前款 from others', () => {
  it('a promise not to supply the data referred back fires', () => {
    expectRaised('exclusivity', [
      '鉴于乙方承担了平台建设费用，甲方承诺在协议期内不向其他企业提供前述医保结算数据。',
      '甲方在授权期内不向其他数据服务商供给前款所列的气象观测数据。',
    ]);
  });
  it('the operator kept from passing the data on, or the grantor supplying after review, stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方不得向其他企业提供前述医保结算数据。',
      '甲方向其他单位提供前述数据前，应当履行安全评估程序。',
    ]);
  });
});

describe('exclusivity: the grantor granting other operators, or helping others build a like business', () => {
  it('a grant refused to other operators with no subject, or help refused for a like service, fires', () => {
    expectRaised('exclusivity', ['港口作业数据在本协议期限内不向其他运营机构授权。'], plan);
    expectRaised('exclusivity', ['协议期内，甲方不得以任何形式扶持其他企业建设与乙方平台功能类似的客流分析服务。']);
  });
  it('the operator barred from granting, or help refused for an unlawful use, stays quiet', () => {
    expectQuiet('exclusivity', ['乙方不得向其他运营机构授权。', '甲方不协助任何第三方获取未经脱敏的原始数据。']);
  });
});

describe('exclusivity: a buyer that goes on from the sentence before needs the operator’s consent to buy elsewhere', () => {
  it('the buyer named before, bound to the operator’s consent, fires', () => {
    expectRaised('exclusivity', [
      '第九条 区教育局下属各学校采购学情分析服务时，应当向乙方采购；确需向其他服务商采购的，应当事先征得乙方书面同意。',
    ]);
  });
  it('the buyer free to choose, or a consent asked of the grantor, stays quiet', () => {
    expectQuiet('exclusivity', [
      '第九条 区教育局下属各学校采购学情分析服务时，可以自主选择服务商；向其他服务商采购的，无需征得乙方同意。',
    ]);
  });
});

describe('exclusivity: the operator preferred for new grants, or named the first-choice supplier', () => {
  it('a new grant given first to the operator chosen, or a first-choice supplier, fires', () => {
    expectRaised('exclusivity', ['本市后续新增文旅数据应用场景授权时，优先授予本协议确定的运营机构。'], plan);
    expectRaised('exclusivity', ['乙方为甲方下属各医疗机构采购健康数据服务的第一顺位供应商。']);
  });
  it('a renewal earned by evaluation, or a supplier among others, stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方年度评价为优秀的，后续新增场景授权时同等条件下优先授予乙方。',
      '乙方为甲方下属医疗机构健康数据服务的供应商之一。',
    ]);
  });
});

describe('exclusivity: the operator serving first those tied to it by a stake', () => {
  it('the operator preferring companies it holds a stake in fires', () => {
    expectRaised('exclusivity', ['运营机构在分配算力资源时，优先保障与其具有投资关系的企业的调用需求。']);
  });
  it('the grantor preferring its own units, or the operator treating all alike, stays quiet', () => {
    expectQuiet('exclusivity', [
      '甲方优先向与其存在隶属关系的事业单位开放公共数据。',
      '运营机构对所有开发利用机构一视同仁，不得优先保障与其具有投资关系的企业。',
    ]);
  });
});

describe('exclusivity: a domain’s downstream uses reserved to the operator', () => {
  it('every use on the domain’s data provided by the operator alone fires', () => {
    expectRaised('exclusivity', ['本市不动产登记领域的权属查询、抵押核验等下游应用一律由运营机构直接面向社会提供。'], plan);
  });
  it('the operator providing base products while developers build the uses stays quiet', () => {
    expectQuiet('exclusivity', ['本市不动产登记领域的下游应用由开发利用机构开发，运营机构直接面向社会提供基础数据产品。'], plan);
  });
});

describe('exclusivity: others barred from building apart on the same data', () => {
  it('others barred from developing anew on that data fires', () => {
    expectRaised('exclusivity', ['授权期内，其他企业不得另行研发利用上述水文数据的洪水预警产品。'], plan);
  });
  it('others barred from developing it without a grant stays quiet', () => {
    expectQuiet('exclusivity', ['未经授权，其他企业不得研发利用上述水文数据的产品。'], plan);
  });
});

describe('exclusivity: a market party named before it promises to buy nowhere else', () => {
  it('members who go on to promise not to buy like services elsewhere fire', () => {
    expectRaised('exclusivity', [
      '运营机构与市物流协会签署合作备忘录，协会成员企业通过运营机构查询车辆资质，并承诺在合作期内不采购其他平台的同类核验服务。',
    ], plan);
  });
  it('the operator itself refraining stays quiet', () => {
    expectQuiet('exclusivity', ['运营机构与市物流协会签署合作备忘录，并承诺在合作期内不采购其他平台的同类核验服务。'], plan);
  });
});

describe('exclusivity: what the operator refuses, and the only environment, raise nothing', () => {
  it('the operator refusing a part, followed by others’ freedom, stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方承诺不参与已交付数据产品的再开发，经营主体对其所购产品的二次开发不受限制。',
      '该平台为本市唯一的授权运营支撑环境，所有经营主体按统一规则接入。',
    ]);
  });
  it('the operator taking part itself, or a sole operator, still fires', () => {
    expectRaised('exclusivity', ['乙方有权参与经营主体对已交付数据产品的再开发。', '乙方为本市唯一的授权运营机构。']);
  });
});
