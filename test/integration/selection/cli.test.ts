import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, PASS } from '../../helpers/services';
import { CLI_BIN } from '../../helpers/built';
import { run } from '../../helpers/run';
import { passAllChecks } from '../../helpers/selectionCase';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.join(ROOT, 'templates');
const cli = async (args: string[], dataDir: string) => {
  const r = await run(process.execPath, [CLI_BIN, ...args, '--data-dir', dataDir], { cwd: ROOT, env: { ...process.env, REVIEW_DESK_PASSPHRASE: PASS } });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

let app: ReturnType<typeof testApp>;
afterEach(() => app?.cleanup());

describe('CLI score', () => {
  it('--from computes a whole evaluation from the documented JSON format', async () => {
    app = testApp();
    const r = await cli(['score', '--from', path.join(ROOT, 'test', 'fixtures', 'scoring', 'evaluation.json'), '--json'], path.join(app.dir, 'd'));
    expect(r.status).toBe(0);
    const v = JSON.parse(r.stdout);
    // Worked by hand in test/unit/scoring/engine.test.ts: Z 86.5, X 82, Y 75; W excluded; m4 recused.
    expect(v.ranking.map((x: { name: string; total: number; rank: number }) => [x.name, x.total, x.rank])).toEqual([['丙信息公司', 86.5, 1], ['甲数据公司', 82, 2], ['乙科技公司', 75, 3]]);
    expect(v.basePrice).toBe(90);
    expect(v.findings.map((f: { kind: string; memberId: string }) => [f.kind, f.memberId])).toEqual([['arithmetic', 'm2']]);
  });

  it('--from refuses a scheme that does not total 100 and a malformed file, with Chinese messages', async () => {
    app = testApp();
    const bad = path.join(app.dir, 'bad.json');
    const ev = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'scoring', 'evaluation.json'), 'utf8'));
    ev.scheme.criteria[0].max = 50;
    fs.writeFileSync(bad, JSON.stringify(ev));
    const r = await cli(['score', '--from', bad, '--json'], path.join(app.dir, 'd'));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'SELECTION_SCHEME_INVALID', message: expect.stringContaining('合计为 110 分') });
    fs.writeFileSync(bad, '{"members": 3');
    expect((await cli(['score', '--from', bad], path.join(app.dir, 'd'))).stderr).toContain('不是有效的 JSON');
  });

  it('prints a case\'s results: final with a lawful committee for the procedure, not final and nothing recommended below it', async () => {
    app = testApp();
    const file = path.join(app.dir, 'sel.rdcase');
    const { caseId } = await app.newCase({ title: '遴选' }, file);
    // 竞争性磋商: three members, odd, is lawful (财库〔2014〕214号 art. 14)
    await app.call('selection.saveOptions', { caseId, options: { procedure: 'consultation' } });
    const a = await app.call('selection.saveApplicant', { caseId, applicant: { name: '甲公司', price: null } });
    await passAllChecks(app, caseId, [a]);
    for (const [name, plan] of [['张一', 25], ['张二', 24], ['张三', 26]] as const) {
      const m = await app.call('committee.save', { caseId, member: { name, role: name === '张一' ? 'chair' : 'member' } });
      await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: [{ applicantId: a.applicantId, relation: 'none' }] });
      await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores: { [a.applicantId]: { plan, capability: 18, security: 16, credit: 10, service: 8, emergency: 9 } } });
      await app.call('selection.submit', { caseId, memberId: m.memberId });
    }
    await app.call('cases.close', { caseId });
    const r = await cli(['score', file, '--json'], path.join(app.dir, 'd'));
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.final).toBe(true);
    expect(out.ranking).toEqual([{ rank: 1, applicantId: a.applicantId, name: '甲公司', total: 86, price: null, recommended: true }]);

    // the same three under 公开招标 (≥ 5): ranked, nothing recommended, and the text says why and what to do
    const { caseId: again } = await app.call('cases.open', { path: file, passphrase: PASS });
    await app.call('selection.saveOptions', { caseId: again, options: { procedure: 'open_tender' } });
    await app.call('cases.close', { caseId: again });
    const t = await cli(['score', file], path.join(app.dir, 'd'));
    expect(t.status, t.stderr).toBe(0);
    expect(t.stdout).not.toContain('【推荐】');
    expect(t.stdout).toContain('非最终结果：参加评分的评审委员会成员现有 3 人，少于公开招标要求的 5 人');
    expect(t.stdout).toContain('请添加替补专家');
  });
});
