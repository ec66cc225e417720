import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { passAllChecks } from '../helpers/selectionCase';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const flat = (s: string) => s.replace(/\s+/g, '');
const app = testApp();
afterAll(() => app.cleanup());

it('prints the 评审报告 of an operator selection from the scoring module (issue 5): method, qualification with reasons, score tables, ranking and recommended candidates', async () => {
  const { caseId } = await app.newCase({ caseType: 'operator_selection', title: '某市公共数据运营机构遴选' });
  const members = [];
  for (const [i, name] of ['张一', '李二', '王三', '赵四', '钱五'].entries()) members.push(await app.call('committee.save', { caseId, member: { name, unit: '某大学', role: i === 0 ? 'chair' : 'member' } }));
  // No scheme yet: the report is refused, naming what is missing.
  await expect(app.call('memos.generate', { caseId, type: 'selection_report' })).rejects.toMatchObject({ code: 'MEMO_CONTENT_MISSING', message: expect.stringContaining('“评审方法和标准”') });
  const { templates } = await app.call('selection.templates', {});
  const scheme = templates.find((t) => t.templateId === 'wenzhou-with-price')!.scheme;
  await app.call('selection.saveScheme', { caseId, scheme });
  const applicants = [];
  for (const [name, price] of [['甲数据公司', 100], ['乙科技公司', 90], ['丙信息公司', 120]] as const) applicants.push(await app.call('selection.saveApplicant', { caseId, applicant: { name, price } }));
  await app.call('selection.saveCheck', { caseId, verdict: { applicantId: applicants[2].applicantId, stage: 'conformity', item: 'c4', passed: false, reason: '未提交数据安全承诺书' } });
  const scored = applicants.slice(0, 2);
  await passAllChecks(app, caseId, scored);
  for (const [k, m] of members.entries()) {
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: applicants.map((x) => ({ applicantId: x.applicantId, relation: 'none' as const })) });
    const f = 0.8 - k * 0.02;
    const scores = Object.fromEntries(scored.map((x, i) => [x.applicantId, Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, Math.round(c.max * ((c.kind === 'objective' ? 0.8 : f) - i * 0.1) * 100) / 100]))]));
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores });
    await app.call('selection.submit', { caseId, memberId: m.memberId });
  }
  const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
  const file = path.join(app.dir, 'report.pdf');
  fs.writeFileSync(file, app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId).data);
  const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  for (const s of ['评审报告', '三、评审方法和标准', '综合评分法', '评标基准价', '四、资格审查和符合性审查情况', '丙信息公司未进入评分', '未提交数据安全承诺书', '评分汇总表', '张一评分表', '七、排序和推荐的候选运营机构', '推荐的候选运营机构为：第1名', '甲数据公司', '乙科技公司']) {
    expect(text).toContain(flat(s));
  }
  // The summary's means print to the same two decimals down each column (19.00 beside 15.20, the price score 10.00), walk 21.
  expect(text).toMatch(/评分汇总表.*?1甲数据公司(\d+\.\d\d){8}2乙科技公司(\d+\.\d\d){8}/);
  fs.mkdirSync('test-results/memos', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '3', file, 'test-results/memos/selection-report']);
});
