import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document/build';
import { markdownItems } from '../../../main/docs/text';
import { agreementWith, flagIds } from '../../helpers/reviewCorpus';

/**
 * The failure classes of the seventh held-out set (issue 10), each on text written for the test, with true negatives:
 * a title whose stage (“征求意见稿”) names the notice's matter, a page footer far below the body, a wiki's breadcrumb
 * written with slashes, a draft stage with a version number.
 */
const md = (text: string) => buildDocument(markdownItems(text), { format: 'md', fileName: 'page.md' });

describe('a page wrapper never swallows the document', () => {
  const notice = [
    '某县人民政府 · 政务公开 · 意见征集',
    '',
    '> 首页 > 互动交流 > 意见征集',
    '',
    '**关于公开征求《某县林业公共数据授权运营实施方案（征求意见稿）》意见的公告**',
    '',
    '现将方案全文公布，征求社会各界意见。征求意见时间为2026年3月1日至3月31日，意见请发送至电子邮箱 ly@example.gov.cn。',
    '',
    '某县林业局',
    '2026年3月1日',
    '',
    '---',
    '',
  ];
  const body = [
    '# 某县林业公共数据授权运营实施方案（征求意见稿）',
    '',
    '为推进林业数据开发利用，制定本方案。',
    '',
    '## 一、授权运营名称',
    '',
    '某县林业公共数据授权运营。',
    '',
    '## 二、数据范围',
    '',
    '林地、森林资源清查数据。',
    '',
  ];
  const footer = ['---', '', '主办单位：某县人民政府办公室　　联系电话：0000-1234567　　网站标识码：1234'];

  it('takes the title styled as a heading with its 征求意见稿 stage, and starts the body there despite the footer', () => {
    const doc = md([...notice, ...body, ...footer].join('\n'));
    expect(doc.title).toBe('某县林业公共数据授权运营实施方案（征求意见稿）');
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('某县林业'));
    expect(doc.bodyStart).toBe(start);
  });

  it('stops the wrapper at numbered body headings even when no title can be told apart', () => {
    const untitled = [...notice, '## 一、授权运营名称', '', '某县林业公共数据授权运营。', '', '## 二、数据范围', '', '林地数据。', '', ...footer];
    const doc = md(untitled.join('\n'));
    const first = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === '授权运营名称');
    expect(doc.bodyStart ?? 0).toBeLessThanOrEqual(first);
  });

  it('still takes a notice that numbers its own points as wrapper', () => {
    const doc = md(['某县人民政府网站欢迎您!', '', '# 关于公开征求《某县林业公共数据授权运营实施方案》意见的公告', '', '## 一、征求意见时间', '', '2026年3月1日至31日。', '', '## 二、联系电话', '', '0000-1234567', '', ...body].join('\n'));
    expect(doc.title).toBe('某县林业公共数据授权运营实施方案（征求意见稿）');
  });
});

describe('a wiki page: breadcrumb with slashes, a stage with a version', () => {
  const wiki = [
    '某市数据局协同知识库 / 数据要素处 / 授权运营',
    '',
    '# 某市交通出行领域公共数据授权运营实施方案（送审稿 v0.9）',
    '',
    '由 张三 创建，最后修改人 李四（2026-04-13 16:42）',
    '',
    '## 1 总体情况',
    '',
    '### 1.1 授权运营名称',
    '',
    '某市交通出行领域公共数据授权运营。',
  ];
  it('takes the page title, never the breadcrumb', () => {
    expect(md(wiki.join('\n')).title).toBe('某市交通出行领域公共数据授权运营实施方案（送审稿 v0.9）');
  });
  it('keeps a title with a slash inside a word, and a body sentence with slashes', () => {
    expect(md(['# 某市数据产品/服务目录管理办法', '', '## 一、总则', '', '价格为每次0.5元 / 次 / 户。'].join('\n')).title).toBe('某市数据产品/服务目录管理办法');
  });
});

const agreement = (clause: string, exit?: string) => agreementWith(clause, '某县普惠金融场景公共数据授权运营协议', exit);

describe('the grant handed to a contractor or a project company', () => {
  it('fires when the operator gives another party its own right to call the data, or moves rights to a company of its choosing', () => {
    for (const c of [
      '乙方可委托技术服务单位开发产品，并可在运营平台内为其开设账号，授予其调用授权公共数据的权限，产品由其自行对外销售。',
      '运营机构可以根据需要设立项目公司，将数据调用权限和对外经营转由项目公司以其名义开展，设立后报甲方备案。',
    ]) expect(flagIds(agreement(c)), c).toContain('sub_authorization');
  });
  it('stays quiet when the contractor works on the operator\'s account, or the grant itself is given by 甲方', () => {
    for (const c of [
      '乙方可委托技术服务单位参与开发，受托单位的人员使用乙方账号在平台内作业，不得以自身名义对外提供产品。',
      '甲方在平台内为乙方开设账号，并授予其调用授权公共数据的权限。',
      '乙方不得为第三方开设账号，不得授予其调用授权数据的权限。',
    ]) expect(flagIds(agreement(c)), c).not.toContain('sub_authorization');
  });
});

describe('what was kept, destroyed where it was kept', () => {
  it('“删除运营域内留存的原始数据” is destruction, not keeping', () => {
    const exit = '协议终止后，乙方应以不可逆方式删除运营平台内留存的原始数据及其副本，并留存删除记录和操作日志不少于6个月。';
    expect(flagIds(agreement('无。', exit))).not.toContain('no_destruction');
  });
  it('keeping raw data in its own systems after the end still fires', () => {
    const exit = '协议终止后，乙方可在本单位服务器内留存原始数据用于后续服务，日志保存不少于6个月。';
    expect(flagIds(agreement('无。', exit))).toContain('no_destruction');
  });
});
