import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 42 from the sixty-fifth blind set and the s42/s42a banks, after they were measured sealed on
 * the starting engine (8b3fda9e): rights fronted by 将 before a comma and moved after it; a body formed with partners
 * that exercises the grant; a joint company taking over a county's operation; the market-facing work entrusted whole;
 * the only qualification held; others' products bound to the operator; a duty's survival; a denial naming who would
 * take the right; a product in the records' form; keys handed out with the product; a charge borne by a public body's
 * budget; the data passed on at exit; products tagged with their category, and a list called 产品方向; a build phase
 * with its length in brackets and the grant's rights held in it; the market welcomed to re-develop. Each case has a
 * lawful twin where one can be written. Text written for the test.
 */
const { flagsOf, cited } = passageReview();

describe('transfer', () => {
  it('rights fronted by 将 before a comma, then transferred after it', () => {
    expect(flagsOf('第二十条 乙方可以将本协议项下取得的数据加工使用权益，有偿转让给在省数据服务平台注册的开发利用机构。', 'guizhou')).toContain('sub_authorization');
  });
  it('twin: the same transfer forbidden', () => {
    expect(flagsOf('第二十条 乙方不得将依本协议取得的数据加工使用权益，以任何方式转让给第三方。', 'guizhou')).not.toContain('sub_authorization');
  });
  it('a body formed with partners, each exercising the operation right in a sector', () => {
    expect(flagsOf('第九条 乙方可与两家合作企业组建联合运营体，按行业领域分别行使运营权。', 'chongqing')).toContain('sub_authorization');
  });
  it('twin: a laboratory formed with a university for research', () => {
    expect(flagsOf('第九条 乙方可与本地高校组建联合实验室，开展数据安全技术研究。', 'chongqing')).not.toContain('sub_authorization');
  });
  it('a joint company taking over a county’s operation', () => {
    expect(flagsOf('（五）运营组织\n运营机构可以与区县国有企业组建合资公司，由合资公司承接对应区县的授权运营。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
  it('twin: the operator itself takes over each county’s operation', () => {
    expect(flagsOf('（五）运营组织\n各区县的授权运营由运营机构统一承接，不另设运营主体。', 'wenzhou', 'plan')).not.toContain('sub_authorization');
  });
  it('a scenario’s work up to serving the market, entrusted whole to partners', () => {
    expect(flagsOf('第十四条 乙方可以将部分场景的数据加工、产品开发及对外服务工作整体委托合作单位承担。', 'hebei')).toContain('sub_authorization');
  });
  it('twin: technical support entrusted', () => {
    expect(flagsOf('第十四条 乙方可以将数据清洗、标注等技术支撑工作委托具备资质的合作单位承担，乙方对其行为负责。', 'hebei')).not.toContain('sub_authorization');
  });
  it('a denial naming who would take the right is no permission', () => {
    expect(flagsOf('第十七条 乙方发生合并、分立的，应当书面报告甲方。授权运营资格不因合并、分立由承继主体取得。', 'qinhuangdao')).not.toContain('sub_authorization');
  });
});

describe('exclusivity', () => {
  it('the only qualification to operate a field’s data', () => {
    expect(flagsOf('（六）运营机构权利义务\n运营机构在授权期内享有本市医疗健康领域公共数据运营的唯一资格。', 'qinhuangdao', 'plan')).toContain('exclusivity');
  });
  it('twin: the only authoritative source is no market held', () => {
    expect(flagsOf('（二）数据范围\n市卫生健康委数据库是本场景医疗机构数据的唯一权威来源。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
  it('others’ products bound to pass through the operator', () => {
    expect(flagsOf('6.2 本市各级政务部门、公共事业单位对外提供基于授权数据的产品和服务的，应当通过乙方统一提供。')).toContain('exclusivity');
  });
  it('twin: the operator’s interface named as a channel', () => {
    expect(flagsOf('6.2 数据产品应当通过乙方统一提供的接口调用，调用记录留存六个月以上。')).not.toContain('exclusivity');
  });
  it('the market welcomed to build on delivered products, the operator out of it', () => {
    expect(flagsOf('（四）产品开发\n运营机构不参与下游企业对已交付产品的再开发，欢迎更多企业在指数基础上开发新应用。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
  it('twin: the operator re-developing delivered products', () => {
    expect(flagsOf('（四）产品开发\n运营机构可以在已交付产品基础上开展再开发。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
});

describe('term', () => {
  it('a duty that survives the agreement for five years is no term', () => {
    expect(flagsOf('第十二条 双方对知悉的商业秘密负有保密义务。本条约定的保密义务不因本协议期满或者终止而免除，自本协议终止之日起继续有效五年。')).not.toContain('term_over_3y');
  });
  it('twin: the grant itself for five years', () => {
    expect(flagsOf('第十二条 本协议有效期五年，自签订之日起计算。')).toContain('term_over_3y');
  });
  const built = (held: string) => `第七条 本协议有效期为叁年，自授权运营空间通过验收并正式投入运行之日起计算。授权运营空间建设期间（预计不超过十八个月），${held}该期间不计入前述有效期。`;
  it('a build phase with its length in brackets, the grant’s rights held in it', () => {
    expect(flagsOf(built('乙方即享有本协议项下的公共数据加工使用权益，可在测试环境中调用授权数据开展初级加工，'), 'guizhou')).toContain('term_over_3y');
  });
  it('twin: no data used in the build phase', () => {
    expect(flagsOf(built('乙方不得调用授权数据，'), 'guizhou')).not.toContain('term_over_3y');
  });
});

describe('raw data', () => {
  const defined = '二、名词解释\n（三）基础数据集，是指由数源单位汇聚、未经加工的不动产登记、户籍人口等原始记录集合。\n六、产品和服务\n';
  it('a product in the form of a data set defined as raw records', () => {
    expect(flagsOf(`${defined}运营机构可面向市场主体提供数据接口、分析报告和基础数据集等形式的产品。`, 'chongqing', 'plan')).toContain('raw_data_export');
  });
  it('twin: reports built on it', () => {
    expect(flagsOf(`${defined}运营机构可面向市场主体提供基于基础数据集形成的分析报告等形式的产品。`, 'chongqing', 'plan')).not.toContain('raw_data_export');
  });
  it('the user decrypting the delivered product with a key handed out', () => {
    expect(flagsOf('第十二条 乙方交付开发利用机构的数据产品采用字段级加密。开发利用机构凭乙方分发的密钥，在其自有环境中解密后使用。', 'guizhou')).toContain('raw_data_export');
  });
  it('twin: decrypted inside the space only', () => {
    expect(flagsOf('第十二条 乙方在授权运营空间内对加密数据解密后使用，解密结果不得带出空间。', 'guizhou')).not.toContain('raw_data_export');
  });
});

describe('pricing', () => {
  const paid = (funds: string) => `（二）价格机制\n产业发展类产品执行政府指导价。监管“一张图”由使用单位按照运营成本分摊支付服务费，${funds}`;
  it('a charge borne by a public body’s budget', () => {
    expect(flagsOf(paid('所需经费纳入县区民政部门年度预算。'), 'qinhuangdao', 'plan')).toContain('pricing');
  });
  it('twin: borne by the companies that use it', () => {
    expect(flagsOf('（二）价格机制\n产业发展类产品执行政府指导价。企业风险画像由使用企业按照运营成本分摊支付服务费，所需经费由企业自行承担。', 'qinhuangdao', 'plan')).not.toContain('pricing');
  });
});

describe('exit', () => {
  it('the data passed on with the facilities to a successor the operator names', () => {
    expect(cited('第二十六条 乙方退出授权运营的，其在授权运营空间内存储的公共数据及加工成果，随空间设施一并转让给乙方指定的承接机构继续使用。', 'no_destruction', 'guizhou')).toBe(true);
  });
  it('twin: the data handed back to the grantor, no copy kept', () => {
    expect(cited('第二十六条 乙方退出授权运营的，其存储的公共数据移交甲方继续使用，乙方不得留存任何副本。', 'no_destruction', 'guizhou')).toBe(false);
  });
});

describe('product categories', () => {
  const list = (third: string) => `一、总体要求\n按照有关规定开展授权运营。\n二、运营期限\n授权运营期限为三年。\n三、产品和服务清单\n1. 信用修复辅助服务（公益事业）；\n2. 企业年报合规提示（公共治理）；\n3. ${third}。`;
  it('every product tagged public, whatever its name holds', () => {
    expect(flagsOf(list('惠企政策精准推送（公共治理）'), 'wenzhou', 'plan')).toContain('product_categories');
  });
  it('twin: one tagged industry', () => {
    expect(flagsOf(list('企业授信辅助评估（产业发展）'), 'wenzhou', 'plan')).not.toContain('product_categories');
  });
  it('a products section called 产品方向 with industry products only', () => {
    expect(cited('4.1 产品方向\n重点开发面向制造业企业的产能监测、面向外贸企业的通关时效分析和面向金融机构的小微企业授信评估三类产品。', 'product_categories', 'national', 'plan')).toBe(true);
  });
  it('twin: 产品方向 with both kinds', () => {
    expect(cited('4.1 产品方向\n重点开发面向市应急管理局的风险研判看板和面向金融机构的小微企业授信评估两类产品。', 'product_categories', 'national', 'plan')).toBe(false);
  });
});
