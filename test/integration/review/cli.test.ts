import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp';
import { CORPUS_DIR } from '../../helpers/reviewCorpus';
import { CLI_BIN } from '../../helpers/built';
import { run } from '../../helpers/run';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const tmp = tempDir();
const PASS = 'Passw0rd-评审';
const cli = async (args: string[], env: Record<string, string> = {}) => {
  const r = await run(process.execPath, [CLI_BIN, ...args], {
    cwd: ROOT,
    input: '',
    env: { ...process.env, REVIEW_DESK_DATA_DIR: path.join(tmp.dir, 'data'), REVIEW_DESK_TEMPLATES_DIR: path.join(ROOT, 'templates'), ...env },
  });
  return { code: r.code, out: r.stdout, err: r.stderr };
};
afterAll(() => tmp.cleanup());

describe('cli check', () => {
  it('check FILE --kind agreement --ruleset ID --json prints ruleset, items with evidence and the red lines', async () => {
    const r = await cli(['check', path.join(CORPUS_DIR, 'agreement-chongqing-defects.md'), '--kind', 'agreement', '--ruleset', 'chongqing', '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.ruleset).toEqual({ id: 'chongqing', version: '2025.1' });
    expect(j.items).toHaveLength(12);
    const term = j.items.find((i: { id: string }) => i.id === 'agr.term');
    expect(term).toMatchObject({ title: '运营期限（不超过3年）', status: 'present', basis: ['《重庆市公共数据资源登记和授权运营管理办法》第十六条第（二）项'] });
    expect(term.evidence[0]).toEqual({ location: expect.any(String), excerpt: expect.any(String) });
    expect(j.items.find((i: { id: string }) => i.id === 'agr.disputes')).toMatchObject({ status: 'missing', evidence: [], lookedFor: expect.stringContaining('争议解决') });
    const flags = j.flags.map((f: { id: string }) => f.id).sort();
    expect(flags).toEqual(['filing_deadline', 'no_destruction', 'raw_data_export', 'sub_authorization', 'term_over_3y']);
    const sub = j.flags.find((f: { id: string }) => f.id === 'sub_authorization');
    expect(sub).toMatchObject({ severity: 'red', basis: ['《重庆市公共数据资源登记和授权运营管理办法》第十八条'] });
    expect(sub.evidence[0].excerpt).toContain('转让给其关联公司');
  });

  it('refuses a missing --ruleset with the list, and an unknown one with a clear message', async () => {
    const a = await cli(['check', path.join(CORPUS_DIR, 'plan-chongqing.md'), '--kind', 'plan']);
    expect(a.code).toBe(2);
    expect(a.err).toContain('hebei（河北省）');
    const b = await cli(['check', path.join(CORPUS_DIR, 'plan-chongqing.md'), '--kind', 'plan', '--ruleset', 'mars', '--json']);
    expect(b.code).toBe(1);
    expect(JSON.parse(b.out).error.code).toBe('RULESET_NOT_FOUND');
  });

  it('ruleset list/show/import: a malformed file is refused with its line, a newer one is taken', async () => {
    const list = JSON.parse((await cli(['ruleset', 'list', '--json'])).out);
    expect(list.map((r: { id: string }) => r.id).sort()).toEqual(['chongqing', 'guizhou', 'hebei', 'national', 'qinhuangdao', 'wenzhou']);
    const bad = path.join(tmp.dir, 'bad.yaml');
    fs.writeFileSync(bad, 'id: wenzhou\nname: 温州市\nversion: "2026.1"\nextends: national\njurisdiction: 温州市\nplan:\n  items:\n    - id: plan.x\n      title: 测试\n      basis: [{doc: nowhere, article: 一}]\n      guidance: 说明文字\n      match: {headings: [测试], requires: [{label: x}]}\n');
    const r = await cli(['ruleset', 'import', bad, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error).toMatchObject({ code: 'RULESET_INVALID', message: expect.stringContaining('第 12 行') });
    const good = path.join(tmp.dir, 'good.yaml');
    fs.writeFileSync(good, fs.readFileSync(path.join(ROOT, 'templates/rulesets/wenzhou.yaml'), 'utf8').replace('version: "2025.1"', 'version: "2026.1"'));
    expect(JSON.parse((await cli(['ruleset', 'import', good, '--json'])).out)).toMatchObject({ id: 'wenzhou', version: '2026.1', origin: 'imported' });
    expect((await cli(['ruleset', 'show', 'wenzhou'])).out).toContain('wenzhou@2026.1');
  });

  it('check --case reviews into the case and stores the findings', async () => {
    const file = path.join(tmp.dir, 'c.rdcase');
    const env = { REVIEW_DESK_PASSPHRASE: PASS };
    expect((await cli(['case', 'create', '--file', file, '--title', '测试', '--type', 'plan_review', '--jurisdiction', 'hebei', '--json'], env)).code).toBe(0);
    const none = await cli(['check', '--case', file, '--json'], env);
    expect(JSON.parse(none.out).error.code).toBe('REVIEW_NO_DOCUMENT');
    const first = await cli(['check', '--case', file, path.join(CORPUS_DIR, 'plan-hebei-defects.txt'), '--json'], env);
    expect(first.code, first.err).toBe(0);
    const j = JSON.parse(first.out);
    expect(j.ruleset).toEqual({ id: 'hebei', version: '2025.1' });
    expect(j.flags.map((f: { id: string }) => f.id)).toContain('authorization_mode');
    // Again, without the file: the stored document is reviewed again, now against 秦皇岛市.
    const again = JSON.parse((await cli(['check', '--case', file, '--ruleset', 'qinhuangdao', '--json'], env)).out);
    expect(again.ruleset.id).toBe('qinhuangdao');
    expect(again.case.runId).not.toBe(j.case.runId);
  });
});
