import { describe, expect, it } from 'vitest';
import { agreementWith, flagIds } from '../../../helpers/reviewCorpus';

/**
 * Classes of sub_authorization and raw_data_export read in session 12 (seventh clause bank, odd passages first), fixed
 * in the clause parse, on text written for the test with near misses that must stay quiet.
 */
const flags = (clause: string, ruleset: string) => flagIds(agreementWith(clause), ruleset, 'agreement');
const check = (id: string, want: boolean, cases: string[], ruleset = 'wenzhou') => {
  for (const c of cases) expect(flags(c, ruleset).includes(id), c).toBe(want);
};
const sub = (want: boolean, cases: string[]) => check('sub_authorization', want, cases);
const raw = (want: boolean, cases: string[]) => check('raw_data_export', want, cases, 'hebei');

describe('an operator of a county or locality is another party than the operator', () => {
  it('fires', () =>
    sub(true, [
      '乙方可以将医疗健康场景的运营权交给县域运营商，由其自行开展运营。',
      '运营机构可将部分领域的运营权委托给属地运营公司，由属地运营公司独立运营。',
    ]));
  it('is not the operator working with them, nor a prohibition', () =>
    sub(false, [
      '乙方应当为区县运营主体提供平台技术支持。',
      '运营机构不得将运营权委托给区县运营主体。',
    ]));
});

describe('授权 with a party as its object, who then runs the operation', () => {
  it('fires', () =>
    sub(true, [
      '乙方可以授权其合作伙伴在交通领域开展数据运营。',
      '运营机构经内部审议后，可授权若干本地企业负责文旅场景的运营。',
    ]));
  it('is not the operator named, the grantor granting, a licence to use a product, nor a prohibition', () =>
    sub(false, [
      '甲方授权运营机构开展公共数据授权运营。',
      '甲方可以授权其他机构开展相关领域的运营。',
      '乙方可以授权客户企业使用其开发的数据产品。',
      '乙方不得授权其他企业开展授权运营。',
    ]));
});

describe('another party acting in its own name, or holding the operator\'s rights under the agreement', () => {
  it('fires', () =>
    sub(true, [
      '乙方可以委托合作单位以该单位自己的名义对外提供数据服务。',
      '服务商在服务期限内享有本协议约定的乙方权利。',
    ]));
  it('is not the operator\'s own name, nor a denial', () =>
    sub(false, [
      '乙方可以委托技术服务商以乙方的名义提供平台运维，运维服务商不对外提供任何服务。',
      '受托方不享有本协议约定的乙方权利，仅提供技术支持。',
    ]));
});

describe('the party chosen is who receives, not who chose it', () => {
  it('fires', () =>
    sub(true, ['乙方可以将其运营资格转交给乙方选定的其他企业。']));
  it('is not the grantor, nor the law\'s approval', () =>
    sub(false, [
      '乙方因故不能继续运营的，应当将运营资格交还甲方。',
      '乙方转让运营资格的，须经甲方报市人民政府批准，并另行签订授权运营协议。',
    ]));
});

describe('a destination written for an export, a place elsewhere describing the data', () => {
  it('fires', () =>
    raw(true, ['乙方可以将专区内的原始数据导出至开发环境进行调试。']));
  it('is not a destination inside the platform, nor a prohibition', () =>
    raw(false, [
      '乙方可以将专区内的原始数据导出至平台内的隔离环境进行调试。',
      '乙方不得将专区内的原始数据导出至开发环境。',
    ]));
});

describe('statistics whose unit may be one person are that person\'s records', () => {
  it('fires', () =>
    raw(true, ['分析报告的统计粒度可以细化到单个企业，报告经审核后可以导出平台。']));
  it('is not a unit required to be many, nor a unit forbidden to be one', () =>
    raw(false, [
      '分析报告的统计粒度不得细化到单个企业，报告经审核后可以导出平台。',
      '统计单元应当不少于20户，统计结果经审核后可以导出平台。',
    ]));
});
