import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { extractPdf } from '../../../main/docs/pdf';
import { tempDir } from '../../helpers/tmp';
import { run } from '../../helpers/run';

/**
 * A table that runs over a page break (main/docs/pdfTablesOverPages.ts): DOCX files made here, turned into PDFs by
 * LibreOffice, read through intake. Its cells are padded and wrap, and its rows may break over the page, as Word's and
 * LibreOffice's do by default.
 */
const hasSoffice = (() => {
  try {
    return fs.readdirSync('/usr/bin').includes('soffice');
  } catch {
    return false;
  }
})();

const FONT = { eastAsia: 'Noto Sans CJK SC', ascii: 'Noto Sans CJK SC' };
const text = (t: string, size: number) => new TextRun({ text: t, size, font: FONT });
const para = (t: string) => new Paragraph({ children: [text(t, 24)], indent: { firstLine: 480 } });
const table = (rows: string[][], widths: number[], header = false) =>
  new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          children: r.map((c, k) => new TableCell({ width: { size: widths[k], type: WidthType.DXA }, margins: { top: 80, bottom: 80, left: 100, right: 100 }, children: [new Paragraph({ children: [text(c, 21)] })] })),
        }),
    ),
  });

const RISKS = [
  ['风险点', '防控措施'],
  ['原始数据或可还原明细被导出授权运营专区', '专区出口只允许输出统计结果；导出前自动比对粒度阈值并经人工审核；可通过反复查询还原明细的接口一律不予上线，已上线的立即下线整改。'],
  ['运营机构将授权转给合作方行使或变相转让', '协议明确禁止转授权；合作方不得获得专区账号；每季度核查账号与人员的对应关系，发现异常账号立即停用并报告实施机构。'],
  ['协议终止后专区内数据及副本残留', '同步撤销全部访问权限，原始数据及副本以不可逆方式销毁并记录，网络日志留存不少于六个月，销毁记录报实施机构备案。'],
  ['开发测试环境中的临时数据未及时清理', '任务结束后二十四小时内自动清除，留存清除记录，清除情况纳入季度检查，检查结果报实施机构。'],
  ['产业类产品价格偏离政府指导价或向公益用户收费', '价格和产品清单公开，纳入年度审计和评估，公益用户一律免费使用，违规收取的费用全额退还。'],
  ['运营机构利用数据优势排挤本地中小企业', '运营机构不得直接或间接参与已交付产品的再开发，不得从事垄断行为，再开发主体公开征集、平等对待。'],
  ['个人敏感信息在加工过程中泄露', '仅使用汇总或去标识化数据，隐私计算参与匹配，最小必要授权，访问全程审计，审计日志留存不少于六个月。'],
  ['数据质量问题导致产品结论失准', '数源单位十个工作日内整改，产品上线前经第三方测评，结论附数据来源说明，发现错误及时更正并公告。'],
  ['接口被批量调取或经模型反推还原', '接口限流、输出内容安全审核、小样本结果抑制，异常调用自动告警并暂停服务，情况报实施机构。'],
  ['合作方超范围使用数据产品', '合作协议载明使用范围和期限，超范围使用的立即终止合作并追究责任，相关情况纳入信用记录。'],
];
const INTRO = '为防范授权运营中的数据安全风险，运营机构应当对下列风险点逐项落实防控措施，并在年度运营报告中逐项说明落实情况、发现的问题和整改结果。';
const AFTER = '运营机构发生数据安全事件的，应当在一小时内报告实施机构。';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp?.cleanup());

/** The document read from a DOCX of these paragraphs and tables, printed to PDF by LibreOffice. */
async function readAsPdf(name: string, children: (Paragraph | Table)[]) {
  const docx = path.join(tmp.dir, `${name}.docx`);
  fs.writeFileSync(docx, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const r = await run('soffice', [`-env:UserInstallation=file://${tmp.dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, docx], { timeout: 300_000 });
  expect(r.code, r.stderr).toBe(0);
  return extractPdf(docx.replace(/\.docx$/, '.pdf'), `${name}.pdf`);
}
type Doc = Awaited<ReturnType<typeof readAsPdf>>;
const tables = (doc: Doc) => doc.blocks.flatMap((b) => (b.kind === 'table' ? [{ page: b.location.page, rows: b.rows }] : []));
const texts = (doc: Doc) => doc.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
const pageOf = (doc: Doc, t: string) => doc.blocks.find((b) => 'text' in b && b.text === t)?.location.page;

describe.skipIf(!hasSoffice)('a PDF table that runs over a page break is one table', () => {
  // Twelve paragraphs before it put the page break in the table's middle; sixteen leave its last row alone on the next
  // page (too little for a table of its own there), the first line of its first cell full (no wide gap to the next).
  for (const [paragraphs, header] of [
    [12, false],
    [12, true],
    [16, false],
  ] as const) {
    it(`${paragraphs} paragraphs before it, ${header ? 'its header repeated on the next page' : 'its header on the first page only'}: the header once, every row whole`, async () => {
      const doc = await readAsPdf(`risks-${paragraphs}${header ? 'h' : ''}`, [...Array.from({ length: paragraphs }, () => para(INTRO)), para('主要风险点和防控措施如下表：'), table(RISKS, [2600, 6400], header), para(AFTER)]);
      expect(doc.pageCount).toBe(2);
      expect(tables(doc)).toEqual([{ page: 1, rows: RISKS }]);
      // Below it on the next page, the text as it was; no scrap of a row is read as a paragraph.
      expect(pageOf(doc, AFTER)).toBe(2);
      expect(texts(doc).filter((t) => t !== INTRO)).toEqual(['主要风险点和防控措施如下表：', AFTER]);
    }, 400_000);
  }

  // The first table ends its page, the second starts the next: three columns and two, or two starting elsewhere.
  const sources = [
    ['序号', '数据名称', '提供单位'],
    ['1', '市场主体登记信息', '市市场监管局'],
    ['2', '纳税信用评价结果', '市税务局'],
    ['3', '社会保险参保信息', '市人力社保局'],
    ['4', '不动产登记信息', '市自然资源局'],
    ['5', '公积金缴存信息', '市公积金中心'],
    ['6', '水电气缴费信息', '市公用事业局'],
  ];
  for (const [name, rows, widths] of [
    ['three columns', sources, [1200, 4800, 3000]],
    ['two columns starting elsewhere', sources.map((r) => r.slice(1)), [5000, 4000]],
  ] as const) {
    it(`two tables on consecutive pages, ${name} and two, stay two`, async () => {
      const doc = await readAsPdf(`two-tables-${widths.length}`, [para(INTRO), table(rows, [...widths]), new Paragraph({ pageBreakBefore: true, children: [] }), table(RISKS.slice(0, 4), [2600, 6400]), para(INTRO)]);
      expect(doc.pageCount).toBe(2);
      expect(tables(doc)).toEqual([
        { page: 1, rows },
        { page: 2, rows: RISKS.slice(0, 4) },
      ]);
      expect(texts(doc)).toEqual([INTRO, INTRO]);
    }, 400_000);
  }
});
