import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { run } from '../helpers/run';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/**
 * The CLI writing into a pipe whose reader is slower than the CLI (`… | jq` on a busy machine): here a reader that
 * starts only after a pause, so the pipe is full when the command finishes. Everything must still arrive.
 */
async function cliThroughSlowPipe(...args: string[]) {
  const cli = [process.execPath, path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'main', 'cli', 'index.ts'), ...args, '--data-dir', path.join(tmp.dir, 'data')];
  const quoted = cli.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = await run('bash', ['-c', `set -o pipefail; ${quoted} | (sleep 3; cat)`], { cwd: ROOT, timeout: 180_000 });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('CLI output into a pipe', () => {
  it('delivers the whole of a large --json result, past the pipe buffer', async () => {
    const txt = path.join(tmp.dir, 'long.txt');
    const para = '第一条 本方案所称公共数据，是指各级党政机关、企事业单位依法履职或者提供公共服务过程中产生的数据。';
    fs.writeFileSync(txt, Array.from({ length: 3000 }, (_, i) => `${i + 1}. ${para}`).join('\n\n'));
    const r = await cliThroughSlowPipe('extract', txt, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(Buffer.byteLength(r.out)).toBeGreaterThan(131_072 * 2);
    const doc = JSON.parse(r.out);
    expect(doc.blocks.length).toBeGreaterThanOrEqual(3000);
  });
});
