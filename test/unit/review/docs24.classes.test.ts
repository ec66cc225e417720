import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the twenty-fourth set (written blind in session 20 and measured blind at its start: 0 of 8 red lines
 * missed, 4 false in 12 documents). Every text is written for this test; each class has a near miss read the other way.
 */

describe('a tally of what has been done sets no rule', () => {
  it('a count of past transactions in rights of another kind stays quiet; the operator’s right leased to another fires', () => {
    expectQuiet('sub_authorization', ['（一）基本情况。县农村产权流转交易中心累计完成林地经营权、集体厂房租赁等交易862宗，成交金额1.3亿元。'], { ruleset: 'guizhou', kind: 'plan' });
    expectRaised('sub_authorization', ['（一）运营机构可以将本方案授予的运营权出租给县林权交易服务中心。'], { ruleset: 'guizhou', kind: 'plan' });
  });
});

describe('an act that qualifies a noun acts on that noun', () => {
  it('"在运营机构交付的产品基础上融合多源数据" stays quiet; raw records delivered to a developer fire', () => {
    expectQuiet('raw_data_export', ['开发利用主体在运营机构交付的模型基础上融合多源数据形成新的应用。'], { ruleset: 'guizhou', kind: 'plan' });
    expectRaised('raw_data_export', ['运营机构可以向开发利用主体交付原始明细数据，由其融合自有数据形成新产品。'], { ruleset: 'guizhou', kind: 'plan' });
  });
});

describe('a thing fronted by 将 is the clause’s own object', () => {
  it('system upkeep entrusted after the rights are named stays quiet; the rights entrusted by a word pointing back fire', () => {
    expectQuiet('sub_authorization', ['运营机构享有授权数据的加工使用权和产品经营权，经区数据局同意可以将机房运维委托第三方，受托方不得接触授权数据。'], { ruleset: 'wenzhou', kind: 'plan' });
    expectRaised('sub_authorization', ['运营机构享有授权数据的加工使用权和产品经营权，经区数据局同意可以将上述权利委托其控股子公司行使。'], { ruleset: 'wenzhou', kind: 'plan' });
  });
});

describe('a charge word a product watches is the data’s matter', () => {
  it('"面向区住建委，监测……异常结算" stays quiet; the same department billed each quarter fires', () => {
    expectQuiet('pricing', ['面向区住房城乡建委，分析各小区维修资金的缴存进度和异常结算，形式为监测看板。'], { ruleset: 'chongqing', kind: 'plan' });
    expectRaised('pricing', ['面向区住房城乡建委提供维修资金监测看板，按季度结算服务费。'], { ruleset: 'chongqing', kind: 'plan' });
  });
});

// Read from the seen lawful banks' last false fires (session 20).
describe('a clause that opens on a thing of another kind is a rule of its own', () => {
  it('the product’s approval does not lift the raw data’s prohibition; an approval for the same records does', () => {
    expectQuiet('raw_data_export', ['（三）原始数据不得导出运营专区，分析报告导出须经审批。'], { ruleset: 'hebei', kind: 'plan' });
    expectRaised('raw_data_export', ['（三）原始数据一律不得拷贝带离运营专区，确需拷贝的，须经市数据局审核并登记。'], { ruleset: 'hebei', kind: 'plan' });
  });
  it('data from many sources is no source data', () => {
    expectQuiet('raw_data_export', ['第八条 乙方可以向合作银行提供融合多源数据的评分服务。'], { ruleset: 'hebei' });
    expectRaised('raw_data_export', ['第八条 乙方可以将源数据部署至合作银行的服务器。'], { ruleset: 'hebei' });
  });
});

describe('a manner a party works in is no channel it must use', () => {
  it('"仅可在乙方陪同下" stays quiet; others bound to deal only through the operator fire', () => {
    expectQuiet('exclusivity', ['第十一条 受托的测评机构仅可在乙方陪同下进入运营专区开展安全测评，不得接触授权数据。'], { ruleset: 'wenzhou' });
    expectRaised('exclusivity', ['第十一条 其他机构需要使用本领域数据的，仅可通过乙方的服务平台申请。'], { ruleset: 'wenzhou' });
  });
});
