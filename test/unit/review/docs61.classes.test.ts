import { describe, expect, it } from 'vitest';
import { joinedOverPages, withoutRunningLines } from '../../../main/docs/pdfPages';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 40 from the sixty-first blind set and the s40/s40a banks, after they were measured sealed on
 * the starting engine (5da321ad): a PDF's bare page numbers; a term's start and end in two rows of a table; a grant set
 * out in named phases, or a phase counted from a trial's end; an extension signed as a supplementary agreement; a price
 * another party sets for what it sells; the consultation's opinions reported after the plan; a clause quoted by its
 * number and judged; rivals refused among other grounds; the operator's ban on re-development with a case carved out;
 * data kept for what it serves, or kept by the operator when named first; products said by whom they all serve, by their
 * commercial use, or a category left empty; a right to run products' business granted on; the operation run on the
 * operator's behalf; a grant by the departments that hold the data; a product heading that names what the service does.
 * Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf, statusOf } = passageReview();

describe('a PDF page’s number printed alone at its foot', () => {
  const page = (n: number, lines: string[]) => ({ page: n, chars: 100, items: lines.map((text) => ({ kind: 'text' as const, text, page: n })) });
  const texts = (pages: ReturnType<typeof page>[]) => joinedOverPages(withoutRunningLines(pages)).map((i) => (i as { text: string }).text);
  it('is dropped from every page, the first too, and the sentence it cut is whole again', () => {
    const out = texts([
      page(1, ['某区研学旅行场景公共数据授权运营协议', '13.1 甲方应当自本协议签订之日起5个工', '— 1 —']),
      page(2, ['作日内，按程序报市大数据局备案。', '第十四条 本协议一式六份。', '— 2 —']),
    ]);
    expect(out).toEqual(['某区研学旅行场景公共数据授权运营协议', '13.1 甲方应当自本协议签订之日起5个工作日内，按程序报市大数据局备案。', '第十四条 本协议一式六份。']);
  });
  it('a bare number is a page’s only where such numbers run with the pages', () => {
    const numbered = texts([page(1, ['甲', '1']), page(2, ['乙', '2']), page(3, ['丙', '3'])]);
    expect(numbered).toEqual(['甲', '乙', '丙']);
    // A table's last cell that happens to be a number, on one page only, stays.
    const cell = texts([page(1, ['序号 产品名称 数量', '12']), page(2, ['第二条 乙方应当……。'])]);
    expect(cell).toContain('12');
  });
});

describe('a term’s start and end given in two rows of a table', () => {
  it('are one range', () => {
    expect(flagsOf('第三条 授权运营期限\n项目 | 内容\n授权起始日 | 2025年12月1日\n授权终止日 | 2029年11月30日', 'chongqing')).toContain('term_over_3y');
  });
  it('lawful twin: three years between the rows', () => {
    expect(flagsOf('第三条 授权运营期限\n项目 | 内容\n授权起始日 | 2025年12月1日\n授权终止日 | 2028年11月30日', 'chongqing')).not.toContain('term_over_3y');
  });
  it('lawful twin: a project’s dates, not the grant’s, outside a heading on the term', () => {
    expect(flagsOf('第九条 平台建设\n项目 | 内容\n开始时间 | 2025年12月1日\n结束时间 | 2029年11月30日', 'chongqing')).not.toContain('term_over_3y');
  });
});

describe('phases of one grant', () => {
  it('the grant set out in phases named before their count adds them up', () => {
    expect(flagsOf('（七）授权运营期限\n授权运营分建设期和运营期两个阶段实施。建设期1年，完成安全可信空间部署和首批产品研发；运营期3年，自建设期满次日起算。', 'hebei', 'plan')).toContain('term_over_3y');
  });
  it('a phase counted from a trial run’s end follows it', () => {
    const text = '（五）授权运营期限\n授权运营期限按以下安排执行：\n1. 试运营期：2025年10月1日至2026年3月31日，完成平台部署；\n2. 正式运营期：自试运营期满次日起三年。';
    expect(flagsOf(text, 'chongqing', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: the later phase chosen anew', () => {
    const text = '（五）授权运营期限\n授权运营期限按以下安排执行：\n1. 试运营期：2025年10月1日至2026年3月31日，完成平台部署；\n2. 正式运营期：自试运营期满次日起三年，须重新组织遴选并另行签订协议。';
    expect(flagsOf(text, 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
});

describe('an extension signed as a supplementary agreement', () => {
  const term = '（一）授权运营期限。授权运营期限为3年，自授权运营协议签订之日起计算。期满前3个月内，运营机构年度评估结果均为合格以上的，可以向实施机构申请延续，';
  it('amends this agreement: the grant runs on', () => {
    expect(flagsOf(`${term}经实施机构同意后签订补充协议，延续期限不超过2年。`, 'qinhuangdao', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: a new agreement after a new selection', () => {
    expect(flagsOf(`${term}经实施机构重新组织遴选后重新签订授权运营协议。`, 'qinhuangdao', 'plan')).not.toContain('term_over_3y');
  });
});

describe('who sets the price', () => {
  it('another party pricing what it sells itself prices no data product', () => {
    expect(flagsOf('4.4 剧本娱乐经营场所向消费者收取的服务费用由经营者依法自主确定，与本协议数据产品价格无关。', 'wenzhou')).not.toContain('pricing');
  });
  it('lawful twin turned: the operator, or the two sides of a sale, set it', () => {
    expect(flagsOf('4.4 数据产品的服务费用由乙方依法自主确定。', 'wenzhou')).toContain('pricing');
    expect(flagsOf('4.4 数据产品价格由供需双方自主确定。', 'wenzhou')).toContain('pricing');
  });
});

describe('words of others reported', () => {
  const plan = (tail: string) =>
    ['一、总体要求', '本方案规范城市书房借阅数据的授权运营。', '二、授权运营期限', '授权运营期限为3年，期满不自动续期。', '三、运营机构', '运营机构不享有排他性权利。', '四、安全管理', '运营机构应当落实数据安全责任。', '五、保障措施', '各部门加强协同。', '六、监督管理', '市数据局负责监督。', tail].join('\n');
  it('the consultation’s opinions and their handling, after the plan, set no rule', () => {
    const table = '附：征求意见采纳情况（摘要）\n| 序号 | 意见内容 | 提出单位 | 采纳情况 |\n| 1 | 建议授予运营机构借阅数据的独家运营权 | 某文化企业 | 不采纳 |\n| 2 | 建议将运营期限延长至5年，期满评估合格的自动续期 | 某区文旅局 | 不采纳 |';
    const flags = flagsOf(plan(table), 'wenzhou', 'plan');
    expect(flags).not.toContain('exclusivity');
    expect(flags).not.toContain('term_over_3y');
  });
  it('lawful twin turned: the same words as the plan’s own clause', () => {
    expect(flagsOf(plan('七、其他\n运营机构享有借阅数据的独家运营权。'), 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('a clause quoted by its number and judged is the reviewer’s, not a rule', () => {
    expect(flagsOf('合法性审查意见：协议文本第七条“乙方享有本市交通领域公共数据独家运营权，甲方在协议期内不得再授权第三方”构成排他性安排，违反公平竞争的规定，应予删除。', 'chongqing')).not.toContain('exclusivity');
    expect(flagsOf('协议审查意见：送审稿第五条“本协议期满后，双方均未提出异议的，自动续展三年”，将使运营期限超过三年，不符合规定。', 'chongqing')).not.toContain('term_over_3y');
  });
  it('lawful twin turned: the clause itself', () => {
    expect(flagsOf('第七条 乙方享有本市交通领域公共数据独家运营权，甲方在协议期内不得再授权第三方。', 'chongqing')).toContain('exclusivity');
  });
});

describe('others kept out', () => {
  it('rivals the operator may refuse, rivalry one of the grounds', () => {
    expect(flagsOf('第二十三条 对与乙方存在同业竞争关系，或者曾与乙方发生合同纠纷的经营主体，乙方有权拒绝向其提供数据产品和服务。', 'qinhuangdao')).toContain('exclusivity');
  });
  it('lawful twin: the refusal forbidden', () => {
    expect(flagsOf('第二十三条 对与乙方存在同业竞争关系的经营主体，乙方不得拒绝向其提供数据产品和服务。', 'qinhuangdao')).not.toContain('exclusivity');
    expect(flagsOf('第二十三条 对存在违法违规记录的经营主体，乙方有权拒绝向其提供数据产品和服务。', 'qinhuangdao')).not.toContain('exclusivity');
  });
  it('the operator’s ban on re-development with a case carved out, after it or before it', () => {
    expect(flagsOf('2. 运营机构不参与已交付公共数据产品和服务的再开发，但经营主体提出联合开发需求的除外。', 'chongqing', 'plan')).toContain('exclusivity');
    expect(flagsOf('2. 除经营主体提出联合开发需求外，运营机构不参与已交付公共数据产品和服务的再开发。', 'chongqing', 'plan')).toContain('exclusivity');
  });
  it('lawful twins: a deferral to the law, support that is no development, no case at all', () => {
    expect(flagsOf('2. 运营机构不参与已交付产品的再开发，但法律法规另有规定的除外。', 'chongqing', 'plan')).not.toContain('exclusivity');
    expect(flagsOf('2. 运营机构不参与已交付产品的再开发，但为开发利用机构提供平台技术支持的除外。', 'chongqing', 'plan')).not.toContain('exclusivity');
    expect(flagsOf('2. 运营机构不参与已交付产品的再开发。', 'chongqing', 'plan')).not.toContain('exclusivity');
  });
});

describe('the data at exit', () => {
  it('data named by what it serves, kept until contracts end', () => {
    expect(flagsOf('第三十五条 协议终止时，乙方应当以不可逆方式销毁原始数据，操作日志保存一年。乙方为履行已签订的产品服务合同所必需的数据，可以保留至相关合同履行完毕后再行销毁。', 'hebei')).toContain('no_destruction');
  });
  it('copies named first, then let the operator keep them', () => {
    expect(flagsOf('（八）退出机制\n授权运营机构退出时，应当以不可逆方式删除授权运营空间内的原始数据，日志保存一年；其本地开发测试环境中留存的样本数据，可以由授权运营机构保留用于后续技术支持。', 'guizhou', 'plan')).toContain('no_destruction');
  });
  it('lawful twin: the copies may not be kept', () => {
    expect(flagsOf('（八）退出机制\n授权运营机构退出时，应当以不可逆方式删除授权运营空间内的原始数据，日志保存一年；其本地开发测试环境中留存的样本数据，不得由授权运营机构保留。', 'guizhou', 'plan')).not.toContain('no_destruction');
  });
});

describe('the products list', () => {
  it('said by whom every listed one serves', () => {
    expect(flagsOf('七、产品和服务清单\n拟提供的数据产品和服务详见附件3《产品和服务清单》，共12项，全部面向文旅企业、在线旅游平台和景区经营单位提供。', 'guizhou', 'plan')).toContain('product_categories');
  });
  it('products named by a commercial use only', () => {
    expect(flagsOf('第八条 产品和服务清单\n8.1 乙方应当在授权范围内开发并提供下列产品和服务：（1）金融风控类数据产品；（2）保险精算辅助类数据产品；（3）营销分析类数据服务。', 'chongqing')).toContain('product_categories');
  });
  it('lawful twin: a public product among them', () => {
    expect(flagsOf('第八条 产品和服务清单\n8.1 乙方应当在授权范围内开发并提供下列产品和服务：（1）金融风控类数据产品；（2）面向市应急管理局的灾害风险研判服务。', 'chongqing')).not.toContain('product_categories');
  });
  it('a category’s row left empty offers nothing of it', () => {
    const rows = '附件1 实施方案要素表\n项目 | 内容\n产品和服务清单（产业发展类） | 企业用工景气指数、园区招商画像\n产品和服务清单（公共治理、公益事业类） | ';
    expect(flagsOf(`${rows}暂无，待运营成熟后另行研究`, 'hebei', 'plan')).toContain('product_categories');
    expect(flagsOf(`${rows}就业形势监测报告（供市人社局决策使用）`, 'hebei', 'plan')).not.toContain('product_categories');
  });
});

describe('the grant handed on', () => {
  it('a right to run products’ business granted to another', () => {
    expect(flagsOf('4. 运营机构可以在各县区择优选定区域合作运营商，授予其在本县区范围内开展公共数据产品经营的权利；区域合作运营商按其经营收入的百分之十五向运营机构缴纳渠道分成。', 'qinhuangdao', 'plan')).toContain('sub_authorization');
  });
  it('the operation run by another on the operator’s behalf', () => {
    expect(flagsOf('附件一 授权运营基本情况表\n项目 | 内容\n运营方式 | 乙方自行运营，或者委托其生态合作伙伴以合作伙伴名义代为运营', 'chongqing')).toContain('sub_authorization');
  });
  it('lawful twins: forbidden, or the upkeep only', () => {
    expect(flagsOf('第八条 乙方不得委托第三方代为运营。', 'chongqing')).not.toContain('sub_authorization');
    expect(flagsOf('第八条 乙方可以委托第三方代为运营维护平台。', 'chongqing')).not.toContain('sub_authorization');
  });
});

describe('the unit granted (Hebei)', () => {
  it('the departments that hold the data, granted their whole data', () => {
    expect(flagsOf('2. 授权方式。市数据和政务服务局按数源部门分批授权：第一批授权市人力资源和社会保障局、市医疗保障局三个部门的全量数据。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('lawful twin: by scenario, the departments refused as the unit', () => {
    expect(flagsOf('2. 授权方式。本次授权不按数源部门授权，依场景授权，一场景一授权。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});

describe('a product heading names what the service does', () => {
  it('is not the accounting section', () => {
    const text = '六、产品和服务清单\n（二）产业发展类\n2．盐湖企业碳足迹核算服务\n面向出口企业和第三方核查机构；';
    expect(statusOf(text, 'plan.accounting')).toBe('missing');
  });
  it('lawful twin turned: a heading on the accounting itself', () => {
    const text = '七、成本收入核算\n运营机构应当建立经营成本和收入核算机制，收益分配按照约定执行。';
    expect(statusOf(text, 'plan.accounting')).not.toBe('missing');
  });
});
