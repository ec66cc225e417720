import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the banks exclusivity-s17 and pricing-s17 (written blind in session 21, read in session 22). Every
 * text is written for this test; each class has near misses that must stay quiet.
 */
const plan = { ruleset: 'hebei', kind: 'plan' as const };

describe('exclusivity: others kept out of the field', () => {
  it('the grantor not choosing another operator, the operator named before the choosing', () => {
    expectRaised('exclusivity', ['甲方承诺，授权期内本场景不再另行启动运营机构遴选工作。', '甲方在协议有效期内不另行组织运营单位选择。']);
    expectQuiet('exclusivity', ['协议期满后，甲方将重新组织运营机构遴选，乙方可以参加。', '甲方另行组织运营机构遴选的，应当公开进行。']);
  });
  it('others’ applications refused in the clause after the condition that names them', () => {
    expectRaised('exclusivity', ['其他单位就同一场景提出授权申请的，一律不予受理。'], plan);
    expectQuiet('exclusivity', ['其他单位提出申请的材料不齐全的，不予受理。', '其他单位就同一场景提出申请的，甲方应当依法受理并公平评审。'], plan);
  });
  it('access rationed by a further deal with the operator', () => {
    expectRaised('exclusivity', ['对未与运营机构签订长期合作协议的数据商，运营机构可以降低其接口调用配额。']);
    expectQuiet('exclusivity', ['对未与运营机构签订数据使用协议的数据商，运营机构不予开通接口。', '对未与运营机构签订合作协议的数据商，运营机构不得限制其正常调用。']);
  });
  it('a partner, member or vendor barred from working with the operator’s rivals', () => {
    expectRaised('exclusivity', ['签约服务商应当承诺，在合作期间不为其他数据运营机构提供同类技术支持服务。', '会员单位在会员期内不得与其他数据交易平台开展同类数据合作。']);
    expectRaised('exclusivity', ['| 合作安排 | 具体要求 |\n| 生态伙伴 | 乙方面向社会公开征集场景合作伙伴 |\n| 伙伴承诺 | 入选单位须承诺合作期内不与其他运营机构开展同类合作 |'], plan);
    expectQuiet('exclusivity', ['签约服务商不得向其他运营机构提供本项目的原始数据。', '乙方承诺不与其他运营机构开展同类合作。', '合作伙伴不得与其他运营机构串通报价。']);
  });
  it('any market party barred from making a like product', () => {
    expectRaised('exclusivity', ['数据商不得利用本场景同源数据另行开发同类核验产品。', '为避免重复建设，开发利用主体不得自行推出与本场景相同的数据服务。'], plan);
    expectQuiet('exclusivity', ['开发利用主体不得开发与原始数据内容相同的数据集。', '乙方不得开发与开发利用主体同类的产品。', '经营主体不得利用授权数据开发违法产品。'], plan);
  });
  it('the operator’s group served first, others after it', () => {
    expectRaised('exclusivity', ['运营机构关联公司提交的数据调用申请优先安排，其他主体的申请依次处理。', '其他开发利用主体的订单在乙方子公司需求满足后再行处理。']);
    expectQuiet('exclusivity', ['乙方关联公司提交的数据调用申请不得优先处理，应与其他主体同等排队。', '应急救灾部门提交的调用请求优先处理。']);
  });
});

describe('pricing: public users charged, the price authority skipped', () => {
  it('a body of the grantor’s, a law-enforcement body, a mass organisation is a public user', () => {
    expectRaised('pricing', ['甲方下属城市管理综合执法支队使用违停分析服务的，每年向乙方支付服务费十万元。', '区妇联调用婚姻家庭咨询数据服务的，按年支付服务费三万元。']);
    expectQuiet('pricing', ['乙方下属技术服务中心使用平台资源的，按内部结算办法支付费用。', '甲方所属执法机构使用该服务的，免费提供。', '区妇联调用婚姻家庭咨询数据服务的，免费提供。', '工会会员数据产品面向保险公司提供的，执行政府指导价。']);
  });
  it('one price for public and market uses, a unit price set by a list', () => {
    expectRaised('pricing', ['面向政务部门和企业的数据产品实行统一定价。', '区应急管理局为履行监测预警职责调用数据接口的，单价参照附件二执行，费用由区财政保障。'], plan);
    expectQuiet('pricing', ['产业类数据产品实行统一定价，公益类数据产品免费提供。', '开发利用主体调用数据接口的，单价按照附件二执行。'], plan);
  });
  it('a price change spared the price authority, whoever else agrees', () => {
    expectRaised('pricing', ['乙方可根据成本变化调整服务费标准，报甲方同意后执行，不再报送发展改革部门审核。']);
    expectQuiet('pricing', ['乙方调整服务内容的，经甲方同意后实施，无需报价格主管部门审核。', '乙方调整价格的，应当报价格主管部门审核同意后执行。']);
  });
});
