import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { CORPUS_DIR } from '../../helpers/reviewCorpus';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const flat = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');
const PLAN = path.join(CORPUS_DIR, 'plan-hebei-defects.txt');

let app: ReturnType<typeof testApp>;
afterEach(() => app?.cleanup());

async function reviewedCase(a: ReturnType<typeof testApp>) {
  const { caseId } = await a.newCase({ jurisdiction: 'qinhuangdao', title: '某市公共数据授权运营实施方案' });
  await a.call('review.run', { caseId, file: { kind: 'path', path: PLAN } });
  const chair = await a.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '某大学' } });
  const paper = await a.call('committee.save', { caseId, member: { name: '赵专家', role: 'member', unit: '某研究所' } });
  return { caseId, chair, paper };
}

async function memoText(a: ReturnType<typeof testApp>, caseId: string, name: string) {
  const memo = await a.call('memos.generate', { caseId, type: 'plan_opinion' });
  const out = a.services.files.getOutput((await a.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId);
  const file = path.join(a.dir, `${name}.pdf`);
  fs.writeFileSync(file, out.data);
  fs.mkdirSync('test-results/memos', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, `test-results/memos/${name}`]);
  return flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
}

describe('代录 of review verdicts: who entered a verdict for whom is kept with it (migration 018)', () => {
  it('a verdict the secretary enters for a member without a key is a 代录 record, in the state, the 操作记录 and the memo', async () => {
    app = testApp();
    const { caseId, chair, paper } = await reviewedCase(app);
    const transcription = { reason: '赵专家未配备签名密钥，现场填写纸质意见表', paperRef: '纸质意见表第 2 号（存档盒 A）' };
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.supervision', memberId: paper.memberId, verdict: 'fails', comment: '未写监督措施', transcription });
    // Without a reason given, the record says so rather than passing for anything else.
    let s = await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: chair.memberId, verdict: 'mostly', comment: '' });
    const of = (itemId: string, memberId: string) => s.verdicts.find((v) => v.itemId === itemId && v.memberId === memberId)!;
    expect(of('plan.supervision', paper.memberId)).toMatchObject({ entry: 'transcribed', enteredBy: '李秘书（代 赵专家 录入）', transcribed: { operator: '李秘书', ...transcription } });
    expect(of('plan.products', chair.memberId)).toMatchObject({ entry: 'transcribed', transcribed: { operator: '李秘书', reason: expect.stringContaining('未填写代录理由'), paperRef: '未注明纸质表格' } });

    // Changing it keeps both entries in the append-only 代录 records; the row shows the latest.
    s = await app.call('review.saveVerdict', { caseId, itemId: 'plan.supervision', memberId: paper.memberId, verdict: 'mostly', comment: '监督措施不具体', transcription });
    expect(of('plan.supervision', paper.memberId)).toMatchObject({ verdict: 'mostly', entry: 'transcribed' });
    const { transcriptions } = await app.call('experts.transcriptions', { caseId });
    expect(transcriptions.filter((t) => t.kind === 'verdicts').map((t) => [t.memberName, (t.body as { verdict: string }).verdict])).toEqual([['赵专家', 'mostly'], ['王组长', 'mostly'], ['赵专家', 'fails']]);

    const audit = (await app.call('cases.audit', { caseId, limit: 50 })).entries.filter((e) => e.action === 'review.verdict');
    expect(audit[0].actor).toBe('李秘书（代 赵专家 录入）');
    expect(audit[0].detail).toMatchObject({ 代录: transcription, transcriptionId: expect.any(String) });

    // The memo says whose verdicts were typed in from paper, by whom, and where the paper is.
    await app.call('review.saveCommitteeVerdict', { caseId, itemId: 'plan.supervision', verdict: 'fails', comment: '缺少监督' });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    const content = await app.call('review.memoContent', { caseId });
    expect(content.items.find((i) => i.id === 'plan.supervision')!.verdicts).toEqual([expect.objectContaining({ name: '赵专家', transcribed: { operator: '李秘书', ...transcription } })]);
    const text = await memoText(app, caseId, 'transcribed-verdicts');
    expect(text).toContain(flat('赵专家对 1 个审查项的意见系代录：由李秘书根据纸质意见表录入（纸质意见表第 2 号（存档盒 A）；赵专家未配备签名密钥，现场填写纸质意见表），非本人电子录入。'));
    expect(text).toContain(flat('王组长对 1 个审查项的意见系代录'));
    // The dissent names the member's verdict as a 代录 too.
    expect(text).toContain(flat('赵专家（代录）对“'));
  });
});

describe('a name, never the system login, where a record is printed with it', () => {
  it('asks for the name before a ruling or a 代录 is recorded; nothing is saved until then', async () => {
    app = testApp({ userName: null });
    const { caseId, paper } = await reviewedCase(app);
    const before = await app.call('review.get', { caseId });
    await expect(app.call('review.ruleFlag', { caseId, flagId: 'pricing', ruling: 'dismissed', reason: '所指条款为成本补偿' })).rejects.toMatchObject({ code: 'USER_NAME_REQUIRED', message: expect.stringContaining('请填写您的姓名') });
    await expect(app.call('review.saveVerdict', { caseId, itemId: 'plan.supervision', memberId: paper.memberId, verdict: 'fails', comment: '' })).rejects.toMatchObject({ code: 'USER_NAME_REQUIRED' });
    const after = await app.call('review.get', { caseId });
    expect(after.flagRulings).toEqual(before.flagRulings);
    expect(after.verdicts).toEqual([]);
    expect((await app.call('experts.transcriptions', { caseId })).transcriptions).toEqual([]);

    await app.call('app.setUserName', { userName: '李秘书' });
    const s = await app.call('review.ruleFlag', { caseId, flagId: 'pricing', ruling: 'dismissed', reason: '所指条款为成本补偿' });
    expect(s.flagRulings[0].decidedBy).toBe('李秘书');
  });

  it('a ruling recorded under the login before the name was set is printed without a name', async () => {
    app = testApp();
    const { caseId } = await reviewedCase(app);
    await app.call('review.ruleFlag', { caseId, flagId: 'pricing', ruling: 'dismissed', reason: '所指条款为成本补偿' });
    const login = os.userInfo().username;
    // As an older version recorded it: the login as the one who ruled.
    app.services.openCases.get(caseId).db.prepare('UPDATE review_flag_rulings SET decided_by = ?').run(login);
    const content = await app.call('review.memoContent', { caseId });
    expect(content.flags.find((f) => f.id === 'pricing')!.ruling).toMatchObject({ decidedBy: '' });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    const text = await memoText(app, caseId, 'login-ruling');
    expect(text).toContain(flat('经专家核实改判不成立，理由：所指条款为成本补偿。'));
    expect(text).not.toContain(`经${login}核实`);
  });
});

describe('review run again: the experts\u2019 rulings are kept or listed, never dropped unseen', () => {
  it('carries rulings to a run of the same file; lists them when another file is reviewed; verdicts stay', async () => {
    app = testApp();
    const { caseId, chair } = await reviewedCase(app);
    await app.call('review.ruleFlag', { caseId, flagId: 'pricing', ruling: 'dismissed', reason: '所指条款为成本补偿' });
    await app.call('review.ruleFlag', { caseId, flagId: 'plan.supervision', ruling: 'dismissed', reason: '写在保障措施', location: '第十条' });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.supervision', memberId: chair.memberId, verdict: 'conforms', comment: '' });

    // The same file again (e.g. after a ruleset update): the rulings come along, nothing is listed as left behind.
    let s = await app.call('review.run', { caseId });
    expect(s.flagRulings.map((r) => [r.flagId, r.decidedBy]).sort()).toEqual([['plan.supervision', '李秘书'], ['pricing', '李秘书']]);
    expect(s.earlierRulings).toBeNull();
    const audit = (await app.call('cases.audit', { caseId, limit: 20 })).entries.find((e) => e.action === 'review.run')!;
    expect((audit.detail as { rulingsCarried: string[] }).rulingsCarried.sort()).toEqual(['plan.supervision', 'pricing']);

    // A changed file (a new version): not carried, the text they judged may have changed; listed with who and why.
    const v2 = path.join(app.dir, '实施方案（修改稿）.txt');
    fs.writeFileSync(v2, `${fs.readFileSync(PLAN, 'utf8')}\n十二、附则\n本方案自印发之日起施行。\n`);
    s = await app.call('review.run', { caseId, file: { kind: 'path', path: v2 } });
    expect(s.flagRulings).toEqual([]);
    expect(s.earlierRulings).toMatchObject({ documentName: 'plan-hebei-defects.txt', sameDocument: false });
    expect(s.earlierRulings!.rulings.map((r) => [r.title, r.reason, r.decidedBy])).toEqual(expect.arrayContaining([
      ['公益用途收费或不执行政府指导价', '所指条款为成本补偿', '李秘书'],
      [expect.any(String), '写在保障措施', '李秘书'],
    ]));
    expect(s.verdicts).toEqual([expect.objectContaining({ itemId: 'plan.supervision', memberId: chair.memberId, verdict: 'conforms' })]);
    // Ruled again on the new run: no longer listed as left behind.
    s = await app.call('review.ruleFlag', { caseId, flagId: 'pricing', ruling: 'dismissed', reason: '修改稿仍为成本补偿' });
    expect(s.earlierRulings!.rulings.map((r) => r.flagId)).toEqual(['plan.supervision']);
  });
});
