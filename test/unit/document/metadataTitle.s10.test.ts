import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * A website copy prints the document's metadata as labelled fields above its title ("文 号： 无  主 题 词： 授权运营",
 * "信息分类：数据资源  生成日期：2027-02-22"), in any order and spelling, a field's value empty or 无. Those fields are
 * the page's wrapper: never words of the title, however short the line.
 */
const title = (lines: string[]) => docFromText(lines.join('\n'), 'n.txt').title;
const BODY = ['为推进公共数据开发利用，结合我市实际，制定本方案。', '一、总体要求', '坚持依法合规、安全可控。', '二、授权运营期限', '授权运营期限为三年。'];
const HEAD = ['某市人民政府门户网站欢迎您！', '首页 > 政务公开 > 意见征集'];

describe('a website copy’s metadata fields are never part of the title', () => {
  it('文号 empty (无) and 主题词 on the line above the title', () => {
    expect(title([...HEAD, '索引号：  115201/2027-00041    信息分类：  数据资源', '文    号：  无                主 题 词：  授权运营 科技成果', '某市科技成果转化公共数据授权运营实施方案', '（征求意见稿）', ...BODY])).toBe(
      '某市科技成果转化公共数据授权运营实施方案',
    );
  });
  it('fields in another order and spelling, one value left empty', () => {
    expect(title([...HEAD, '主题分类： 综合政务  体裁分类：', '关 键 词：  公共数据', '某县交通出行公共数据授权运营实施方案', ...BODY])).toBe('某县交通出行公共数据授权运营实施方案');
  });
  it('a single field whose value is 无, right above a title cut over two lines', () => {
    expect(title([...HEAD, '发布日期：2027-01-05', '有 效 性： 无', '某区医疗健康领域公共数据授权', '运营实施方案', ...BODY])).toBe('某区医疗健康领域公共数据授权运营实施方案');
  });
  it('a 文号 field written 发文字号 with a number is wrapper too', () => {
    expect(title([...HEAD, '成文日期： 2027年03月01日   公开方式： 主动公开', '文号：某数发〔2027〕3号', '某市文旅公共数据授权运营实施方案', ...BODY])).toBe('某市文旅公共数据授权运营实施方案');
  });
  it('a title over two lines still joins, and a subtitle line with a colon is not taken for a field', () => {
    expect(title(['某市社会保障领域公共数据授权', '运营实施方案', ...BODY])).toBe('某市社会保障领域公共数据授权运营实施方案');
    expect(title([...HEAD, '发布日期：2027-01-05', '某市数据局', '2027年数据工作要点', ...BODY])).toBe('某市数据局2027年数据工作要点');
  });
});
