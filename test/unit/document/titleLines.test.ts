import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * A title printed over two or three lines is one title wherever it stands: at the top of the body, or as a headline with
 * a wrapper line under it (a 发文字号, a 发布日期) that ends the page's wrapper. The issuer's 版头 above it is never part
 * of it.
 */
const title = (lines: string[]) => docFromText(lines.join('\n'), 'n.pdf').title;
const NOTICE = ['各县（市、区）数据局，市直各部门：', '为做好公共数据授权运营场景征集工作，现将有关事项通知如下。', '一、征集范围', '围绕市场监管、社会保障等领域征集应用场景。', '二、申报材料', '申报单位填写场景申报表。'];

describe('a title over several lines', () => {
  it('a 通知 cut over three lines, its 发文字号 under it, under the issuer’s 版头', () => {
    expect(title(['某市数据和政务服务局文件', '某市数据和政务服务局关于组织开展', '2027年度公共数据授权运营应', '用场景征集工作的通知', '某数政〔2027〕9 号', ...NOTICE])).toBe(
      '某市数据和政务服务局关于组织开展2027年度公共数据授权运营应用场景征集工作的通知',
    );
  });
  it('a headline over two lines above its 发布日期 on a website copy', () => {
    expect(title(['某县人民政府门户网站欢迎您！', '某县社会保障领域公共数据授权', '运营实施方案', '发布日期：2027-03-02  来源：县数据局', '一、总体要求', '以依法合规为前提。', '二、授权运营期限', '三年。'])).toBe(
      '某县社会保障领域公共数据授权运营实施方案',
    );
  });
  it('a headline never takes the wrapper line above it', () => {
    expect(title(['首页 > 政务公开 > 通知公告', '索引号：11130100-2027-00012', '关于开展数据要素应用场景', '申报工作的通知', '发布日期：2027-04-01', ...NOTICE])).toBe('关于开展数据要素应用场景申报工作的通知');
  });
});
