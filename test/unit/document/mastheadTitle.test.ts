import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * A text under a masthead (a bulletin, a minutes series) is cited by its masthead and issue, or by the title it prints
 * under them: never by the first item of its 要目, nor by the series' name when its own title follows.
 */
const read = (lines: string[]) => docFromText(lines.join('\n'), 'm.txt');

const ITEMS = ['【本期要目】', '·全市供热数据授权运营场景征集完成', '·专班赴外地学习运营机构遴选经验'];
const REPORT = [
  '全市供热数据授权运营场景征集完成',
  '3月以来，专班会同市城市管理局征集供热领域数据应用场景，共收到企业和科研机构提出的场景建议26条，经初步筛选形成拟授权场景3个，下一步将组织专家论证。',
  '专班赴外地学习运营机构遴选经验',
  '4月中旬，专班赴两地学习运营机构遴选和协议签订经验，形成学习报告1份，提出完善我市遴选评分办法的建议5条。',
  '报：市政府主要领导', '送：市政府办公室', '（共印30份）',
];

describe('a bulletin is titled by its issuer, masthead and issue', () => {
  it('issuer on its own line over a letter-spaced masthead and a counted issue', () => {
    const doc = read(['某市公共数据授权运营工作领导小组办公室', '工 作 动 态', '2027年第3期（总第12期）', '某市数据局编 2027年4月30日', ...ITEMS, ...REPORT]);
    expect(doc.title).toBe('某市公共数据授权运营工作领导小组办公室工作动态（第3期）');
  });

  it('a masthead that names its issuer itself', () => {
    const doc = read(['某县数据资源局信息专报', '第十二期', '2027年5月8日', ...ITEMS, ...REPORT]);
    expect(doc.title).toBe('某县数据资源局信息专报（第十二期）');
  });

  it('a plan whose section is called 工作动态 keeps its own title', () => {
    const doc = read(['某市供热公共数据授权运营实施方案', '为规范供热领域公共数据授权运营，制定本方案。', '一、工作动态', '第一阶段完成数据目录编制。', '二、运营机构选择', '通过公开招标选择运营机构。']);
    expect(doc.title).toBe('某市供热公共数据授权运营实施方案');
  });
});

describe('minutes print their own title under the series masthead', () => {
  it('the series name and number are the masthead; the minutes’ own title is the title', () => {
    const doc = read(['某区人民政府常务会议纪要', '〔2027〕9号', '某区人民政府办公室 2027年6月2日', '关于研究供热领域公共数据授权运营有关事项的会议纪要',
      '2027年5月30日，区长主持召开区政府常务会议，研究供热领域公共数据授权运营有关事项。现将会议议定事项纪要如下：',
      '一、原则同意区数据局起草的实施方案，请区数据局根据会议意见修改完善后按程序报批。']);
    expect(doc.title).toBe('关于研究供热领域公共数据授权运营有关事项的会议纪要');
  });

  it('minutes with no title of their own are cited by series and number', () => {
    const doc = read(['某区人民政府专题会议纪要', '〔2027〕15号', '2027年6月9日',
      '6月8日，副区长主持召开专题会议，听取区数据局关于供热数据授权运营实施方案起草情况的汇报。会议议定如下：',
      '一、实施方案要明确授权期限不超过三年，运营机构通过公开方式选择。', '二、请区财政局会同区数据局研究价格形成机制。']);
    expect(doc.title).toBe('某区人民政府专题会议纪要〔2027〕15号');
  });
});
