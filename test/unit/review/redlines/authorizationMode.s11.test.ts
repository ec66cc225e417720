import { describe, expect, it } from 'vitest';
import { asIs } from '../../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises } from '../../../helpers/redlineCase';

/**
 * Authorization-mode readings built on the eleventh clause bank (session 16). Every text is written for this test,
 * worded apart from the bank; each class has near misses that must stay quiet.
 */
describe('authorization_mode s11: a scenario list closed by a catch-all entry, in a table too', () => {
  it('a row or item naming "other scenarios" as a scenario fires', () => {
    expectRaised('authorization_mode', [
      '附件二 授权场景清单\n| 序号 | 应用场景 | 数据来源 |\n| 1 | 企业信用评价 | 市场监管 |\n| 2 | 其他经双方确认的应用场景 | 相关部门 |',
      '| 编号 | 场景名称 |\n| A1 | 智慧停车 |\n| A9 | 其它符合产业政策的场景 |',
    ]);
  });
  it('near misses: an "other" row needing its own grant, a row of other data, a scenario called by its own name', () => {
    expectQuiet('authorization_mode', [
      '| 序号 | 应用场景 |\n| 1 | 企业信用评价 |\n| 2 | 其他场景须另行编制方案并单独授权 |',
      '| 序号 | 应用场景 | 数据项 |\n| 1 | 企业信用评价 | 其他登记信息 |',
      '| 序号 | 场景名称 |\n| 1 | 其他市场主体信用修复场景 |',
    ]);
  });
});

describe('authorization_mode s11: scenarios unlimited in number or kind, a data range set by field', () => {
  it('scenarios said free of any limit of number or kind, or data bounded only by a field, fires', () => {
    expectRaised('authorization_mode', [
      '乙方开发的应用场景不受数量、类型限制。',
      '运营机构可开展的场景不受个数及种类的限制。',
      '本次授权的数据范围以行业划定，即医疗卫生行业全部数据。',
    ]);
  });
  it('near misses: products within the scenario unlimited, a scenario list limited, a field named as background', () => {
    expectQuiet('authorization_mode', [
      '乙方在本场景内开发数据产品的数量不受限制。',
      '应用场景的数量以附件所列为限，新增场景须另行授权。',
      '本场景所用数据来源于交通领域的公交刷卡数据。',
    ]);
  });
});

describe('authorization_mode s11: a new need of the market met by the operator alone', () => {
  it('a new market, business or user need served within the data granted, with notice only, fires', () => {
    expectRaised('authorization_mode', [
      '运营期间产生新的业务需求的，乙方可以利用已授权数据自行开发相应产品，并于上线后报甲方知悉。',
      '出现新的用户需求时，运营机构可在授权数据范围内开发新服务，事后书面通知甲方。',
    ]);
  });
  it('near misses: a new need met within the scenario granted, or by a new grant', () => {
    expectQuiet('authorization_mode', [
      '出现新的市场需求的，乙方可在本场景范围内迭代数据产品。',
      '出现新的业务需求的，乙方可向甲方申请新增场景，经论证后另行签订授权协议。',
      '乙方应当跟踪新的市场需求，持续优化已授权场景的数据产品。',
    ]);
  });
});

describe('authorization_mode s11: absence judged only where a body is read', () => {
  const doc = (...lines: string[]) => ({ doc: asIs, text: lines.join('\n') });
  it('an annex standing alone (taken as wrapper, no body) raises nothing for its silence on scenarios', () => {
    for (const c of [
      doc('某场景公共数据授权运营协议', '附件一 授权场景说明：场景名称为“企业纳税信用服务”，服务对象为本市商业银行。'),
      doc('某场景公共数据授权运营协议', '附件2：数据产品清单，包括信用评分接口和风险预警报告两类产品。'),
      doc('某场景公共数据授权运营实施方案', '附件 运营机构的平台部署方案：采用隐私计算平台，部署于市政务云。'),
    ])
      expect(raises('authorization_mode', c.text, { doc: c.doc }), c.text).toBe(false);
  });
  it('near miss: an agreement whose body never names a scenario still fires', () => {
    const text = ['某市公共数据授权运营协议', '第一条 乙方负责公共数据产品的开发与运营。', '第二条 运营期限为三年。', '第三条 乙方应保障数据安全。'].join('\n');
    expect(raises('authorization_mode', text, { doc: asIs }), text).toBe(true);
  });
});

describe('authorization_mode s11: a scenario that spans every field, scenarios settled later without a grant', () => {
  it('the scenario granted said to face or cover every field, or left to the operator and buyers with no grant, fires', () => {
    expectRaised('authorization_mode', [
      '授权应用场景：覆盖全市各行业的数据开发利用。',
      '二、授权场景为服务于各领域、各方面的数据产品研发。',
      '具体应用场景由乙方与数据使用方根据业务情况另行商定，甲方不再另行授权。',
    ]);
  });
  it('near misses: a scenario of one field, serving many users, a scenario settled later by a grant of its own', () => {
    expectQuiet('authorization_mode', [
      '授权应用场景：面向金融领域的企业信用评价服务。',
      '授权场景为普惠金融，服务于本市各类金融机构。',
      '后续应用场景由甲方与乙方另行商定，并另行签订授权运营协议。',
    ]);
  });
});

describe('authorization_mode: scenarios without a limit of number, each still granted on its own', () => {
  it('no cap on the number, with a grant required of each scenario, keeps the mode', () => {
    expectQuiet('authorization_mode', [
      '场景数量不设上限，但每一场景均应单独编制实施方案、单独授权。',
      '应用场景的数量不受限制，新增的每个场景须另行签订授权运营协议。',
    ], { kind: 'plan' });
  });
  it('no cap with a grant given up, or per-scenario grants named only as a way set aside, still fires', () => {
    expectRaised('authorization_mode', [
      '场景数量不设上限，新增场景无需另行授权。',
      '考虑到逐一授权效率不高，本方案的应用场景不受数量限制，由运营机构根据市场需求开发。',
    ], { kind: 'plan' });
  });
});
