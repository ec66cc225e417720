import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PASS } from '../../helpers/services';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { output } from '../../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '');

const app = testAppPerTest();

it('a recusal without a 替补 leaves a 公开招标 committee at 4: ranked but not final, nobody recommended, the reason and the remedy printed; a 替补 makes it final; 竞争性磋商 takes three', async () => {
  const file = path.join(app.dir, 'size.rdcase');
  const { caseId, members, scheme, applicants: [jia, yi] } = await selectionCase(app, { file });
  const none = noneFor([jia, yi]);
  // 赵四 worked for 乙 within three years: withdraws, and nobody replaces them yet.
  await app.call('selection.declare', { caseId, memberId: members[3].memberId, declarations: [none[0], { applicantId: yi.applicantId, relation: 'employed' }] });
  const sheet = (share: number) => Object.fromEntries([[jia.applicantId, share], [yi.applicantId, share - 0.1]].map(([a, s]) => [a, Object.fromEntries(scheme.criteria.map((c) => [c.id, Math.round(c.max * (s as number))]))]));
  const score = async (memberId: string) => {
    await app.call('selection.declare', { caseId, memberId, declarations: none });
    await app.call('selection.saveScores', { caseId, memberId, scores: sheet(0.9) });
    await app.call('selection.submit', { caseId, memberId });
  };
  for (const m of members.filter((_, i) => i !== 3)) await score(m.memberId);

  const four = await app.call('selection.results', { caseId });
  expect(four.sealed).toBe(false);
  expect(four.results.complete).toBe(true);
  expect(four.final).toBe(false);
  expect(four.results.ranking.map((r) => r.name)).toEqual(['甲数据公司', '乙科技公司']);
  expect(four.results.ranking.some((r) => r.recommended)).toBe(false);
  expect(four.results.applicants.some((a) => a.recommended)).toBe(false);
  expect(four.pendingReasons[0]).toBe('参加评分的评审委员会成员现有 4 人，少于公开招标要求的 5 人（评标委员会规定第九条、87号令第四十五条）。请添加替补专家（在“回避声明与评分”中登记替补），替补专家提交评分表后结果方为最终结果。');

  // The printed 评审结果汇总表 says it on every page and recommends nobody.
  const pdf = path.join(app.dir, 'four.pdf');
  fs.writeFileSync(pdf, app.services.files.getOutput((await app.call('selection.resultsPdf', { caseId })).outputId).data);
  const text = flat(await output('pdftotext', [pdf, '-']));
  expect(text).toContain(flat('非最终结果'));
  expect(text).toContain(flat('少于公开招标要求的 5 人'));
  expect(text).not.toContain(flat('推荐的候选运营机构为'));

  // The same four under 竞争性磋商 (≥ 3, odd): four is even, still not final.
  await app.call('selection.saveOptions', { caseId, options: { procedure: 'consultation' } });
  const even = await app.call('selection.results', { caseId });
  expect(even.final).toBe(false);
  expect(even.pendingReasons[0]).toContain('现有 4 人，为偶数，竞争性磋商的评审委员会应为单数（财库〔2014〕214号第十四条）');
  expect((await app.call('selection.state', { caseId })).committeeWarnings.join('')).not.toContain('少于');

  // Back to 公开招标; a 替补 scores: five, final, 甲 recommended. The option survives closing and reopening the file.
  await app.call('selection.saveOptions', { caseId, options: { procedure: 'open_tender' } });
  const sub = await app.call('selection.addSubstitute', { caseId, replacesMemberId: members[3].memberId, member: { name: '孙七', unit: '某研究院', title: '研究员', expertNo: '' }, reason: '赵四回避' });
  const sealed = await app.call('selection.results', { caseId });
  expect(sealed.sealed).toBe(true);
  await score(sub.memberId);
  await app.call('cases.close', { caseId });
  const { caseId: again } = await app.call('cases.open', { path: file, passphrase: PASS });
  const five = await app.call('selection.results', { caseId: again });
  expect(five.final).toBe(true);
  expect(five.pendingReasons).toEqual([]);
  expect(five.results.ranking.filter((r) => r.recommended).map((r) => r.name)).toEqual(['甲数据公司']);
  expect((await app.call('selection.state', { caseId: again })).options.procedure).toBe('open_tender');
});
