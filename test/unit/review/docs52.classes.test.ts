import { describe, expect, it } from 'vitest';
import { txtItems } from '../../../main/docs/text';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 36 from the fifty-second blind set and its banks: a table typed with tabs or aligned spaces, a
 * field named with 为, a late filing in calendar days or extended, a defined act applied later, the records kept by an
 * exception or archived, a list's caption line, a defined product kind, a term to the end of a defined round, an allowing
 * lead-in over items, others shut out by refusal or by purchase, another party on the operator's licence, and words of
 * another text quoted. Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf, cited } = passageReview();

describe('a table typed in a text file with tabs or aligned spaces', () => {
  it('is read as a table: head and rows', () => {
    const items = txtItems('附表2 场景分工\n场景名称\t牵头单位\t再开发主体\n企业画像\t市场监管局\t经营主体\n物流指数\t交通局\t经营主体');
    expect(items[1]).toEqual({ kind: 'table', rows: [['场景名称', '牵头单位', '再开发主体'], ['企业画像', '市场监管局', '经营主体'], ['物流指数', '交通局', '经营主体']] });
    const spaced = txtItems('产品名称      服务对象      收费方式\n用水分析      区水务局      免费');
    expect(spaced[0]).toMatchObject({ kind: 'table', rows: [['产品名称', '服务对象', '收费方式'], ['用水分析', '区水务局', '免费']] });
  });
  it('reads a row naming the operator as a re-developer of what it delivered', () => {
    const text = '附件2 产品分工\n产品名称\t开发主体\t再开发主体\n用工景气指数\t乙方\t乙方及其子公司\n岗位匹配接口\t乙方\t经营主体';
    expect(flagsOf(text, 'chongqing')).toContain('exclusivity');
    expect(flagsOf(text.replace('乙方及其子公司', '经营主体'), 'chongqing')).not.toContain('exclusivity');
  });
  it('leaves a contents list, a form of blanks and a text set out as clause and body as lines', () => {
    expect(txtItems('第一章 总则      1\n第二章 授权范围      3').every((x) => x.kind === 'text')).toBe(true);
    expect(txtItems('______      ______\n______      ______').every((x) => x.kind === 'text')).toBe(true);
    expect(txtItems('条款\t内容\n一、授权范围\t甲方授权乙方……\n二、授权期限\t三年').every((x) => x.kind === 'text')).toBe(true);
  });
});

describe('a field named with 为 as with a colon', () => {
  it('reads the operator named as who re-develops', () => {
    expect(flagsOf('表3 分工安排：数据治理，责任主体为实施机构；衍生产品再开发，实施主体为运营机构及其控股公司。', 'chongqing', 'plan')).toContain('exclusivity');
    expect(flagsOf('表3 分工安排：数据治理，责任主体为实施机构；衍生产品再开发，实施主体为经公开遴选的经营主体。', 'chongqing', 'plan')).not.toContain('exclusivity');
  });
  it('does not read a platform built no second time as others kept out', () => {
    expect(flagsOf('三、基本原则 坚持集约建设，全部运营活动依托市授权运营平台开展，不另行建设其他授权运营系统。', 'chongqing', 'plan')).not.toContain('exclusivity');
    expect(flagsOf('第九条 甲方在授权期内不再另行授权其他运营机构开发本场景数据。', 'chongqing')).toContain('exclusivity');
  });
});

describe('the filing time in calendar days, or extended past the limit', () => {
  it('reads a month or twenty days as late, seven days as in time', () => {
    expect(flagsOf('第三十条 本协议签订后一个月内报市数据主管部门备案。', 'chongqing')).toContain('filing_deadline');
    expect(flagsOf('第三十条 本协议签订后二十日内报省数据和政务服务局备案。', 'hebei')).toContain('filing_deadline');
    expect(flagsOf('第三十条 本协议签订后七日内报市数据主管部门备案。', 'chongqing')).not.toContain('filing_deadline');
  });
  it('reads a late item in a list of filings whose other items are in time', () => {
    const text = '（四）备案要求。实施机构按以下时限备案：1.方案审议通过后10个工作日内报省数据和政务服务局备案；2.协议签订后四十日内报省数据和政务服务局备案。';
    expect(flagsOf(text, 'hebei', 'plan')).toContain('filing_deadline');
  });
  it('adds an extension to the time it extends', () => {
    const text = '第四十条 本协议签订后5个工作日内，甲方报市数据主管部门备案。材料需补正的，备案期限可以顺延五个工作日。';
    expect(flagsOf(text, 'chongqing')).toContain('filing_deadline');
    expect(flagsOf(text.replace('5个工作日内', '3个工作日内').replace('五个工作日', '两个工作日'), 'chongqing')).not.toContain('filing_deadline');
  });
});

describe('the records kept on exit (no_destruction)', () => {
  it('reads a destruction defined as what can be undone, applied later', () => {
    const text = '1.5 “数据清除”：指乙方将授权数据移入回收区并停止调用，必要时可以恢复。\n第二十条 协议终止的，乙方应在十日内完成数据清除，日志留存不少于六个月。';
    expect(cited(text, 'no_destruction', 'hebei')).toBe(true);
    const lawful = '1.5 “数据清除”：指以覆写、消磁等不可恢复的方式销毁授权数据及其副本。\n第二十条 协议终止的，乙方应在十日内完成数据清除，日志留存不少于六个月。';
    expect(cited(lawful, 'no_destruction', 'hebei')).toBe(false);
  });
  it('reads copies archived by the operator, data moved to its own store, data kept by an exception, destruction left to it', () => {
    expect(cited('第三十条 协议终止后，乙方在开发中形成的中间数据和训练样本，由乙方归档保存备查。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第三十条 退出时，授权数据及其副本转存至乙方自有的备份机房。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第三十条 协议终止的，乙方销毁授权数据。但为履行已签订的服务合同，乙方可以保留与该合同相关的授权数据至合同期满。', 'no_destruction', 'hebei')).toBe(true);
    expect(cited('第三十条 退出后，对已获取的授权数据是否销毁，由运营机构按其内部制度自行决定。', 'no_destruction', 'hebei', 'plan')).toBe(true);
  });
  it('stays quiet on the grantor keeping its own data and on records kept', () => {
    expect(cited('第三十条 协议终止的，乙方以不可逆方式销毁授权数据及其副本，日志留存不少于六个月；甲方可以保留授权数据的目录和调用记录。', 'no_destruction', 'hebei')).toBe(false);
  });
});

describe('the products list opened by a caption or a label, and a defined product kind', () => {
  it('reads a caption line over a table of industry products only', () => {
    const text = '八、产品和服务\n本方案产品见下表。\n附表1 数据产品和服务清单\n序号 | 产品名称 | 服务对象\n1 | 货运景气指数 | 物流企业\n2 | 车队信用评分 | 保险公司';
    expect(cited(text, 'product_categories', 'chongqing', 'plan')).toBe(true);
    expect(cited(`${text}\n3 | 路网运行监测 | 市交通运输局`, 'product_categories', 'chongqing', 'plan')).toBe(false);
  });
  it('reads a list named by its label, each product of the kind the text defines', () => {
    const text = '1.2 本方案所称“数据产品”，是指运营机构面向市场主体有偿提供的数据集和接口。\n5.1 产品和服务清单：本方案的数据产品包括纺织订单指数、外贸企业信用报告。';
    expect(cited(text, 'product_categories', 'wenzhou', 'plan')).toBe(true);
  });
});

describe('a term to the end of a defined round, and phases followed without a decision', () => {
  it('adds up the rounds the text defines', () => {
    const text = '第二条 （三）服务周期，是指自平台上线之日起连续二十四个月的期间。\n第七条 本协议有效期自签订之日起至第二个服务周期届满之日止。';
    expect(flagsOf(text, 'guizhou')).toContain('term_over_3y');
    expect(flagsOf(text.replace('二十四个月', '十八个月'), 'guizhou')).not.toContain('term_over_3y');
  });
  it('reads phases entered without a new agreement ("不另行签订协议")', () => {
    const text = '第六条 授权分两期：第一期为试点期，期限二十个月；试点期满评估合格的，直接进入第二期推广期，期限二十个月，不另行签订协议。';
    expect(flagsOf(text, 'hebei')).toContain('term_over_3y');
    expect(flagsOf(text.replace('直接进入第二期推广期', '经重新遴选后进入第二期推广期').replace('，不另行签订协议', ''), 'hebei')).not.toContain('term_over_3y');
  });
});

describe('a lead-in that allows what it lists', () => {
  it('reads each item as allowed', () => {
    const text = '第十六条 经甲方审核，下列数据可以导出运营平台：（一）汇总统计结果；（二）用于模型校验的原始数据样本。';
    expect(flagsOf(text, 'hebei')).toContain('raw_data_export');
    expect(flagsOf(text.replace('（二）用于模型校验的原始数据样本', '（二）模型输出的评分结果'), 'hebei')).not.toContain('raw_data_export');
  });
});

describe('others shut out by the operator’s refusal or by purchase reserved to it', () => {
  it('reads a refusal to supply rivals, applications refused for likeness, purchase reserved', () => {
    expect(flagsOf('第十二条 新产品上线一年内，乙方可以拒绝向经营同类业务的其他企业提供该产品。', 'chongqing')).toContain('exclusivity');
    expect(flagsOf('第十二条 开发利用机构申请的场景与乙方已上线产品功能相近的，乙方可以不予受理。', 'guizhou')).toContain('exclusivity');
    expect(flagsOf('（三）各区政务部门所需的同类数据服务，统一向运营机构采购。', 'chongqing', 'plan')).toContain('exclusivity');
  });
  it('stays quiet on a refusal for a failed check', () => {
    expect(flagsOf('第十二条 对未通过安全审查的其他企业，乙方可以拒绝向其提供数据产品。', 'chongqing')).not.toContain('exclusivity');
  });
});

describe('another party using the data on the operator’s licence', () => {
  it('reads it as the grant passed on', () => {
    expect(flagsOf('（五）合作伙伴经运营机构授权后，可以在运营域内调用授权数据开发产品。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
  it('stays quiet on a contractor said not to become the operator', () => {
    expect(flagsOf('第十条 乙方委托的运维单位在乙方管理下作业，运维单位不因此成为授权运营主体。')).not.toContain('sub_authorization');
  });
});

describe('words of another text or speaker, quoted', () => {
  it('does not read a superseded draft’s wording or a quoted proposal as the text’s rule', () => {
    expect(flagsOf('附件2 修改说明 征求意见稿“运营机构可以将部分场景转授权给合作企业”的表述已删除。', 'chongqing', 'plan')).not.toContain('sub_authorization');
    expect(flagsOf('附件3 意见处理 某商会建议“授权期限延长至六年”。经研究未予采纳。', 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
  it('still reads the text’s own clause quoted in a heading of its own', () => {
    expect(flagsOf('第五条 运营期限 本协议运营期限为六年。', 'chongqing')).toContain('term_over_3y');
  });
});
