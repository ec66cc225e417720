import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';
import { docFromText, reviewAsApp } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 45 from the seventy-fourth to seventy-sixth blind sets and the s45–s45e banks, after they were
 * measured sealed (the seventy-fourth and s45/s45a on the starting engine, the others on the round before). Each case has
 * a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf, exitCited: exit } = passageReview();

describe('raw data', () => {
  it('raw data named in a safeguard the service is given under is not handed over', () => {
    expect(flagsOf('二、（一）建设目标\n通过授权运营，可在不泄露原始数据的前提下为种植户、收购商提供可信的数据核验服务。', 'national', 'plan')).not.toContain('raw_data_export');
  });
  it('twin: the safeguard names other things, and the records themselves are handed over', () => {
    expect(flagsOf('第九条 乙方可在不泄露个人信息的前提下向收购商提供原始数据明细。', 'national')).toContain('raw_data_export');
  });
});

describe('background', () => {
  it('a past pilot said to have prepared this grant sets no term', () => {
    expect(flagsOf('二、（七）试点基础\n2019年至2023年，市农业农村局曾牵头开展为期五年的农机作业数据共享试点，为本次授权运营积累了数据治理经验。', 'national', 'plan')).not.toContain('term_over_3y');
  });
  it('twin: the grant’s own five years', () => {
    expect(flagsOf('五、（一）授权运营期限\n本次授权运营期限为五年，自协议签订之日起计算。', 'national', 'plan')).toContain('term_over_3y');
  });
});

describe('authorization mode', () => {
  it('the bodies of a field the scenario serves do not open the scenario', () => {
    expect(flagsOf('第一条 授权场景\n本协议授权场景为“竹编产业数字服务”，服务对象为竹编加工企业、经销商、金融机构以及相关行业管理部门。', 'hebei')).not.toContain('authorization_mode');
  });
  it('twin: the scenario and the fields related to it', () => {
    expect(flagsOf('第一条 授权场景\n本协议授权场景为“竹编产业数字服务”及相关行业。', 'hebei')).toContain('authorization_mode');
  });
});

describe('term', () => {
  it('a phase named by its work, left out of the term, in which the operator reaches the data', () => {
    expect(flagsOf('（五）1. 授权运营期限为3年，自平台完成验收之日起计算。平台开发及联调测试期间（预计12个月），运营机构即可接入授权数据开展产品研发，该期间不计入授权运营期限。', 'chongqing', 'plan')).toContain('term_over_3y');
  });
  it('twin: the operator may not reach the data in that phase', () => {
    expect(flagsOf('（五）1. 授权运营期限为3年，自平台完成验收之日起计算。平台开发及联调测试期间（预计12个月），运营机构不得接入授权数据，该期间不计入授权运营期限。', 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
  it('a term extended until an event, its longest said after', () => {
    expect(flagsOf('第七条 运营期限\n本协议运营期限为三年。期限届满时乙方投入尚未收回的，运营期限相应延续至投入收回之日，最长不超过十八个月。', 'chongqing')).toContain('term_over_3y');
  });
  it('twin: the extension keeps the whole within three years', () => {
    expect(flagsOf('第七条 运营期限\n本协议运营期限为二年。期限届满时乙方投入尚未收回的，运营期限相应延续至投入收回之日，最长不超过十二个月。', 'chongqing')).not.toContain('term_over_3y');
  });
});

describe('sub-authorization', () => {
  it('the operation of a place handed to the provider chosen in the clause before', () => {
    expect(flagsOf('（九）2. 授权运营机构可以在各县选择一家区域运营服务商，将所在县授权运营空间的日常运营和数据产品经营交由其负责。', 'guizhou', 'plan')).toContain('sub_authorization');
  });
  it('twin: forbidden', () => {
    expect(flagsOf('（九）2. 授权运营机构不得将所在县授权运营空间的日常运营和数据产品经营交由其他单位负责。', 'guizhou', 'plan')).not.toContain('sub_authorization');
  });
  it('a subsidiary set up as the body that runs the grant', () => {
    expect(flagsOf('14.2 乙方可以确定其全资子公司作为具体运营单位，以该子公司名义对外签约。', 'chongqing')).toContain('sub_authorization');
  });
  it('twin: not allowed', () => {
    expect(flagsOf('14.2 乙方不得确定其子公司作为具体运营单位。', 'chongqing')).not.toContain('sub_authorization');
  });
  it('members added to the consortium after it was chosen, to run a field', () => {
    expect(flagsOf('（四）运营机构确定后，联合体牵头单位可以增补具备相应能力的单位为联合体成员，由新增成员承担指定领域的数据产品运营。', 'hebei', 'plan')).toContain('sub_authorization');
  });
  it('a party defined as standing in for the operator, brought in by the next sentence of its paragraph', () => {
    expect(flagsOf('（十一）……3. 本方案所称合作运营单位，是指运营机构确定的、代运营机构承担产品定价和对外交付工作的单位。运营机构可以确定两家合作运营单位。', 'qinhuangdao', 'plan')).toContain('sub_authorization');
  });
  it('twin: the definition alone brings no one in', () => {
    expect(flagsOf('（十一）……3. 本方案所称合作运营单位，是指运营机构确定的、代运营机构承担产品定价和对外交付工作的单位。', 'qinhuangdao', 'plan')).not.toContain('sub_authorization');
  });
});

describe('exit', () => {
  it('the logs wiped with the data', () => {
    expect(exit('6. 退出机制。运营机构退出时，以不可逆方式销毁授权数据及其副本，相关操作日志随同一并清除。', 'chongqing', 'plan')).toBe(true);
  });
  it('the storage turned to other work after formatting', () => {
    expect(exit('第三十九条 协议终止后，乙方应当删除运营环境中的授权数据。存储设备经格式化处理后，可以由乙方转作其他业务使用。', 'national')).toBe(true);
  });
  it('the derived detail sets kept as the operator’s assets', () => {
    expect(exit('（十二）授权运营机构退出时，应当销毁原始公共数据。加工形成的明细主题库和中间数据集，作为其数据资产由其继续持有和使用。', 'guizhou', 'plan')).toBe(true);
  });
  it('the data kept on the grantor’s consent until contracts end', () => {
    expect(exit('40.2 乙方仍在履行的服务合同所涉及的授权数据，经甲方同意，可以保留至相关合同履行完毕后再行销毁。', 'wenzhou')).toBe(true);
  });
  it('destroyed only on request, sealed by the operator otherwise', () => {
    expect(exit('第四十三条 本协议终止后，甲方书面要求销毁的，乙方应当以不可逆方式销毁授权数据及其副本；甲方未提出要求的，由乙方继续封存保管。', 'qinhuangdao')).toBe(true);
  });
  it('twin: destroyed, logs kept six months', () => {
    expect(exit('第三十六条 本协议终止的，乙方应当以不可逆方式销毁授权数据及其副本，网络日志留存不少于六个月。', 'chongqing')).toBe(false);
  });
});

describe('exclusivity', () => {
  it('a priority right held by the operator named in the condition before', () => {
    expect(flagsOf('第十三条 甲方拟将新的数据资源纳入授权运营的，应当首先征询乙方意见；乙方愿意运营的，在同等条件下享有优先运营权。', 'national')).toContain('exclusivity');
  });
  it('the grantor not supplying others, its means listed before the verb', () => {
    expect(flagsOf('第十一条 授权期内，甲方不再以数据开放、申请使用等方式向其他单位提供本协议附件1所列数据。', 'hebei')).toContain('exclusivity');
  });
  it('twin: the grantor goes on supplying others', () => {
    expect(flagsOf('第十一条 授权期内，甲方可以继续以数据开放、申请使用等方式向其他单位提供本协议附件1所列数据。', 'hebei')).not.toContain('exclusivity');
  });
});

describe('second round', () => {
  it('a service handed to a partner named with its company name, to run day to day', () => {
    expect(flagsOf('第八条 8.4 乙方可以将纹样检索服务交给合作单位某某文创发展有限公司负责日常经营和客户对接。', 'hebei')).toContain('sub_authorization');
  });
  it('twin: the partner only keeps the system running', () => {
    expect(flagsOf('第八条 8.4 乙方可以将纹样检索系统交给合作单位某某科技有限公司负责技术维护。', 'hebei')).not.toContain('sub_authorization');
  });
  it('a subsidiary named the project’s implementing body', () => {
    expect(flagsOf('第十一条 乙方可以自行指定其全资子公司作为本项目实施主体，由实施主体开展数据产品开发并收取费用。', 'chongqing')).toContain('sub_authorization');
  });
  it('the operation and the processing of the space entrusted whole', () => {
    expect(flagsOf('（五）授权运营机构可以将授权运营空间的日常运营和初级加工处理工作整体委托给具备相应资质的服务商。', 'guizhou', 'plan')).toContain('sub_authorization');
  });
  it('a party defined as selling on the operator’s behalf, then chosen', () => {
    expect(flagsOf('第一条 定义\n1.7 区域服务商：指经乙方选定，在约定县（市、区）范围内代乙方开展数据产品开发、销售和客户服务的企业。\n第十三条 乙方可以在各县（市、区）分别确定一家区域服务商。', 'wenzhou')).toContain('sub_authorization');
  });
  it('everything handed to the grantor for a body it names to run on', () => {
    expect(exit('（六）退出时，运营机构应当将归集加工的数据资源、数据产品和技术文档完整移交市数据局，由市数据局指定单位接续运营。', 'national', 'plan')).toBe(true);
  });
  it('data left to the storage provider’s own retention policy', () => {
    expect(exit('第四十二条 42.1 本协议终止后，乙方应当以不可逆方式销毁其运营环境中的授权数据。42.2 乙方委托的云服务商存储介质中留存的授权数据，由云服务商按照其自身数据留存策略处理。', 'wenzhou')).toBe(true);
  });
  it('data stored on the operator’s own equipment left to its internal rules', () => {
    expect(exit('（七）6. 运营机构退出时，其自行采购的服务器作为运营机构资产由其自行处置，设备中存储的数据由运营机构按照内部数据管理制度处理。', 'hebei', 'plan')).toBe(true);
  });
  it('destruction defined, unquoted, as a logical deletion', () => {
    expect(exit('（十二）本方案所称数据销毁，是指对授权运营空间内的公共数据执行逻辑删除。授权运营机构退出的，应当在30日内完成数据销毁并提交销毁记录。', 'guizhou', 'plan')).toBe(true);
  });
  it('twin: destruction defined as irreversible', () => {
    expect(exit('（十二）本方案所称数据销毁，是指以不可逆方式清除公共数据及其副本。授权运营机构退出的，应当在30日内完成数据销毁，相关日志保存不少于6个月。', 'guizhou', 'plan')).toBe(false);
  });
  it('records of farm goods synced whole to the operator’s rented server', () => {
    expect(flagsOf('第五条 甲方同意乙方将茶园地块登记信息和农产品质量安全检测记录按月整表同步至乙方租用的溯源服务器。', 'wenzhou')).toContain('raw_data_export');
  });
  it('twin: a report on farm goods synced', () => {
    expect(flagsOf('第五条 甲方同意乙方将农产品质量安全统计分析报告按月同步至乙方租用的服务器。', 'wenzhou')).not.toContain('raw_data_export');
  });
  it('records pushed by the operator to “it”, the customer named before', () => {
    expect(flagsOf('（三）授权运营机构可以根据签约景区的需要，每月向其推送游客入园明细（含姓名、手机号），用于景区回访。', 'guizhou', 'plan')).toContain('raw_data_export');
  });
  it('twin: counts pushed', () => {
    expect(flagsOf('（三）授权运营机构可以根据签约景区的需要，每月向其推送游客入园人数统计，用于景区排班。', 'guizhou', 'plan')).not.toContain('raw_data_export');
  });
  it('a term put back by delays, their longest added', () => {
    expect(flagsOf('第八条 8.1 授权运营期限为3年，自本协议生效之日起算。8.2 因非乙方原因影响正常运营的，授权运营期限按实际影响时间相应顺延，累计顺延时间不超过18个月。', 'guizhou')).toContain('term_over_3y');
  });
  it('twin: the delays’ longest keeps it within three years', () => {
    expect(flagsOf('第八条 8.1 授权运营期限为2年，自本协议生效之日起算。8.2 因非乙方原因影响正常运营的，授权运营期限按实际影响时间相应顺延，累计顺延时间不超过6个月。', 'guizhou')).not.toContain('term_over_3y');
  });
  it('other provinces’ whole grants reported and not adopted', () => {
    expect(flagsOf('（三）国内部分省份采取整体授权、由一家运营机构统一承接的做法。本市不采用该做法，本方案仅涉及一个场景。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('a price the operator drafts that the grantor reviews first', () => {
    expect(flagsOf('第二十五条 乙方拟定的收费标准应当附成本测算资料报甲方审核，并按规定向价格主管部门备案后执行。', 'hebei')).not.toContain('pricing');
  });
  it('twin: one that takes effect on a filing alone', () => {
    expect(flagsOf('第二十五条 乙方编制的收费标准送甲方备案后即生效执行。', 'hebei')).toContain('pricing');
  });
  it('an article’s caption naming two matters charges no one', () => {
    expect(flagsOf('第二十六条　公益使用和经营性收费\n党政机关因公共治理需要使用乙方产品的，乙方无偿提供。企业用于生产经营的，按照价格主管部门核定的政府指导价收取服务费。', 'qinhuangdao')).not.toContain('pricing');
  });
  it('counties kept from granting apart keep no one else out of this grant', () => {
    expect(flagsOf('（一）区县开展社会救助数据授权运营的，应当纳入本方案统一管理，不得另行授权。', 'chongqing', 'plan')).not.toContain('exclusivity');
  });
});

describe('third round', () => {
  it('a report of a review meeting headlined “……召开……评审会” is news: nothing in it is the plan’s content', async () => {
    const text = ['某县召开茶叶产业公共数据授权运营实施方案专家评审会', '9月17日下午，县数据局组织召开《某县茶叶产业公共数据授权运营实施方案（送审稿）》专家评审会。', '会上，编制单位汇报了数据范围、产品设计和安全保障。送审稿拟将茶园地块登记信息纳入授权运营范围，开发茶叶溯源查询产品，授权运营期限拟定为3年。', '与会专家认为方案总体可行，建议补充数据安全应急处置措施和成本收入核算办法。'].join('\n');
    const r = await reviewAsApp(docFromText(text), 'wenzhou', 'plan');
    expect(r.unlike).toBeTruthy();
    expect(r.items.every((i) => i.status === 'missing')).toBe(true);
  });
  it('a term to the third whole fiscal year after a signing, said after a comma', () => {
    expect(flagsOf('（七）1. 授权运营协议拟于2025年10月签订。授权运营期限自授权运营协议签订之日起，至第三个完整会计年度终了之日止。', 'qinhuangdao', 'plan')).toContain('term_over_3y');
  });
  it('a build phase left out of the term in which the operator governs the data', () => {
    expect(flagsOf('第五条 授权运营期限为三年，自平台上线之日起计算。建设期不计入授权运营期限，建设期为一年，建设期内乙方即可开展数据治理和产品预研。', 'hebei')).toContain('term_over_3y');
  });
  it('members added to the consortium while the grant runs, to run a field', () => {
    expect(flagsOf('（四）运营期内，联合体牵头单位可以增补联合体成员，增补成员按照分工承担相应领域的数据开发和运营工作。', 'hebei', 'plan')).toContain('sub_authorization');
  });
  it('logs kept for a span said before them', () => {
    expect(exit('5. 退出机制。运营机构退出时，以不可逆方式销毁授权数据及其副本。平台日志服务器按照滚动覆盖方式保存最近120天的操作日志和网络日志。', 'hebei', 'plan')).toBe(true);
  });
  it('derived stores kept as the operator’s results', () => {
    expect(exit('第三十六条 36.1 运营协议终止后，乙方应当以不可逆方式销毁授权原始数据。36.2 乙方由授权数据清洗形成的主题库，作为乙方投入形成的成果予以保留。', 'chongqing')).toBe(true);
  });
  it('the rest of the data kept after its personal parts are destroyed', () => {
    expect(exit('十、退出机制\n授权运营单位退出时，应当对授权数据中涉及个人信息的部分以不可逆方式销毁；其余授权数据经脱敏处理后可以保留。', 'wenzhou', 'plan')).toBe(true);
  });
  it('the space and its data taken over by a body the grantor names, to go on serving', () => {
    expect(exit('（十二）授权运营机构退出后，其授权运营空间及空间内数据由数据主管部门指定单位接管，继续为已签约开发利用机构提供服务。', 'guizhou', 'plan')).toBe(true);
  });
  it('a routine backup to the operator’s own site is data leaving, not data kept at exit', () => {
    const flags = flagsOf('（三）运营机构可以将交易结算明细原始数据每日同步备份至其自建的灾备机房。\n十一、运营机构退出时，以不可逆方式销毁原始数据及其副本，相关网络日志留存不少于6个月。', 'national', 'plan');
    expect(flags).toContain('raw_data_export');
    expect(flags).not.toContain('no_destruction');
  });
  it('a market’s size said per year is no charge', () => {
    expect(flagsOf('（三）据市文化广电和旅游局测算，全市骑行服务市场规模约15亿元，其中数据服务潜在需求约2500万元/年。', 'qinhuangdao', 'plan')).not.toContain('pricing');
  });
  it('no fee charged under other names either', () => {
    expect(flagsOf('第二十一条 乙方向政府部门提供的防汛预警等公共治理类数据服务，不收取服务费，也不以技术支持费、接口维护费等其他名目收取费用。', 'qinhuangdao')).not.toContain('pricing');
  });
  it('twin: a fee charged to a public body under another name', () => {
    expect(flagsOf('第二十一条 乙方向政府部门提供的防汛预警等公共治理类数据服务不收取服务费，但按年收取技术支持费。', 'qinhuangdao')).toContain('pricing');
  });
});
