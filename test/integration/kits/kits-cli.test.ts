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

it('scripts 回避, scores and a memo signature through kits: kit export / return / open / import', async () => {
  const file = path.join(app.dir, 's.rdcase');
  const { caseId } = await app.newCase({ caseType: 'operator_selection', title: '遴选' }, file);
  const m = await app.call('committee.save', { caseId, member: { name: '钱专家', unit: '某大学', role: 'chair' } });
  const { keyFile, certificate } = createKeyFile({ name: '钱专家', unit: '某大学', passphrase: 'key-pass-2' });
  const keyPath = path.join(app.dir, 'qian.key.json');
  fs.writeFileSync(keyPath, keyFile);
  fs.writeFileSync(path.join(app.dir, 'q.cert'), JSON.stringify(certificate));
  await app.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: { kind: 'path', path: path.join(app.dir, 'q.cert') } });
  const { templates } = await app.call('selection.templates', {});
  const scheme = templates.find((t) => t.templateId === 'wenzhou-default')!.scheme;
  await app.call('selection.saveScheme', { caseId, scheme });
  await app.call('selection.saveApplicant', { caseId, applicant: { name: '甲数据公司', price: null } });
  const memo = await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '方案基本可行。', conclusion: '同意。' } });
  await app.call('cases.close', { caseId });
  const usb = path.join(app.dir, 'usb2');
  const keyEnv = { REVIEW_DESK_KEY_PASSPHRASE: 'key-pass-2' };
  const kitPath = (out: string) => (JSON.parse(out) as { kits: { path: string }[] }).kits[0].path;

  const ex1 = await cli('office', ['kit', 'export', file, '--out', usb]);
  expect(ex1).toMatchObject({ code: 0, out: expect.stringContaining('内含：回避声明表（未附评分表：') });
  const k1 = kitPath((await cli('office', ['kit', 'export', file, '--out', usb, '--json'])).out);
  const a1 = path.join(app.dir, 'a1.json');
  fs.writeFileSync(a1, JSON.stringify({ declarations: [{ applicant: '甲数据公司', relation: 'none' }] }));
  const r1 = path.join(usb, 'r1.rdreturn');
  expect(await cli('laptop', ['kit', 'return', k1, '--key', keyPath, '--answers', a1, '--out', r1], keyEnv)).toMatchObject({ code: 0, out: expect.stringContaining('已签署回避声明') });
  expect(await cli('office', ['kit', 'import', file, r1])).toMatchObject({ code: 0, out: expect.stringContaining('钱专家  回避声明已并入') });

  const k2 = kitPath((await cli('office', ['kit', 'export', file, '--out', usb, '--memo', memo.memoId, '--json'])).out);
  const memoPdf = path.join(app.dir, 'memo.pdf');
  const list = await cli('laptop', ['kit', 'open', k2, '--key', keyPath, '--memo-pdf', memoPdf], keyEnv);
  expect(list).toMatchObject({ code: 0, out: expect.stringContaining('plan  授权运营方案  0～30 分  评分指引：') });
  expect(list.out).toContain('待签署意见书：');
  expect(fs.readFileSync(memoPdf).subarray(0, 5).toString()).toBe('%PDF-');
  const a2 = path.join(app.dir, 'a2.json');
  const over = Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, c.max + 1]));
  fs.writeFileSync(a2, JSON.stringify({ scores: { 甲数据公司: over } }));
  const bad = await cli('laptop', ['kit', 'return', k2, '--key', keyPath, '--answers', a2, '--out', path.join(usb, 'bad.rdreturn')], keyEnv);
  expect(bad.code).not.toBe(0);
  expect(bad.out).toContain('超出评分标准规定的分值范围');
  const ok = Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, c.max - 1]));
  fs.writeFileSync(a2, JSON.stringify({ scores: { 甲数据公司: ok }, memo: { decision: 'agree' } }));
  const r2 = path.join(usb, 'r2.rdreturn');
  expect(await cli('laptop', ['kit', 'return', k2, '--key', keyPath, '--answers', a2, '--out', r2], keyEnv)).toMatchObject({ code: 0, out: expect.stringContaining('已签署评分表、意见书签名') });
  expect(await cli('office', ['kit', 'import', file, r2])).toMatchObject({ code: 0, out: expect.stringContaining('评分表、意见书第 1 版签名（同意）已并入') });
  expect(await cli('office', ['records', 'verify', file])).toMatchObject({ code: 0, out: expect.stringContaining('全部签名有效') });
}, 600_000);
