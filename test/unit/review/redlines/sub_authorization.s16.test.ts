import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the misses of sub_authorization-s16 (and s15 #13), session 21: who ends up running the grant, read
 * from who works the data and who deals what it makes, not from the word the drafter gave the arrangement. Every text
 * is written for this test; each class has near misses that must stay quiet.
 */

const PLAN = { ruleset: 'national', kind: 'plan' as const };

describe('another party that works the granted data and deals what it makes on its own account runs the grant', () => {
  it('a party let in by the operator that uses the data and sells, lists or books on its own fires', () => {
    expectRaised('sub_authorization', [
      '生态伙伴经乙方备案后，可以在运营平台内调用乙方授权范围内的医保结算数据开发分析模型，并自行对外销售。',
      '受托单位在乙方开通的权限内直接使用不动产登记数据建模，形成的产品可以以受托单位名义在数据交易所上架。',
      '丙方负责对气象观测数据进行清洗加工，加工形成的数据产品由丙方自行定价并对外销售。',
    ]);
    expectRaised('sub_authorization', ['各县合作企业使用运营机构分配的接口账号调用公积金缴存数据，开发信贷风控产品并面向本县金融机构客户提供。'], PLAN);
    expectRaised('sub_authorization', ['县级服务站可由合作企业投资建设和运营，独立核算、自负盈亏，在本县范围内开展水务数据产品开发和销售。'], PLAN);
  });
  it('the partner working for the operator, a developer or customer, or a sale forbidden stays quiet', () => {
    expectQuiet('sub_authorization', [
      '受托单位在乙方开通的权限内使用不动产登记数据建模，形成的成果交付乙方，由乙方统一对外销售。',
      '丙方负责对气象观测数据进行清洗加工，加工形成的数据产品归乙方所有，丙方不得自行对外销售。',
      '客户可以使用乙方交付的数据产品开展内部风险分析，不得自行对外销售该产品。',
      '乙方应当在运营平台内独立开展数据产品开发，并自行对外销售，自负盈亏。',
    ]);
  });
});

describe('the operation handed on, however the drafter calls the hand-over', () => {
  it('a whole business subcontracted, a scenario put to partners that obtain its grant, fires', () => {
    expectRaised('sub_authorization', ['乙方可将本协议项下的交通流量数据清洗及相关产品运营业务一并分包给具备相应资质的企业承担。']);
    expectRaised('sub_authorization', ['各具体场景的运营，可由运营机构通过合作机制交由市场主体承担，合作伙伴经遴选后，获得该场景的数据调用授权，并独立开展产品推广。'], PLAN);
  });
  it('support work subcontracted, or a partner helping the operator, stays quiet', () => {
    expectQuiet('sub_authorization', [
      '乙方可将运营平台的机房运维服务分包给具备相应资质的企业承担，分包不涉及授权运营权的转移。',
      '合作伙伴在乙方授予的权限范围内协助乙方开展数据标注，不对外提供任何产品。',
    ]);
  });
});

describe('a prohibition lifted by a clause of its own, and the operation held jointly', () => {
  it('a clause saying where the prohibition does not apply, naming a move to another party, fires', () => {
    expectRaised('sub_authorization', ['前款规定不适用于乙方将港口物流数据运营业务移交其控股子公司的情形，乙方应当事先通知甲方。']);
    expectRaised('sub_authorization', ['乙方与合作方共同行使本协议项下交通数据的运营权，收益按约定比例分配。']);
  });
  it('a disapplication for another matter, one that keeps the law’s approval, or rights in a work, stays quiet', () => {
    expectQuiet('sub_authorization', [
      '前款规定不适用于乙方为履行本协议采购服务器等设备的情形。',
      '前款规定不适用于经市人民政府批准后乙方向其控股子公司转让运营业务的情形。',
      '乙方与合作方共同享有联合研发成果的著作权。',
    ]);
  });
});

describe('the operation put first as the topic of a hand-over', () => {
  it('a scenario’s operation named first, then handed to another party, fires', () => {
    expectRaised('sub_authorization', ['部分细分领域的运营，可由运营机构按程序交由合作企业承担。'], PLAN);
  });
  it('a platform’s upkeep named first, or the operation handed to the operator, stays quiet', () => {
    expectQuiet('sub_authorization', ['平台的运行维护，可由运营机构交由技术服务单位承担。', '本市交通领域的运营，由市政府交由运营机构统一承担。'], PLAN);
  });
});
