import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 35 from the fifty-first blind set and its banks: a lead-in in an article's heading over items
 * without numbers, the records kept on exit in words other than 保留 (sealed, kept by the operator itself, moved to its
 * own store, a deletion that can be undone), a consent to license the granted data onward, a definitions table, a model
 * text's options, a check's yes/no answer, a proposal reported and refused. Each case has a lawful twin where one can be
 * written. Text written for the test.
 */
const { flagsOf, cited } = passageReview();

describe('items under a lead-in set out one a paragraph, without numbers', () => {
  it('reads each as forbidden when the lead-in stands in the article’s heading', () => {
    const text = '第八条 禁止事项 乙方不得有下列行为\n将本协议项下的授权转让或者转授权给其他单位；\n超出约定场景使用授权数据；\n向开发利用机构收取不合理费用。';
    expect(flagsOf(text, 'chongqing')).not.toContain('sub_authorization');
  });
  it('still reads a permission that follows the list', () => {
    const text = '第八条 禁止事项 乙方不得有下列行为\n超出约定场景使用授权数据。\n第九条 乙方可以将本协议项下的授权转让给其控股子公司。';
    expect(flagsOf(text, 'chongqing')).toContain('sub_authorization');
  });
});

describe('the records kept at the end in other words (no_destruction)', () => {
  it('reads them sealed for a period, kept by the operator itself, or moved to its own store', () => {
    expect(cited('第三十条 协议期满后，乙方在平台内获取的原始数据及其副本由乙方封存，封存期为三年。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第三十条 合作终止时，运营单位本地服务器中的数据副本由其自行处置。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第三十条 本协议解除后，乙方调用过的授权数据及其副本可迁移转存至乙方总部数据中心。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第三十条 协议终止时，乙方对授权数据执行逻辑删除，数据在回收站保留十五日。', 'no_destruction', 'hebei')).toBe(true);
  });
  it('reads logs kept too short when the period follows a comma or is written in capitals', () => {
    expect(cited('第三十条 协议终止后乙方应当销毁全部授权数据，访问日志，留存叁个月。', 'no_destruction', 'hebei')).toBe(true);
  });
  it('stays quiet on a destruction done and logs kept six months', () => {
    expect(cited('第三十条 协议终止后十日内，乙方应以不可恢复的方式销毁授权数据及其副本，销毁记录和网络日志留存不少于六个月。', 'no_destruction', 'hebei')).toBe(false);
    expect(cited('第三十条 协议终止后，甲方对运营专区内的数据予以封存，并组织核查后销毁。', 'no_destruction', 'hebei')).toBe(false);
  });
});

describe('a consent to license the granted data onward (sub_authorization)', () => {
  it('reads the operator licensing another to use the granted data, the consent lifting nothing but the ban', () => {
    expect(flagsOf('第十二条 经甲方同意，乙方可以授权合作企业在约定期限和范围内调用授权数据开展模型训练。', 'chongqing')).toContain('sub_authorization');
  });
  it('stays quiet on a licence of products, and on rights denied', () => {
    expect(flagsOf('第十二条 乙方可以授权客户在约定期限内使用其开发的数据产品。', 'chongqing')).not.toContain('sub_authorization');
    const denied = flagsOf('第十二条 开发利用协议不构成授权的转让，开发利用机构不获得公共数据的持有权或者再授权权利。', 'guizhou');
    expect(denied).not.toContain('sub_authorization');
    expect(denied).not.toContain('raw_data_export');
  });
});

describe('a definitions table (用语 | 含义)', () => {
  it('carries a term defined as holding the records to the clause that exports it', () => {
    const text = '第一条 定义\n| 用语 | 含义 |\n| 样本包 | 乙方从授权数据中抽取的、保留原始字段值的明细记录集合 |\n第五条 样本包经甲方审核后，乙方可以通过离线介质将其交付合作银行。';
    expect(flagsOf(text, 'national')).toContain('raw_data_export');
  });
  it('does not make a party defined by what it uses hold the records', () => {
    const text = '第一条 定义\n| 用语 | 含义 |\n| 样本包 | 乙方从授权数据中抽取的、保留原始字段值的明细记录集合 |\n| 需求单位 | 使用样本包开展研究的单位 |\n第五条 乙方应当向需求单位提供统计分析报告。';
    expect(flagsOf(text, 'national')).not.toContain('raw_data_export');
  });
});

describe('a model text’s options and blanks', () => {
  it('does not add up options left unticked', () => {
    expect(flagsOf('第三条 授权运营期限自____年__月__日起，共（□一年 □两年 □三年）。', 'national')).not.toContain('term_over_3y');
  });
  it('reads the option ticked', () => {
    expect(flagsOf('第三条 授权运营期限为（□三年 ☑五年）。', 'national')).toContain('term_over_3y');
  });
});

describe('what a check returns', () => {
  it('reads a yes/no answer as a result, not the records compared', () => {
    expect(flagsOf('（五）身份证号、手机号码不作为可开发字段，需要核验的，仅以比对方式返回“是/否”。', 'hebei', 'plan')).not.toContain('raw_data_export');
  });
});

describe('a proposal reported and refused', () => {
  it('reads a proposal made on a ground, or quoted, as an opinion, not the term', () => {
    expect(flagsOf('五、征求意见中，有企业以投资回收周期较长为由建议授权期限定为六年，未予采纳。', 'chongqing', 'plan')).not.toContain('term_over_3y');
    expect(flagsOf('对座谈会上“授权期限放宽到五年”的意见，经研究不予采纳。', 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
  it('reads a finding that no exclusive clause is set as none', () => {
    expect(flagsOf('附件3 公平竞争审查结论：本方案未设置排他性条款，未限定开发利用机构数量。', 'national', 'plan')).not.toContain('exclusivity');
  });
});

describe('a consent to the operator pricing on its own (pricing)', () => {
  it('reads the grantor’s consent without a modal as the operator’s price', () => {
    expect(flagsOf('第十四条 甲方同意，乙方对授权数据初步加工形成的数据接口，由乙方参照市场行情自行定价并对外销售。', 'guizhou')).toContain('pricing');
    expect(flagsOf('第十四条 乙方对授权数据初步加工形成的数据接口，实行政府指导价，价格经价格主管部门核定后执行。', 'guizhou')).not.toContain('pricing');
  });
});

describe('a phase outside the term in which the operator already works (term_over_3y)', () => {
  it('reads its cap in brackets and the work said with the data first', () => {
    expect(flagsOf('第四条 授权期限为三年，自系统通过验收之日起算。系统建设期（预计不超过十五个月）不计入授权期限，建设期内乙方即可调用授权数据开展试点服务运营。', 'chongqing')).toContain('term_over_3y');
    expect(flagsOf('第四条 授权期限为三年，自系统通过验收之日起算。系统建设期（预计不超过十五个月）不计入授权期限，建设期内乙方不得调用授权数据。', 'chongqing')).not.toContain('term_over_3y');
  });
});

describe('a product category not offered now (product_categories)', () => {
  it('reads a category deferred or left out as none of the list', () => {
    expect(flagsOf('（八）产品和服务清单\n首期产品为河湖水质预警和防汛会商辅助两项，均由水利部门无偿使用；面向企业的经营性产品待运行一年后再行研究。', 'hebei', 'plan')).toContain('product_categories');
    expect(flagsOf('（八）产品和服务清单\n首期产品为河湖水质预警和防汛会商辅助两项，均由水利部门无偿使用；面向企业的取水许可辅助评估接口实行政府指导价。', 'hebei', 'plan')).not.toContain('product_categories');
  });
});

describe('a text whose lines after the title all look like a page’s', () => {
  it('is read from its title, not as nothing', () => {
    expect(flagsOf('附件2 授权运营要素表：授权方式为打包授权；授权场景为全部场景。', 'hebei', 'plan')).toContain('authorization_mode');
  });
});

describe('an attachment listed by its file name above a notice', () => {
  it('is wrapper: the title is the document’s own, after the notice', () => {
    const page = ['某区人民政府', '附件：', '1.某区交通出行公共数据资源目录.xlsx', '2.某区交通出行公共数据产品清单.pdf', '某区人民政府办公室', '关于印发《某区交通出行公共数据授权运营实施方案》的通知', '各街道办事处，区政府各部门：', '《某区交通出行公共数据授权运营实施方案》已经区政府常务会议审议通过，现印发给你们，请认真贯彻落实。', '某区人民政府办公室', '2026年3月2日', '某区交通出行公共数据授权运营实施方案', '为推进交通出行数据开发利用，制定本方案。', '一、项目名称', '某区交通出行公共数据授权运营。'].join('\n');
    expect(docFromText(page, '页面.txt').title).toBe('某区交通出行公共数据授权运营实施方案');
  });
});
