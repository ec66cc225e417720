import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { extractDocxBytes } from '../../../main/docs/docx';
import { toDocx } from '../../fixtures/review/docx-blocks';

/**
 * Offices often set a document's title in the 标题 1 style, centred and unnumbered, above Word-numbered chapters. It is
 * the title (the reader, the memo's 《…》 and the packet cite it), not the top of the outline, and never the file name.
 */
const docx = async (blocks: Parameters<typeof toDocx>[0]) => Buffer.from(await Packer.toBuffer(toDocx(blocks)));

describe('a title set in a heading style', () => {
  it('is the document title, and the chapters under it keep their level', async () => {
    const doc = await extractDocxBytes(await docx([
      ['h1x', '某市住房公积金公共数据授权运营实施方案'],
      ['ch', '总则'],
      ['art', '为规范住房公积金数据授权运营，依据有关规定，制定本方案。'],
      ['ch', '授权运营内容'],
      ['art', '本方案授权运营的数据资源见附件。'],
    ]), '方案终稿.docx');
    expect(doc.title).toBe('某市住房公积金公共数据授权运营实施方案');
    const chapters = doc.blocks.filter((b) => b.kind === 'heading' && /总则|授权运营内容/.test(b.text));
    expect(chapters.map((b) => b.kind === 'heading' && b.level)).toEqual([1, 1]);
  });

  it('a heading that names no kind of document (前言) is not taken for the title', async () => {
    const doc = await extractDocxBytes(await docx([['h1x', '前言'], ['flush', '为规范住房公积金数据授权运营，制定本方案。']]), '方案终稿.docx');
    expect(doc.title).toBe('方案终稿');
  });
});
