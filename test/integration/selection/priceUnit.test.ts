import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { output } from '../../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');

type App = ReturnType<typeof testApp>;
let app: App;
beforeEach(() => (app = testApp()));
afterEach(() => app.cleanup());

async function scoredAndPrinted(unit: '元' | '万元', prices: number[]) {
  const { caseId, members, scheme } = await selectionCase(app, { scheme: 'wenzhou-with-price', applicants: [] });
  const options = (await app.call('selection.state', { caseId })).options;
  await app.call('selection.saveOptions', { caseId, options: { ...options, priceUnit: unit } });
  const applicants = [];
  for (const [k, price] of prices.entries()) applicants.push(await app.call('selection.saveApplicant', { caseId, applicant: { name: ['甲数据公司', '乙科技公司', '丙信息公司'][k], price } }));
  const sheet = Object.fromEntries(applicants.map((a, j) => [a.applicantId, Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, c.max * (0.9 - 0.1 * j)]))]));
  for (const m of members) {
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor(applicants) });
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores: sheet });
    await app.call('selection.submit', { caseId, memberId: m.memberId });
  }
  const texts: string[] = [];
  const results = path.join(app.dir, `results-${unit}.pdf`);
  fs.writeFileSync(results, app.services.files.getOutput((await app.call('selection.resultsPdf', { caseId })).outputId).data);
  texts.push(flat(await output('pdftotext', [results, '-'])));
  const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
  const report = path.join(app.dir, `report-${unit}.pdf`);
  fs.writeFileSync(report, app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId).data);
  texts.push(flat(await output('pdftotext', [report, '-'])));
  return { caseId, options, texts };
}

// Walk 13: the price field said 万元, the screens showed bare numbers and the print said 评标基准价（1150000）. The rule:
// one unit per case, chosen where prices are entered; every price is kept as typed and printed with that unit.
it('prints every price with the unit it was entered in (元 or 万元), in the 评审结果汇总表 and the 评审报告', async () => {
  const yuan = await scoredAndPrinted('元', [1280000, 1150000, 1400000.5]);
  for (const text of yuan.texts) {
    expect(text).toContain(flat('以最低有效报价为评标基准价（1,150,000元）'));
    expect(text).toContain('1,280,000元');
    expect(text).toContain('1,400,000.5元');
    expect(text).not.toContain('万元');
  }
});

it('prints 万元 for a case whose prices were entered in 万元 (the default), and refuses to change the unit under entered prices', async () => {
  const wan = await scoredAndPrinted('万元', [128, 115, 140]);
  for (const text of wan.texts) {
    expect(text).toContain(flat('以最低有效报价为评标基准价（115万元）'));
    expect(text).toContain('128万元');
    expect(text).toContain('140万元');
  }
  await expect(app.call('selection.saveOptions', { caseId: wan.caseId, options: { ...wan.options, priceUnit: '元' } })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('的报价已按“万元”填写，不能改为“元”') });
});
