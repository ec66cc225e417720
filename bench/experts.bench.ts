import fs from 'node:fs';
import path from 'node:path';
import type { Bench } from './run';
import { medianMs } from './util';
import { testApp } from '../test/helpers/services';
import { createKeyFile } from '../main/services/memos/keys';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', 'templates');

/**
 * Expert sign-in and signed records (issue 13): unlocking a key (scrypt N=2^15), a signed score-sheet submission for
 * 10 applicants, and verifying every signed record of a 25-expert case.
 */
const bench: Bench = async (report) => {
  const app = testApp();
  try {
    const { caseId } = await app.newCase({ caseType: 'operator_selection', title: '遴选' });
    const { templates } = await app.call('selection.templates', {});
    const scheme = templates.find((t) => t.templateId === 'wenzhou-default')!.scheme;
    await app.call('selection.saveScheme', { caseId, scheme });
    const applicants = [];
    for (let i = 0; i < 10; i++) applicants.push(await app.call('selection.saveApplicant', { caseId, applicant: { name: `申报单位${i + 1}`, price: null } }));
    const experts: { memberId: string; key: string }[] = [];
    for (let i = 0; i < 25; i++) {
      const name = `专家${i + 1}`;
      const m = await app.call('committee.save', { caseId, member: { name, role: i === 0 ? 'chair' : 'member' } });
      const { keyFile, certificate } = createKeyFile({ name, unit: '', passphrase: 'bench-key-1' });
      const key = path.join(app.dir, `${i}.key`);
      fs.writeFileSync(key, keyFile);
      fs.writeFileSync(`${key}.cert`, JSON.stringify(certificate));
      await app.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: { kind: 'path', path: `${key}.cert` } });
      experts.push({ memberId: m.memberId, key });
    }
    const signIn = await medianMs(async () => {
      const s = await app.call('experts.signIn', { caseId, key: { kind: 'path', path: experts[0].key }, passphrase: 'bench-key-1' });
      await app.call('experts.signOut', { session: s.sessionId });
    });
    report({ name: 'experts.signIn', value: signIn, unit: 'ms', note: 'unlock the expert key (scrypt N=2^15 + AES-GCM) and open a session' });

    const declarations = applicants.map((a) => ({ applicantId: a.applicantId, relation: 'none' as const, note: '' }));
    const scores = Object.fromEntries(applicants.map((a) => [a.applicantId, Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, Math.floor(c.max * 0.8)]))]));
    const submitTimes: number[] = [];
    for (const e of experts) {
      const s = await app.call('experts.signIn', { caseId, key: { kind: 'path', path: e.key }, passphrase: 'bench-key-1' });
      await app.call('selection.declare', { caseId, memberId: e.memberId, declarations, session: s.sessionId });
      await app.call('selection.saveScores', { caseId, memberId: e.memberId, scores, session: s.sessionId });
      const t = performance.now();
      await app.call('selection.submit', { caseId, memberId: e.memberId, session: s.sessionId });
      submitTimes.push(performance.now() - t);
    }
    submitTimes.sort((a, b) => a - b);
    report({ name: 'experts.submitSignedSheet', value: submitTimes[12], unit: 'ms', note: 'submit a score sheet (10 applicants × all criteria), signed SM2/SM3 and stored in one transaction; median of 25' });
    const verify = await medianMs(async () => {
      const { records } = await app.call('experts.records', { caseId });
      if (records.length !== 50 || !records.every((r) => r.valid)) throw new Error('records did not verify');
    }, 3);
    report({ name: 'experts.verifyRecords', value: verify, unit: 'ms', note: 'verify all 50 signed records (25 回避声明 + 25 score sheets) of a 25-expert case' });
  } finally {
    app.cleanup();
  }
};
export default bench;
