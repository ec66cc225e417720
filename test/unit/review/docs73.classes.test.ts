import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 44 from the seventy-third blind set and the s44d/s44e banks, after they were measured sealed on
 * the second round's engine and on the starting engine. Each case has a lawful twin where one can be written. Text
 * written for the test.
 */
const { flagsOf, cited, exitCited: exit } = passageReview();

describe('the document inside the page', () => {
  it('a site’s name and its column above the headline are the page’s header', () => {
    const doc = docFromText(['某县人民政府　政策解读', '', '《某县火龙果产业公共数据授权运营实施方案》政策问答', '', '发布时间：2025-09-18　　来源：某县农业农村局', '', '近日，《某县火龙果产业公共数据授权运营实施方案》经县人民政府常务会议审议通过。'].join('\n'));
    expect(doc.title).toBe('《某县火龙果产业公共数据授权运营实施方案》政策问答');
  });
});

describe('exit', () => {
  it('everything handed to the grantor and archived for the operation after', () => {
    expect(exit('（六）授权运营终止后，运营机构应当将专区内的授权数据、中间数据整理造册，完整移交市数据和政务服务局，由市数据和政务服务局统一存档保管，供后续运营工作继续使用。', 'hebei', 'plan')).toBe(true);
  });
  it('one copy of the data sealed by the operator', () => {
    expect(exit('第三十五条 本协议终止后，乙方应当将授权数据刻录光盘一式两份，一份移交甲方存档，一份由乙方封存备查；运营系统中的数据随后以不可逆方式销毁。', 'chongqing')).toBe(true);
  });
  it('the data sealed until the grantor decides', () => {
    expect(exit('38.2 因乙方自身原因提前退出的，乙方应当将运营环境及其中数据完整封存，由甲方视后续运营安排另行确定处置方式。', 'wenzhou')).toBe(true);
  });
  it('the data sold on to a company the grantor names', () => {
    expect(exit('（七）6. 授权运营终止时，相关数据资源按照账面价值有偿转让给实施机构指定的市属国有企业，运营机构不再保留。', 'hebei', 'plan')).toBe(true);
  });
  it('twin: destroyed, with the documents handed over', () => {
    expect(exit('第三十五条 本协议终止后，乙方应当以不可逆方式销毁授权数据及其副本，将运营文档移交甲方存档，网络日志留存不少于6个月。', 'chongqing')).toBe(false);
  });
});

describe('authorization mode', () => {
  it('one scenario defined to cover five fields', () => {
    expect(flagsOf('（一）授权运营名称\n某市城市治理综合场景公共数据授权运营。本方案所称“城市治理综合场景”，涵盖交通出行、城市管理、应急管理、生态环境、市场监管等领域的数据应用。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('twin: one scenario defined in one field', () => {
    expect(flagsOf('（一）授权运营名称\n某市停车服务场景公共数据授权运营。本方案所称“停车服务场景”，涵盖路内泊位和公共停车场的停车诱导服务。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('every listed scenario run by the operator alone', () => {
    expect(flagsOf('附件一 授权场景\n1. 智慧文旅；2. 港口物流；3. 普惠金融。\n注：以上场景统一由乙方运营。', 'qinhuangdao')).toContain('authorization_mode');
  });
});

describe('term', () => {
  const schedule = (last: string) => `八、实施进度安排\n本项目授权运营期自授权运营协议签订之日起计算。具体进度安排如下：\n| 阶段 | 时间 | 主要任务 |\n| 启动建设 | 2025年12月—2026年6月 | 完成运营环境搭建 |\n| 推广运营 | 2026年7月—2027年12月 | 上线数据产品 |\n| 深化运营 | 2028年1月—${last} | 拓展应用 |`;
  it('a schedule said to follow, its operating stages past three years', () => {
    expect(flagsOf(schedule('2029年12月'), 'wenzhou', 'plan')).toContain('term_over_3y');
  });
  it('twin: within three years', () => {
    expect(flagsOf(schedule('2028年12月'), 'wenzhou', 'plan')).not.toContain('term_over_3y');
  });
  it('a research phase before a term counted from the first product’s launch', () => {
    expect(flagsOf('第六条 授权期限\n6.2 本协议项下运营期限为三年，自乙方首个数据产品经甲方审核上线之日起计算；产品研发期一般不超过十二个月。')).toContain('term_over_3y');
  });
});

describe('pricing', () => {
  it('products auctioned on an exchange, the winning bid the price', () => {
    expect(flagsOf('（八）授权运营机构形成的数据产品统一在数据交易所挂牌，采取竞价方式交易，成交价格作为结算依据。', 'guizhou', 'plan')).toContain('pricing');
  });
  it('twin: listed on the exchange at the guided price', () => {
    expect(flagsOf('（八）授权运营机构形成的数据产品统一在数据交易所挂牌，按照政务指导价交易。', 'guizhou', 'plan')).not.toContain('pricing');
  });
});

describe('transfer of the grant', () => {
  it('the granted data’s use right pledged with the income', () => {
    expect(flagsOf('第二十六条 乙方可以将数据产品的经营收益权，连同相应授权数据的使用权，质押给银行，用于本项目融资。', 'hebei')).toContain('sub_authorization');
  });
  it('twin: only the receivables pledged', () => {
    expect(flagsOf('第二十六条 乙方可以将数据产品销售形成的应收账款质押给银行，用于本项目融资；授权数据的使用权不得质押或者转让。', 'hebei')).not.toContain('sub_authorization');
  });
});

describe('exclusivity', () => {
  it('re-developers taken only from a roster the operator keeps', () => {
    expect(flagsOf('（九）运营机构建立生态合作伙伴名录，从名录内直接确定经营主体开展产品再开发；名录由运营机构根据合作情况自行调整，名录以外的单位不纳入经营主体范围。', 'chongqing', 'plan')).toContain('exclusivity');
  });
  it('twin: the roster open to any who apply', () => {
    expect(flagsOf('（九）运营机构建立生态合作伙伴名录，名录向社会公开，名录以外的单位也可以申请成为经营主体。', 'chongqing', 'plan')).not.toContain('exclusivity');
  });
  it('lawful: a delivery out of the platform is no delivered product re-developed', () => {
    expect(flagsOf('第二十五条 乙方拟将自有数据与授权数据融合开发的，应当经甲方审核同意后在平台内完成计算。融合结果需要交付平台外使用的，须经甲方合规审核。', 'hebei')).not.toContain('exclusivity');
  });
});

describe('filing', () => {
  it('the plan filed ten working days after the operator’s selection', () => {
    expect(cited('十三、其他事项\n本方案经市政府审议通过后实施。运营机构遴选确定后10个工作日内，由市数据和政务服务局将本方案连同遴选结果报省数据管理部门备案。', 'filing_deadline', 'qinhuangdao', 'plan')).toBe(true);
  });
  it('twin: ten working days after the approval', () => {
    expect(flagsOf('十三、其他事项\n本方案经市政府审议通过后10个工作日内，由市数据和政务服务局报省数据管理部门备案。', 'qinhuangdao', 'plan')).not.toContain('filing_deadline');
  });
});
