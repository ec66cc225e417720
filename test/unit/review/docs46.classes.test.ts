import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../shared/review/sections';
import { withoutRunningLines } from '../../../main/docs/pdfPages';
import { docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read on opening the forty-sixth set (session 32): a clause the document amends in its own text; a running head
 * carrying its page number; a WeChat heading mark; a log kept twelve months; scenarios refused with 不涉及; outsourced
 * technical work whose contractor gets no data rights; a definition opening on 指数据; a place defined by the document;
 * a product that could derive the records, refused; a channel named by its verb; a tiered grant as a control; scenarios
 * put under one grant at once; the operator granting to a party named before the verb. Text written for the test.
 */
const { flagsOf } = passageReview();

describe('words the document amends in its own text bind no longer', () => {
  const original = '第十二条 协议终止时，乙方应当对原始数据及其副本以不可逆方式销毁，相关操作日志保存两个月。';
  it('reads the clause as amended by the supplementary terms', () => {
    expect(flagsOf(original)).toContain('no_destruction');
    expect(flagsOf(`${original}\n补充条款\n一、正文第十二条“相关操作日志保存两个月”修改为“相关操作日志保存不少于一年”。`)).not.toContain('no_destruction');
  });
  it('reads a supplement by its new words, not the ones it replaces', () => {
    const supplement = '原协议第五条“授权运营期限自2025年1月1日起至2027年12月31日止”，修改为“授权运营期限自2025年1月1日起至2029年12月31日止”。';
    expect(flagsOf(supplement, 'guizhou')).toContain('term_over_3y');
    expect(flagsOf('原协议第五条“授权运营期限自2025年1月1日起至2029年12月31日止”，修改为“授权运营期限自2025年1月1日起至2027年12月31日止”。', 'guizhou')).not.toContain('term_over_3y');
  });
  it('still quotes the amended clause as written', () => {
    const r = readDocument(docFromText(`某协议\n${original}\n一、正文第十二条“相关操作日志保存两个月”修改为“相关操作日志保存一年”。`));
    const b = r.blocks.find((x) => r.shown(x).includes('协议终止时'))!;
    expect(r.shown(b)).toContain('保存两个月');
    expect(r.text(b)).not.toContain('保存两个月');
  });
});

describe('a PDF running head carrying its page number', () => {
  const page = (n: number, lines: string[]) => ({ page: n, chars: 100, items: lines.map((text) => ({ kind: 'text' as const, text })) });
  it('is dropped from every page, the first too, and the title under it kept', () => {
    const head = (n: number) => `某市交通出行场景公共数据授权运营协议\u3000\u3000第${n}页 共3页`;
    const pages = withoutRunningLines([
      page(1, [head(1), '某市交通出行场景公共数据授权运营协议', '甲方：某市数据局']),
      page(2, [head(2), '第五条 授权期限为三年。']),
      page(3, [head(3), '第九条 争议解决。']),
    ]);
    expect(pages.map((p) => p.items.map((i) => (i as { text: string }).text)[0])).toEqual(['某市交通出行场景公共数据授权运营协议', '第五条 授权期限为三年。', '第九条 争议解决。']);
  });
});

describe('a WeChat heading mark before the number', () => {
  it('still makes the line a heading', () => {
    const doc = docFromText('某市公共数据授权运营实施方案\n▌九、各方干什么\n市数据局：负责统筹协调。');
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text === '各方干什么')).toBe(true);
  });
});

describe('lawful clauses read on opening the set', () => {
  it('stay quiet', () => {
    expect(flagsOf('第十一条 协议终止的，乙方对授权数据及其副本以不可逆方式销毁，网络日志留存不少于十二个月。', 'hebei')).not.toContain('no_destruction');
    expect(flagsOf('1.1 甲方依场景授权乙方在“冷链追溯”这一个场景内开展公共数据授权运营，不涉及其他场景。', 'hebei')).not.toContain('authorization_mode');
    expect(flagsOf('第十五条 乙方可委托技术服务机构承担系统运维等非核心工作，但应事先取得甲方书面同意，受托机构不取得任何数据使用权益。')).not.toContain('sub_authorization');
    expect(flagsOf('第二条 定义\n（九）“出域”指数据产品和服务离开授权运营空间向外提供。\n第八条 甲方通过省平台向授权运营空间提供授权数据，乙方在空间内加工。', 'guizhou')).not.toContain('raw_data_export');
    expect(flagsOf('4.2 可以通过可逆模型或算法推导出原始数据的产品，不得交付使用。', 'chongqing')).not.toContain('raw_data_export');
    expect(flagsOf('（四）数源单位依职责调用本单位提供的原始数据，通过政务数据共享通道办理。', 'chongqing', 'plan')).not.toContain('raw_data_export');
    expect(flagsOf('（五）风险研判。对上述风险分别通过分级授权、公平准入和全程审计等措施予以防控。', 'national', 'plan')).not.toContain('sub_authorization');
  });
  it('while their breaching neighbours still fire', () => {
    expect(flagsOf('第十一条 协议终止的，乙方销毁授权数据，网络日志留存三个月。', 'hebei')).toContain('no_destruction');
    expect(flagsOf('第十三条 协议终止时，乙方有权将加工中形成的中间数据及原始数据副本带离平台。')).toContain('raw_data_export');
    expect(flagsOf('第九条 乙方可以对其下属区县公司进行分级授权。')).toContain('sub_authorization');
  });
});

describe('scenarios put under one grant at once, and the operator granting onward', () => {
  it('fires', () => {
    expect(flagsOf('（二）经市政府专题会议研究，由市数据局与该公司一次性签订授权运营协议，六个示范场景统一纳入协议授权范围。', 'hebei', 'plan')).toContain('authorization_mode');
    expect(flagsOf('第九条 经甲方书面同意，乙方可以向合作企业授权，由其开展运营。')).toContain('sub_authorization');
  });
  it('stays quiet on the scenarios kept apart, or the grantor granting others', () => {
    expect(flagsOf('（二）六个示范场景分别遴选运营机构，不得统一纳入一份协议授权范围。', 'hebei', 'plan')).not.toContain('authorization_mode');
    expect(flagsOf('（三）全部场景统一纳入市公共数据平台日志审计。', 'hebei', 'plan')).not.toContain('authorization_mode');
    expect(flagsOf('第八条 甲方有权就同一数据资源向其他依法选定的主体授权。')).not.toContain('sub_authorization');
  });
});
