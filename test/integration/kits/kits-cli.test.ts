import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PASS, testApp } from '../../helpers/services';
import { CORPUS_DIR, RULESETS_DIR } from '../../helpers/reviewCorpus';
import { createKeyFile } from '../../../main/services/memos/keys';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));
const app = testApp();
afterAll(() => app.cleanup());

/** The CLI with its own data folder: 'office' (the secretary's laptop) or 'laptop' (the expert's). */
async function cli(laptop: 'office' | 'laptop', args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'main/cli/index.ts', ...args, '--data-dir', path.join(app.dir, laptop)], {
      encoding: 'utf8',
      env: { ...process.env, ...(laptop === 'office' ? { REVIEW_DESK_PASSPHRASE: PASS } : {}), ...env },
    });
    return { code: 0, out: stdout };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: `${x.stdout}${x.stderr}` };
  }
}

it('exports a kit, writes a signed return on the expert’s laptop from an answers file, imports it once', async () => {
  const file = path.join(app.dir, 'k.rdcase');
  const { caseId } = await app.newCase({ jurisdiction: 'qinhuangdao' }, file);
  await app.call('review.run', { caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') } });
  const m = await app.call('committee.save', { caseId, member: { name: '张专家', role: 'chair' } });
  const { keyFile, certificate } = createKeyFile({ name: '张专家', unit: '', passphrase: 'key-pass-1' });
  const keyPath = path.join(app.dir, 'zhang.key.json');
  fs.writeFileSync(keyPath, keyFile);
  fs.writeFileSync(path.join(app.dir, 'k.cert'), JSON.stringify(certificate));
  await app.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: { kind: 'path', path: path.join(app.dir, 'k.cert') } });
  await app.call('cases.close', { caseId });

  const usb = path.join(app.dir, 'usb');
  const ex = await cli('office', ['kit', 'export', file, '--out', usb, '--json']);
  expect(ex.code).toBe(0);
  const kit = (JSON.parse(ex.out) as { kits: { kitId: string; path: string; protection: string }[] }).kits[0];
  expect(kit.protection).toBe('key');

  const keyEnv = { REVIEW_DESK_KEY_PASSPHRASE: 'key-pass-1' };
  const list = await cli('laptop', ['kit', 'open', kit.path, '--key', keyPath], keyEnv);
  expect(list.code).toBe(0);
  expect(list.out).toContain('plan.products');
  const wrong = await cli('laptop', ['kit', 'open', kit.path, '--key', keyPath], { REVIEW_DESK_KEY_PASSPHRASE: 'nope' });
  expect(wrong.code).not.toBe(0);
  expect(wrong.out).toContain('口令不正确');

  const answers = path.join(app.dir, 'answers.json');
  fs.writeFileSync(answers, JSON.stringify({ verdicts: [{ itemId: 'plan.products', verdict: 'fails', comment: '无产品清单' }] }));
  const ret = path.join(usb, 'zhang.rdreturn');
  const op = await cli('laptop', ['kit', 'open', kit.path, '--key', keyPath, '--answers', answers, '--out', ret], keyEnv);
  expect(op).toMatchObject({ code: 0, out: expect.stringContaining('回执已写入') });

  const im = await cli('office', ['kit', 'import', file, ret]);
  expect(im).toMatchObject({ code: 0, out: expect.stringContaining('张专家  1 项意见已并入') });
  const again = await cli('office', ['kit', 'import', file, ret]);
  expect(again.code).toBe(1);
  expect(again.out).toContain('已经导入过');
  const verify = await cli('office', ['records', 'verify', file]);
  expect(verify).toMatchObject({ code: 0, out: expect.stringContaining('全部签名有效') });
  // Seven CLI processes (each loading the app under tsx) on a shared machine: room for the whole walk-through.
}, 300_000);
