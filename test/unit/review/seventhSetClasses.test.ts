import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document/build';
import { markdownItems } from '../../../main/docs/text';

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
