import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PASS, testApp } from '../../helpers/services';
import { CORPUS_DIR } from '../../helpers/reviewCorpus';
import { output } from '../../helpers/run';

// walk8a: verdicts kept across a new version are marked as given on the earlier text, on screen and in the memo; the
// conclusion is one per kind of review; the run line never names the system login.
process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const flat = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');
const PLAN = path.join(CORPUS_DIR, 'plan-hebei-defects.txt');
const AGREEMENT = path.join(CORPUS_DIR, 'agreement-hebei-good.txt');

let app: ReturnType<typeof testApp>;
afterEach(() => app?.cleanup());

async function memoText(a: ReturnType<typeof testApp>, caseId: string, name: string, type: 'plan_opinion' | 'agreement_opinion' = 'plan_opinion') {
  const memo = await a.call('memos.generate', { caseId, type });
  const out = a.services.files.getOutput((await a.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId);
  const file = path.join(a.dir, `${name}.pdf`);
  fs.writeFileSync(file, out.data);
  fs.mkdirSync('test-results/memos', { recursive: true });
  await output('pdftoppm', ['-png', '-r', '60', file, `test-results/memos/${name}`]);
  return flat(await output('pdftotext', [file, '-']));
}

/** The revised plan the drafting office sends back: the same plan with a closing article added. */
function revisedPlan(dir: string) {
  const v2 = path.join(dir, '实施方案（修改稿）.txt');
  fs.writeFileSync(v2, `${fs.readFileSync(PLAN, 'utf8')}\n十二、附则\n本方案自印发之日起施行。\n`);
  return v2;
}

describe('verdicts given on an earlier version of the document', () => {
  it('are kept, marked with the text they were given on until recorded again, and printed as such', async () => {
    app = testApp();
    const { caseId } = await app.newCase({ jurisdiction: 'qinhuangdao', title: '某市公共数据授权运营实施方案' });
    await app.call('review.run', { caseId, file: { kind: 'path', path: PLAN } });
    const chair = await app.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '某大学' } });
    const paper = await app.call('committee.save', { caseId, member: { name: '赵专家', role: 'member', unit: '某研究所' } });
    const transcription = { reason: '专家现场填写纸质意见表', paperRef: '纸质意见表第 2 号' };
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.supervision', memberId: paper.memberId, verdict: 'fails', comment: '未写监督措施', transcription });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: paper.memberId, verdict: 'mostly', comment: '清单不全', transcription });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: chair.memberId, verdict: 'mostly', comment: '', transcription });
    await app.call('review.saveCommitteeVerdict', { caseId, itemId: 'plan.supervision', verdict: 'fails', comment: '缺少监督' });
    let s = await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    // On the text they were given on, nothing is marked.
    expect(s.verdicts.every((v) => v.earlier === null)).toBe(true);
    expect(s.conclusion).toMatchObject({ value: 'pass_with_changes', earlier: null });

    // The revised plan is imported and reviewed: every verdict is still there, marked with the first text.
    s = await app.call('review.run', { caseId, file: { kind: 'path', path: revisedPlan(app.dir) } });
    expect(s.run!.documentName).toBe('实施方案（修改稿）.txt');
    expect(s.verdicts).toHaveLength(3);
    const first = { documentName: 'plan-hebei-defects.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), reviewedAt: expect.any(String), version: 1 };
    for (const v of s.verdicts) expect(v.earlier).toEqual(first);
    expect(s.committee[0].earlier).toEqual(first);
    expect(s.conclusion).toMatchObject({ value: 'pass_with_changes', earlier: first });

    // The memo never presents them as verdicts on the revised text.
    let text = await memoText(app, caseId, 'walk8a-earlier-verdicts');
    expect(text).toContain(flat('赵专家对 2 个审查项的意见系针对先前审查的第 1 版《plan-hebei-defects.txt》录入，本版审查后未重新确认。'));
    expect(text).toContain(flat('王组长对 1 个审查项的意见系针对先前审查的第 1 版《plan-hebei-defects.txt》录入'));
    // In the table's 说明 column (a narrow column: the file name may wrap at its hyphen).
    expect(text).toMatch(/监督管理及评估评价要求不符合该意见系针对先前审查的第1版《plan-?hebei-?defects\.txt》作出，本版审查后未重新确认；缺少监督/);
    expect(text).toContain(flat('专家组审查结论：修改后通过。（该结论系针对先前审查的第 1 版《plan-hebei-defects.txt》作出，本版审查后未重新确认。）'));

    // Recording a verdict again on this text (the page's 按本版确认 saves the same verdict) clears its mark only.
    s = await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: paper.memberId, verdict: 'mostly', comment: '清单不全', transcription });
    const of = (itemId: string, memberId: string) => s.verdicts.find((v) => v.itemId === itemId && v.memberId === memberId)!;
    expect(of('plan.products', paper.memberId).earlier).toBeNull();
    expect(of('plan.supervision', paper.memberId).earlier).toEqual(first);
    await app.call('review.saveCommitteeVerdict', { caseId, itemId: 'plan.supervision', verdict: 'fails', comment: '缺少监督' });
    s = await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    expect(s.committee[0].earlier).toBeNull();
    expect(s.conclusion!.earlier).toBeNull();
    // The 操作记录 names the text each verdict was given on.
    const audit = (await app.call('cases.audit', { caseId, limit: 50 })).entries.filter((e) => e.action === 'review.verdict');
    expect(audit[0].detail).toMatchObject({ document: '实施方案（修改稿）.txt' });

    text = await memoText(app, caseId, 'walk8a-earlier-confirmed');
    expect(text).toContain(flat('赵专家对 1 个审查项的意见系针对先前审查的第 1 版《plan-hebei-defects.txt》录入'));
    expect(text).not.toContain(flat('该结论系针对先前'));
    expect(text).not.toContain(flat('该意见系针对先前'));

    // Re-running on the same revised file keeps what was confirmed on it; the case file, reopened, still knows.
    await app.call('review.run', { caseId });
    const file = app.services.openCases.get(caseId).path;
    await app.call('cases.close', { caseId });
    const reopened = await app.call('cases.open', { path: file, passphrase: PASS });
    s = await app.call('review.get', { caseId: reopened.caseId });
    expect(s.verdicts.filter((v) => v.earlier).map((v) => `${v.itemId}/${v.memberId}`).sort()).toEqual([`plan.products/${chair.memberId}`, `plan.supervision/${paper.memberId}`].sort());
  });
});

describe('the conclusion is one per kind of review', () => {
  it('an agreement reviewed in the same case does not take the plan\u2019s conclusion, and the plan keeps its own', async () => {
    app = testApp();
    const { caseId } = await app.newCase({ jurisdiction: 'hebei', title: '某市实施方案与协议评审' });
    await app.call('review.run', { caseId, kind: 'plan', file: { kind: 'path', path: PLAN } });
    await app.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '某大学' } });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass' });
    let s = await app.call('review.run', { caseId, kind: 'agreement', file: { kind: 'path', path: AGREEMENT } });
    expect(s.conclusion).toBeNull();
    s = await app.call('review.setConclusion', { caseId, conclusion: 'fail' });
    expect(s.conclusion!.value).toBe('fail');
    expect(await memoText(app, caseId, 'walk8a-agreement-conclusion', 'agreement_opinion')).toContain(flat('专家组审查结论：不通过。'));
    // Back to the plan: its own conclusion, on its own text.
    s = await app.call('review.run', { caseId, kind: 'plan' });
    expect(s.conclusion).toMatchObject({ value: 'pass', earlier: null });
    // Clearing the plan's conclusion leaves the agreement's.
    await app.call('review.setConclusion', { caseId, conclusion: null });
    s = await app.call('review.run', { caseId, kind: 'agreement' });
    expect(s.conclusion!.value).toBe('fail');
  });
});

describe('who ran the review, on screen', () => {
  it('is the user\u2019s name, never the system login', async () => {
    app = testApp({ userName: null });
    const { caseId } = await app.newCase({ jurisdiction: 'hebei' });
    let s = await app.call('review.run', { caseId, file: { kind: 'path', path: PLAN } });
    expect(s.run!.createdBy).toBe('');
    expect(s.run!.createdBy).not.toBe(os.userInfo().username);
    await app.call('app.setUserName', { userName: '李秘书' });
    s = await app.call('review.run', { caseId });
    expect(s.run!.createdBy).toBe('李秘书');
  });
});
