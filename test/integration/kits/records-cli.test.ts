import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PASS, testApp } from '../../helpers/services';
import { CORPUS_DIR, RULESETS_DIR } from '../../helpers/reviewCorpus';
import { createKeyFile } from '../../../main/services/memos/keys';
import { CaseStore } from '../../../main/store/caseStore';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));
const app = testApp();
afterAll(() => app.cleanup());

async function cli(args: string[]) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'main/cli/index.ts', ...args, '--data-dir', path.join(app.dir, 'cli-data')], { encoding: 'utf8', env: { ...process.env, REVIEW_DESK_PASSPHRASE: PASS } });
    return { code: 0, out: stdout };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: `${x.stdout}${x.stderr}` };
  }
}

it('verifies signed records from the CLI, exports them for OpenSSL, and reports a record changed behind the app’s back', async () => {
  const file = path.join(app.dir, 'r.rdcase');
  const { caseId } = await app.newCase({ jurisdiction: 'qinhuangdao' }, file);
  await app.call('review.run', { caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') } });
  const m = await app.call('committee.save', { caseId, member: { name: '张专家', role: 'chair' } });
  const { keyFile, certificate } = createKeyFile({ name: '张专家', unit: '', passphrase: 'key-pass-1' });
  fs.writeFileSync(path.join(app.dir, 'k.json'), keyFile);
  fs.writeFileSync(path.join(app.dir, 'k.cert'), JSON.stringify(certificate));
  await app.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: { kind: 'path', path: path.join(app.dir, 'k.cert') } });
  const s = await app.call('experts.signIn', { caseId, key: { kind: 'path', path: path.join(app.dir, 'k.json') }, passphrase: 'key-pass-1' });
  await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: m.memberId, verdict: 'fails', comment: '无产品清单', session: s.sessionId });
  const { record } = await app.call('experts.submitVerdicts', { caseId, session: s.sessionId });
  await app.call('cases.close', { caseId });

  const out = path.join(app.dir, 'export');
  const ok = await cli(['records', 'verify', file, '--export', out]);
  expect(ok).toMatchObject({ code: 0, out: expect.stringContaining('全部签名有效') });
  expect(ok.out).toContain('张专家  审查意见');
  const dir = path.join(out, record.recordId);
  const args = ['pkeyutl', '-verify', '-pubin', '-inkey', 'public.pem', '-rawin', '-in', 'signed.json', '-sigfile', 'signature.der', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678'];
  expect(execFileSync('openssl', args, { cwd: dir, encoding: 'utf8' })).toContain('Signature Verified Successfully');

  const store = CaseStore.open(file, PASS);
  store.db.exec('DROP TRIGGER signed_records_no_update');
  store.db.prepare(`UPDATE signed_records SET signed_text = replace(signed_text, '无产品清单', '有产品清单')`).run();
  store.close();
  const bad = await cli(['records', 'verify', file]);
  expect(bad.code).toBe(1);
  expect(bad.out).toContain('✗');
  expect(bad.out).toContain('有 1 份校验失败');
});
