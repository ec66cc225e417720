import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 41 from the sixty-third blind set and the s41/s41a banks, after they were measured sealed on
 * the session's starting engine (edc9d806): a page's metadata field whose value reads like a title, a notice's list of
 * attachments going on over numbered lines, an article's subheads between its paragraphs, a 印发 notice's headline cut
 * over two lines; a product's name that holds a charge word; a clause going on with 亦不得; an onward grant as a ground
 * for termination; a reviewer's opinion on a quoted draft clause; a study the text reports it dropped; a term counted in
 * stages listed after it; a trial run named by its work; copies kept to a date, archived for a period, or kept at the
 * operator's choice; a backup centre outside the space; the ceiling set aside at cost-plus; a list that offers no
 * business use. Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf, cited } = passageReview();

describe('the document inside the page', () => {
  const page = (...lines: string[]) => docFromText(lines.join('\n'), 'page.txt');
  const plan = ['某市林业公共数据授权运营实施方案', '（征求意见稿）', '为规范开展我市林业领域公共数据授权运营，制定本方案。', '一、授权运营名称和实施机构', '（一）授权运营名称。某市林业公共数据授权运营。', '二、必要性和可行性论证', '（一）必要性。林业数据分散在多个部门，亟需统筹开发。'];
  it('a metadata field is the page’s, whatever its value ends with, and a list of attachments goes on over its numbered lines', () => {
    const doc = page('某市数据和政务服务局', '首页 | 机构概况 | 政务公开 | 互动交流', '当前位置：首页 > 政务公开 > 征求意见', '索 引 号：11000-2025-00012', '文件名称：关于公开征求《某市林业公共数据授权运营实施方案（征求意见稿）》意见的公告', '发布机构：某市数据和政务服务局', '发布日期：2025-09-16', '主 题 词：公共数据 授权运营 征求意见', '关于公开征求《某市林业公共数据授权运营实施方案（征求意见稿）》意见的公告', '为推动林业数据开发利用，市数据和政务服务局起草了《某市林业公共数据授权运营实施方案（征求意见稿）》，现向社会公开征求意见。', '征集时间：2025年9月16日至2025年10月15日', '反馈方式：请将意见建议发送至电子邮箱 sjj@example.cn。', '联系电话：010-12345678', '附件：1.某市林业公共数据授权运营实施方案（征求意见稿）', '　　　2.起草说明', '某市数据和政务服务局', '2025年9月16日', '附件1', ...plan);
    // The draft's stage is left out of the title (titleLines.ts withoutStage); the plan starts at its title, under 附件1.
    expect(doc.title).toBe('某市林业公共数据授权运营实施方案');
    expect(doc.bodyStart).toBe(18);
  });
  it('an article’s subheads between its paragraphs do not end its text', () => {
    const doc = page('政策解读丨一文读懂《某市林业公共数据授权运营实施方案》', '原创 某市数据 2025年11月06日 17:32', '点击上方蓝字 关注我们', '近日，经市政府常务会议审议通过，《某市林业公共数据授权运营实施方案》正式印发实施，这是我市首个分行业公共数据授权运营实施方案。', '01', '为什么要出台《方案》？', '长期以来，林地审批、森林资源、林产品交易等数据分散在多个部门，金融机构看不清、收购企业信不过的问题比较突出。', '市数据局有关负责同志介绍，出台《方案》就是要在确保安全的前提下，把沉睡的林业公共数据用起来，让数据多跑路、林农少跑腿。', '02', '▌三年期限', '《方案》明确授权运营期限为3年，期满后协议终止，需要继续运营的重新按程序确定，不搞一授终身。', '▌两类产品', '公共治理和公益事业类产品免费提供，产业发展类产品执行政府指导价，运营机构不得自行定价。', '— END —', '来源：某市数据局', '编辑：王某', '往期推荐', '▶ 某市再添12项新场景');
    expect(doc.title).toBe('政策解读丨一文读懂《某市林业公共数据授权运营实施方案》');
    expect(doc.bodyStart).toBe(3);
  });
  it('a 印发 notice’s headline cut over two lines titles the plan printed after it untitled', () => {
    const doc = page('某市数据局', '某数发〔2025〕27号', '关于印发《某市林业公共数据授权运营实施方', '案（试行）》的通知', '各区人民政府，市各委办局：', '《某市林业公共数据授权运营实施方案（试行）》已经市政府同意，现印发给你们，请认真贯彻落实。', '某市数据局', '2025年10月20日', '（此件公开发布）', '为规范开展我市林业领域公共数据授权运营，推动林业数据资源开发利用，根据有关规定，结合我市实际，制定本方案。', '一、授权运营名称', '某市林业公共数据授权运营，由市数据局作为实施机构，负责方案组织实施和监督管理。', '二、必要性', '林地审批、森林资源、林产品交易等数据分散在多个部门，金融机构和收购企业难以利用，亟需统筹开发。', '三、可行性', '相关数据已汇聚至市公共数据平台，完成编目、分类分级和质量评估，具备开发利用条件。', '四、运营机构', '通过公开遴选确定运营机构，运营机构须具备相应的资金、技术、服务和数据安全能力。', '五、授权期限', '授权运营期限为3年，自授权运营协议签订之日起算，期满后重新按程序确定运营机构。', '六、产品', '公共治理类产品免费提供，产业发展类产品执行政府指导价，按规定公示价格。');
    expect(doc.title).toBe('某市林业公共数据授权运营实施方案（试行）');
  });
});

describe('pricing', () => {
  it('a charge word in a product’s name is what it watches, the row priced free', () => {
    expect(flagsOf('（八）产品和服务清单\n类别 | 产品和服务名称 | 服务对象 | 提供方式\n公共治理 | 校外培训机构预付费风险预警 | 市教育局、市市场监管局 | 无偿\n产业发展 | 培训机构选址分析 | 培训机构 | 有偿，执行政府指导价', 'guizhou', 'plan')).not.toContain('pricing');
  });
  it('lawful twin’s breach: the public user charged', () => {
    expect(flagsOf('（八）产品和服务清单\n类别 | 产品和服务名称 | 服务对象 | 提供方式\n公共治理 | 校外培训机构风险预警 | 市教育局 | 按次付费', 'guizhou', 'plan')).toContain('pricing');
  });
  it('the ceiling set aside where it falls short of cost', () => {
    expect(flagsOf('8.2 乙方收取的服务费执行政府指导价。政府指导价确定的收费上限低于乙方实际运营成本的，乙方可以按照实际运营成本加成百分之二十收取。')).toContain('pricing');
  });
  it('lawful twin: the shortfall reported for the price to be reviewed', () => {
    expect(flagsOf('8.2 乙方收取的服务费执行政府指导价。政府指导价确定的收费上限低于乙方实际运营成本的，乙方可以向甲方提出调整建议，由甲方商价格主管部门研究。')).not.toContain('pricing');
  });
});

describe('others shut out, or not', () => {
  it('a clause going on with 亦不得 is the operator refraining itself', () => {
    expect(flagsOf('第十五条 乙方应当自行履行本协议约定的运营义务，不得将授权运营权利转让给任何第三方，亦不得与第三方签订以分享授权运营权益为目的的合作协议。', 'hebei')).not.toContain('exclusivity');
  });
  it('twin: users made to promise they deal with no one else', () => {
    expect(flagsOf('第十五条 乙方可以要求采购其产品的企业承诺，不得与第三方签订同类数据服务协议。', 'hebei')).toContain('exclusivity');
  });
  it('an onward grant as a ground for termination shuts no one out', () => {
    expect(flagsOf('第三十一条 乙方有下列行为之一的，甲方有权单方终止本协议：（一）擅自将授权运营权利转让、转授予其他主体的；（二）超出授权范围使用公共数据的。', 'qinhuangdao')).not.toContain('exclusivity');
  });
  it('twin: the grantor barred from granting others', () => {
    expect(flagsOf('第九条 授权期内，甲方不得将本场景运营权授予其他主体。', 'qinhuangdao')).toContain('exclusivity');
  });
});

describe('others’ words', () => {
  it('a reviewer’s opinion on a draft clause it quotes', () => {
    expect(flagsOf('审查意见：协议稿第二条“甲方将本市政务数据整体授权乙方运营”与省办法第十五条依场景授权的规定不符，建议修改为按场景授权。', 'qinhuangdao')).not.toContain('authorization_mode');
  });
  it('a study the text reports it dropped', () => {
    expect(flagsOf('（二）工作基础\n2023年，市数据主管部门曾研究全市政务数据整体授权的可行性，因与省级规定不一致未予实施。本次授权严格执行依场景授权模式。', 'qinhuangdao', 'plan')).not.toContain('authorization_mode');
  });
  it('twin: the grant made whole now', () => {
    expect(flagsOf('（二）授权模式\n本次对全市政务数据实行整体授权。', 'qinhuangdao', 'plan')).toContain('authorization_mode');
  });
});

describe('term', () => {
  it('stages listed after the term is said to be counted in them', () => {
    expect(flagsOf('（七）授权运营期限\n授权运营期限按阶段计算：1.建设期十二个月，运营机构完成平台部署；2.运营期三十六个月，自建设期届满次日起算。', 'qinhuangdao', 'plan')).toContain('term_over_3y');
  });
  it('a stage’s length is its own, not the next one named', () => {
    expect(flagsOf('（七）授权运营期限\n授权运营期限分为建设期和运营期：建设期十二个月；运营期三十六个月，自建设期届满次日起算。', 'qinhuangdao', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: the stages add up to three years', () => {
    expect(flagsOf('（七）授权运营期限\n授权运营期限分为建设期和运营期：建设期六个月；运营期三十个月，自建设期届满次日起算。', 'qinhuangdao', 'plan')).not.toContain('term_over_3y');
  });
  it('a trial run named by its work, with the grant’s rights and left out of the term', () => {
    expect(flagsOf('五、授权运营期限\n授权运营期限为三年，自授权运营协议签订之日起算。协议签订前，运营机构可以先行开展为期六个月的试运营，试运营期间享有与正式运营期间相同的数据调用和产品经营权利，试运营期不计入授权运营期限。', 'wenzhou', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: the trial counted in the term', () => {
    expect(flagsOf('五、授权运营期限\n授权运营期限为三年，自授权运营协议签订之日起算，含为期六个月的试运营。', 'wenzhou', 'plan')).not.toContain('term_over_3y');
  });
});

describe('exit', () => {
  it('a backup copy kept until contracts end', () => {
    expect(cited('第二十七条 授权终止后，乙方为保障业务连续性所留存的备份数据，可以保留至相关数据产品服务合同履行完毕之日。', 'no_destruction', 'guizhou')).toBe(true);
  });
  it('the data archived for a period', () => {
    expect(cited('运营机构退出时应当将授权数据及加工中间数据按照档案管理要求归档，归档保存期限为十年。', 'no_destruction', 'wenzhou', 'plan')).toBe(true);
  });
  it('lawful twin: the destruction’s records archived', () => {
    expect(cited('运营机构退出时应当以不可逆方式销毁授权数据及其副本，授权数据销毁记录归档保存期限为三年，网络日志留存不少于六个月。', 'no_destruction', 'wenzhou', 'plan')).toBe(false);
  });
  it('keeping copies left to the operator', () => {
    expect(cited('（五）退出机制\n运营机构退出的，应当将数据资源迁移至实施机构指定的存储环境，迁移完成后由运营机构自行决定是否保留本地副本。', 'no_destruction', 'chongqing', 'plan')).toBe(true);
  });
});

describe('raw data', () => {
  it('a backup centre outside the space takes the data out', () => {
    expect(flagsOf('第十一条 乙方应当在授权运营空间之外建立异地灾备中心，每日将授权运营空间内的公共数据资源全量同步至灾备中心。', 'guizhou')).toContain('raw_data_export');
  });
  it('lawful twin: the backup kept inside the space', () => {
    expect(flagsOf('第十一条 乙方应当在授权运营空间内建立灾备环境，每日将公共数据资源备份至空间内的灾备节点。', 'guizhou')).not.toContain('raw_data_export');
  });
});

describe('transfer', () => {
  it('a subsidiary entrusted to take over a county’s operation', () => {
    expect(flagsOf('运营机构可以委托其子公司承接对应县域的授权运营。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
  it('lawful twin: a subsidiary doing technical work under the operator', () => {
    expect(flagsOf('运营机构可以委托其子公司承担平台运维等技术支撑工作，运营责任仍由运营机构承担。', 'wenzhou', 'plan')).not.toContain('sub_authorization');
  });
});

describe('the products list', () => {
  it('public products only, business declined: the business category is missing', () => {
    expect(flagsOf('（六）产品和服务\n本项目产品和服务定位为公益服务，包括：1.老年人就医便利导航；2.残疾人就业岗位匹配。所有产品免费提供，不开展经营性服务。', 'national', 'plan')).toContain('product_categories');
  });
  it('lawful twin: business products offered too', () => {
    expect(flagsOf('（六）产品和服务\n本项目产品和服务包括：1.老年人就医便利导航，免费提供；2.医药企业市场分析服务，执行政府指导价，有偿提供。', 'national', 'plan')).not.toContain('product_categories');
  });
});
