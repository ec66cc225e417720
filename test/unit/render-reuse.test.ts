import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../main/docs/fonts';
import { renderPdf } from '../../main/docs/renderPdf';
import type { PrintDoc } from '../../shared/memo/model';

// Fonts are parsed once and the pdfmake printer is kept for the session (main/docs/pdfkitFonts.ts): nothing of one
// document may reach the next — a shared subset would carry the first document's glyphs into the second.
const normalise = (b: Uint8Array) => Buffer.from(b).toString('latin1').replace(/\(D:\d+Z\)/g, '').replace(/\/ID \[[^\]]*\]/g, '');

describe('PDF rendering reuses fonts across documents without changing the output', () => {
  it('renders a document to the same bytes before and after another document', async () => {
    const fonts = loadFonts(path.resolve('templates'));
    const a: PrintDoc = { title: '专家论证意见', blocks: [{ kind: 'paragraph', text: '经专家组审阅，该实施方案基本完整。' }] };
    const b: PrintDoc = { title: '协议审查意见', blocks: [{ kind: 'paragraph', text: '收益分配条款须明确计算方法与支付期限，违约责任另行约定。' }] };
    const first = normalise(await renderPdf(a, fonts));
    const other = normalise(await renderPdf(b, fonts));
    const again = normalise(await renderPdf(a, fonts));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(again.length).toBe(first.length);
  });
});
