import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { planPdf, planSections } from '../../fixtures/documents/make';
import { mixedPdf, scannedPdf } from '../../fixtures/documents/scan';
import type { HeadingBlock } from '../../../shared/domain/document';

// OCR is slow on a loaded 2-core machine: these tests read three pages in all.
const SLOW = 600_000;

let app: ReturnType<typeof testApp>;
let caseId: string;
const file = (name: string, data: Buffer) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, data);
  return { kind: 'path' as const, path: f, name };
};

beforeAll(async () => {
  app = testApp();
  caseId = (await app.newCase()).caseId;
}, 60_000);
afterAll(() => app?.cleanup());

describe('OCR of scanned PDF pages', () => {
  it('reads only the scanned page of a mixed PDF: headings from numbering, page and position, search, corrections audited', async () => {
    const text = await planPdf(planSections(1), { breakBefore: ['二、授权运营范围'] });
    // Page 2 scanned with grain, a slight skew and a red seal over the text.
    const mixed = await mixedPdf(text, [2], { rotate: 0.6, noise: 12, seal: true });
    const { version } = await app.call('documents.import', { caseId, file: file('mixed.pdf', mixed), role: 'plan' });
    expect(version.needsOcr).toBe(false);
    expect(version.warnings.join('')).toMatch(/第 2 页没有文字层/);
    const versionId = version.versionId;
    expect(await app.call('ocr.status', { caseId, versionId })).toMatchObject({ state: 'idle', scannedPages: [2], donePages: [] });
    const started = await app.call('ocr.start', { caseId, versionId });
    expect(started).toMatchObject({ state: 'running', runTotal: 1 });
    await expect(app.call('ocr.start', { caseId, versionId })).rejects.toMatchObject({ code: 'OCR_BUSY' });
    const done = await app.services.ocr.settled(caseId, versionId);
    expect(done).toMatchObject({ state: 'done', donePages: [2], runDone: 1, runTotal: 1 });

    const { extracted } = await app.call('documents.get', { caseId, versionId });
    expect(extracted.ocr).toMatchObject({ pages: [2] });
    expect(extracted.scannedPages).toEqual([2]);
    // Page 1 comes from the text layer, page 2 from OCR, and each block says which.
    expect(extracted.blocks.filter((b) => b.location.page === 1).every((b) => !b.ocr)).toBe(true);
    const p2 = extracted.blocks.filter((b) => b.location.page === 2);
    expect(p2.length).toBeGreaterThan(5);
    expect(p2.every((b) => b.ocr)).toBe(true);
    const h = p2.filter((b): b is HeadingBlock => b.kind === 'heading');
    expect(h[0]).toMatchObject({ numbering: '二、', text: '授权运营范围', level: 1, numberingStyle: 'cn' });
    expect(h.some((x) => x.numbering === '（一）' && x.text === '数据范围')).toBe(true);
    expect(extracted.warnings.join('')).toMatch(/第 2 页的文字由 OCR/);

    const hits = await app.call('documents.search', { caseId, query: '期满后可依法重新授权' });
    expect(hits.hits).toHaveLength(1);
    expect(hits.hits[0]).toMatchObject({ versionId, page: 2 });

    // Lines with their position on the page and a confidence each.
    const page = await app.call('ocr.page', { caseId, versionId, page: 2 });
    expect(page.page!.lines.length).toBeGreaterThan(8);
    for (const l of page.page!.lines) {
      expect(l.confidence).toBeGreaterThan(0);
      expect(l.box[0]).toBeGreaterThanOrEqual(0);
      expect(l.box[1] + l.box[3]).toBeLessThanOrEqual(1.001);
    }
    const i = page.page!.lines.findIndex((l) => l.text.includes('统筹归集'));
    expect(i).toBeGreaterThanOrEqual(0);
    await app.call('ocr.correct', { caseId, versionId, page: 2, line: i, text: '由市数据局统一归集和治理。' });
    const after = await app.call('ocr.page', { caseId, versionId, page: 2 });
    expect(after.page!.lines[i]).toMatchObject({ text: '由市数据局统一归集和治理。', confidence: 1 });
    expect(after.corrections).toEqual([expect.objectContaining({ line: i, original: page.page!.lines[i].text })]);
    expect((await app.call('documents.search', { caseId, query: '统一归集和治理' })).hits).toHaveLength(1);
    const audit = app.services.openCases.get(caseId).db.prepare(`SELECT action, detail FROM audit_log WHERE action LIKE 'documents.ocr%' ORDER BY seq`).all() as { action: string; detail: string }[];
    expect(audit.map((a) => a.action)).toEqual(['documents.ocr', 'documents.ocrCorrect']);
    expect(JSON.parse(audit[1].detail)).toMatchObject({ page: 2, line: i, text: '由市数据局统一归集和治理。' });
  }, SLOW);

  it('never OCRs a PDF with a text layer; a cancelled run keeps the pages read and continues from there', async () => {
    const text = await planPdf(planSections(1), { breakBefore: ['二、授权运营范围'] });
    const t = await app.call('documents.import', { caseId, file: file('text.pdf', text), role: 'other' });
    await expect(app.call('ocr.start', { caseId, versionId: t.version.versionId })).rejects.toMatchObject({ code: 'OCR_NOT_NEEDED' });

    const scan = await scannedPdf(text);
    const s = await app.call('documents.import', { caseId, file: file('scan.pdf', scan), role: 'legal_review' });
    const versionId = s.version.versionId;
    expect(s.version.needsOcr).toBe(true);
    await app.call('ocr.start', { caseId, versionId });
    expect((await app.call('ocr.cancel', { caseId, versionId })).state).toBe('cancelling');
    const st = await app.services.ocr.settled(caseId, versionId);
    // Cancel takes effect once the page in progress is stored.
    expect(st).toMatchObject({ state: 'cancelled', scannedPages: [1, 2], donePages: [1] });
    const got = await app.call('documents.get', { caseId, versionId });
    expect(got.version.needsOcr).toBe(false);
    expect(got.extracted.title).toBe('某市公共数据授权运营实施方案');
    expect(got.extracted.warnings.join('')).toMatch(/第 2 页没有文字层（扫描页），尚未识别/);
    expect(got.extracted.blocks.every((b) => b.location.page === 1 && b.ocr)).toBe(true);
  }, SLOW);
});
