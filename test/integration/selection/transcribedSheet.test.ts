import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { expertWithKey } from '../../helpers/committeeSetup';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

const app = testAppPerTest();

describe('a member’s sheet says whether what the secretary enters is a 代录, and who entered the one on file, why and from which paper', () => {
  it('marks a member without a key as keyless, a keyed one not, and returns the 代录 of the declaration and of the submitted sheet', async () => {
    const { caseId } = await app.newCase({ caseType: 'operator_selection', title: '某市公共数据运营机构遴选' });
    const keyed = await expertWithKey(app, caseId, '张一', { role: 'chair' });
    const paper = await app.call('committee.save', { caseId, member: { name: '李二', unit: '某大学', role: 'member' } });
    const scheme = (await app.call('selection.templates', {})).templates.find((t) => t.templateId === 'wenzhou-default')!.scheme;
    await app.call('selection.saveScheme', { caseId, scheme });
    const a = await app.call('selection.saveApplicant', { caseId, applicant: { name: '甲数据公司', price: null } });

    const before = await app.call('selection.memberView', { caseId, memberId: paper.memberId });
    expect(before.keyless).toBe(true);
    expect(before.transcribed).toEqual({ recusal: null, scores: null });
    expect((await app.call('selection.memberView', { caseId, memberId: keyed.memberId })).keyless).toBe(false);

    const declared = { reason: '李二未配备签名密钥，现场填写纸质回避声明', paperRef: '纸质回避声明第 2 号' };
    await app.call('selection.declare', { caseId, memberId: paper.memberId, declarations: [{ applicantId: a.applicantId, relation: 'none' }], transcription: declared });
    const scores = { [a.applicantId]: Object.fromEntries(scheme.criteria.map((c) => [c.id, Math.floor(c.max * 0.8)])) };
    await app.call('selection.saveScores', { caseId, memberId: paper.memberId, scores });
    const sheet = { reason: '专家在会场填写纸质评分表，由秘书录入', paperRef: '纸质评分表第 2 号（存档盒 A）' };
    await app.call('selection.submit', { caseId, memberId: paper.memberId, transcription: sheet });

    const after = await app.call('selection.memberView', { caseId, memberId: paper.memberId });
    expect(after.transcribed?.recusal).toMatchObject({ operator: '李秘书', ...declared });
    expect(after.transcribed?.scores).toMatchObject({ operator: '李秘书', ...sheet });
    expect(after.submittedAt).toBeTruthy();
    // The 操作记录 names who entered it for whom, with the reason and the paper.
    const audit = (await app.call('cases.audit', { caseId, limit: 50 })).entries;
    const submit = audit.find((e) => e.action === 'selection.submit')!;
    expect(submit.actor).toBe('李秘书（代 李二 录入）');
    expect(submit.detail).toMatchObject({ 代录: sheet });
  });
});
