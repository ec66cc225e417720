import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { output } from '../../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '');

const app = testAppPerTest();

// Walk 11: the results showed 客观评审因素评分不一致 on 信用条件, the committee recorded no correction, and the printed
// 评审报告 said 评分修正情况：无。 — a reader took it that the checks had found nothing.
it('the 评审报告 and the 评审结果汇总表 list the art. 64 checks the committee did not act on under 评分修正情况, and drops them once corrected', async () => {
  const { caseId, members, scheme, applicants: [jia, yi] } = await selectionCase(app);
  const sheet = (credit: number) => ({
    [jia.applicantId]: { ...Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * 0.8])), credit },
    [yi.applicantId]: Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * 0.7])),
  });
  for (const [i, m] of members.entries()) {
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor([jia, yi]) });
    // 信用条件 is an objective criterion: 钱五 gives 甲 7 where the others give 8.
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores: sheet(i === 4 ? 7 : 8) });
    await app.call('selection.submit', { caseId, memberId: m.memberId });
  }
  const report = async () => {
    const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
    const file = path.join(app.dir, `report-${memo.memoId}.pdf`);
    fs.writeFileSync(file, app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId).data);
    const text = flat(await output('pdftotext', [file, '-'])).replace(/—\d+—/g, '');
    return text.slice(text.indexOf('评分修正情况'), text.indexOf('排序和推荐的候选运营机构'));
  };
  const open = await report();
  expect(open).toContain(flat('评分复核提示下列情形（87号令第六十四条），评审委员会未据此修正评分：'));
  expect(open).toContain(flat('1. 甲数据公司的客观评审项“信用条件”各成员评分不一致：张一8分，李二8分，王三8分，赵四8分，钱五7分。'));
  expect(open).not.toContain('无。');
  // The 评审结果汇总表 prints the same section.
  const summary = path.join(app.dir, 'summary.pdf');
  fs.writeFileSync(summary, app.services.files.getOutput((await app.call('selection.resultsPdf', { caseId })).outputId).data);
  expect(flat(await output('pdftotext', [summary, '-']))).toContain(flat('评审委员会未据此修正评分：1. 甲数据公司的客观评审项“信用条件”各成员评分不一致'));

  // The committee has 钱五 correct it (art. 64 (三)): the correction is printed, the check is gone.
  await app.call('selection.correct', { caseId, memberId: members[4].memberId, applicantId: jia.applicantId, criterionId: 'credit', newValue: 8, kind: 'objective_mismatch', reason: '经评审委员会核对信用证明材料，钱五更正为 8 分' });
  const closed = await report();
  expect(closed).toContain(flat('钱五对甲数据公司“信用条件”的评分因客观评审因素评分不一致由 7 修正为 8'));
  expect(closed).not.toContain('评分复核提示');
});
