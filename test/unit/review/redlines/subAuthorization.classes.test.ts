import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Classes of the sub-authorization red line read in session 11 (sixth clause bank, odd passages first), on text written
 * for the test with near misses: a share of the grant traded (a share of it is it), the operation business outsourced
 * whole, and the operator granting others by a noun ("对……开展授权") or delegating its grant down to them.
 */

describe('a share of the grant traded', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '联合体各方可以相互转让其所持的授权运营份额，报甲方备案即可。',
      '乙方可以将其运营份额的一部分转让给合作单位。',
    ], { ruleset: 'wenzhou' }));
  it('is not a share of costs, nor a prohibition', () =>
    expectQuiet('sub_authorization', [
      '联合体各方按照各自的授权运营份额分担运营成本。',
      '联合体成员不得相互转让授权运营份额。',
    ], { ruleset: 'wenzhou' }));
});

describe('the operation business outsourced whole', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '乙方可以将本场景授权运营业务整体委外给专业运营公司承担，委外合同报甲方备案。',
      '运营机构可将全部运营业务外包给其合作单位。',
    ], { ruleset: 'wenzhou' }));
  it('is not auxiliary work outsourced', () =>
    expectQuiet('sub_authorization', [
      '乙方可以将平台运维、数据标注等辅助性工作外包给第三方，授权运营业务由乙方自行承担。',
      '乙方不得将授权运营业务外包给第三方。',
    ], { ruleset: 'wenzhou' }));
});

describe('the operator granting others by a noun, or delegating its grant down', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '运营机构可以对县级运营主体进行授权，由其依托市级平台开展本县场景运营。',
      '运营机构可将本市授权下放至各县级运营主体，由其在本县开展场景运营。',
    ], { ruleset: 'wenzhou' }));
  it('is not the grantor granting, nor a prohibition', () =>
    expectQuiet('sub_authorization', [
      '甲方对乙方开展授权，乙方依托市级平台开展运营。',
      '运营机构不得对县级运营主体开展授权。',
    ], { ruleset: 'wenzhou' }));
});

// The even passages' classes (read after the odd/even figure was taken).
describe('a grant to an operator of another level, a right to run the data, a table that forbids', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '运营机构可以将部分场景的运营权授予县级运营单位。',
      '运营机构可以招募合作伙伴，授予其自主调用授权数据并对外提供服务的权利。',
    ], { ruleset: 'qinhuangdao' }));
  it('is quiet', () =>
    expectQuiet('sub_authorization', [
      '运营机构不得将运营权授予县级运营单位。',
      '运营机构可以授予其员工调用平台账号的权限。',
    ], { ruleset: 'qinhuangdao' }));
  it('reads a table row whose next cell forbids', () => {
    const plan: RedlineCase = { ruleset: 'qinhuangdao', kind: 'plan', doc: (rows) => `某场景公共数据授权运营实施方案\n（五）要求\n| 事项 | 要求 |\n${rows}` };
    expect(raises('sub_authorization', '| 再授权 | 不允许 |\n| 技术外包 | 仅限运维服务 |', plan)).toBe(false);
    expect(raises('sub_authorization', '| 再授权 | 经甲方同意后允许 |', plan)).toBe(true);
  });
});
