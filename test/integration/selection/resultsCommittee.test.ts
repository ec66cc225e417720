import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { output, run } from '../../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '');

const app = testAppPerTest();

it('the printed 评审结果汇总表 names the committee, the member who withdrew (回避) and their substitute, with a signature column, and prints totals to 0.01 as the screen does', async () => {
  const { caseId, members, scheme, applicants: [jia, yi] } = await selectionCase(app);
  const none = noneFor([jia, yi]);
  // 赵四 worked for 乙 within three years: withdraws; 孙七 replaces them.
  await app.call('selection.declare', { caseId, memberId: members[3].memberId, declarations: [none[0], { applicantId: yi.applicantId, relation: 'employed' }] });
  const sub = await app.call('selection.addSubstitute', { caseId, replacesMemberId: members[3].memberId, member: { name: '孙七', unit: '某研究院', title: '研究员', expertNo: '' }, reason: '赵四回避' });
  const scorers = [...members.filter((_, i) => i !== 3).map((m) => m.memberId), sub.memberId];
  // Every criterion at 80 % of its maximum, for both: each total 80 (printed 80.00).
  const sheet = Object.fromEntries([jia, yi].map((a) => [a.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * 0.8]))]));
  for (const m of scorers) {
    await app.call('selection.declare', { caseId, memberId: m, declarations: none });
    await app.call('selection.saveScores', { caseId, memberId: m, scores: sheet });
    await app.call('selection.submit', { caseId, memberId: m });
  }
  const pdf = app.services.files.getOutput((await app.call('selection.resultsPdf', { caseId })).outputId).data;
  const file = path.join(app.dir, 'results.pdf');
  fs.writeFileSync(file, pdf);
  const text = flat(await output('pdftotext', [file, '-']));
  for (const t of ['一、评审委员会', '签字', '赵四因与乙科技公司存在', '由替补专家孙七替补', '回避（与乙科技公司', '替补赵四，参加评分', '二、评审方法和标准', '五、排序和推荐的候选运营机构']) expect(text).toContain(flat(t));
  // Equal totals and no price: joint first (art. 57), both printed to the hundredth.
  expect(text).toContain(flat('1 甲数据公司 80.00'));
  expect(text).toContain(flat('1 乙科技公司 80.00'));
  expect(text).not.toMatch(/（80分）/);
  fs.mkdirSync('test-results/selection', { recursive: true });
  expect((await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, 'test-results/selection/results-committee'])).code).toBe(0);
});

// Walk 13: in the 评审结果汇总表's 评审委员会, four-character names broke in the 姓名 column (欧阳明/华) and the 组成检查
// line spaced the names out (“赵四 已声明回避……由替补专家 孙七 替补”).
it('the 评审结果汇总表 keeps a four-character name on one line in the committee table and prints the 组成检查 without spaces around names', async () => {
  const { caseId, members, scheme, applicants: [jia, yi] } = await selectionCase(app);
  const none = noneFor([jia, yi]);
  await app.call('selection.declare', { caseId, memberId: members[3].memberId, declarations: [none[0], { applicantId: yi.applicantId, relation: 'employed' }] });
  const sub = await app.call('selection.addSubstitute', { caseId, replacesMemberId: members[3].memberId, member: { name: '欧阳明华', unit: '燕山大学信息科学与工程学院', title: '教授', expertNo: '' }, reason: '赵四回避' });
  const sheet = Object.fromEntries([jia, yi].map((a) => [a.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * 0.8]))]));
  for (const m of [...members.filter((_, i) => i !== 3).map((x) => x.memberId), sub.memberId]) {
    await app.call('selection.declare', { caseId, memberId: m, declarations: none });
    await app.call('selection.saveScores', { caseId, memberId: m, scores: sheet });
    await app.call('selection.submit', { caseId, memberId: m });
  }
  const file = path.join(app.dir, 'results.pdf');
  fs.writeFileSync(file, app.services.files.getOutput((await app.call('selection.resultsPdf', { caseId })).outputId).data);
  const text = await output('pdftotext', ['-f', '1', '-l', '1', file, '-']);
  // The table cell is one line of its own: the name whole.
  expect(text.split('\n').map((l) => l.trim())).toContain('欧阳明华');
  expect(text.replace(/\n/g, '')).toContain('组成检查：赵四已声明回避，不参加评分，由替补专家欧阳明华替补。');
});
