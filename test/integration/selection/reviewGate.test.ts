import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, passAllChecks, selectionCase } from '../../helpers/selectionCase';
import { output } from '../../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '');

const app = testAppPerTest();

it('资格审查/符合性审查 gate scoring (DOMAIN §5): an unrecorded item is no pass; the result is not final, names the bids and items and what to do, until they are recorded (late, once, after submission)', async () => {
  const { caseId, members, scheme, applicants } = await selectionCase(app, { reviewed: false, applicants: [['甲数据公司', null], ['乙科技公司', null], ['丙信息公司', null]] });
  const [jia, yi, bing] = applicants;
  // as in walk 21: only 丙's failed item was ever marked; 甲 and 乙 wholly unreviewed, 乙 partly after that
  await app.call('selection.saveCheck', { caseId, verdict: { applicantId: bing.applicantId, stage: 'conformity', item: 'c4', passed: false, reason: '未提交数据安全承诺书' } });
  await app.call('selection.saveCheck', { caseId, verdict: { applicantId: yi.applicantId, stage: 'qualification', item: 'q1', passed: true, reason: '' } });
  const st = await app.call('selection.state', { caseId });
  expect(st.applicants.map((a) => [a.name, a.excludedReason != null, a.reviewPending])).toEqual([
    ['甲数据公司', false, '资格审查 5 项（全部）、符合性审查 5 项（全部）'],
    ['乙科技公司', false, expect.stringMatching(/^资格审查“近三年无重大违法记录.*”、符合性审查 5 项（全部）$/)],
    ['丙信息公司', true, null],
  ]);

  for (const [k, m] of members.entries()) {
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor(applicants) });
    const scores = Object.fromEntries([jia, yi].map((x, i) => [x.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, Math.round(c.max * ((c.kind === 'objective' ? 0.8 : 0.85 - k * 0.02) - i * 0.1) * 100) / 100]))]));
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores });
    await app.call('selection.submit', { caseId, memberId: m.memberId });
  }

  const before = await app.call('selection.results', { caseId });
  expect(before.results.complete).toBe(true); // the scores themselves are whole
  expect(before.final).toBe(false);
  expect(before.results.ranking.some((r) => r.recommended)).toBe(false);
  const why = before.pendingReasons.join('');
  expect(why).toContain('甲数据公司、乙科技公司的资格审查和符合性审查尚未完成，不能视为审查通过');
  expect(why).toContain('甲数据公司：资格审查 5 项（全部）、符合性审查 5 项（全部）未记录结论');
  expect(why).toContain('请在“资格与符合性审查”页逐项选择“通过”或“不通过”');
  expect(why).not.toContain('丙信息公司');

  // the 评审报告 says which bids are unreviewed instead of printing only the one that failed
  const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
  const pdf = path.join(app.dir, 'report.pdf');
  fs.writeFileSync(pdf, app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId).data);
  const text = flat(await output('pdftotext', [pdf, '-']));
  expect(text).toContain('非最终结果');
  expect(text).toContain(flat('甲数据公司的资格审查和符合性审查尚未完成（资格审查5项（全部）、符合性审查5项（全部）未记录结论），不能视为审查通过。'));
  expect(text).toContain('丙信息公司未进入评分');
  expect(text).not.toContain('推荐的候选运营机构为');

  // sheets are submitted: a verdict already recorded stands; one never recorded can still be written down
  const changed = await app.call('selection.saveCheck', { caseId, verdict: { applicantId: bing.applicantId, stage: 'conformity', item: 'c4', passed: true, reason: '' } }).catch((e: { code: string }) => e);
  expect((changed as { code: string }).code).toBe('SELECTION_LOCKED');
  await passAllChecks(app, caseId, [jia]);
  const half = await app.call('selection.results', { caseId });
  expect(half.final).toBe(false);
  expect(half.pendingReasons.join('')).toContain('乙科技公司的资格审查和符合性审查尚未完成');
  await expect(app.call('selection.saveCheck', { caseId, verdict: { applicantId: yi.applicantId, stage: 'qualification', item: 'q1', passed: false, reason: '改判' } })).rejects.toMatchObject({ code: 'SELECTION_LOCKED' });
  for (const stage of ['qualification', 'conformity'] as const) {
    for (const item of stage === 'qualification' ? ['q2', 'q3', 'q4', 'q5'] : ['c1', 'c2', 'c3', 'c4', 'c5']) {
      await app.call('selection.saveCheck', { caseId, verdict: { applicantId: yi.applicantId, stage, item, passed: true, reason: '' } });
    }
  }
  const after = await app.call('selection.results', { caseId });
  expect(after.pendingReasons).toEqual([]);
  expect(after.final).toBe(true);
  expect(after.results.ranking.filter((r) => r.recommended).map((r) => r.name)).toEqual(['甲数据公司']);
});

// Walk 21: a member (or the secretary typing a paper sheet) scored a bid whose review was not recorded, with nothing on
// the sheet to say the score might not count. Entry stays open; the sheet says so per bid, until the review is recorded.
it('a member’s sheet says on each bid whose 资格/符合性审查 is not recorded yet that its score may not count, and still takes the scores', async () => {
  const { caseId, members, scheme, applicants: [jia, yi] } = await selectionCase(app, { reviewed: false });
  await passAllChecks(app, caseId, [yi]);
  const m = members[0].memberId;
  await app.call('selection.declare', { caseId, memberId: m, declarations: noneFor([jia, yi]) });
  const view = await app.call('selection.memberView', { caseId, memberId: m });
  expect(view.applicants.map((a) => [a.name, a.reviewPending])).toEqual([['甲数据公司', '资格审查 5 项（全部）、符合性审查 5 项（全部）'], ['乙科技公司', null]]);
  // not blocked: the scores for the unreviewed bid are kept
  const full = Object.fromEntries([jia, yi].map((x) => [x.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * 0.8]))]));
  await app.call('selection.saveScores', { caseId, memberId: m, scores: full });
  expect(Object.keys((await app.call('selection.memberView', { caseId, memberId: m })).scores)).toHaveLength(2);
  await passAllChecks(app, caseId, [jia]);
  expect((await app.call('selection.memberView', { caseId, memberId: m })).applicants.every((a) => !a.reviewPending)).toBe(true);
});
