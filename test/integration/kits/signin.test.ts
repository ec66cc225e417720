import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { testAppPerTest } from '../../helpers/appPerTest';
import { RULESETS_DIR } from '../../helpers/reviewCorpus';
import { KEY_PASS, codeOf, expertWithKey, pathRef, reviewedCase as reviewedCaseIn } from '../../helpers/committeeSetup';
import { ExpertSessions } from '../../../main/services/kits/session';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));

type App = ReturnType<typeof testApp>;
const app = testAppPerTest();

const reviewedCase = async (a: App) => (await reviewedCaseIn(a)).caseId;

describe('expert sign-in: nobody records under another member’s name', () => {
  it('refuses verdicts for a keyed member without their session, or with another member’s, and names the expert and operator in the log', async () => {
    const caseId = await reviewedCase(app);
    const zhang = await expertWithKey(app, caseId, '张专家', { role: 'chair' });
    const li = await expertWithKey(app, caseId, '李专家');
    const verdict = (memberId: string, session?: string) => app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId, verdict: 'fails', comment: '无产品清单', session });

    expect(await codeOf(verdict(zhang.memberId))).toBe('EXPERT_SIGN_IN_REQUIRED');
    expect(await codeOf(app.call('experts.signIn', { caseId, key: pathRef(zhang.keyPath), passphrase: 'wrong-pass' }))).toBe('KEY_WRONG_PASSPHRASE');
    const s = await app.call('experts.signIn', { caseId, key: pathRef(zhang.keyPath), passphrase: KEY_PASS });
    expect(s).toMatchObject({ memberId: zhang.memberId, name: '张专家', fingerprint: zhang.fingerprint });
    expect(await codeOf(verdict(li.memberId, s.sessionId))).toBe('EXPERT_SESSION_MISMATCH');
    expect(await codeOf(verdict(zhang.memberId, 'made-up-session'))).toBe('EXPERT_SIGN_IN_REQUIRED');
    expect((await app.call('review.get', { caseId })).verdicts).toEqual([]);

    await verdict(zhang.memberId, s.sessionId);
    const audit = await app.call('cases.audit', { caseId, limit: 5 });
    const entry = audit.entries.find((e) => e.action === 'review.verdict')!;
    expect(entry.actor).toMatch(/^专家 张专家（操作人：.+）$/);
  });

  it('signs a submitted verdict set, ends the session, and keeps a change as a new signed record', async () => {
    const caseId = await reviewedCase(app);
    const zhang = await expertWithKey(app, caseId, '张专家', { role: 'chair' });
    let s = await app.call('experts.signIn', { caseId, key: pathRef(zhang.keyPath), passphrase: KEY_PASS });
    expect(await codeOf(app.call('experts.submitVerdicts', { caseId, session: s.sessionId }))).toBe('EXPERT_NOTHING_TO_SUBMIT');
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: zhang.memberId, verdict: 'fails', comment: '无产品清单', session: s.sessionId });
    const first = (await app.call('experts.submitVerdicts', { caseId, session: s.sessionId })).record;
    expect(first).toMatchObject({ kind: 'verdicts', memberName: '张专家', valid: true, supersedes: null });
    expect((first.body as { verdicts: { itemId: string; verdict: string }[] }).verdicts).toEqual([expect.objectContaining({ itemId: 'plan.products', verdict: 'fails', comment: '无产品清单' })]);
    // submitting signed the expert out
    expect((await app.call('experts.session', { caseId, session: s.sessionId })).session).toBeNull();
    expect(await codeOf(app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: zhang.memberId, verdict: 'mostly', comment: '', session: s.sessionId }))).toBe('EXPERT_SIGN_IN_REQUIRED');

    s = await app.call('experts.signIn', { caseId, key: pathRef(zhang.keyPath), passphrase: KEY_PASS });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: zhang.memberId, verdict: 'mostly', comment: '附件有初步清单', session: s.sessionId });
    const second = (await app.call('experts.submitVerdicts', { caseId, session: s.sessionId })).record;
    expect(second.supersedes).toBe(first.recordId);
    const { records } = await app.call('experts.records', { caseId });
    expect(records.map((r) => [r.recordId, r.valid, r.supersededBy])).toEqual([[second.recordId, true, null], [first.recordId, true, second.recordId]]);
    // the old record keeps what was first submitted
    expect((records[1].body as { verdicts: { verdict: string }[] }).verdicts[0].verdict).toBe('fails');

    // A record changed behind the app's back (triggers dropped, text edited) no longer verifies, and says why.
    const db = app.services.openCases.get(caseId).db;
    db.exec('DROP TRIGGER signed_records_no_update');
    db.prepare(`UPDATE signed_records SET signed_text = replace(signed_text, '"fails"', '"conforms"') WHERE record_id = ?`).run(first.recordId);
    const after = (await app.call('experts.records', { caseId })).records.find((r) => r.recordId === first.recordId)!;
    expect(after.valid).toBe(false);
    expect(after.problem).toMatch(/摘要|签名/);
  });

  it('still lets the secretary transcribe for a member without a registered key, and says so in the log', async () => {
    const caseId = await reviewedCase(app);
    const m = await app.call('committee.save', { caseId, member: { name: '赵专家' } });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: m.memberId, verdict: 'na', comment: '' });
    const entry = (await app.call('cases.audit', { caseId, limit: 3 })).entries.find((e) => e.action === 'review.verdict')!;
    expect(entry.actor).toMatch(/（代 赵专家 录入）$/);
  });

  it('signs an expert out after a few idle minutes', async () => {
    const caseId = await reviewedCase(app);
    const zhang = await expertWithKey(app, caseId, '张专家', { role: 'chair' });
    let t = 1_000_000;
    const sessions = new ExpertSessions({ openCases: app.services.openCases, settings: app.services.settings, committee: app.services.committee, now: () => t, idleMs: 5 * 60_000 });
    const s = sessions.signIn(caseId, fs.readFileSync(zhang.keyPath, 'utf8'), KEY_PASS);
    t += 4 * 60_000;
    expect(sessions.recorder(caseId, zhang.memberId, s.sessionId).actor).toMatch(/张专家/); // use moves the deadline on
    t += 4 * 60_000;
    expect(sessions.session(caseId, s.sessionId)).not.toBeNull();
    t += 2 * 60_000;
    expect(() => sessions.recorder(caseId, zhang.memberId, s.sessionId)).toThrow(/自动退出/);
    expect(sessions.session(caseId, s.sessionId)).toBeNull();
  });
});
