import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document/build';
import { docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 34 from the opened fiftieth set and banks s34: a title set in a heading style with its scope
 * in brackets, a news headline under its kicker, headings named as printed, headings asked as questions, a method left
 * to the operator to draft later, and red lines said by their effect (a scenario spared under a condition, re-development
 * on the operator's leave, rivals named by rivalry, a key handed over on request, a whole dataset copied offline, small
 * cells output as they are, a renewal without end). Each has a lawful twin where one is easy to mistake. Text written for
 * the test.
 */
const { flagsOf, statusOf } = passageReview();

describe('the title', () => {
  const styled = (...lines: string[]) =>
    buildDocument(
      lines.map((text, i) => ({ kind: 'text' as const, text, ...(i === 0 ? { styledLevel: 1 } : {}) })),
      { format: 'docx', fileName: 'agreement-draft-v3.docx' },
    ).title;
  it('is a heading-styled first line whose field is in brackets, not the file name', () => {
    expect(styled('某市公共数据资源授权运营协议（医疗健康领域）', '甲方：某市数据局', '第一条 授权范围')).toBe('某市公共数据资源授权运营协议（医疗健康领域）');
  });
  it('is one line when the title breaks inside its paragraph', () => {
    expect(styled('某市公共数据资源授权运营协议\n（智慧停车场景）', '甲方：某市数据局')).toBe('某市公共数据资源授权运营协议（智慧停车场景）');
  });
  it("is a news page's headline, not the kicker above it", () => {
    const page = ['某市新闻网 > 本地新闻', '', '数据“跑起来” 服务“暖起来”', '我市举行公共数据授权运营协议集中签约仪式', '', '2026-03-02 08:30 来源：某市日报', '本报讯 3月1日，我市公共数据授权运营协议集中签约仪式在市民中心举行。市数据局与三家运营机构签订协议。'].join('\n');
    expect(docFromText(page).title).toBe('我市举行公共数据授权运营协议集中签约仪式');
  });
});

describe('headings', () => {
  it('are named as printed: a products term read as raw data still names the products list', () => {
    const text = [
      '第一条 释义',
      '“衍生数据”，指保留源表字段和记录粒度的逐条记录。',
      '“运营成果”，指乙方开发形成的各类数据产品和服务，包括衍生数据、统计报告和数据接口。',
      '第四条 运营成果清单与审核',
      '乙方应当在协议生效后60日内上线附件所列首批运营成果清单中的产品，包括客流监测日报（公益用途）和酒店需求预测接口（经营用途）。',
      '运营成果应当符合附件所列技术标准。每项运营成果上线前应当经甲方组织的安全审核和业务规范性审核。',
    ].join('\n');
    expect(statusOf(text, 'agr.products', 'hebei', 'agreement')).not.toBe('missing');
  });
  it('asked as a question name their matter: 安全怎么管', () => {
    const text = ['九、安全怎么管', '（一）全部加工在平台内进行，原始数据不出域。', '（二）落实个人信息保护要求，最小必要使用。', '（三）制定应急预案，发生数据泄露事件1小时内报告。'].join('\n');
    expect(statusOf(text, 'plan.security')).not.toBe('missing');
  });
  it('named as a ledger: 账本', () => {
    const text = ['八、账本', '运营机构对本场景单独建账、独立核算，经营成本、收入和利润单列；收益按协议约定在各方之间分配，超出准许收入部分下一周期核减。'].join('\n');
    expect(statusOf(text, 'plan.accounting')).not.toBe('missing');
  });
});

describe('a method left to be drafted later', () => {
  it('leaves the accounting item missing when the operator is to draft it after signing', () => {
    const text = ['七、收费和收益', '运营成本的归集和核算、收益如何分配，由运营机构在协议签订后另行拟订办法，报市数据局和市财政局审定后执行。'].join('\n');
    expect(statusOf(text, 'plan.accounting')).toBe('missing');
  });
});

describe('the mode and the operator (Hebei)', () => {
  it('reads the operator extending itself into related businesses on a mere report', () => {
    expect(flagsOf('5.运营机构可依托已授权的数据，自主拓展开发冷链仓储、航运保险等关联业务的数据产品，报市数据局备案后即可上线。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('reads each scenario spared its own grant under a condition', () => {
    expect(flagsOf('第三条 乙方就任一场景开展运营的，无需另行申请授权。', 'hebei')).toContain('authorization_mode');
    expect(flagsOf('第三条 乙方就任一场景开展运营的，应当另行申请授权。', 'hebei')).not.toContain('authorization_mode');
  });
});

describe('the term', () => {
  it('reads a term from the day the agreement takes effect, counted (起计算), against the signing month', () => {
    const text = ['第四条 授权运营期自本协议生效之日起计算，至2030年6月30日止。', '第三十条 本协议自双方签字盖章之日起生效。', '签订日期：2026年1月'].join('\n');
    expect(flagsOf(text, 'hebei')).toContain('term_over_3y');
  });
  it('reads an unlimited renewal of the term itself', () => {
    expect(flagsOf('第五条 授权期限为三年。第三十条 本协议期满后自动续期，续期次数不限。')).toContain('term_over_3y');
    // Extended on the grantor's approval the same grant runs on (session 37); signed anew it is a new term.
    expect(flagsOf('第五条 授权期限为三年。第三十条 本协议期满后经甲方批准可以续期一次，续期不超过三年。')).toContain('term_over_3y');
    expect(flagsOf('第五条 授权期限为三年。第三十条 本协议期满后经甲方批准可以续签一次，另行签订授权运营协议。')).not.toContain('term_over_3y');
  });
});

describe('prices', () => {
  it('leaves a price within the ceiling alone', () => {
    expect(flagsOf('第九条 乙方可在最高限价以内自主确定具体价格。', 'qinhuangdao')).not.toContain('pricing');
  });
  it('reads 收费测算 as a noun, not a charge', () => {
    expect(flagsOf('（二）评审内容：运营方案的完整性、产品规划（须同时包括公益类和经营类产品）、收费测算的合理性。', 'chongqing', 'plan')).not.toContain('pricing');
  });
  it('reads a price moved with the market by the operator', () => {
    expect(flagsOf('2.运营机构的权利：根据成本变化和市场供求，动态调整数据产品价格。', 'national', 'plan')).toContain('pricing');
    expect(flagsOf('价格主管部门根据成本变化和市场供求，动态调整数据产品价格。', 'national', 'plan')).not.toContain('pricing');
  });
});

describe('exclusivity', () => {
  it("reads others' re-development on the operator's leave or for its share", () => {
    expect(flagsOf('第二十条 开发利用主体对乙方已交付产品进行再开发的，须征得乙方书面同意。', 'hebei')).toContain('exclusivity');
    expect(flagsOf('第二十条 开发利用主体对乙方已交付产品进行再开发的，须征得甲方书面同意。', 'hebei')).not.toContain('exclusivity');
  });
  it('reads rivals named by their rivalry', () => {
    expect(flagsOf('第九条 协议期内，甲方不得引入与乙方存在竞争关系的服务商。', 'hebei')).toContain('exclusivity');
  });
  it("reads entry barred unless built on the operator's tools", () => {
    expect(flagsOf('第二十四条 未使用乙方开发工具的数据产品，不予上架。', 'chongqing')).toContain('exclusivity');
  });
  it('leaves an exclusive copyright and a duty on developers alone', () => {
    expect(flagsOf('第十条 乙方自主研发的调度软件，由乙方依法享有排他的著作权。', 'guizhou')).not.toContain('exclusivity');
    expect(flagsOf('八、各方权利义务\n运营机构依协议开发经营、取得合理收益；下游再开发主体应在合同范围内使用产品。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
});

describe('raw data', () => {
  it('reads a key handed to whoever asks', () => {
    expect(flagsOf('3.2 身份证号字段采用确定性加密后交付；客户确有需要的，可向运营机构申领密钥进行解密。', 'national', 'plan')).toContain('raw_data_export');
  });
  it('reads a whole dataset handed over offline, its fields split by semicolons', () => {
    expect(flagsOf('附表 第3项：产品名称“企业登记全量数据包”；产品形态“数据文件”；交付方式“离线拷贝”；面向对象“银行”。', 'guizhou', 'plan')).toContain('raw_data_export');
  });
  it("reads a buyer's right to the records under its product", () => {
    expect(flagsOf('第十六条 客户享有获取其所购产品底层明细数据的权利。', 'chongqing')).toContain('raw_data_export');
  });
  it('reads small cells output as they are', () => {
    expect(flagsOf('（三）统计单元内人数少于5人的，仍按实际值输出，不作合并处理。', 'national', 'plan')).toContain('raw_data_export');
    expect(flagsOf('（三）统计单元内人数少于5人的，不予输出。', 'national', 'plan')).not.toContain('raw_data_export');
  });
  it('leaves the no-export principle named alone', () => {
    expect(flagsOf('第十九条 融合计算结果的导出同样适用原始数据不出域的要求。', 'hebei')).not.toContain('raw_data_export');
  });
});

describe('the grant moved', () => {
  it('reads a term defined as the operator joined with others', () => {
    expect(flagsOf('第二条 本协议所称“运营团队”，是指乙方及乙方书面指定的合作单位。\n第九条 运营团队可以以自己的名义对外开展数据运营并收取费用。', 'chongqing')).toContain('sub_authorization');
  });
  it('reads the grant exercised on the operator\'s behalf by a company it entrusts', () => {
    expect(flagsOf('第十条 乙方可委托其控股公司作为运营方，代为行使本协议所列数据加工使用权。', 'chongqing')).toContain('sub_authorization');
    expect(flagsOf('第十条 乙方不得委托其控股公司作为运营方，代为行使本协议所列数据加工使用权。', 'chongqing')).not.toContain('sub_authorization');
  });
  it('leaves a transfer said to carry no grant alone', () => {
    expect(flagsOf('第二十四条 乙方可以在数据交易场所交易数据产品，交易产品的转让不包含本协议项下授权运营权利。', 'chongqing')).not.toContain('sub_authorization');
  });
});
