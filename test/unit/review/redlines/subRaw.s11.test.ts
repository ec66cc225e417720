import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Readings of raw-data export and sub-authorization built from the nineteenth set's false red lines and the eleventh
 * bank's failures (session 16), on text written for this test, each with near misses that must stay quiet.
 */
const check = (redline: string, fire: string[], quiet: string[], c: RedlineCase = { ruleset: 'hebei' }) => {
  expectRaised(redline, fire, c);
  expectQuiet(redline, quiet, c);
};
const PLAN: RedlineCase = { ruleset: 'guizhou', kind: 'plan', doc: (body) => `某领域公共数据授权运营实施方案\n一、授权模式\n${body}` };

describe('raw data: a prohibition’s exception permits only what the exception names', () => {
  it('an exception naming raw data, or nothing, lets raw data out; one naming results, products or masked sets does not', () =>
    check(
      'raw_data_export',
      [
        '原始数据不得导出平台。除经甲方书面同意的原始明细数据外，任何数据不得出域。',
        '乙方不得向第三方提供原始数据，但经甲方同意提供的原始记录抽样除外。',
        '原始数据原则上不出域。除经甲方书面同意外，乙方不得导出任何数据。',
        '未经甲方书面许可，乙方不得将原始数据交付客户，经许可的除外。',
      ],
      [
        '原始数据不得导出授权运营域。除经丙方书面同意并经甲方安全审核的统计汇总数据外，任何数据不得以明细形式出域。',
        '乙方不得向第三方提供原始数据，但经甲方审核的脱敏统计结果除外。',
        '原始数据一律不出域。除经安全审核的数据产品以外，乙方不得向任何单位交付数据。',
        '除经双方确认的模型参数和分析报告之外，任何数据均不得带离平台；原始数据严禁导出。',
        '原始数据不得离开平台，但经甲方审核的匿名化数据集除外。',
      ],
    ));
});

describe('sub-authorization: a grant to the operator itself, however it is named, is the grant', () => {
  it('the grantor granting to the operator (a level, a company) is quiet; the operator passing the grant on fires', () =>
    check(
      'sub_authorization',
      [
        '运营主体可以将地震数据运营权授权给各市州运营合作方。',
        '将交通领域公共数据整体授权给省级运营主体，再由其授权给各市（州）运营合作方开展运营。',
        '运营机构可将本方案项下授权转授给其控股子公司行使。',
      ],
      [
        '按照“整体授权为主”的要求，将地震监测领域可开放利用的公共数据整体授权给省级运营主体统一运营，按场景分类开发产品。',
        '将全市交通出行公共数据授权给市级运营单位统一运营。',
        '由省数据局将医疗健康公共数据整体授予省级授权运营机构运营。',
        '将全省气象公共数据集中授权给运营公司开展开发利用。',
      ],
      PLAN,
    ));
});

describe('raw data: the data put into a facility of the operator or another party is outside the platform, whoever puts it', () => {
  it('the data deployed, collected or migrated into an operator’s room or data lake fires; into the platform it does not', () =>
    check(
      'raw_data_export',
      [
        '各数源部门通过前置机将业务数据部署至运营机构机房，由运营机构统一管理。',
        '数据归集：各委办局将授权范围内数据一次性归集至运营机构自建数据湖。',
        '甲方将授权数据全量迁移至乙方自有数据中心，由乙方开展治理。',
      ],
      [
        '各数源部门通过前置机将业务数据归集至授权运营平台，由运营机构在专区内统一治理。',
        '各部门数据统一汇聚至市公共数据平台，运营机构在平台内开展加工。',
        '乙方在其机房部署的仅为运维监控工具，授权数据不得迁移至乙方机房。',
      ],
      { ruleset: 'qinhuangdao', kind: 'plan', doc: (body) => `某领域公共数据授权运营实施方案\n一、数据资源\n${body}` },
    ));
});

describe('raw data: what a thing must not contain is not in it', () => {
  it('a product that must not contain raw data or what restores it is quiet; one that may contain it fires', () =>
    check(
      'raw_data_export',
      [
        '对外交付的数据产品可以包含原始记录，便于客户核对。',
        '出域的数据产品可以包含采用固定盐值哈希处理后的身份证号码，便于客户匹配。',
      ],
      [
        '乙方可以将经审核的数据产品挂牌交易，挂牌产品不得包含原始数据或可还原为原始数据的内容。',
        '交付客户的模型不应含有训练样本，也不得夹带能够还原为原始记录的参数。',
        '数据产品中的身份证号码应当采用随机盐值哈希处理，盐值不得对外提供。',
      ],
    ));
});

describe('sub-authorization: the grant taken over whole, the operation handed on, and an act only supposed', () => {
  it('rights taken over whole by a successor, or a scenario’s operation handed to another, fire', () =>
    check(
      'sub_authorization',
      [
        '乙方发生合并、分立的，本协议项下权利义务由承继主体概括承受，无需甲方另行授权。',
        '乙方取得甲方同意后，可以将某一场景的授权运营交由其他具备能力的机构实施。',
        '经甲方书面同意，乙方可将交通领域的运营工作整体转交给合作企业负责。',
      ],
      [
        '乙方发生合并、分立的，应当报甲方批准，并由甲方与承继主体重新签订授权运营协议。',
        '乙方可以将某一场景的平台运营维护交由其他具备能力的机构实施。',
        '运营机构应当自行开展运营，严禁转授权；出现转授权情形的，实施机构应当终止授权。',
        '如发生将授权转让给第三方行为的，甲方有权解除本协议。',
      ],
    ));
});

describe('raw data (even half): other words for export and for turning back, a product carrying the records', () => {
  it('汇出 to another party, a conversion back to records, a delivered model carrying its training records fire', () =>
    check(
      'raw_data_export',
      [
        '为开展联合研究，乙方可以将原始数据汇出至其境外合作机构。',
        '客户可使用乙方提供的工具，将产品中的编码逆向解析为原始记录。',
        '乙方交付客户的模型产品，可附带训练所用的原始样本记录，便于复现。',
        '乙方可将授权数据导入乙方自建的私有化数据平台开展加工。',
      ],
      [
        '平台内汇总的统计结果经审核后可以汇出至乙方，原始数据不得汇出。',
        '任何单位不得将产品中的编码逆向解析为原始记录。',
        '乙方交付客户的模型产品，不得附带训练所用的原始样本记录。',
        '乙方可将自有的非公共数据导入授权运营平台，与授权数据在平台内融合。',
      ],
    ));
});

describe('sub-authorization (even half): a licence to use a product is selling it', () => {
  it('a product-use licence to users is quiet; a licence to run the data fires', () =>
    check(
      'sub_authorization',
      ['乙方可以许可其合作方使用授权数据开展运营。'],
      [
        '乙方向用户提供数据产品时，可以授予用户该产品的使用许可。',
        '乙方可以许可客户在合同期内使用其购买的报告产品，许可不含对授权数据的任何权利。',
      ],
    ));
});
