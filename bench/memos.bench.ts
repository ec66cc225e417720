import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Bench } from './run';
import { hasTool, medianMs } from './util';
import { loadFonts } from '../main/docs/fonts';
import { renderPdf } from '../main/docs/renderPdf';
import { renderDocx } from '../main/docs/renderDocx';
import { createKeyFile, unlockKey } from '../main/services/memos/keys';
import { appendBundle, splitSignedPdf, verifyBundle, type Bundle } from '../main/services/memos/bundle';
import { canonicalSignedData } from '../shared/memo/signing';
import type { PrintBlock, PrintDoc } from '../shared/memo/model';
import { tempDir } from '../test/helpers/tmp';

const PARA = '经专家组审阅，该实施方案对照《河北省公共数据资源授权运营管理办法》第十二条逐项编写，数据资源范围、运营机构选择条件、成本收入核算和收益分配机制等内容基本完整，建议修改完善后按程序报批。';

/** A memo of about 20 pages: headings, paragraphs and a long score table that repeats its header. */
function twentyPages(): PrintDoc {
  const blocks: PrintBlock[] = [];
  for (let i = 1; i <= 12; i++) {
    blocks.push({ kind: 'heading', level: 1, numbering: `${i}、`, text: '论证意见' });
    for (let k = 0; k < 5; k++) blocks.push({ kind: 'paragraph', text: PARA });
  }
  blocks.push({ kind: 'table', header: [['序号', '申报单位', '技术', '安全', '服务', '价格', '总分']], rows: Array.from({ length: 80 }, (_, i) => [String(i + 1), `某数据运营有限公司${i + 1}`, '28.50', '19.00', '14.25', '27.80', '89.55']) });
  return { title: '某市公共数据资源授权运营\n运营机构遴选评审报告', blocks, attachments: ['评审委员会成员签字表'], signing: { by: '评审委员会', date: '2026年11月22日' } };
}

const bench: Bench = async (report) => {
  const tmp = tempDir('rd-bench-memos-');
  try {
    const templates = path.resolve('templates');
    const fonts = loadFonts(templates);
    const doc = twentyPages();
    let pdf: Uint8Array = new Uint8Array();
    const pdfMs = await medianMs(async () => { pdf = await renderPdf(doc, fonts); }, 3);
    fs.writeFileSync(path.join(tmp.dir, 'm.pdf'), pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(tmp.dir, 'm.pdf')], { encoding: 'utf8' }))?.[1] ?? 0);
    report({ name: 'memo.pdf', value: pdfMs, unit: 'ms', note: `${pages}-page memo to PDF (pdfmake, Fandol subsets embedded); median of 3` });
    let docx: Uint8Array = new Uint8Array();
    const docxMs = await medianMs(async () => { docx = await renderDocx(doc); }, 3);
    fs.writeFileSync(path.join(tmp.dir, 'm.docx'), docx);
    report({ name: 'memo.docx', value: docxMs, unit: 'ms', note: 'same memo to DOCX; median of 3' });
    if (hasTool('soffice')) {
      const loMs = await medianMs(() => execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp.dir}/lo`, '--convert-to', 'pdf', '--outdir', path.join(tmp.dir, 'lo'), path.join(tmp.dir, 'm.docx')], { stdio: 'ignore' }), 3);
      report({ name: 'memo.libreofficeDocxToPdf', value: loMs, unit: 'ms', note: 'reference: LibreOffice converting that DOCX to PDF; median of 3' });
      report({ name: 'memo.pdfVsLibreOffice', value: pdfMs / loMs, unit: 'ratio', note: 'our PDF time / LibreOffice time (lower is better)' });
    }
    // 25 signatures: 5 SM2 signers signing 5 memos each, then verifying all.
    const signers = Array.from({ length: 5 }, (_, i) => createKeyFile({ name: `专家${i + 1}`, unit: '某大学', passphrase: 'bench-pass-1' }));
    const unlocked = signers.map((s) => unlockKey(s.keyFile, 'bench-pass-1'));
    const bundle: Bundle = { format: 'review-desk-signatures/1', memo: { memoId: 'm', version: 1, title: 't', pdfSha256: '' }, certificates: signers.map((s) => s.certificate), signatures: [] };
    const sha = (await import('node:crypto')).createHash('sha256').update(pdf).digest('hex');
    const signMs = await medianMs(() => {
      bundle.signatures = [];
      for (let i = 0; i < 25; i++) {
        const k = unlocked[i % 5];
        const c = k.certificate;
        const text = canonicalSignedData({ format: 'review-desk-signed/1', memoId: 'm', memoType: 'x', version: 1 + Math.floor(i / 5), title: 't', pdfSha256: sha, contentSha256: sha, signer: { name: c.name, unit: c.unit, fingerprint: c.fingerprint, algorithm: c.algorithm }, decision: 'agree', reasons: '', signedAt: new Date().toISOString() });
        bundle.signatures.push({ signedData: text, signature: k.sign(Buffer.from(text)).toString('base64') });
      }
    }, 3);
    report({ name: 'sign.25', value: signMs, unit: 'ms', note: '25 SM2/SM3 signatures (keys already unlocked; scrypt unlock is separate)' });
    const signed = appendBundle(pdf, bundle);
    let ok = false;
    const verifyMs = await medianMs(() => { const s = splitSignedPdf(signed); ok = verifyBundle(s.pdf, s.bundle!).allValid; }, 3);
    report({ name: 'verify.25', value: verifyMs, unit: 'ms', note: `verify 25 SM2 signatures appended to the ${pages}-page PDF (all valid: ${ok})` });
    const unlockMs = await medianMs(() => unlockKey(signers[0].keyFile, 'bench-pass-1'), 3);
    report({ name: 'key.unlock', value: unlockMs, unit: 'ms', note: 'scrypt (N=2^15, r=8) + AES-256-GCM: once per signer per signing' });
  } finally {
    tmp.cleanup();
  }
};
export default bench;
