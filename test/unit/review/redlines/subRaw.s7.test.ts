import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Classes of sub_authorization and raw_data_export read in session 12 (seventh clause bank, odd passages first), fixed
 * in the clause parse, on text written for the test with near misses that must stay quiet.
 */
const WENZHOU: RedlineCase = { ruleset: 'wenzhou' };

describe('an operator of a county or locality is another party than the operator', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '乙方可以将医疗健康场景的运营权交给县域运营商，由其自行开展运营。',
      '运营机构可将部分领域的运营权委托给属地运营公司，由属地运营公司独立运营。',
    ], WENZHOU));
  it('is not the operator working with them, nor a prohibition', () =>
    expectQuiet('sub_authorization', [
      '乙方应当为区县运营主体提供平台技术支持。',
      '运营机构不得将运营权委托给区县运营主体。',
    ], WENZHOU));
});

describe('授权 with a party as its object, who then runs the operation', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '乙方可以授权其合作伙伴在交通领域开展数据运营。',
      '运营机构经内部审议后，可授权若干本地企业负责文旅场景的运营。',
    ], WENZHOU));
  it('is not the operator named, the grantor granting, a licence to use a product, nor a prohibition', () =>
    expectQuiet('sub_authorization', [
      '甲方授权运营机构开展公共数据授权运营。',
      '甲方可以授权其他机构开展相关领域的运营。',
      '乙方可以授权客户企业使用其开发的数据产品。',
      '乙方不得授权其他企业开展授权运营。',
    ], WENZHOU));
});

describe('another party acting in its own name, or holding the operator\'s rights under the agreement', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '乙方可以委托合作单位以该单位自己的名义对外提供数据服务。',
      '服务商在服务期限内享有本协议约定的乙方权利。',
    ], WENZHOU));
  it('is not the operator\'s own name, nor a denial', () =>
    expectQuiet('sub_authorization', [
      '乙方可以委托技术服务商以乙方的名义提供平台运维，运维服务商不对外提供任何服务。',
      '受托方不享有本协议约定的乙方权利，仅提供技术支持。',
    ], WENZHOU));
});

describe('the party chosen is who receives, not who chose it', () => {
  it('fires', () =>
    expectRaised('sub_authorization', ['乙方可以将其运营资格转交给乙方选定的其他企业。'], WENZHOU));
  it('is not the grantor, nor the law\'s approval', () =>
    expectQuiet('sub_authorization', [
      '乙方因故不能继续运营的，应当将运营资格交还甲方。',
      '乙方转让运营资格的，须经甲方报市人民政府批准，并另行签订授权运营协议。',
    ], WENZHOU));
});

describe('a destination written for an export, a place elsewhere describing the data', () => {
  it('fires', () =>
    expectRaised('raw_data_export', ['乙方可以将专区内的原始数据导出至开发环境进行调试。']));
  it('is not a destination inside the platform, nor a prohibition', () =>
    expectQuiet('raw_data_export', [
      '乙方可以将专区内的原始数据导出至平台内的隔离环境进行调试。',
      '乙方不得将专区内的原始数据导出至开发环境。',
    ]));
});

describe('statistics whose unit may be one person are that person\'s records', () => {
  it('fires', () =>
    expectRaised('raw_data_export', ['分析报告的统计粒度可以细化到单个企业，报告经审核后可以导出平台。']));
  it('is not a unit required to be many, nor a unit forbidden to be one', () =>
    expectQuiet('raw_data_export', [
      '分析报告的统计粒度不得细化到单个企业，报告经审核后可以导出平台。',
      '统计单元应当不少于20户，统计结果经审核后可以导出平台。',
    ]));
});

// Even passages of the seventh bank, read after the odd ones' fixes were measured on them.

describe('another party exercising the grant holds it', () => {
  it('fires', () =>
    expectRaised('sub_authorization', ['乙方的子公司可以直接行使本协议项下的运营权，相关责任由乙方承担。'], WENZHOU));
  it('is not the operator nor the grantor exercising it, nor a prohibition', () =>
    expectQuiet('sub_authorization', [
      '乙方应当依法行使本协议项下的运营权。',
      '甲方有权行使本协议项下的监督权。',
      '乙方的子公司不得行使本协议项下的运营权。',
    ], WENZHOU));
});

describe('the grant allotted to a party is moved to it; a partner operator is another party', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '乙方可将所获运营权的一部分分配给其下属机构行使。',
      '运营机构可以将部分场景的运营权交给合作运营公司，由其开展运营。',
    ], WENZHOU));
  it('is not income allotted, nor a prohibition', () =>
    expectQuiet('sub_authorization', [
      '乙方可将运营收益按比例分配给联合体成员。',
      '乙方不得将运营权分配给其下属机构行使。',
    ], WENZHOU));
});

describe('the granted public data named 授权公共数据 is data, not the grant', () => {
  it('fires', () =>
    expectRaised('raw_data_export', ['乙方可以在乙方自有的机房中存放授权公共数据的完整副本。']));
  it('is not kept inside the platform', () =>
    expectQuiet('raw_data_export', ['乙方可以在平台内的专区中存放授权公共数据的完整副本。']));
});

describe('a hashed identifier without salt is restored by enumeration', () => {
  it('fires', () =>
    expectRaised('raw_data_export', ['乙方可以向合作银行提供经MD5处理的手机号码列表，用于营销名单比对。']));
  it('is not a salted hash, nor a prohibition', () =>
    expectQuiet('raw_data_export', [
      '乙方可以向合作银行提供经加盐哈希处理的手机号码列表，盐值由甲方保管且不对外提供。',
      '乙方不得向合作银行提供经MD5处理的手机号码列表。',
    ]));
});

describe('raw data kept after the agreement, where it is kept', () => {
  it('fires', () =>
    expectRaised('raw_data_export', ['协议终止后，乙方可以在其自建服务器上保留原始数据副本一年。']));
  it('is not kept for a purpose with no place, nor a right kept', () =>
    expectQuiet('raw_data_export', [
      '协议终止后，甲方保留追究乙方违约责任的权利。',
      '协议终止后，乙方可以保留数据产品的销售记录用于售后服务。',
    ]));
});

describe('raw data named as absent, or in a risk, lets nothing out', () => {
  it('fires', () =>
    expectRaised('raw_data_export', ['乙方可以导出原始数据用于审计。']));
  it('quiet', () =>
    expectQuiet('raw_data_export', [
      '操作日志可以导出用于安全审计，导出的日志不包含原始数据。',
      '模型经第三方评估确认不存在泄露原始数据隐患的，方可导出平台。',
    ]));
});
