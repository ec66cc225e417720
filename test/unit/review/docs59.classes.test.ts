import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 39 from the fifty-ninth blind set and the s39/s39a banks, after they were measured sealed on
 * the starting engine: a breadcrumb set with guillemets and a final version's stage under a title; a catalogue row naming
 * payments; a party named in whose name the operator acts; a party defined by the re-development it does; a grant set out in
 * phases; a ceiling set above the guided price; a grant of one field, or of every field to one
 * operator; others' use of the data on the operator's leave; a company defined as the operator's; the data handed to the
 * next operator, archived, or kept under the operator's own backup policy; a filing counted from a later event or
 * extended to one; a list said by what it is limited to. Each case has a lawful twin where one can be written. Text
 * written for the test.
 */
const { flagsOf } = passageReview();

describe('the title among a page’s chrome', () => {
  it('under a breadcrumb set with guillemets', () => {
    const r = reviewDocument(docFromText('首页 › 通知公告 › 采购信息\n某省档案领域公共数据授权运营机构遴选公告\n受某省档案局委托，某省公共资源交易中心就遴选项目组织竞争性磋商。'), bundledRuleset('national'), 'plan');
    expect(r.documentTitle).toBe('某省档案领域公共数据授权运营机构遴选公告');
  });
  it('a final version’s stage printed under the title is no part of it', () => {
    const r = reviewDocument(docFromText('某区停车公共数据资源授权运营协议\n（最终稿）\n甲方（实施机构）：某区大数据应用发展管理局\n乙方（运营机构）：某数据科技有限公司'), bundledRuleset('chongqing'), 'agreement');
    expect(r.documentTitle).toBe('某区停车公共数据资源授权运营协议');
  });
  it('lawful twin: a model text keeps its bracket', () => {
    const r = reviewDocument(docFromText('某区停车公共数据资源授权运营协议\n（示范文本）\n甲方（实施机构）：某区大数据应用发展管理局'), bundledRuleset('chongqing'), 'agreement');
    expect(r.documentTitle).toBe('某区停车公共数据资源授权运营协议（示范文本）');
  });
});

describe('payments named as data', () => {
  it('a catalogue row of payment records charges nobody', () => {
    expect(flagsOf('三、数据资源范围\n序号 | 数据类别 | 数源单位 | 主要内容 | 更新频率\n1 | 医疗缴费数据 | 市卫生健康委 | 门诊缴费笔数、金额的分院区汇总 | 每日', 'wenzhou', 'plan')).not.toContain('pricing');
  });
  it('a product table that prices its rows still does', () => {
    expect(flagsOf('五、产品和服务清单\n序号 | 产品名称 | 服务对象 | 收费标准\n1 | 学位预警看板 | 市教育局 | 每年8万元', 'wenzhou', 'plan')).toContain('pricing');
  });
});

describe('who a clause’s party is', () => {
  it('acting in its own name as the signing party is the operator', () => {
    expect(flagsOf('第九条 乙方应当以本协议签约主体名义开展授权运营活动，其下属公司不得以乙方名义使用授权数据。')).not.toContain('sub_authorization');
  });
  it('a party defined by the re-development it does is not the operator doing it', () => {
    expect(flagsOf('第一条 （三）开发利用主体：指乙方通过公开方式选择的、对乙方已交付的数据产品进行再开发的企业。\n第十条 乙方不得参与已交付数据产品的再开发。')).not.toContain('exclusivity');
  });
  it('a company defined as the operator’s, re-developing its products', () => {
    expect(flagsOf('第一条 “关联服务商”：指乙方直接或者间接控制的企业。\n第十二条 关联服务商可以对乙方交付的数据产品进行再开发。', 'guizhou')).toContain('exclusivity');
  });
  it('lawful twin: a developer the operator does not control', () => {
    expect(flagsOf('第一条 “开发服务商”：指经公开遴选、与乙方无关联关系的企业。\n第十二条 开发服务商可以对乙方交付的数据产品进行再开发。', 'guizhou')).not.toContain('exclusivity');
  });
});

describe('phases and ceilings', () => {
  it('a grant set out in two phases adds them up', () => {
    expect(flagsOf('（五）授权期限。本次授权运营分两个阶段实施：建设期自2026年3月至2027年2月；运营期自建设期结束次日起算，为期三年。', 'national', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: the two phases inside three years', () => {
    expect(flagsOf('（五）授权期限。本次授权运营分两个阶段实施：建设期自2026年3月至2026年8月；运营期自建设期结束次日起算，为期两年半。', 'national', 'plan')).not.toContain('term_over_3y');
  });
  it('lawful twin: a project’s build phase before the grant, with no work under it', () => {
    expect(flagsOf('（五）授权期限。本项目分两个阶段：建设期自2026年3月至2027年2月，乙方仅负责平台部署，不得使用授权数据；运营期自建设期结束次日起算，为期三年。', 'national', 'plan')).not.toContain('term_over_3y');
  });
  it('a ceiling set at the guided price raised by a share', () => {
    expect(flagsOf('第二十条 乙方面向企业提供的数据产品，收费不得超过政府指导价上浮百分之三十的标准。', 'hebei')).toContain('pricing');
  });
  it('lawful twin: the guided price is the ceiling', () => {
    expect(flagsOf('第二十条 乙方面向企业提供的数据产品，收费不得超过政府指导价。', 'hebei')).not.toContain('pricing');
  });
});

describe('the unit granted (Hebei)', () => {
  it('one grant a field', () => {
    expect(flagsOf('（四）授权运营模式\n本市采取“一个领域一个授权”的方式，首批为交通出行领域。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('one operator for every field of the city', () => {
    expect(flagsOf('（四）授权运营模式\n经市政府研究，授权市数据集团有限公司作为全市公共数据授权运营机构，负责各领域公共数据的开发运营。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('lawful twin: one scenario, one grant', () => {
    expect(flagsOf('（四）授权运营模式\n本市采取“一场景一授权”方式，本次授权场景为公交出行客流分析。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});

describe('others’ use of the data', () => {
  it('only on the operator’s leave', () => {
    expect(flagsOf('5.3 其他机构利用本场景公共数据开发产品的，应当事先征得运营机构书面同意。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('lawful twin: the operator’s own products bought on its terms', () => {
    expect(flagsOf('5.3 其他机构使用运营机构数据产品的，应当与运营机构签订服务合同。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
});

describe('the data at exit', () => {
  it('handed to the next operator to go on using', () => {
    expect(flagsOf('（八）退出机制。运营机构退出时，应关闭数据调用权限，并将原始数据及其副本移交接续运营机构继续使用。', 'hebei', 'plan')).toContain('no_destruction');
  });
  it('an exit act defined as archiving', () => {
    expect(flagsOf('第一条 “数据清退”：指乙方将授权数据迁移至归档数据库并停止对外服务的操作。\n第三十条 本协议终止后十个工作日内，乙方应当完成数据清退。', 'chongqing')).toContain('no_destruction');
  });
  it('backups kept under the operator’s own policy', () => {
    expect(flagsOf('第三十条 协议终止后，乙方应删除生产系统中的授权数据；备份系统中的数据按乙方备份策略保留，到期后自动覆盖。')).toContain('no_destruction');
  });
  it('moved to a cold backup by the operator', () => {
    expect(flagsOf('附表2 退出安排\n项目 | 内容\n数据处置 | 原始数据在协议终止后由授权运营机构转为离线冷备份，保存两年后删除', 'guizhou')).toContain('no_destruction');
  });
  it('lawful twin: handed back and destroyed', () => {
    expect(flagsOf('第三十条 协议终止后，乙方应将授权数据返还甲方，并以不可逆方式销毁其持有的原始数据及其副本，不得留存任何备份，操作日志留存六个月。')).not.toContain('no_destruction');
  });
});

describe('the filing’s time', () => {
  it('counted from the first delivery of data', () => {
    expect(flagsOf('第四十条 甲方应自首批授权数据交付乙方之日起五个工作日内，将本协议报市数据主管部门备案。', 'chongqing')).toContain('filing_deadline');
  });
  it('a time defined from it', () => {
    expect(flagsOf('第一条 “备案时限”：指自首批授权数据交付乙方之日起算的五个工作日。\n第四十条 甲方应在备案时限内将本协议报市数据主管部门备案。', 'chongqing')).toContain('filing_deadline');
  });
  it('extended to an event without a date', () => {
    expect(flagsOf('第四十条 本协议签订后五个工作日内报市数据主管部门备案；数据目录尚需核对的，备案时间可延至核对完成后五个工作日内。', 'chongqing')).toContain('filing_deadline');
  });
  it('lawful twin: counted from the signing', () => {
    expect(flagsOf('第四十条 甲方应自本协议签订之日起五个工作日内，将本协议报市数据主管部门备案。', 'chongqing')).not.toContain('filing_deadline');
  });
});

describe('a list said by what it is limited to', () => {
  it('limited to market products, defined as such', () => {
    expect(flagsOf('本方案所称“助企产品”，是指面向企业提供、支持其经营决策的数据产品。\n6.1 本期产品和服务清单限于助企产品，具体为：产业链供需指数、企业用能画像。', 'wenzhou', 'plan')).toContain('product_categories');
  });
  it('lawful twin: both kinds', () => {
    expect(flagsOf('6.1 本期产品和服务清单包括：面向市场监管部门免费提供的企业用能监测看板，面向企业有偿提供的产业链供需指数。', 'wenzhou', 'plan')).not.toContain('product_categories');
  });
});
