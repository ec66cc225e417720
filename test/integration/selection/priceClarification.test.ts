import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { output } from '../../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '');

const app = testAppPerTest();

it('the 评审报告 (九、澄清、说明及不同意见) and the 评审结果汇总表 record an abnormally low price, its written explanation and the excluded bidder (87号令 art. 58, 60)', async () => {
  const { caseId, members, scheme, applicants } = await selectionCase(app, { scheme: 'wenzhou-with-price', applicants: [['甲数据公司', 100], ['乙科技公司', 95], ['丙信息公司', 38], ['丁网络公司', 98]] });
  const [, , bing, ding] = applicants;
  await app.call('selection.saveCheck', { caseId, verdict: { applicantId: ding.applicantId, stage: 'conformity', item: 'c4', passed: false, reason: '未提交数据安全承诺书' } });
  await app.call('selection.reviewPrice', { caseId, applicantId: bing.applicantId, explanation: '依托自有机房和既有数据中台，附成本测算表。', invalid: false });
  const scored = applicants.slice(0, 3);
  for (const [k, m] of members.entries()) {
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor(applicants) });
    const scores = Object.fromEntries(scored.map((x, i) => [x.applicantId, Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, Math.round(c.max * ((c.kind === 'objective' ? 0.8 : 0.85 - k * 0.02) - i * 0.1) * 100) / 100]))]));
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores });
    await app.call('selection.submit', { caseId, memberId: m.memberId });
  }
  expect((await app.call('selection.results', { caseId })).final).toBe(true);

  const pdfText = async (outputId: string, name: string) => {
    const file = path.join(app.dir, name);
    fs.writeFileSync(file, app.services.files.getOutput(outputId).data);
    return flat(await output('pdftotext', [file, '-']));
  };
  const said = flat('丙信息公司报价 38万元，明显低于其他有效报价的平均值 97.5万元，评审委员会要求其作出书面说明（87号令第六十条）。其书面说明：依托自有机房和既有数据中台，附成本测算表。评审委员会认为其能够合理说明，报价有效');

  const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
  const report = await pdfText((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId, 'report.pdf');
  const nine = report.slice(report.indexOf('九、澄清、说明及不同意见'));
  expect(nine).toContain(said);

  const results = await pdfText((await app.call('selection.resultsPdf', { caseId })).outputId, 'results.pdf');
  expect(results).toContain(flat('六、审查结论和报价说明'));
  expect(results).toContain(flat('丁网络公司未进入评分：符合性审查未通过（数据安全承诺书）：未提交数据安全承诺书。'));
  expect(results).toContain(said);
});
