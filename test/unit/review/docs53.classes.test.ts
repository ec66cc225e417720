import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { readDocument } from '../../../shared/review/sections';
import { buildDocument } from '../../../shared/document/build';
import { txtItems } from '../../../main/docs/text';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 36 from the fifty-third blind set and the s36b/s36c banks, after they were measured sealed: a
 * page's words read twice (with the paragraph a page break cut, and alone), a running head without page numbers, an
 * image's caption and an article's column, a matter deferred to a later paper, a record set out a field a line,
 * renewal and phases, the exit's exceptions, others kept from the data, a filing counted from later, a quoted draft, a
 * service named by what it pushes, data pushed into the platform. Each case has a lawful twin where one can be written.
 * Text written for the test.
 */
const { review, flagsOf, cited } = passageReview();

describe('a paragraph cut by a page break', () => {
  it('reads the next page’s words with it, and not again alone', () => {
    const doc = buildDocument(
      [
        { kind: 'text', text: '某协议', page: 1 },
        { kind: 'text', text: '第一条 定义。本协议所称授权数据，是指甲方授权乙方运营的公共数据；经营主体，是', page: 1 },
        { kind: 'text', text: '指乙方依法公开选择的、对乙方已交付的产品进行再开发的市场主体。', page: 2 },
        { kind: 'text', text: '第二条 乙方不得参与已交付产品的再开发。', page: 2 },
      ],
      { format: 'pdf', fileName: 'x.pdf' },
    );
    const r = readDocument(doc);
    const texts = r.blocks.map((b) => r.text(b));
    expect(texts.some((t) => t.includes('经营主体，是指乙方依法公开选择的'))).toBe(true);
    expect(texts.filter((t) => t.includes('进行再开发的市场主体')).length).toBe(1);
    expect(reviewDocument(doc, bundledRuleset('chongqing'), 'agreement').flags.map((f) => f.id)).not.toContain('exclusivity');
  });
});

describe('a copied page’s furniture and an article’s chrome', () => {
  it('drops a running head printed without page numbers', () => {
    // Copied out of a PDF viewer: lines broken at one width mid-sentence, the head atop each page, no page numbers.
    const body = '本方案所称公共数据是指各级行政机关和\n法律法规授权的具有管理公共事务职能的\n组织在依法履行职责过程中产生的数据，\n运营机构应当在授权范围内开展加工处理\n';
    const head = '某市停车公共数据授权运营实施方案（征求意见稿）';
    const text = [head, '', '某市停车公共数据授权运营实施方案', '（征求意见稿）', body, head, '', body, head, '', body].join('\n');
    expect(txtItems(text).filter((x) => x.kind === 'text' && x.text === '某市停车公共数据授权运营实施方案（征求意见稿）')).toHaveLength(0);
  });
  it('takes an article’s headline under its column, not an image’s caption', () => {
    const text = '数据观察｜某市公积金公共数据授权运营协议正式签约\n原创 某市数据 2026年10月15日 18:02\n听全文\n图片\n▲签约仪式现场（摄影：王某）\n01 ｜为什么要授权运营？\n记者了解到，协议期限为3年。';
    expect(docFromText(text).title).toBe('数据观察｜某市公积金公共数据授权运营协议正式签约');
  });
});

describe('a matter deferred to a later paper', () => {
  it('is not the item: accounting left to the finance bureau', () => {
    const text = '一、授权运营名称\n某市林业公共数据授权运营。\n六、产品和定价\n公共治理类产品无偿提供。运营机构经营成本和收入的核算、收益分配机制，由市财政局会同市数据局另行研究制定，不在本方案中规定。';
    expect(review(text, 'guizhou', 'plan').items.find((i) => i.id === 'plan.accounting')!.status).toBe('missing');
  });
});

describe('a record set out a field a line', () => {
  it('reads the whole record at its last line: a public body charged', () => {
    const text = '附表 产品说明\n产品名称 | 防汛会商辅助服务\n服务对象 | 市水利局、各区水利部门\n产品类别 | 公共治理\n收费方式 | 按年度收费，每年二十万元';
    expect(flagsOf(text, 'hebei', 'plan')).toContain('pricing');
    expect(flagsOf(text.replace('按年度收费，每年二十万元', '无偿提供'), 'hebei', 'plan')).not.toContain('pricing');
  });
  it('leaves a table of two columns with a header row as rows', () => {
    expect(flagsOf('产品名称 | 服务对象\n防汛会商辅助服务 | 市水利局\n水位预警接口 | 保险公司', 'hebei', 'plan')).not.toContain('pricing');
  });
});

describe('the term: a renewal on a fact, phases by their stage, defined phases joined', () => {
  it('adds a renewal the operator has on a fact, with no one to decide it', () => {
    expect(flagsOf('五、授权运营期限为3年。运营机构连续两个年度评估结果为优秀的，可以延长授权运营期限2年。', 'wenzhou', 'plan')).toContain('term_over_3y');
    // On a consent it runs on too (session 37: no new agreement, Hebei art. 18); a new agreement is a new term.
    expect(flagsOf('五、授权运营期限为3年。运营机构连续两个年度评估结果为优秀的，经市数据局同意，可以延长授权运营期限2年。', 'wenzhou', 'plan')).toContain('term_over_3y');
    expect(flagsOf('五、授权运营期限为3年。运营机构连续两个年度评估结果为优秀的，可以申请续约，经市数据局同意后重新签订授权运营协议。', 'wenzhou', 'plan')).not.toContain('term_over_3y');
  });
  it('adds stages named by what they do, each under its own number, that the term covers', () => {
    const text = '（三）实施进度。本次授权分三个阶段实施：\n1.\n试点运营阶段（2026年1月至2026年12月），完成空间建设；\n2.\n全面运营阶段（2027年1月至2028年12月），扩大供给；\n3.\n深化提升阶段（2029年1月至2029年6月），开展评估。\n授权运营期限覆盖上述三个阶段。';
    expect(flagsOf(text, 'guizhou', 'plan')).toContain('term_over_3y');
    expect(flagsOf(text.replace('2028年12月）', '2027年12月）').replace('2029年1月至2029年6月', '2028年1月至2028年12月'), 'guizhou', 'plan')).not.toContain('term_over_3y');
  });
  it('adds defined phases the term is made of, a capped one at its cap', () => {
    const text = '1.5 “建设期”：指自本协议生效之日起至专区通过验收之日止的期间，建设期不超过十二个月。\n1.6 “运营期”：指自专区通过验收之日起连续三十六个月的期间。\n第六条 授权期限由建设期和运营期组成。';
    expect(flagsOf(text, 'chongqing')).toContain('term_over_3y');
    expect(flagsOf('第六条 授权期限为3年，其中建设期6个月计入，建设期与运营期合计不超过三年。', 'qinhuangdao', 'plan')).not.toContain('term_over_3y');
  });
});

describe('the exit: copies left out, kept to a contract’s end, cleaned by the operator, logs under six months', () => {
  it('fires on each', () => {
    expect(cited('第二十条 协议终止的，乙方删除运营域内的授权数据；乙方备份中心的备份数据不在删除范围内，继续保存。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第二十条 协议终止的，乙方应销毁原始数据。未履行完的服务合同所涉原始数据及副本可以保留至该合同履行完毕之日。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第二十条 协议终止后，乙方测试环境中的缓存数据和样例副本由乙方自行清理。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第二十条 协议终止后，乙方以不可逆方式销毁授权数据及其副本，销毁操作日志留存一百二十日。', 'no_destruction', 'hebei')).toBe(true);
  });
  it('stays quiet on logs kept a hundred and eighty days', () => {
    expect(cited('第二十条 协议终止后，乙方以不可逆方式销毁授权数据及其副本，销毁操作日志留存一百八十日以上。', 'no_destruction', 'hebei')).toBe(false);
  });
});

describe('others kept from the data, or refused for rivalry', () => {
  it('fires on data needs met only by the operator, and on a rival’s application refused', () => {
    expect(flagsOf('（五）运营期内，本场景数据集不再通过开放平台开放，相关数据需求统一由运营机构提供服务。', 'hebei', 'plan')).toContain('exclusivity');
    expect(flagsOf('第二十二条 对与乙方存在竞争关系的企业提出的产品采购申请，乙方有权不予受理。', 'qinhuangdao')).toContain('exclusivity');
  });
});

describe('the filing counted from a later event', () => {
  it('reads a quarter’s end or an acceptance as a later start', () => {
    expect(flagsOf('第三十条 协议签订后，由甲方于签订当季度结束后十个工作日内报省数据和政务服务局备案。', 'hebei')).toContain('filing_deadline');
    expect(flagsOf('第三十条 平台部署经甲方验收合格之日起五个工作日内，甲方将本协议报市数据主管部门备案。', 'chongqing')).toContain('filing_deadline');
    expect(flagsOf('第三十条 本协议签订之日起五个工作日内，甲方将本协议报市数据主管部门备案。', 'chongqing')).not.toContain('filing_deadline');
  });
  it('does not read a filing a draft set, quoted to be corrected', () => {
    expect(flagsOf('审查意见 （三）原协议草案第三十条约定“签订后一个月内报备案”，超出五个工作日，建议修改。', 'chongqing', 'plan')).not.toContain('filing_deadline');
  });
});

describe('a service named by what it pushes, and data pushed into the platform', () => {
  it('reads records pushed by a service to banks as released', () => {
    expect(flagsOf('（二）产品形式：面向合作银行的纳税人逐笔申报明细推送服务，按日推送至银行信贷系统。', 'wenzhou', 'plan')).toContain('raw_data_export');
    expect(flagsOf('（二）产品形式：面向合作银行的纳税信用评分推送服务，按日推送至银行信贷系统。', 'wenzhou', 'plan')).not.toContain('raw_data_export');
  });
  it('does not read a department’s push into the public platform as release', () => {
    expect(flagsOf('第十条 市交通运输局将停车场泊位原始数据推送至公共数据平台，每小时一次。', 'qinhuangdao')).not.toContain('raw_data_export');
    expect(flagsOf('第十条 乙方可以将停车场泊位原始数据推送至乙方自建的数据平台。', 'qinhuangdao')).toContain('raw_data_export');
  });
  it('does not read a product defined as unable to restore raw data as raw data', () => {
    expect(flagsOf('第二条 “数据产品”是指乙方在平台内加工形成、经审核确认无法还原原始数据的数据集和模型。仅数据产品可以交付平台外的需求方。')).not.toContain('raw_data_export');
  });
});

describe('pricing above the market, in quotes or by a markup', () => {
  it('reads a quoted market formula and a markup on the market price as the operator’s own price', () => {
    expect(flagsOf('2.产品定价。产业发展类产品按照“市场价格+服务溢价”原则定价。', 'chongqing', 'plan')).toContain('pricing');
    expect(flagsOf('2.产品定价。运营机构可以在同类产品市场均价基础上上浮百分之二十确定价格。', 'chongqing', 'plan')).toContain('pricing');
  });
});
