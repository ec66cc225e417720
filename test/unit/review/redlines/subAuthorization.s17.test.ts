import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the sub_authorization-s17 bank (opened in session 22): who ends up holding the grant when the
 * drafter names it as rights listed by act, puts the operator inside the condition or a comparison, or has the grantor
 * choose. Every text is written for this test; each class has near misses.
 */
const plan = { kind: 'plan' as const };

describe('rights listed by act under one head are the grant', () => {
  it('another party given or taking rights to call, process and run products fires', () => {
    expectRaised('sub_authorization', [
      '区域服务商经市级运营机构授权后取得本区域交通数据的调用、清洗和产品经营权限，按季度向其支付分成。',
      '运营机构可以向其设立的运营分中心授予辖区内气象数据的加工和产品运营权限。',
      '乙方可以向合作企业授予水利数据的访问及加工权限，由合作企业自行开发产品。',
    ]);
    expectRaised('sub_authorization', ['专业运营商经运营机构同意后获得医保数据调用和产品经营权限。'], plan);
  });
  it('a product’s rights, the operator’s own, or a user’s licence stay quiet', () => {
    expectQuiet('sub_authorization', [
      '乙方享有本协议约定数据的调用、加工和产品经营权限。',
      '用户经乙方授权后取得数据产品的查询和下载权限。',
      '运营机构向客户授予其购买的数据产品的使用和展示权利。',
    ]);
    expectQuiet('sub_authorization', ['运营主体享有数据产品经营权，负责专区运营和产品开发，不得转授权。'], plan);
  });
});

describe('a party named in the condition or a comparison is not who acts or receives', () => {
  it('rights the same as the operator’s opened to another party fire', () => {
    expectRaised('sub_authorization', [
      '对经乙方备案的战略伙伴，乙方可向其开放与乙方相同范围的数据调用权限。',
      '对于通过乙方审核的联营企业，乙方可为其开通与乙方一致的数据访问权限。',
    ]);
  });
  it('an approval asked of the operator by a user, or rights compared for the grantor, stay quiet', () => {
    expectQuiet('sub_authorization', [
      '开发利用主体经乙方审核后取得数据产品的调用权限。',
      '甲方可向乙方开通与原运营平台相同的数据调用接口。',
    ]);
  });
});

describe('the grantor granting, and a short name for one company', () => {
  it('an operator the grantor chooses, a project company signed with directly, a company named 集团 stay quiet', () => {
    expectQuiet('sub_authorization', [
      '甲方可以按程序就新增场景另行遴选运营机构并授权其运营相关数据，乙方予以配合。',
      '本协议由甲方与该运营公司（以下简称“乙方”）签订，授权直接授予乙方。',
    ]);
    expectQuiet('sub_authorization', ['将交通数据整体授权给某某数字（集团）有限公司（以下简称运营主体）运营。运营主体享有数据产品经营权。'], plan);
  });
  it('the operator authorizing another operator, or parties joined under a short name, still fire', () => {
    expectRaised('sub_authorization', ['乙方可以另行选定区县运营机构并授权其运营辖区内交通数据。']);
    expectRaised('sub_authorization', ['某某科技有限公司及其关联公司（以下合称“乙方”）享有本协议项下的授权运营权。']);
  });
});

describe('another party running the operation, however it is let in', () => {
  it('a tier of agreements, equal rights, the operation’s work, the data’s chain entrusted, its own prices fire', () => {
    expectRaised('sub_authorization', [
      '乙方可以与各县（市）人民政府推荐的企业签署下级授权运营合同，由其在本县范围内运营交通数据。',
      '乙方可以按照附件三所列名单，由名单内企业分担产品开发，名单内企业在分担范围内享有与乙方同等的数据访问权限。',
      '运营机构可以吸收两家合作企业，合作企业按照约定承担不动产登记数据运营工作。',
      '乙方可以委托外部公司开展气象数据的清洗加工、模型开发和对外运营。',
    ]);
    expectRaised('sub_authorization', ['运营机构可以选定若干县域运营服务商，县域运营服务商自主负责辖区内数据产品的研发、定价和推广，使用运营机构分配的调用账号。'], plan);
  });
  it('support work, a platform’s running, the grantor’s tiers, a developer’s own prices stay quiet', () => {
    expectQuiet('sub_authorization', [
      '甲方可以与各县（市）数据主管部门签订下级授权运营协议。',
      '合作企业按照约定承担运营平台的运维和安全保障工作。',
      '经比选，确定由某某数字发展集团有限公司（以下简称“数字集团”）承担运营工作。',
      '乙方可以委托外部公司开展气象数据的清洗加工和质量评估。',
      '开发利用主体基于乙方交付的数据产品自主开发应用，自主定价。',
    ]);
  });
});

describe('a table of roles and their data rights', () => {
  it('a row giving another party the data and its product business fires', () => {
    expectRaised('sub_authorization', ['| 场景 | 实施单位 | 数据权限 |\n|---|---|---|\n| 企业信用评价 | 运营机构 | 调用、加工 |\n| 融资风控 | 合作企业某某征信公司 | 调用、加工、产品经营 |'], plan);
  });
  it('a row of the operator, a developer using products, or a duty denied stays quiet', () => {
    expectQuiet('sub_authorization', ['| 场景 | 实施单位 | 数据权限 |\n|---|---|---|\n| 企业信用评价 | 运营机构 | 调用、加工、产品经营 |\n| 融资风控 | 开发利用主体 | 使用已交付产品 |'], plan);
  });
});
