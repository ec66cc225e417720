import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { output } from '../../helpers/run';
import { tieAtCut } from '../../../shared/scoring/engine';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '');

const app = testAppPerTest();

const TIE = '甲数据公司、丙信息公司总分均为 89.00 分、报价均为 100万元，并列第1名（87号令第五十七条），推荐的候选运营机构因此为 2 家，多于设定的 1 家';

// Walk 9b: one operator to be chosen, two bids with equal totals and equal prices. Art. 57 ranks them jointly first, so
// both were marked 推荐 and the printed summary read "推荐的候选运营机构为：第1名 甲；第1名 丙" with nothing saying that
// one place was asked for and how the tie is to be settled.
it('a joint rank at the last recommended place is said in words on the printed summary and in the Excel export, and goes once the tie is broken; the corrected score is marked on each member sheet as printed', async () => {
  const { caseId, members, applicants: [jia, yi, bing] } = await selectionCase(app, { scheme: 'wenzhou-with-price', applicants: [['甲数据公司', 100], ['乙科技公司', 90], ['丙信息公司', 100]] });
  const top = { plan: 22, capability: 17, security: 13, credit: 10, service: 9, emergency: 9 }; // 80 + price 9 = 89
  const low = { plan: 19, capability: 15, security: 12, credit: 10, service: 7, emergency: 7 }; // 70 + price 10 = 80
  for (const m of members) {
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor([jia, yi, bing]) });
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores: { [jia.applicantId]: top, [yi.applicantId]: low, [bing.applicantId]: top } });
    await app.call('selection.submit', { caseId, memberId: m.memberId });
  }
  const r = await app.call('selection.results', { caseId });
  expect(r.final).toBe(true);
  expect(r.results.ranking.map((x) => [x.rank, x.name, x.recommended])).toEqual([[1, '甲数据公司', true], [1, '丙信息公司', true], [3, '乙科技公司', false]]);
  expect(tieAtCut(r.results.ranking, 1)).toContain(TIE);
  expect(tieAtCut(r.results.ranking, 2)).toBeNull(); // two places asked for: both fit

  const pdfText = async () => {
    const file = path.join(app.dir, 'results.pdf');
    fs.writeFileSync(file, app.services.files.getOutput((await app.call('selection.resultsPdf', { caseId })).outputId).data);
    return flat(await output('pdftotext', [file, '-'])).replace(/—\d+—/g, ''); // a sentence may run across a page break
  };
  const text = await pdfText();
  expect(text).toContain(flat('推荐的候选运营机构为：第1名 甲数据公司（89.00分）；第1名 丙信息公司（89.00分）。'));
  expect(text).toContain(flat(TIE));
  expect(text).toContain(flat('按遴选文件的规定办理'));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(app.services.files.getOutput((await app.call('selection.exportResults', { caseId })).outputId).data as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.getWorksheet('汇总')!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
  expect(cells.some((c) => c.includes(TIE))).toBe(true);

  // 王三 had meant 23 for 甲's plan (art. 64 correction): 甲 89.20 alone first, one 推荐, no tie sentence.
  await app.call('selection.correct', { caseId, memberId: members[2].memberId, applicantId: jia.applicantId, criterionId: 'plan', newValue: 23, kind: 'arithmetic', reason: '王三提交后发现 23 误填为 22' });
  const after = await app.call('selection.results', { caseId });
  expect(after.results.ranking.filter((x) => x.recommended).map((x) => x.name)).toEqual(['甲数据公司']);
  expect(tieAtCut(after.results.ranking, 1)).toBeNull();
  const text2 = await pdfText();
  expect(text2).not.toContain(flat('并列第1名'));
  expect(text2).toContain(flat('推荐的候选运营机构为：第1名 甲数据公司（89.20分）。'));
  // 王三's printed sheet shows the corrected 23 marked, not as if he had signed it; the other sheets are unmarked.
  expect(text2).toContain(flat('标“*”的分值系提交后经评审委员会按87号令第六十四条更正的分值'));
  expect(text2).toMatch(/王三评分表（代录）申报单位.*?合计甲数据公司23\*1713109981\.00乙/);
  expect(text2.match(/\d\*/g)).toHaveLength(1);
  expect(text).not.toContain('*');
});
