import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { noneFor, selectionCase } from '../../helpers/selectionCase';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '');
const app = testApp();
afterAll(() => app.cleanup());

/** Every page of a PDF as text (pdftotext, form feed between pages). */
const pages = (pdf: Uint8Array, png?: string) => {
  const file = path.join(app.dir, `p-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  if (png) {
    fs.mkdirSync('test-results/selection', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', file, `test-results/selection/${png}`]);
  }
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim()).map(flat);
};
const output = async (p: Promise<{ outputId: string }>) => app.services.files.getOutput((await p).outputId).data;

it('an abnormally low bid with no explanation recorded: no 基准价, no 推荐, and the screen data, Excel and 评审报告 say "not final" on every page until the committee decides', async () => {
  // 38 against the others' mean 97.5: far more than 20 % below (87号令 art. 60)
  const { caseId, members, scheme, applicants } = await selectionCase(app, { scheme: 'wenzhou-with-price', applicants: [['甲数据公司', 100], ['乙科技公司', 95], ['丙信息公司', 38]] });
  for (const [k, m] of members.entries()) {
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor(applicants) });
    const f = 0.8 - k * 0.02;
    const scores = Object.fromEntries(applicants.map((x, i) => [x.applicantId, Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, Math.round(c.max * ((c.kind === 'objective' ? 0.8 : f) - i * 0.1) * 100) / 100]))]));
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores });
    await app.call('selection.submit', { caseId, memberId: m.memberId });
  }

  // what the screen shows (selection.results)
  const r = await app.call('selection.results', { caseId });
  expect(r.sealed).toBe(false);
  expect(r.final).toBe(false);
  expect(r.results.basePrice).toBeNull();
  const low = r.results.applicants.find((a) => a.name === '丙信息公司')!;
  expect(low).toMatchObject({ abnormalLow: true, priceExplanation: '', priceScore: null, total: null, recommended: false });
  expect(r.results.applicants.some((a) => a.recommended)).toBe(false);
  expect(r.pendingReasons.join('')).toContain('丙信息公司的报价明显低于其他有效报价');

  // the Excel export: the status in the first rows, and the printed page header of every sheet
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await output(app.call('selection.exportResults', { caseId }))) as unknown as ArrayBuffer);
  const sum = wb.getWorksheet('汇总')!;
  expect(String(sum.getCell('A1').value)).toContain('（非最终结果）');
  expect(String(sum.getCell('A3').value)).toContain('丙信息公司的报价明显低于其他有效报价');
  for (const ws of wb.worksheets) expect(ws.headerFooter.oddHeader, ws.name).toContain('非最终结果');
  const cells: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
  expect(cells.filter((v) => v === '推荐')).toEqual(['推荐']); // the column heading only; no applicant is marked

  // the 评审报告: the mark on every page of the PDF and in the DOCX page header; nobody recommended
  const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
  const pdfPages = pages(await output(app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })), 'report-not-final');
  expect(pdfPages.length).toBeGreaterThan(1);
  for (const p of pdfPages) expect(p).toContain('非最终结果');
  const all = pdfPages.join('');
  expect(all).toContain(flat('评审结果尚未最终确定，暂不推荐候选运营机构'));
  expect(all).not.toContain('推荐的候选运营机构为');
  const docx = await JSZip.loadAsync(await output(app.call('memos.export', { caseId, memoId: memo.memoId, format: 'docx' })));
  const headers = await Promise.all(Object.keys(docx.files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => docx.file(f)!.async('string')));
  expect(headers.length).toBeGreaterThan(0);
  for (const h of headers) expect(h).toContain('非最终结果');

  // the results' own PDF (评审结果汇总表, what 打印 opens): the mark on every page, tentative ranking, nobody recommended
  const resultsPages = pages(await output(app.call('selection.resultsPdf', { caseId })), 'results-not-final');
  expect(resultsPages.length).toBeGreaterThan(1);
  for (const p of resultsPages) expect(p).toContain(flat('非最终结果（评审尚未完成，不得作为评审结论）'));
  const resultsText = resultsPages.join('');
  for (const t of ['评审结果汇总表', '一、评审委员会', '二、评审方法和标准', '三、评分情况', '张一评分表', '钱五评分表', '五、排序和推荐的候选运营机构', '评审结果尚未最终确定，暂不推荐候选运营机构', '丙信息公司的报价明显低于其他有效报价']) expect(resultsText).toContain(flat(t));
  expect(resultsText).not.toContain('推荐的候选运营机构为');
  // the method paragraph ends the pending-price note with one full stop, not 。。
  expect(resultsText).not.toMatch(/[。；]{2}/);

  // the committee records the written explanation: the price counts, the 基准价 is set, the result is final
  await app.call('selection.reviewPrice', { caseId, applicantId: applicants[2].applicantId, explanation: '自有机房和既有平台，成本较低，已提交书面说明', invalid: false });
  const done = await app.call('selection.results', { caseId });
  expect(done.final).toBe(true);
  expect(done.results.basePrice).toBe(38);
  expect(done.results.ranking.filter((x) => x.recommended)).toHaveLength(1);
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.load((await output(app.call('selection.exportResults', { caseId }))) as unknown as ArrayBuffer);
  expect(String(wb2.getWorksheet('汇总')!.getCell('A1').value)).not.toContain('非最终结果');
  for (const ws of wb2.worksheets) expect(ws.headerFooter?.oddHeader ?? '').not.toContain('非最终结果');
  const memo2 = await app.call('memos.generate', { caseId, type: 'selection_report' });
  const final = pages(await output(app.call('memos.export', { caseId, memoId: memo2.memoId, format: 'pdf' })));
  for (const p of final) expect(p).not.toContain('非最终结果');
  expect(final.join('')).toContain('推荐的候选运营机构为');
  const finalResults = pages(await output(app.call('selection.resultsPdf', { caseId })), 'results-final');
  for (const p of finalResults) expect(p).not.toContain('非最终结果');
  expect(finalResults.join('')).toContain('推荐的候选运营机构为');
  expect(finalResults.join('')).toContain('评分汇总表');
});
