import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { planDocx, planPdf, planSections } from '../../fixtures/documents/make';
import type { HeadingBlock } from '../../../shared/domain/document';

let app: ReturnType<typeof testApp>;
let caseId: string;
const files: Record<string, string> = {};
const write = (name: string, data: Buffer | string) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, data);
  return f;
};
const ref = (name: string) => ({ kind: 'path' as const, path: files[name] ?? path.join(app.dir, name), name });

beforeAll(async () => {
  app = testApp();
  caseId = (await app.newCase()).caseId;
  files['plan-v1.docx'] = write('plan-v1.docx', await planDocx(planSections(1)));
  files['plan-v2.docx'] = write('plan-v2.docx', await planDocx(planSections(2)));
  files['plan.pdf'] = write('plan.pdf', await planPdf(planSections(1), { breakBefore: ['二、授权运营范围'] }));
}, 60_000);
afterAll(() => app?.cleanup());

/** Everything an import could have touched, to prove a refused import left the case as it was. */
const snapshot = () => {
  const db = app.services.openCases.get(caseId).db;
  return ['documents', 'document_versions', 'blobs', 'blob_chunks', 'audit_log'].map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
};

describe('document import', () => {
  let planId = '';
  let v1 = '';
  let v2 = '';

  it('imports a DOCX plan with its heading levels, numbering, order and tables', async () => {
    const r = await app.call('documents.import', { caseId, file: ref('plan-v1.docx'), role: 'plan' });
    expect(r.isNewDocument).toBe(true);
    expect(r.version).toMatchObject({ version: 1, format: 'docx', fileName: 'plan-v1.docx', needsOcr: false, tables: 1 });
    expect(r.version.sha256).toBe(crypto.createHash('sha256').update(fs.readFileSync(files['plan-v1.docx'])).digest('hex'));
    planId = r.document.documentId;
    v1 = r.version.versionId;
    const { extracted } = await app.call('documents.get', { caseId, versionId: v1 });
    expect(extracted.title).toBe('某市公共数据授权运营实施方案');
    const heads = extracted.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
    expect(heads.map((h) => `${h.level}:${h.numbering}${h.text}`)).toEqual([
      '1:一、总体要求', '2:（一）指导思想', '2:（二）基本原则', '1:二、授权运营范围', '2:（一）数据范围', '3:1.数据来源', '4:（1）政务数据', '2:（二）运营期限', '1:三、产品和服务',
    ]);
    const table = extracted.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ rows: [['产品名称', '服务方式', '价格'], ['企业信用核验', '接口调用', '0.10元/次'], ['普惠金融模型', '模型服务', '按项目定价']] });
    expect(table!.location.label).toBe('三、 第2段');
    const p = extracted.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('各部门依法'))!;
    expect(p.location.headingPath).toEqual(['二、', '（一）', '1.', '（1）']);
  });

  it('imports a revised plan as v2 of the same document, and compares the versions', async () => {
    const c = await app.call('documents.candidates', { caseId, role: 'plan' });
    expect(c.suggested).toBe(planId);
    const r = await app.call('documents.import', { caseId, file: ref('plan-v2.docx'), role: 'plan', target: { documentId: planId }, note: '修改后' });
    expect(r.isNewDocument).toBe(false);
    expect(r.version.version).toBe(2);
    expect(r.document.versions.map((v) => v.version)).toEqual([1, 2]);
    v2 = r.version.versionId;
    const { diff } = await app.call('documents.compare', { caseId, beforeVersionId: v1, afterVersionId: v2 });
    expect(diff.summary).toMatchObject({ changed: 1, added: 1, removed: 1 });
    const changed = diff.sections.find((s) => s.status === 'changed')!;
    expect(changed.title).toBe('（二）运营期限');
    const row = changed.rows.find((r) => r.status === 'changed')!;
    expect(row.parts!.filter((p) => p.op === -1).map((p) => p.text).join('|')).toContain('五');
    expect(row.parts!.filter((p) => p.op === 1).map((p) => p.text).join('|')).toContain('三');
    // Word granularity: unchanged words around the edit stay whole.
    expect(row.parts!.find((p) => p.op === 0)!.text).toContain('授权运营期限为');
    expect(diff.sections.find((s) => s.status === 'added')!.title).toBe('四、安全保障');
    expect(diff.sections.find((s) => s.status === 'removed')!.title).toBe('（二）基本原则');
    // The same file again is refused, not stored twice.
    await expect(app.call('documents.import', { caseId, file: ref('plan-v2.docx'), role: 'plan', target: { documentId: planId } })).rejects.toMatchObject({ code: 'CONFLICT' });
    // "auto" with one plan in the case also makes a new version.
    const auto = await app.call('documents.import', { caseId, file: ref('plan-v1.docx'), role: 'plan' });
    expect(auto.version.version).toBe(3);
  });

  it('imports a PDF with the page of each paragraph and drops page-number footers', async () => {
    const r = await app.call('documents.import', { caseId, file: ref('plan.pdf'), role: 'agreement' });
    expect(r.version).toMatchObject({ format: 'pdf', pageCount: 2, needsOcr: false });
    const { extracted } = await app.call('documents.get', { caseId, versionId: r.version.versionId });
    const heads = extracted.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
    expect(heads.map((h) => [h.level, h.numbering, h.location.page])).toEqual([
      [1, '一、', 1], [2, '（一）', 1], [2, '（二）', 1], [1, '二、', 2], [2, '（一）', 2], [3, '1.', 2], [4, '（1）', 2], [2, '（二）', 2], [1, '三、', 2],
    ]);
    const para = extracted.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('授权运营期限为五年'))!;
    expect(para.location).toMatchObject({ page: 2, label: '第2页 二、（二） 第1段' });
    // The whole paragraph, joined from its wrapped lines, without the two-character indent.
    expect(para.kind === 'paragraph' && para.text).toBe('授权运营期限为五年，期满后可依法重新授权。');
    expect(extracted.blocks.some((b) => b.kind === 'paragraph' && /—\s*\d+\s*—/.test(b.text))).toBe(false);
    expect(extracted.blocks.find((b) => b.kind === 'table')).toMatchObject({ rows: [['产品名称', '服务方式', '价格'], ['企业信用核验', '接口调用', '0.10元/次'], ['普惠金融模型', '模型服务', '按项目定价']] });
  });

  it('keeps a scanned PDF (no text layer), marked as needing OCR', async () => {
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', files['plan.pdf'], path.join(app.dir, 'scan')]);
    const png = fs.readdirSync(app.dir).find((f) => f.startsWith('scan') && f.endsWith('.png'))!;
    const pdf = await PDFDocument.create();
    const img = await pdf.embedPng(fs.readFileSync(path.join(app.dir, png)));
    pdf.addPage([595, 842]).drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
    files['scan.pdf'] = write('scan.pdf', Buffer.from(await pdf.save()));
    const r = await app.call('documents.import', { caseId, file: ref('scan.pdf'), role: 'legal_review' });
    expect(r.version.needsOcr).toBe(true);
    expect(r.version.warnings.join('')).toMatch(/OCR/);
    const orig = await app.call('documents.original', { caseId, versionId: r.version.versionId });
    expect(Buffer.from(orig.base64, 'base64').equals(fs.readFileSync(files['scan.pdf']))).toBe(true);
  });

  it('keeps bids apart by bidder and refuses a bid without one', async () => {
    await expect(app.call('documents.import', { caseId, file: ref('plan-v1.docx'), role: 'bid' })).rejects.toMatchObject({ code: 'DOC_BIDDER_REQUIRED' });
    const a = await app.call('documents.import', { caseId, file: ref('plan-v1.docx'), role: 'bid', bidder: '甲数据公司' });
    const b = await app.call('documents.import', { caseId, file: ref('plan-v2.docx'), role: 'bid', bidder: '乙科技公司' });
    expect(a.document.documentId).not.toBe(b.document.documentId);
    expect(app.services.documents.latest(caseId, 'bid', '乙科技公司')).toMatchObject({ documentId: b.document.documentId, version: 1, fileName: 'plan-v2.docx' });
    expect(app.services.documents.latest(caseId, 'plan')).toMatchObject({ documentId: planId, version: 3 });
    expect(app.services.documents.latest(caseId, 'bid', '丙')).toBeNull();
  });

  it('searches the case and exports the original byte for byte', async () => {
    const s = await app.call('documents.search', { caseId, query: '运营期限' });
    expect(s.hits.length).toBeGreaterThan(0);
    const pdfHit = s.hits.find((h) => h.role === 'agreement')!;
    expect(pdfHit).toMatchObject({ page: 2 });
    expect(pdfHit.snippet.slice(pdfHit.matchStart, pdfHit.matchStart + pdfHit.matchLength)).toBe('运营期限');
    const out = await app.call('documents.exportOriginal', { caseId, versionId: v1 });
    const bytes = app.services.files.getOutput(out.outputId).data;
    expect(bytes.equals(fs.readFileSync(files['plan-v1.docx']))).toBe(true);
    expect(out.fileName).toBe('plan-v1.docx');
    expect(out.sha256).toBe(app.services.documents.list(caseId).find((d) => d.documentId === planId)!.versions[0].sha256);
  });

  it('keeps the extraction in the case: reopening needs no re-extraction', async () => {
    const list = await app.call('documents.list', { caseId });
    const store = app.services.openCases.get(caseId);
    const file = store.path;
    await app.call('cases.close', { caseId });
    for (const f of Object.values(files)) fs.rmSync(f, { force: true }); // the originals are gone from disk
    caseId = (await app.call('cases.open', { path: file, passphrase: 'Passw0rd-评审' })).caseId;
    expect((await app.call('documents.list', { caseId })).documents).toEqual(list.documents);
    const { extracted } = await app.call('documents.get', { caseId, versionId: v2 });
    expect(extracted.blocks.some((b) => b.kind === 'heading' && b.text === '安全保障')).toBe(true);
    expect(app.services.openCases.get(caseId).verifyAudit().intact).toBe(true);
  });
});

describe('bad input: each refused with its own message, the case unchanged', () => {
  const bad: [string, () => Promise<string>, string, RegExp][] = [
    ['truncated DOCX', async () => write('cut.docx', (await planDocx()).subarray(0, 3000)), 'DOC_DOCX_CORRUPT', /损坏或不完整/],
    [
      'zip bomb DOCX',
      async () => {
        const zip = await JSZip.loadAsync(await planDocx());
        zip.file('word/media/huge.bin', Buffer.alloc(60 * 1024 * 1024));
        return write('bomb.docx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      },
      'DOC_DOCX_BOMB',
      /压缩炸弹/,
    ],
    [
      'encrypted PDF',
      async () => {
        const src = write('clear.pdf', await planPdf());
        const out = path.join(app.dir, 'locked.pdf');
        execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', src, out]);
        return out;
      },
      'DOC_PDF_ENCRYPTED',
      /口令/,
    ],
    ['PDF that is really HTML', async () => write('page.pdf', '<!DOCTYPE html><html><head><title>下载</title></head><body>会话已过期</body></html>'), 'DOC_TYPE_MISMATCH', /网页（HTML）/],
    ['0-byte file', async () => write('empty.docx', Buffer.alloc(0)), 'DOC_EMPTY', /0 字节/],
    [
      'file over the size limit',
      async () => {
        const f = path.join(app.dir, 'huge.pdf');
        fs.writeFileSync(f, '%PDF-1.7\n');
        fs.truncateSync(f, 101 * 1024 * 1024); // sparse: no disk used
        return f;
      },
      'DOC_TOO_LARGE',
      /100 MB/,
    ],
    ['.doc', async () => write('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), 'DOC_LEGACY_FORMAT', /另存为” DOCX 或 PDF/],
    ['.wps', async () => write('old.wps', Buffer.from('WPS binary')), 'DOC_LEGACY_FORMAT', /WPS/],
    ['.doc renamed to .docx', async () => write('renamed.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), 'DOC_LEGACY_FORMAT', /另存为/],
    ['unsupported type', async () => write('sheet.xlsx', Buffer.from('PK\x03\x04....', 'latin1')), 'DOC_UNSUPPORTED_TYPE', /DOCX、PDF、TXT 或 Markdown/],
    ['an Excel file named .docx', async () => {
      const zip = new JSZip();
      zip.file('xl/workbook.xml', '<workbook/>');
      return write('book.docx', await zip.generateAsync({ type: 'nodebuffer' }));
    }, 'DOC_TYPE_MISMATCH', /Excel/],
    ['corrupt PDF', async () => write('broken.pdf', '%PDF-1.7\n1 0 obj <<>> garbage garbage'), 'DOC_PDF_CORRUPT', /损坏/],
  ];

  it.each(bad)('%s', async (_what, make, code, message) => {
    const file = await make();
    const before = snapshot();
    const err = await app.call('documents.import', { caseId, file: { kind: 'path', path: file, name: path.basename(file) }, role: 'other' }).then(
      () => null,
      (e) => e,
    );
    expect(err).toMatchObject({ code });
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/案卷未作改动/);
    expect(snapshot()).toEqual(before);
  }, 60_000);
});
