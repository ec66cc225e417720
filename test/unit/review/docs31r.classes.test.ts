import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../helpers/redlineCase';
import { agreementWith } from '../../helpers/reviewCorpus';

/**
 * Classes read from the thirty-first set's failures (session 26, after it was opened; branch r31), on text written for
 * this test in other sectors and wordings, with the near misses that must stay quiet.
 */

/** A plan whose first section holds the lines under test. */
const inPlan: RedlineCase = {
  kind: 'plan',
  doc: (text) => ['某市公共数据授权运营实施方案', '一、总体要求', text, '二、数据安全', '运营机构落实数据安全主体责任。'].join('\n'),
};

describe('a delivered product named as the topic and pointed back to with 其 is what the re-development acts on', () => {
  // taoci: "运营机构已向……有关部门交付的数据产品，其后续功能完善和版本升级由运营机构负责实施" (Hebei art. 37).
  it('fires when the operator\'s side reworks the product the clause before named', () => {
    const texts = [
      '乙方已交付区医保局的数据产品，其迭代优化由乙方的全资子公司承接。',
      '已向各县文旅部门交付的客流分析模型，其后续版本升级由运营机构负责实施。',
      '已交付用户的农业气象服务产品，其深度开发由乙方负责。',
      '运营机构交付给税务部门的数据产品，其功能扩展仍由运营机构承担。',
    ];
    expectRaised('exclusivity', texts);
    expectRaised('exclusivity', texts.slice(1, 2), inPlan);
  });
  it('stays quiet when another reworks it, the 其 names something else, or the operator is barred', () => {
    expectQuiet('exclusivity', [
      '已交付的数据产品，其后续升级由使用单位自行组织实施。',
      '乙方已交付的数据产品，其知识产权归甲方所有，平台升级由乙方负责。',
      '已交付的数据产品，其后续升级由开发利用机构自主决定，乙方不得参与。',
      '乙方交付的数据产品，其使用情况按季度报甲方。',
    ]);
  });
});

describe('others let do the work only once the operator declines it: a first refusal, whatever the verb', () => {
  // taoci: "新增的公共数据产品开发需求，由运营机构优先承接，运营机构书面表示不承接的，市数据局方可另行组织其他单位开发".
  it('fires when others come in only after the operator declines', () => {
    const texts = [
      '授权期内新增的港口物流数据开发需求，由乙方优先承接，乙方书面表示不承接的，甲方方可另行组织其他单位开发。',
      '新增的文旅数据应用需求先征询乙方意见，乙方放弃开发的，甲方方可交由其他单位实施。',
      '乙方明确表示不予承接后，甲方才能安排第三方承担。',
    ];
    expectRaised('exclusivity', texts);
    expectRaised('exclusivity', texts.slice(0, 1), inPlan);
  });
  it('stays quiet on a default remedied, others with no first call, a reason owed, or the grantor\'s own may', () => {
    expectQuiet('exclusivity', [
      '乙方无法按期完成开发任务的，甲方可以另行委托其他单位开发。',
      '乙方不承接的公益类需求，由甲方组织其他单位实施。',
      '运营机构不承接新增需求的，应当书面说明理由。',
      // The 方 of 甲方 before its 可 is no "only then".
      '乙方放弃开发的，甲方可以自行开发或者委托其他单位开发。',
    ]);
  });
});

describe('another party doing the product work on the granted data itself runs the grant (Chongqing art. 18)', () => {
  // yiliaoqixie: "将……行业发展类产品的开发和运营交由其全资子公司具体实施，该子公司可以在专区内直接使用授权数据";
  // yanjing: "由合作伙伴在本方案授权数据范围内，面向细分领域企业自主开发和提供数据产品". No 转授权 word in either.
  it('fires on the products\' operation handed to a party that uses the data, or a party making and providing products within the grant', () => {
    const texts = [
      '经甲方书面同意，乙方可以将企业信用评价产品的开发和运营交由其控股子公司实施，该子公司可以在平台内直接调用授权数据。',
      '乙方可以将气象服务类产品的运营委托关联企业承担，关联企业可以直接使用授权数据。',
      '运营机构可以遴选不超过五家生态合作伙伴，由合作伙伴在授权数据范围内面向物流企业自主开发和提供数据产品，名单报市数据局备案。',
      '合作单位可以基于授权数据自主研发并销售数据产品，乙方对其行为承担连带责任。',
    ];
    expectRaised('sub_authorization', texts);
    expectRaised('sub_authorization', texts.slice(2, 3), { ...inPlan, ruleset: 'wenzhou' });
  });
  it('stays quiet on developers and users, work with no data, a contractor kept from the data, the operator\'s own, a ban, the law\'s approval', () => {
    expectQuiet('sub_authorization', [
      '开发利用机构可以在专区内使用授权数据自主开发和提供数据产品。',
      '数据使用方可以在专区内调用授权数据，自主开发和提供应用。',
      '乙方可以委托第三方开发数据产品，受托方不得接触授权数据。',
      '合作伙伴可以使用乙方交付的数据产品，面向企业自主开发和提供应用服务。',
      '第三方评估机构可以在专区内使用授权数据开展运营成效评估。',
      '乙方可以在授权数据范围内自主开发和提供数据产品，合作伙伴负责产品推广。',
      '乙方可以将产品的推广销售交由合作伙伴实施，合作伙伴不得接触授权数据。',
      '受托技术服务商在乙方监督下，基于授权数据范围内的脱敏样例协助开发模型。',
      '合作伙伴不得在授权数据范围内自主开发和提供数据产品。',
      '经甲方报市人民政府批准，乙方可以将部分产品的开发和运营交由其子公司实施，该子公司可以在专区内使用授权数据。',
    ]);
  });
});

describe('copies of the data named first, then let kept past the end, are not destroyed (Hebei art. 36)', () => {
  // yiliaoqixie: "……删除专区内的全部授权数据……。……乙方已经导入其追溯服务系统的经营企业备案记录和采购验收记录副本，可以保存至
  // 相关医疗器械有效期满后二年，期满后自行删除": a deletion written first, then copies kept for a period after the end.
  const exit: RedlineCase = {
    doc: (text) => agreementWith('数据产品按清单交付。', undefined, `协议终止后，乙方应当在30日内删除专区内的全部授权数据及其衍生数据。${text}`),
  };
  it('fires on copies or backups of the data the operator may keep to a date, an expiry or for years', () => {
    expectRaised(
      'no_destruction',
      [
        '乙方已下载至本地的船舶登记数据副本，可以保留至协议终止后一年。',
        '考虑到审计需要，乙方留存的信贷明细数据备份可以存储3年后再行清除。',
        '已同步至乙方业务系统的门诊结算记录副本，乙方可以保存至相关档案保管期满，期满后删除。',
      ],
      exit,
    );
  });
  it('stays quiet on the agreement\'s copy, a record of the destruction, the grantor\'s own, a ban, a backup kept while it runs, logs', () => {
    expectQuiet(
      'no_destruction',
      [
        '乙方可以保存本协议及其附件的副本至协议期满后二年。',
        '销毁记录可以保存至协议终止后三年。',
        '甲方可以将原始数据备份保存至协议期满后五年。',
        '原始数据副本乙方不得保留，应于协议终止时一并销毁。',
        '运营期间，授权数据备份可以存储于平台容灾系统，协议终止时一并销毁。',
        '专区操作日志可以保存至协议终止后6个月以上。',
      ],
      exit,
    );
  });
});
