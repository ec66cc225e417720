import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * A title printed with a bracketed line under it ("（示范文本）", "（2025—2027年）") is the whole printed title, as a memo
 * cites it (a scenario line only under a title that names no sector of its own); a draft's stage ("（征求意见稿）"), a bracketed date, 发文字号, page note or body heading under the title is
 * not part of it (the stage belongs to the version).
 */
const title = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt').title;
const BODY = '为规范公共数据授权运营，明确双方权利义务，依据有关规定，经双方协商一致，订立本协议。';
const AGREEMENT = '某市公共数据资源授权运营协议';
const PLAN = '某县公共数据授权运营实施方案';

describe('the bracketed line printed under a title belongs to it', () => {
  for (const bracket of ['（示范文本）', '（试行）', '（普惠金融场景）', '（交通运输领域）', '（2025—2027年）', '（2026年版）']) {
    it(bracket, () => expect(title([AGREEMENT, bracket, BODY, '第一条 定义'])).toBe(`${AGREEMENT}${bracket}`));
  }
  it('after a website wrapper, and under a title cut over two lines', () => {
    expect(title(['某市人民政府门户网站欢迎您!', '发布日期：2027-05-10', PLAN, '（2027—2029年）', '一、总体要求', BODY])).toBe(`${PLAN}（2027—2029年）`);
    expect(title(['某县公共数据授权运', '营协议', '（示范文本）', BODY])).toBe('某县公共数据授权运营协议（示范文本）');
  });
  it('a draft’s stage stays out of the name, under it or after its scope', () => {
    for (const stage of ['（征求意见稿）', '（送审稿）', '（代拟稿）', '（审议稿）', '（公示版）', '（草案）', '（讨论稿）'])
      expect(title([PLAN, stage, BODY, '一、总体要求'])).toBe(PLAN);
    expect(title([AGREEMENT, '（普惠金融场景）', '（征求意见稿）', BODY])).toBe(`${AGREEMENT}（普惠金融场景）`);
    expect(title([AGREEMENT, '（示范文本）', '（2025年6月17日）', BODY])).toBe(`${AGREEMENT}（示范文本）`);
  });
  it('a scenario or domain under a title that names its own sector is a subtitle, not the name', () => {
    const FISHERY = '某市海洋牧场公共数据授权运营协议';
    expect(title([FISHERY, '（渔获溯源与渔业保险服务场景）', BODY])).toBe(FISHERY);
    expect(title([FISHERY, '（“海洋牧场监测预警”场景）', BODY])).toBe(FISHERY);
    expect(title(['某县再生资源回收公共数据授权运营协议', '（分领域授权）', BODY])).toBe('某县再生资源回收公共数据授权运营协议');
    expect(title(['某市某区家政服务公共数据授权运营协议', '（家政人员信用核验领域）', BODY])).toBe('某市某区家政服务公共数据授权运营协议');
    // Under a title that names no sector, it is what tells the grant apart; a model text's mark stays either way.
    expect(title(['某市公共数据授权运营协议', '（港口物流场景）', BODY])).toBe('某市公共数据授权运营协议（港口物流场景）');
    expect(title([FISHERY, '（示范文本）', BODY])).toBe(`${FISHERY}（示范文本）`);
  });
  it('an excerpt’s mark stays out of the name: the excerpt is of the document so named', () => {
    const REPORT = '某区冷链物流公共数据授权运营年度运营成效第三方评估报告';
    for (const part of ['（节选）', '（摘要）', '（摘编）', '（摘录）']) expect(title([REPORT, part, BODY])).toBe(REPORT);
    expect(title(['某区冷链物流公共数据授权运营', '年度运营成效第三方评估报告', '（节选）', BODY])).toBe(REPORT);
  });
  it('a PDF’s spaced digits are printed without the spaces', () => {
    expect(title([PLAN, '（2026—2028 年）', BODY])).toBe(`${PLAN}（2026—2028年）`);
  });
});

describe('near misses: a bracketed line that is no word of the title', () => {
  it('a date, a 发文字号, an 附件 note, a page note', () => {
    expect(title([PLAN, '（2025年6月17日）', BODY])).toBe(PLAN);
    expect(title([PLAN, '（某政办〔2025〕27号）', BODY])).toBe(PLAN);
    expect(title([PLAN, '（2025年第3号）', BODY])).toBe(PLAN);
    expect(title([PLAN, '（附件1）', BODY])).toBe(PLAN);
    expect(title([AGREEMENT, '（此页无正文）', BODY])).toBe(AGREEMENT);
    expect(title([PLAN, '（此件公开发布）', BODY])).toBe(PLAN);
  });
  it('the issuer in brackets, a body heading, a bracketed sentence', () => {
    expect(title([PLAN, '（某县数据局）', BODY])).toBe(PLAN);
    expect(title([PLAN, '（一）总体要求', BODY])).toBe(PLAN);
    expect(title([PLAN, '（一）', '总体要求', BODY])).toBe(PLAN);
    expect(title([PLAN, '（本方案自印发之日起施行，有效期三年。）', BODY])).toBe(PLAN);
  });
  it('a bracketed line that does not follow the title line directly', () => {
    expect(title([PLAN, BODY, '（试行）', BODY])).toBe(PLAN);
  });
});

describe('an organ\'s line above a title that opens with the 《name》 it is about is the issuer', () => {
  it('names the text by its own words, the issuer left out', () => {
    const MINUTES = '《某市再生资源回收公共数据授权运营协议（送审稿）》专家审查会议纪要';
    expect(title(['某市数据和政务服务局', '《某市再生资源回收公共数据授权运营协议（送审稿）》', '专家审查会议纪要', '〔2027〕第3期', BODY])).toBe(MINUTES);
    // An organ's name that the title goes on from is still one title ("某市数据局" / "2027年工作要点").
    expect(title(['某市数据和政务服务局', '2027年公共数据授权运营工作要点', BODY])).toBe('某市数据和政务服务局2027年公共数据授权运营工作要点');
  });
});
