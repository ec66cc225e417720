import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 42 from the sixty-sixth blind set and the s42b/s42c banks, after they were measured sealed on
 * the first round's engine (0d84d22e): an operator's rights listed under a heading that names it alone; a request once
 * made and refused; a monopoly to be broken; a draft's quoted wording rejected; a copy kept for at least a while; the
 * agreement held over until a successor takes over; a joint operating unit with the operator's rights; a partner chosen
 * and granted rights (其 is the chosen); added services priced by the operator for every user; products provided to
 * public bodies, or said all of one kind; a filing counted from an effect set after the
 * signing. Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf, cited } = passageReview();

describe('exclusivity', () => {
  const rights = (party: string) => `九、各方权利义务\n（三）${party}\n1.按照协议开展数据开发和运营；\n2.根据数据使用方需求，可以参与其对已交付数据产品的二次开发和迭代升级。`;
  it('re-development joined, under a heading naming the operator alone', () => {
    expect(flagsOf(rights('运营机构'), 'qinhuangdao', 'plan')).toContain('exclusivity');
  });
  it('twin: the same item under the users’ heading', () => {
    expect(flagsOf('九、各方权利义务\n（四）数据使用方\n1.根据自身需求，可以对已交付数据产品开展二次开发和迭代升级。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
  it('a monopoly the plan sets out to break', () => {
    expect(flagsOf('二、必要性分析\n通过授权运营，公共数据产品将面向各类市场主体公平提供，打破数据获取的垄断格局。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
});

describe('others’ words', () => {
  it('a request once made and refused lets nothing out', () => {
    expect(flagsOf('二、存在问题\n年度评估发现，乙方曾申请将一批企业登记明细数据导出至自有服务器用于测试，经实施机构审核未予同意，相关数据始终留存于授权运营系统内。', 'chongqing')).not.toContain('raw_data_export');
  });
  it('twin: the export allowed', () => {
    expect(flagsOf('第十条 乙方可以将企业登记明细数据导出至自有服务器用于测试。', 'chongqing')).toContain('raw_data_export');
  });
  it('a draft’s wording quoted and found against the rules', () => {
    expect(flagsOf('专家论证意见：初稿拟对本市公共数据资源实行“整体授权、统一运营”，与省管理办法依场景授权的规定不符。修改稿已改为依场景授权。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});

describe('exit', () => {
  it('a copy kept for at least five years', () => {
    expect(cited('（五）退出机制\n运营机构退出时，应当删除运营系统中的授权数据；为审计备查需要，可以保留一份加密副本，保存期限不少于五年。', 'no_destruction', 'chongqing', 'plan')).toBe(true);
  });
  it('twin: logs kept at least six months, the data destroyed', () => {
    expect(cited('（五）退出机制\n运营机构退出时，应当以不可逆方式销毁授权数据及其副本，操作日志保存期限不少于六个月。', 'no_destruction', 'chongqing', 'plan')).toBe(false);
  });
});

describe('term', () => {
  it('the agreement held over until a successor takes over', () => {
    expect(flagsOf('第四条 本协议运营期限为三年。\n第三十条 本协议期满后，在甲方依法选定新的运营机构并完成交接之前，本协议继续有效，乙方继续开展运营。', 'chongqing')).toContain('term_over_3y');
  });
  it('twin: a duty kept until the data is destroyed', () => {
    expect(flagsOf('第四条 本协议运营期限为三年。\n第三十条 本协议终止后，在乙方完成数据销毁之前，乙方的保密义务继续有效。', 'chongqing')).not.toContain('term_over_3y');
  });
});

describe('transfer', () => {
  it('a joint operating unit with the operator’s rights', () => {
    expect(flagsOf('第十五条 乙方可以自行确定联合运营单位。联合运营单位在公共数据平台中开设独立账户，享有与乙方相同的授权数据调用和产品发布权限。', 'hebei')).toContain('sub_authorization');
  });
  it('twin: the operator’s own staff with their own accounts', () => {
    expect(flagsOf('第十五条 乙方工作人员在公共数据平台中开设独立账户，按照最小必要原则调用授权数据。', 'hebei')).not.toContain('sub_authorization');
  });
  it('a partner chosen, then granted rights to run the data', () => {
    expect(flagsOf('4.生态合作。运营机构可以按照县（区）或者行业领域，选定区域合作运营商，授予其在相应区域内调用授权数据、开发和销售数据产品的权利。', 'qinhuangdao', 'plan')).toContain('sub_authorization');
  });
  it('twin: a partner chosen to build the platform', () => {
    expect(flagsOf('4.平台建设。运营机构可以选定技术服务商，由其承担平台开发和运维工作，不得授予其任何数据调用权限。', 'qinhuangdao', 'plan')).not.toContain('sub_authorization');
  });
});

describe('pricing', () => {
  it('added services priced by the operator for every user', () => {
    expect(flagsOf('（七）价格机制\n基础数据接口执行政府指导价；增值服务不区分服务对象，一律由运营机构按照市场化方式自主定价。', 'chongqing', 'plan')).toContain('pricing');
  });
  it('twin: priced within the guided price', () => {
    expect(flagsOf('（七）价格机制\n基础数据接口执行政府指导价；增值服务不区分服务对象，一律由运营机构在政府指导价范围内确定价格。', 'chongqing', 'plan')).not.toContain('pricing');
  });
});

describe('product categories', () => {
  const list = (third: string) => `第六条 本协议期限三年。\n第七条 本场景产品和服务清单如下：（一）旅游客流监测分析服务，提供给市文化广电和旅游局；（二）景区承载量预警服务，提供给各景区管理委员会；（三）${third}。`;
  it('every product provided to a public body', () => {
    expect(cited(list('旅游投诉热点分析，提供给市市场监督管理局'), 'product_categories', 'qinhuangdao')).toBe(true);
  });
  it('twin: one sold to travel agencies', () => {
    expect(cited(list('旅游企业客源画像服务，向旅行社等企业有偿提供'), 'product_categories', 'qinhuangdao')).toBe(false);
  });
  it('the products said all of one kind', () => {
    expect(cited('本方案所称“产业类产品”，是指面向市场主体有偿提供的数据产品和服务。\n（五）拟提供的产品和服务均为产业类产品，分为金融风控、文旅营销、交通物流三个系列。', 'product_categories', 'guizhou', 'plan')).toBe(true);
  });
});

describe('filing', () => {
  const signed = (effect: string) => `第三十五条 本协议${effect}生效。\n第三十六条 甲方应当在本协议生效后5个工作日内，报市数据主管部门备案。`;
  it('counted from an effect set at acceptance after the signing', () => {
    expect(cited(signed('经双方签署，并在乙方完成运营专区部署、甲方验收合格之日起'), 'filing_deadline', 'chongqing')).toBe(true);
  });
  it('twin: the agreement effective on signing', () => {
    expect(cited(signed('自双方签署之日起'), 'filing_deadline', 'chongqing')).toBe(false);
  });
});
