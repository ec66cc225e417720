import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { extractDocxBytes } from '../../../main/docs/docx';
import { formatNumber } from '../../../main/docs/docxNumbering';

/** Word's automatic numbering (numbering.xml + w:numPr) is put back in front of the paragraphs, as the reader sees it. */
const law = () => ({
  reference: 'law',
  levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', alignment: AlignmentType.CENTER },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '第%2条', alignment: AlignmentType.LEFT },
    { level: 2, format: LevelFormat.CHINESE_COUNTING, text: '（%3）', alignment: AlignmentType.LEFT },
  ],
});

type NumberingConfig = { reference: string; levels: { level: number; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; alignment: (typeof AlignmentType)[keyof typeof AlignmentType] }[] };
async function build(paragraphs: Paragraph[], config: NumberingConfig[] = [law()]) {
  return Buffer.from(await Packer.toBuffer(new Document({ numbering: { config }, sections: [{ children: paragraphs }] })));
}

describe('DOCX with Word automatic numbering', () => {
  it('reads "第一章", "第一条 <bold title>" and "（一）" as the headings they are, titles split from the text', async () => {
    const buf = await build([
      new Paragraph({ text: '某市公共数据授权运营协议', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: '总则', heading: HeadingLevel.HEADING_1, numbering: { reference: 'law', level: 0 } }),
      new Paragraph({ numbering: { reference: 'law', level: 1 }, children: [new TextRun({ text: '授权范围', bold: true }), new TextRun('甲方授权乙方运营公共数据，范围如下：')] }),
      new Paragraph({ text: '交通数据；', numbering: { reference: 'law', level: 2 } }),
      new Paragraph({ text: '气象数据。', numbering: { reference: 'law', level: 2 } }),
      new Paragraph({ numbering: { reference: 'law', level: 1 }, children: [new TextRun({ text: '运营期限', bold: true }), new TextRun('运营期限为三年，自签订之日起计算。')] }),
      new Paragraph({ numbering: { reference: 'law', level: 2 }, text: '期满可申请续约。' }),
    ]);
    const doc = await extractDocxBytes(buf, 'a.docx');
    const heads = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${b.numbering}|${b.text}` : ''));
    // Items restart under each article, as Word counts them; a short item reads as a title, as in any document.
    expect(heads).toEqual(['第一章|总则', '第一条|授权范围', '（一）|', '（二）|气象数据', '第二条|运营期限', '（一）|期满可申请续约']);
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toContain('甲方授权乙方运营公共数据，范围如下：');
    expect(paras).toContain('运营期限为三年，自签订之日起计算。');
  });
  it('formats Word\'s counters', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 105, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(5, 'bullet')).toBe('');
  });
  it('a document without numbering reads as before', async () => {
    const doc = await extractDocxBytes(await build([new Paragraph({ text: '某协议', heading: HeadingLevel.TITLE }), new Paragraph('第一条 授权范围。甲方授权乙方运营。')]), 'b.docx');
    expect(doc.blocks.find((b) => b.kind === 'heading')).toMatchObject({ numbering: '第一条', text: '授权范围' });
  });
  it('nests a list level printed like its parent ("1." under "5. 运营单位申请条件") by its depth in the list', async () => {
    const decimal = { reference: 'outline', levels: [0, 1].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.LEFT })) };
    const buf = await build(
      [
        new Paragraph({ text: '某市医保数据授权运营实施方案', heading: HeadingLevel.TITLE }),
        new Paragraph({ text: '运营单位申请条件', numbering: { reference: 'outline', level: 0 } }),
        new Paragraph({ text: '具有良好的经营状况，近三年无重大违法记录。', numbering: { reference: 'outline', level: 1 } }),
        new Paragraph({ text: '具备数据安全保护能力，建立数据安全管理制度。', numbering: { reference: 'outline', level: 1 } }),
        new Paragraph({ text: '申请与遴选程序', numbering: { reference: 'outline', level: 0 } }),
      ],
      [decimal],
    );
    const doc = await extractDocxBytes(buf, 'c.docx');
    const heads = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${b.level}|${b.numbering}|${b.text}` : ''));
    expect(heads).toEqual(['1|1.|运营单位申请条件', '2|1.|', '2|2.|', '1|2.|申请与遴选程序']);
  });
});

