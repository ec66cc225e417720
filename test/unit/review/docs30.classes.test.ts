import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the thirtieth set's wrong red lines (session 24, after its sealed measure), on text written for
 * this test with the breaches that must still fire: a grant word inside the name of a paper ("另行签订授权运营协议") is
 * the signing, a procedure, not a grant to others; 按 before a period says how often ("按月发布"), and a price a product
 * reports on ("价格指数", "成交价格走势") is its subject, not a charge; goods priced by weight, area or volume ("出栏均价降至每
 * 公斤14元") are the market a plan describes, not a charge for data.
 */

describe('signing a paper anew is a procedure, not the grantor dealing with others', () => {
  it('stays quiet when no one else is named', () => {
    expectQuiet('exclusivity', [
      '乙方拓展新的服务领域的，报市数据局备案即可，无需另行签订授权协议。',
      '协议期满后双方不再另行签订授权运营合同的，本协议自行终止。',
      '增加数据资源的，由双方以补充条款确定，不再另行出具授权书。',
    ]);
  });
  it('fires when the grantor undertakes not to grant others', () => {
    expectRaised('exclusivity', [
      '甲方承诺在授权期内不再另行授权其他机构开展同类数据运营。',
      '甲方不得另行与第三方签订同类场景的授权运营协议。',
      '本场景运营权不再另行授予其他主体。',
    ]);
  });
});

describe('a price a product reports on, published at intervals, is no charge to the public bodies it serves', () => {
  it('stays quiet on price indices and price monitoring for public bodies', () => {
    expectQuiet('pricing', [
      '服务区住建局，按月发布二手房成交价格指数。',
      '面向县市场监管局，按周推送农贸市场价格监测信息。',
      '为市发展改革委按季度提供重要民生商品价格走势分析。',
    ]);
  });
  it('fires on a price charged to a public body, however it is said', () => {
    expectRaised('pricing', [
      '县卫生健康局使用的，按产业类价格执行。',
      '面向区教育局，按年度价格收取服务费。',
      '区应急管理局调用上述产品的，按成交价结算。',
    ]);
  });
  it('stays quiet on the market prices of goods a plan reports beside a public body', () => {
    expectQuiet('pricing', [
      '一是县农业农村局掌握的生猪存栏数据分散，难以支撑精准服务；二是生猪出栏价格不透明，2024年出栏均价最低降至每公斤14元；',
      '一是区住建局的数据分散；二是建材价格波动大，2025年螺纹钢最低降至每吨3100元。',
      '市水利局反映，2025年农业灌溉水价约为每立方米0.3元，计量数据缺失。',
    ]);
  });
  it('fires on a data charge to a public body by the call or the record', () => {
    expectRaised('pricing', [
      '县农业农村局调用价格监测产品的，按每次0.5元收取费用。',
      '区民政局查询核验结果，每条2元。',
    ]);
  });
});
