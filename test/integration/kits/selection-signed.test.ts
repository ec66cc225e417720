import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { KEY_PASS, codeOf, expertWithKey, pathRef } from '../../helpers/committeeSetup';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

const app = testAppPerTest();


describe('signed 回避声明 and score sheets', () => {
  it('signs the declaration and the submitted sheet with the expert’s key; refuses the secretary’s Excel import for a keyed member', async () => {
    const { caseId } = await app.newCase({ caseType: 'operator_selection', title: '遴选' });
    const m = await expertWithKey(app, caseId, '张一', { role: 'chair' });
    const { keyPath } = m;
    const { templates } = await app.call('selection.templates', {});
    const scheme = templates.find((t) => t.templateId === 'wenzhou-default')!.scheme;
    await app.call('selection.saveScheme', { caseId, scheme });
    const a = await app.call('selection.saveApplicant', { caseId, applicant: { name: '甲数据公司', price: null } });
    const declarations = [{ applicantId: a.applicantId, relation: 'none' as const, note: '' }];

    expect(await codeOf(app.call('selection.declare', { caseId, memberId: m.memberId, declarations }))).toBe('EXPERT_SIGN_IN_REQUIRED');
    const s = await app.call('experts.signIn', { caseId, key: pathRef(keyPath), passphrase: KEY_PASS });
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations, session: s.sessionId });
    const scores = { [a.applicantId]: Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, Math.floor(c.max * 0.8)])) };
    expect(await codeOf(app.call('selection.saveScores', { caseId, memberId: m.memberId, scores }))).toBe('EXPERT_SIGN_IN_REQUIRED');
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores, session: s.sessionId });
    // The secretary cannot bring in a sheet under this member's name.
    const sheet = await app.call('selection.exportSheet', { caseId, memberId: m.memberId });
    const xlsx = path.join(app.dir, 'sheet.xlsx');
    fs.writeFileSync(xlsx, app.services.files.getOutput(sheet.outputId).data);
    expect(await codeOf(app.call('selection.importSheet', { caseId, file: pathRef(xlsx) }))).toBe('EXPERT_SIGN_IN_REQUIRED');

    await app.call('selection.submit', { caseId, memberId: m.memberId, session: s.sessionId });
    expect((await app.call('experts.session', { caseId, session: s.sessionId })).session).toBeNull();
    const { records } = await app.call('experts.records', { caseId });
    expect(records.map((r) => [r.kind, r.valid, r.memberName])).toEqual([['scores', true, '张一'], ['recusal', true, '张一']]);
    const body = records[0].body as { sheet: { applicant: string; scores: Record<string, number> }[] };
    expect(body.sheet[0]).toEqual({ applicantId: a.applicantId, applicant: '甲数据公司', scores: scores[a.applicantId] });
    const audit = (await app.call('cases.audit', { caseId, limit: 20 })).entries;
    expect(audit.find((e) => e.action === 'selection.submit')!.actor).toMatch(/^专家 张一（操作人：/);
    expect(audit.find((e) => e.action === 'selection.submit')!.detail).toMatchObject({ signedRecord: records[0].recordId });
  });
});
