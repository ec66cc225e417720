import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes of the sub-authorization red line read in session 7 (second clause bank), on text written for the test with
 * near misses: the operator granting on what it was granted, the agreement's rights or position moved to another party,
 * another party running the grant in its own name, operation handed on with its data access after mere notice, a
 * transfer given only a procedure, a proviso after a semicolon, and a grant said to come from the operator.
 */

describe('the operator granting on what it was granted', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '乙方可以将所获授权按区县划分后，分别授权给各区县数据运营商开展本地运营。',
      '运营机构可以遴选地市合作方，向其转授数据加工和产品销售权益。',
      '乙方有权以自身名义，向合作方颁发本协议项下授权数据的加工使用许可，许可期限不超过本协议期限。',
    ]));
  it('is not the grantor granting, nor a prohibition', () =>
    expectQuiet('sub_authorization', [
      '甲方可以将其他场景另行授权给其他运营机构。',
      '乙方不得将所获授权分别授权给其他运营商。',
      '乙方不得向任何合作方转授数据加工权益。',
    ]));
});

describe("the agreement's rights or the operator's position moved to another party", () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '联合体各成员之间可以互相转让本协议项下的权利及义务，报甲方知悉即可。',
      '乙方可以将其在本协议中的运营主体资格转让给乙方的集团公司。',
      '乙方有权将授权运营资格转让予其控股股东，甲方予以配合。',
    ]));
  it('is not a prohibition or a move that needs the approval the law requires', () =>
    expectQuiet('sub_authorization', [
      '乙方不得转让本协议项下的权利和义务。',
      '乙方确需将运营主体资格转让给其集团公司的，须经甲方报市人民政府批准，并另行签订补充协议。',
    ]));
});

describe('another party running the grant in its own name', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '乙方的控股子公司可以使用本协议项下的授权数据，以其自身名义开展授权运营并对外签约。',
      '乙方的关联公司可直接调用授权数据，以自己的名义从事运营，收益归该关联公司所有。',
      '经乙方推荐的合作伙伴，可以以独立名义开展授权运营活动。',
    ]));
  it('is not a party working under the operator’s name or account', () =>
    expectQuiet('sub_authorization', [
      '合作伙伴只能在专区内以乙方子账户开展开发，不以自身名义开展授权运营。',
      '乙方的控股子公司不得以自身名义开展授权运营。',
    ]));
});

describe('operation handed on with its data access, or a transfer given only a procedure', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '乙方将医保结算场景的运营业务及对应数据访问权限委托合作单位承担的，提前十日书面告知甲方即可。',
      '运营机构转让授权运营资格的，应当提前二十日在甲方网站公告。',
      '乙方转移本协议项下授权的，应当报甲方备案。',
    ]));
  it('is not a sanction for a transfer, nor outsourced work without the data', () =>
    expectQuiet('sub_authorization', [
      '乙方擅自转让授权运营资格的，甲方有权解除本协议。',
      '乙方可以将平台机房的日常巡检工作委托外包单位承担，外包单位不接触任何授权数据。',
    ]));
});

describe('a proviso after a semicolon, and a grant said to come from the operator', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '本协议项下的授权不得转让；但乙方向其控股子公司作出的运营安排不在此限。',
      '乙方不得转授权；但是，乙方全资子公司承接运营的，不受本条限制。',
      '合作企业 | 取得的权利 | 来源\n某科技公司 | 医疗领域数据运营权 | 由乙方授予',
    ]));
  it('is not a proviso deferring to the law, nor a grant from the grantor', () =>
    expectQuiet('sub_authorization', [
      '本协议项下的授权不得转让；但法律、行政法规另有规定的除外。',
      '运营主体 | 取得的权利 | 来源\n乙方 | 医疗领域数据运营权 | 由甲方授予',
    ]));
});

/**
 * Classes read on the third bank and the tenth set (session 8), through the document glossary (definitions.ts) and
 * who ends up holding the grant (actors.ts): the operator's name widened by definition, a defined party that runs the
 * grant brought in later, a table of grantees, exceptions listed after the prohibition, a pronoun as the recipient,
 * another party acquiring the grant, part of the operation handed to another legal person after mere notice or silence.
 */
describe('definitions carried into the clauses that use them', () => {
  it('fires when the operator is defined to include other companies, or a defined runner of the grant is brought in', () =>
    expectRaised('sub_authorization', [
      '第一条 本协议所称“被授权方”，包括乙方以及乙方持股超过半数的项目公司。\n第九条 被授权方应当遵守本协议。',
      '第一条 本协议所称“区域伙伴”，是指经乙方遴选、可以独立开展授权运营业务并自负盈亏的企业。\n第十条 乙方可以在各区县引入区域伙伴。',
    ]));
  it('is quiet when the definition keeps others out, or the defined party only serves the operator', () =>
    expectQuiet('sub_authorization', [
      '第一条 本协议所称“运营机构”，是指乙方，不包括乙方的关联公司。\n第九条 运营机构应当遵守本协议。',
      '第一条 本协议所称“技术伙伴”，是指为乙方提供算力和运维支持的企业。\n第十条 乙方可以引入技术伙伴。',
    ]));
});

describe('who is granted, in a table or a list of exceptions', () => {
  it('fires on a row granting another party, and on a listed case naming a transferee', () =>
    expectRaised('sub_authorization', [
      '第八条 乙方按下表安排授权：\n授权方 | 被授权方 | 内容\n乙方 | 某数据科技有限公司 | 医疗数据开发运营\n乙方 | 合作方 | 交通数据开发运营',
      '除以下情形外，乙方不得转让本协议项下授权：\n（一）转让给乙方的母公司；\n（二）因乙方改制需要转让。',
    ]));
  it('is quiet when the grantee column names the operator, or the listed cases need the approval the law requires', () =>
    expectQuiet('sub_authorization', [
      '第八条 甲方按下表安排授权：\n授权方 | 被授权方 | 内容\n甲方 | 乙方 | 医疗数据开发运营',
      '除以下情形外，乙方不得转让本协议项下授权：\n（一）经省人民政府批准的；\n（二）法律法规另有规定的。',
    ]));
});

describe('another party ending up with the grant', () => {
  it('fires: acquiring it, a pronoun recipient, the whole business taken on, part of the operation handed to a subsidiary', () =>
    expectRaised('sub_authorization', [
      '第九条 开发者完成实名注册后，即获得授权数据的运营权，可以自主对外经营。',
      '运营机构应当在各县遴选一家县域服务商，并将本县的授权运营权交由其行使。',
      '第十四条 乙方可以委托合作方整体承接本协议项下的运营业务，合作方以自己的名义对外签约。',
      '运营机构可将医保子场景交由其全资子公司具体运营，报实施机构备案后即可实施。',
      '乙方拟将部分场景的运营交由其控股子公司承担的，应书面告知甲方；甲方十日内未提出异议的，视为同意。',
    ]));
  it('is quiet when the party is denied the grant, serves only the operator, or a real approval is required', () =>
    expectQuiet('sub_authorization', [
      '第九条 开发者完成实名注册后，仅可调用已上架的数据产品，不取得授权数据的运营权。',
      '第十四条 乙方可以委托合作方承担平台运维，合作方不取得授权运营权益。',
      '运营机构将部分场景交由子公司运营的，须经市人民政府批准，并与甲方另行签订补充协议。',
    ]));
});

/** Session 9: decided on the clause parse (clauseParse.ts): who ends up holding the grant, under which condition. */
describe('the clause parse: the grant acquired by another party, however the clause is ordered', () => {
  it('fires on a successor, a new company or the remaining members taking the grant, the passive included', () =>
    expectRaised('sub_authorization', [
      '乙方被收购的，其依本协议取得的运营权由收购方继续享有，并报甲方备案。',
      '本协议项下授权自合资公司登记之日起由合资公司享有。',
      '一级运营商可以自行确定下级运营商，并向其授予相应片区的运营权。',
    ]));
  it('is quiet on the grantor succeeding, a bare consent obtained, or a user buying a product', () =>
    expectQuiet('sub_authorization', [
      '甲方机构改革的，本协议由承继其职能的部门继续履行。',
      '丙方应确保已取得数据主体必要的授权。',
      '用户仅取得所购数据产品的使用权，不得转售。',
    ]));
});

describe('the clause parse: a consent, a carve-out, a definition, a sanction', () => {
  it('fires on a consent that lifts or opens the move, or a prohibition said not to apply to a group company', () =>
    expectRaised('sub_authorization', [
      '乙方经甲方业务科室口头认可后，可以将运营资格转让予合作方。',
      '前条关于禁止转让的约定，不适用于乙方向其全资子公司转移运营权的情形。',
      '乙方可以将平台账号及相应权限交给其合作伙伴，由合作伙伴以自己的名义调用授权数据。',
    ]));
  it('is quiet on a definition, a sanction, and a carve-out that needs the law’s approval', () =>
    expectQuiet('sub_authorization', [
      '第三条 定义“再授权”指乙方将运营权利授予他人行使。',
      '乙方未经甲方书面同意转移运营资格的，转移无效，乙方承担违约责任。',
      '乙方不得转授权，但经甲方报请市人民政府批准的除外。',
    ]));
});
