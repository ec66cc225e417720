import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PASS, testApp } from '../helpers/services';
import { CLI_BIN } from '../helpers/built';

const app = testApp();
afterAll(() => app.cleanup());

/** Runs the real CLI; returns its exit code and output. Passphrases only through the environment. */
// Async, so the test worker keeps answering vitest while each CLI process runs.
async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI_BIN, ...args, '--data-dir', path.join(app.dir, 'cli-data')], { encoding: 'utf8', env: { ...process.env, REVIEW_DESK_PASSPHRASE: PASS, ...env } });
    return { code: 0, out: stdout };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: `${x.stdout}${x.stderr}` };
  }
}

it('runs the whole flow headless: memo, key create, sign (with a dissent), verify, sig export checked by OpenSSL', async () => {
  const file = path.join(app.dir, 'cli.rdcase');
  const c = await app.newCase({ title: '某市授权运营协议' , caseType: 'agreement_review' }, file);
  await app.call('committee.save', { caseId: c.caseId, member: { name: '张三', role: 'chair' } });
  await app.call('committee.save', { caseId: c.caseId, member: { name: '李四' } });
  await app.call('cases.close', { caseId: c.caseId });

  const missing = await cli(['memo', file, '--type', 'agreement_opinion', '--out', path.join(app.dir, 'x.pdf')]);
  expect(missing).toMatchObject({ code: 1, out: expect.stringContaining('缺少必需的内容：“审查意见”、“结论”') });
  const pdf = path.join(app.dir, 'memo.pdf');
  const made = await cli(['memo', file, '--type', 'agreement_opinion', '--input', 'opinion=协议期限超过三年，应予修改。', '--input', 'conclusion=修改后通过。', '--out', pdf, '--json']);
  expect(made.code).toBe(0);
  const memoId = JSON.parse(made.out).memoId as string;
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('协议期限超过三年，应予修改。');
  const docx = await cli(['memo', file, '--type', 'agreement_opinion', '--format', 'docx', '--out', path.join(app.dir, 'memo.docx')]);
  expect(docx.code).toBe(0);
  expect(fs.readFileSync(path.join(app.dir, 'memo.docx')).subarray(0, 2).toString()).toBe('PK');

  const keyEnv = { REVIEW_DESK_KEY_PASSPHRASE: 'zhang-key-2026' };
  expect((await cli(['key', 'create', '--name', '张三', '--unit', '某大学', '--out', path.join(app.dir, 'zs.rdkey')], keyEnv)).code).toBe(0);
  expect((await cli(['key', 'create', '--name', '李四', '--unit', '某研究院', '--algorithm', 'ed25519', '--out', path.join(app.dir, 'ls.rdkey')], { REVIEW_DESK_KEY_PASSPHRASE: 'li-key-20261' })).code).toBe(0);
  expect(await cli(['sign', file, '--memo', memoId, '--key', path.join(app.dir, 'zs.rdkey')], { REVIEW_DESK_KEY_PASSPHRASE: 'wrong-one' })).toMatchObject({ code: 1, out: expect.stringContaining('密钥口令不正确') });
  expect(await cli(['sign', file, '--memo', memoId, '--key', path.join(app.dir, 'zs.rdkey')], keyEnv)).toMatchObject({ code: 0, out: expect.stringContaining('已签署') });
  expect((await cli(['sign', file, '--memo', memoId, '--key', path.join(app.dir, 'ls.rdkey'), '--dissent', '违约责任条款不够具体。'], { REVIEW_DESK_KEY_PASSPHRASE: 'li-key-20261' })).code).toBe(0);

  const signed = path.join(app.dir, 'signed.pdf');
  expect((await cli(['memo', file, '--type', 'agreement_opinion', '--format', 'signed-pdf', '--out', signed])).code).toBe(0);
  const v = await cli(['verify', signed]);
  expect(v.code).toBe(0);
  expect(v.out).toContain('有效  张三（某大学）  SM2/SM3');
  expect(v.out).toContain('有不同意见：违约责任条款不够具体。');
  // verify with a separate signature file
  const sig = path.join(app.dir, 'memo.rdsig.json');
  expect((await cli(['memo', file, '--type', 'agreement_opinion', '--format', 'sig', '--out', sig])).code).toBe(0);
  expect((await cli(['verify', pdf, '--sig', sig])).code).toBe(0);
  const bytes = fs.readFileSync(pdf);
  bytes[200] ^= 0x20;
  fs.writeFileSync(path.join(app.dir, 'changed.pdf'), bytes);
  expect(await cli(['verify', path.join(app.dir, 'changed.pdf'), '--sig', sig])).toMatchObject({ code: 3, out: expect.stringContaining('内容已改动') });

  const dir = path.join(app.dir, 'export');
  const ex = await cli(['sig', 'export', file, '--memo', memoId, '--signer', '张三', '--out', dir, '--json']);
  expect(ex.code).toBe(0);
  const args = ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-in', 'data.bin', '-sigfile', 'sig.der', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678'];
  expect(execFileSync('openssl', args, { cwd: dir, encoding: 'utf8' })).toContain('Signature Verified Successfully');
  expect(JSON.parse(ex.out).opensslCommand).toContain('-digest sm3');
}, 240_000);
