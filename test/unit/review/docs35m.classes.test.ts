import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read from the thirty-fifth set's failures (session 27, a reading set: term, titles and letters), on text written
 * for this test in other sectors and wordings, with the near misses that must stay quiet.
 */

describe('a renewal by one more cycle is the term again', () => {
  // "首期届满，……评估结果均为合格以上的，授权运营期限自动延续一个周期，不再另行组织遴选".
  it('fires on a term renewed by a cycle or a period with no one deciding it', () => {
    expectRaised('term_over_3y', [
      '授权运营期限为3年。期满经评估合格的，授权运营期限自动延续一个周期。',
      '授权期限为三年，期满双方均无异议的，顺延一期，无需重新签订协议。',
      '本协议有效期三年，届满后运营机构考核优秀的，自动续展一个运营周期。',
    ]);
  });
  it('stays quiet where the next cycle is decided again', () => {
    expectQuiet('term_over_3y', [
      '授权运营期限为3年。期满需继续运营的，可申请续期一个周期，经甲方重新审批后签订新协议。',
      '授权期限为三年，期满后另行组织遴选，确定下一周期的运营机构。',
    ]);
  });
});

describe('a phase run from the signing to a date, in which the operator already works, is held before the term', () => {
  // "本协议签订之日起至2027年6月30日为建设试运行期，……并可在……开展快赔直付试点服务。授权运营期为三年，自2027年7月1日
  // 正式运营之日起计算" (signed 2026-12-18).
  it('fires when the phase and the term together pass three years', () => {
    expectRaised('term_over_3y', [
      '本协议于2027年1月10日签订。本协议签订之日起至2027年9月30日为平台试运行期，乙方在此期间可以向试点医院提供数据产品。授权运营期为三年，自2027年10月1日正式运营之日起计算。',
    ]);
  });
  it('stays quiet when the operator only builds in the phase, or the phase is short enough', () => {
    expectQuiet('term_over_3y', [
      '本协议于2027年1月10日签订。本协议签订之日起至2027年3月31日为建设期，乙方在此期间完成平台部署。授权运营期为三年，自2027年4月1日起计算。',
    ]);
  });
});

describe('a proposal named as the speaker is an opinion told back', () => {
  // "提案建议“由县文旅投公司独家负责非遗数据开发，其他企业通过文旅投公司获取数据”".
  it('stays quiet on what a proposal or a letter asked', () => {
    expectQuiet('exclusivity', ['提案建议由市旅游集团独家负责景区数据开发。', '来信希望由一家企业统一运营全县文旅数据。'], { ruleset: 'guizhou', kind: 'plan' });
    expectQuiet('term_over_3y', ['议案建议“授权期限不少于6年”。'], { ruleset: 'guizhou', kind: 'plan' });
  });
});

describe('titles printed with their marks', () => {
  const title = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt').title;
  it('an annex line naming the text is not its title', () => {
    expect(title(['关于《某区停车公共数据授权运营协议》的公示', '公示期为5个工作日。', '联系电话：0577-8000000', '附：协议文本', '某区停车公共数据授权运营协议', '甲方：某区大数据发展管理中心', '第一条 订立本协议。'])).toBe('某区停车公共数据授权运营协议');
  });
  it('a reply’s category in brackets under its title is no word of it', () => {
    expect(title(['某县数据局', '某数函〔2027〕8号 签发人：王××', '关于县政协第012号提案的答复', '（B类）', '李××委员：', '您提出的提案收悉。'])).toBe('关于县政协第012号提案的答复');
  });
  it('a report’s title over two lines, its 摘要 mark kept', () => {
    expect(title(['某市文旅公共数据授权运营', '2027年度运营评估报告（摘要）', '委托单位：某市数据局', '评估机构：某咨询有限公司', '一、评估对象', '本次评估对象为……'])).toBe('某市文旅公共数据授权运营2027年度运营评估报告（摘要）');
  });
});

describe('a concession, a certificate or a right in land is the sector’s, unless the grant’s term is tied to it', () => {
  // Read from the lawful bank s27: "城市供水特许经营项目特许经营期为25年……与特许经营期限无关", "海域使用权证书记载的使用期限".
  it('stays quiet on the sector’s own periods', () => {
    expectQuiet('term_over_3y', [
      '城市燃气特许经营期为30年，本场景仅采集燃气企业报送的安全检查数据。',
      '网约车驾驶员从业资格证有效期为6年，本场景按证件状态统计合规率。',
      '林地使用权证书记载的使用期限为50年，仅作为数据字段纳入目录。',
    ], { ruleset: 'national', kind: 'plan' });
  });
  it('fires where the grant’s term is tied to the concession', () => {
    expectRaised('term_over_3y', [
      '本协议授权运营期限与该项目特许经营期保持一致，为十二年。',
      '乙方享有的特许经营期（即授权运营期）为六年。',
    ], { ruleset: 'national', kind: 'agreement' });
  });
});

describe('a reply under its label tells back what was proposed', () => {
  it('stays quiet on the proposal after the label', () => {
    expectQuiet('raw_data_export', ['关于人大代表建议的答复：代表提出“允许企业下载原始数据”，经研究，原始数据不出域，改以隐私计算方式提供。'], { ruleset: 'guizhou', kind: 'plan' });
  });
});

describe('reversibility tested is a safeguard, not a product that can be reversed', () => {
  it('stays quiet on a reversibility test or assessment before delivery', () => {
    expectQuiet('raw_data_export', ['乙方交付的模型、算法，交付前应当经过甲方组织的可逆性测试。', '数据产品上线前，乙方应当委托第三方开展可逆性评估。']);
  });
  it('fires on a product that can be reversed', () => {
    expectRaised('raw_data_export', ['乙方可以向合作银行交付采用可逆加密的客户数据集。']);
  });
});
