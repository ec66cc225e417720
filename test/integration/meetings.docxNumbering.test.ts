import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import JSZip from 'jszip';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { loadFonts } from '../../main/docs/fonts';
import { docxToPdf } from '../../main/services/meetings/attachments';
import { output } from '../helpers/run';
import { tempDir } from '../helpers/tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/**
 * A 情况说明 numbered by Word (一、 （一） 1.), its list defined as Word saves a 多级列表 list style: the paragraphs' list
 * only names the style (w:numStyleLink) and the levels sit in the definition that carries w:styleLink.
 */
async function styledListDocx(): Promise<Buffer> {
  const config = [{ reference: 'gw', levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
  ] }];
  const n = (level: number) => ({ reference: 'gw', level });
  const buf = await Packer.toBuffer(new Document({ numbering: { config }, sections: [{ children: [
    new Paragraph({ text: '基本情况', numbering: n(0) }),
    new Paragraph({ text: '我局会同市人社局起草了实施方案，并组织专家进行了论证。' }),
    new Paragraph({ text: '工作进展', numbering: n(0) }),
    new Paragraph({ text: '方案起草', numbering: n(1) }),
    new Paragraph({ text: '已完成方案初稿并征求了市人社局意见。', numbering: n(2) }),
    new Paragraph({ text: '已根据专家意见修改完善，形成送审稿。', numbering: n(2) }),
    new Paragraph({ text: '专家论证', numbering: n(1) }),
    new Paragraph({ text: '提请审议事项', numbering: n(0) }),
  ] }] }));
  const zip = await JSZip.loadAsync(buf);
  let xml = await zip.file('word/numbering.xml')!.async('string');
  const owner = /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>(?=(?:(?!<\/w:abstractNum>)[\s\S])*%1、)/.exec(xml)!;
  xml = xml.replace(owner[0], `${owner[0]}<w:styleLink w:val="GwList"/>`);
  xml = xml.replace('</w:numbering>', '<w:abstractNum w:abstractNumId="99"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="GwList"/></w:abstractNum></w:numbering>');
  // Every list instance that used the definition now goes through the style, as Word writes it.
  xml = xml.replace(new RegExp(`(<w:num\\b[^>]*>\\s*<w:abstractNumId w:val=")${owner[1]}"`, 'g'), '$199"');
  // The list style itself, in styles.xml, points at a list instance of the definition that holds the levels.
  xml = xml.replace('</w:numbering>', `<w:num w:numId="99"><w:abstractNumId w:val="${owner[1]}"/></w:num></w:numbering>`);
  zip.file('word/numbering.xml', xml);
  const styles = await zip.file('word/styles.xml')!.async('string');
  zip.file('word/styles.xml', styles.replace('</w:styles>', '<w:style w:type="numbering" w:styleId="GwList"><w:name w:val="公文编号"/><w:pPr><w:numPr><w:numId w:val="99"/></w:numPr></w:pPr></w:style></w:styles>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

// Brief s22: a DOCX attached to a packet printed without its Word numbering; the leadership reads those numbers.
it('a DOCX attachment numbered through a Word list style prints its 一、（一）1. in the packet', async () => {
  const file = path.join(tmp.dir, 'attachment.pdf');
  fs.writeFileSync(file, await docxToPdf(await styledListDocx(), '情况说明', loadFonts(path.resolve('templates'))));
  const text = (await output('pdftotext', [file, '-'])).replace(/[ \t]+/g, '');
  for (const line of ['一、基本情况', '二、工作进展', '（一）方案起草', '1.已完成方案初稿', '2.已根据专家意见修改完善', '（二）专家论证', '三、提请审议事项']) expect(text, text).toContain(line);
}, 60_000);
