import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';
import { blockText } from '../../../shared/domain/blockText';

/**
 * Read from the thirty-second set's titles (session 27): a reply letter's issuer opens its title; minutes under a
 * masthead numbered "〔2026〕第47期" print their own title; an annex line names the document it introduces; a plan's
 * preamble that reports a consultation is the plan's, not a notice's.
 */
const doc = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');
const title = (lines: string[]) => doc(lines).title;

describe('a 公文 titled issuer, 关于, matter and kind', () => {
  it('joins the issuer’s line to a title that opens with 关于 and a place, and nothing printed above the issuer', () => {
    expect(title(['某县农业农村局', '某农函〔2026〕12号　　签发人：李××', 'A类', '某县农业农村局', '关于县人大十八届三次会议第0042号建议的答复', '王××代表：', '您提出的建议收悉，现答复如下：'])).toBe(
      '某县农业农村局关于县人大十八届三次会议第0042号建议的答复',
    );
    expect(title(['某市数据局', '关于市政协第0101号提案的复函', '张××委员：', '您提出的提案收悉。'])).toBe('某市数据局关于市政协第0101号提案的复函');
  });
});

describe('minutes under a masthead', () => {
  it('print their own title after the issue and date lines', () => {
    expect(title(['某市数据局', '会 议 纪 要', '〔2027〕第12期', '某市数据局办公室　　　　2027年3月2日', '《某市文旅公共数据授权运营协议（送审稿）》专家论证会会议纪要', '2027年2月27日，市数据局组织召开专家论证会。'])).toBe(
      '《某市文旅公共数据授权运营协议（送审稿）》专家论证会会议纪要',
    );
  });
  it('numbered 〔year〕第N号 print their own title too', () => {
    expect(title(['某市人民政府专题会议纪要', '〔2027〕第8号', '某市人民政府办公室 2027年5月6日', '关于研究全市档案公共数据授权运营工作的会议纪要', '2027年5月4日，副市长主持召开专题会议。'])).toBe(
      '关于研究全市档案公共数据授权运营工作的会议纪要',
    );
  });
  it('named by their meeting are titled by it, not numbered as a masthead', () => {
    expect(title(['某市公共数据授权运营工作调度会会议纪要', '〔2027〕第3期', '某市数据局办公室 2027年5月6日', '2027年5月4日，市数据局召开调度会。'])).toBe('某市公共数据授权运营工作调度会会议纪要');
  });
});

describe('what stands before the document', () => {
  it('an annex line naming the document is the notice’s, not the title', () => {
    expect(title(['某县大数据发展局关于《某县文旅公共数据授权运营协议》的公示', '公示期为2026年11月27日至12月3日。', '联系电话：023-7000000', '附：某县文旅公共数据授权运营协议（公示稿）', '某县文旅公共数据授权运营协议', '甲方：某县大数据发展局', '第一条 为规范公共数据授权运营，订立本协议。'])).toBe(
      '某县文旅公共数据授权运营协议',
    );
  });
  it('a preamble that reports a consultation held is the plan’s first paragraph', () => {
    const d = doc(['某市交通领域公共数据授权运营实施方案', '为推动交通数据开发利用，经征求市交通运输局等部门意见，结合我市实际，制定本方案。', '一、总体要求', '（一）指导思想', '坚持统筹发展和安全。']);
    expect(d.title).toBe('某市交通领域公共数据授权运营实施方案');
    // The body starts at the title: the preamble is read as the plan's, never left in a wrapper before it.
    expect(d.bodyStart ?? 0).toBe(0);
    expect(d.blocks.map((b) => blockText(b))).toContain('为推动交通数据开发利用，经征求市交通运输局等部门意见，结合我市实际，制定本方案。');
  });
});
