import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from pricing-s18 (written blind in session 22, opened in session 23). Every text is written for this test,
 * in other sectors and wordings than the bank's; each class has near misses that must stay quiet.
 */
const RL = 'pricing';

describe('a public body named by its function and form (管理机构, 监督所, 预防控制机构)', () => {
  it('fires', () => {
    expectRaised(RL, [
      '面向各级动物疫病预防控制机构提供的疫情监测服务，每年收取服务费二万元。',
      '乙方向自然保护区管理机构提供的巡护轨迹分析报告，每份收取五千元。',
      '区卫生监督所调用餐饮单位许可数据核验接口的，按每次0.2元结算。',
      '风景名胜区管理机构订阅游客流量预警服务的，每年支付服务费八万元。',
    ]);
  });
  it('a firm’s management, an accountants’ office, a free use stay quiet', () => {
    expectQuiet(RL, [
      '向基金管理机构提供的企业经营分析报告，每份收取五千元。',
      '面向物业管理机构提供的电梯维保数据服务，按每台每年50元收费。',
      '各级动物疫病预防控制机构调用疫情监测服务的，免费提供。',
      '会计师事务所调用企业纳税核验接口的，按每次0.2元结算。',
    ]);
  });
});

describe('volunteer, charity, mutual-aid and rescue bodies charged', () => {
  it('fires', () => {
    expectRaised(RL, [
      '面向蓝天救援队等社会救援力量提供的山洪预警推送服务，按每个账号每年三百元收费。',
      '慈善组织调用受助对象核验服务的，每次收取0.5元。',
      '志愿服务组织使用走失老人协查服务的，按年支付服务费一万元。',
      '对养老互助组织提供的独居老人预警服务，每户每年收取120元。',
    ]);
  });
  it('their free use, a rescue company, training, a mutual insurer stay quiet', () => {
    expectQuiet(RL, [
      '志愿服务组织使用走失老人协查服务的，免费提供。',
      '面向商业救援公司提供的山洪预警推送服务，按每个账号每年三百元收费。',
      '乙方应当为志愿服务组织提供数据使用培训。',
      '面向相互保险组织提供的风险评估服务，按每份二百元收费。',
    ]);
  });
});

describe('a paid tier of a product a public body is given', () => {
  it('fires', () => {
    expectRaised(RL, [
      '乙方为各乡镇人民政府提供的防汛预警平台，基础功能免费，增值服务按每年两万元收费。',
      '向区应急管理局提供的风险地图服务中，增值服务部分按次计费，每次五十元。',
      '乙方向县教育局提供的学生体质监测服务分为基础服务和增值服务，增值服务按每校每年三千元收取费用。',
      '市场监督管理局使用的食品抽检分析服务，实行“基础服务免费、增值服务收费”。',
    ]);
  });
  it('a tier sold to a named market buyer stays quiet', () => {
    expectQuiet(RL, [
      '乙方向县教育局提供的学生体质监测服务免费；增值服务面向企业提供，按每校每年三千元收取费用。',
      '乙方向政务部门免费提供基础服务，增值服务按市场化方式向企业收费。',
      '向区应急管理局提供的风险地图服务免费，增值服务仅向保险公司提供并收费。',
    ]);
  });
});

describe('a surcharge on top of the guided price, however worded', () => {
  it('fires', () => {
    expectRaised(RL, [
      '遇节假日应急调用的，乙方可以在政府指导价基础上加收百分之三十。',
      '在核定价格基础上，乙方对夜间调用另行收取百分之二十的附加费。',
      '以政府指导价为基础，定制化需求可额外收取不超过百分之五十的服务费。',
      '数据量超过十万条的，乙方可在指导价基础上提高百分之二十收费。',
    ]);
  });
  it('a ban on surcharges, a discount stay quiet', () => {
    expectQuiet(RL, [
      '乙方不得在政府指导价基础上加收任何费用。',
      '在政府指导价基础上，乙方可对小微企业下浮百分之二十。',
      '以政府指导价为基础，乙方不得以加急、定制等名义另行收取费用。',
    ]);
  });
});

describe('a price change named by itself and applied after a mere notice or filing', () => {
  it('fires', () => {
    expectRaised(RL, [
      '调价幅度不超过百分之五的，乙方通知甲方后即可实施。',
      '年度调价由乙方提出，书面告知实施机构后即可执行。',
      '价格变动在百分之十五以内的，运营机构在官网公示后即可执行。',
      '乙方可以根据成本变化调整产品价格。调价幅度在百分之八以内的，报甲方备案后即可执行。',
    ]);
  });
  it('an approved change, a change of content, a change within the guided price, a forbidden notice stay quiet', () => {
    expectQuiet(RL, [
      '调价幅度不超过百分之五的，乙方报价格主管部门审核同意后执行。',
      '调价方案经甲方审核同意后方可执行，并报价格主管部门备案。',
      '乙方调整服务内容的，书面告知甲方后即可执行。',
      '调价幅度超过百分之五的，不得仅告知甲方后即执行，应当报价格主管部门核定。',
      '在政府指导价上限以内调价的，乙方告知甲方后即可执行。',
    ]);
  });
});

describe('a price only the operator’s own organ approves', () => {
  it('fires', () => {
    expectRaised(RL, [
      '运营机构根据河道采砂数据产品的研发投入和市场需求提出价格方案，经运营机构董事会审议通过后执行，并报市数据和政务服务局备案。',
      '乙方结合研发成本和用户规模拟定年度收费标准，由乙方总经理办公会审定后对外公布执行，并抄送甲方。',
      '收费标准经运营机构党委会研究决定后实施，报实施机构备案。',
      '产品价格由乙方内部定价委员会审定，审定结果报甲方备案。',
    ]);
  });
  it('an outside approval, a board on other matters, a guided price stay quiet', () => {
    expectQuiet(RL, [
      '乙方拟定的收费标准经乙方董事会审议后，报价格主管部门核定后执行。',
      '乙方董事会应当审议年度运营报告。',
      '乙方内部定价委员会提出价格建议，报甲方审核同意后执行。',
      '收费标准经乙方董事会审议通过后，在政府指导价范围内执行。',
    ]);
  });
});

describe('the pricing power ascribed to the operator in any word order', () => {
  it('fires', () => {
    expectRaised(RL, [
      '授权运营期间，数据产品的定价权归乙方所有。',
      '产品价格的最终决定权属于运营机构，甲方仅提出参考意见。',
      '各类服务的收费决定权由乙方享有。',
      '对于增值产品，定价自主权归运营方。',
    ]);
  });
  it('the power ascribed to others, denied, or bounded by the guided price stays quiet', () => {
    expectQuiet(RL, [
      '数据产品的定价权归价格主管部门，乙方不得自行定价。',
      '乙方不享有定价权，产品价格执行政府指导价。',
      '定价权归甲方所有。',
      '乙方在政府指导价范围内享有具体定价权。',
    ]);
  });
});
