import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../main/docs/pdf';

const REVIEW = path.join(import.meta.dirname, '..', '..', 'fixtures', 'review');
const read = (name: string) => extractPdf(path.join(REVIEW, name), name);
const texts = (doc: Awaited<ReturnType<typeof read>>) => doc.blocks.flatMap((b) => ('text' in b ? [b.text] : []));

describe('paragraphs of a PDF as the reader shows them', () => {
  it('a text printed as typed, wrapped by count of characters: a paragraph is its lines joined, not one per printed line', async () => {
    // Full lines end a character or two apart, and one with digits in it ("1.1 …") reaches past the rest.
    const doc = await read('agreement-h46b-baoxianhexiao-langfang-pdf.pdf');
    const all = texts(doc);
    expect(all).toContain('《廊坊市机动车保险风险核验场景公共数据授权运营实施方案》已经市人民政府常务会议按照“三重一大”决策程序审议通过，并已报省数据和政务服务局备案；');
    expect(all.some((t) => t.startsWith('3.2 甲方负责授权运营专区的安全脱敏') && t.endsWith('向乙方开通账号的时间不晚于本协议生效后三十日。'))).toBe(true);
    // A paragraph's last line still ends it (the item "（2）营运车辆安全状况通报：" is its heading).
    expect(all).toContain('面向市交通运输局，用于行业监管，无偿提供；');
  });

  it('a table of contents: each entry is a line of its own, however far its dot leader reaches', async () => {
    const doc = await read('plan-h46a-jinrong-zunyi-pdf.pdf');
    const entries = texts(doc).filter((t) => /…{4,}\s*\d+$/.test(t));
    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(entries.every((t) => (t.match(/…{4,}/g) ?? []).length === 1)).toBe(true);
  });

  it('a signature page of a few lines keeps them apart', async () => {
    const doc = await read('agreement-h36c-waimaishipin-jiulongpo-libreoffice.pdf');
    expect(texts(doc)).toContain('（本页无正文，为《重庆市九龙坡区网络餐饮食品安全公共数据授权运营协议》签署页）');
  });
});
