import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { CLI_BIN } from '../helpers/built';
import { run } from '../helpers/run';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const tmp = tempDir();
const cli = async (args: string[], env: Record<string, string> = {}) => {
  const r = await run(process.execPath, [CLI_BIN, ...args], {
    cwd: ROOT,
    input: '',
    env: { ...process.env, REVIEW_DESK_DATA_DIR: path.join(tmp.dir, 'data'), REVIEW_DESK_PASSPHRASE: '', ...env },
  });
  return { code: r.code, out: r.stdout, err: r.stderr };
};

describe('command line', () => {
  afterAll(() => tmp.cleanup());
  const file = path.join(tmp.dir, '协议审查.rdcase');

  it('prints help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('case create --file PATH --title TITLE');
  });

  it('creates a case and reads it back as JSON, passphrase from the environment', async () => {
    const c = await cli(['case', 'create', '--file', file, '--title', '某市授权运营协议审查', '--type', '授权运营协议审查', '--jurisdiction', 'chongqing', '--json'], { REVIEW_DESK_PASSPHRASE: 'Ab123456-x' });
    expect(c.code, c.err).toBe(0);
    expect(JSON.parse(c.out)).toMatchObject({ title: '某市授权运营协议审查', caseType: 'agreement_review', jurisdiction: 'chongqing', path: file });
    const i = await cli(['case', 'info', '--file', file, '--json'], { REVIEW_DESK_PASSPHRASE: 'Ab123456-x' });
    expect(i.code, i.err).toBe(0);
    expect(JSON.parse(i.out)).toMatchObject({ title: '某市授权运营协议审查', auditIntact: true });
  });

  it('fails with a Chinese message and exit 1 on a wrong passphrase', async () => {
    const r = await cli(['case', 'info', '--file', file, '--json'], { REVIEW_DESK_PASSPHRASE: 'nope-12345' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, error: { code: 'CASE_WRONG_PASSPHRASE' } });
    expect(r.err).toContain('口令不正确');
  });

  it('never takes a passphrase as an argument, and says how to give one', async () => {
    expect((await cli(['case', 'info', '--file', file, '--passphrase', 'x'])).code).toBe(2);
    const env = { ...process.env };
    delete env.REVIEW_DESK_PASSPHRASE;
    const r = await run(process.execPath, [CLI_BIN, 'case', 'info', '--file', file], { cwd: ROOT, input: '', env: { ...env, REVIEW_DESK_DATA_DIR: path.join(tmp.dir, 'data') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('REVIEW_DESK_PASSPHRASE');
  });

  it('rejects unknown case types and commands with usage help', async () => {
    expect((await cli(['case', 'create', '--file', path.join(tmp.dir, 'x.rdcase'), '--title', 't', '--type', '胡乱'], { REVIEW_DESK_PASSPHRASE: 'Ab123456-x' })).err).toContain('未知的评审事项');
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});
