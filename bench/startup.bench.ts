import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Bench } from './run';
import { ensureNodeBuild } from '../scripts/build-node.mjs';
import { CLI_BIN, ROOT } from '../test/helpers/built';
import { startHost } from '../test/e2e/fixtures';
import { PASS } from '../test/helpers/services';
import { tempDir } from '../test/helpers/tmp';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A 14 KB text plan: the numbered Hebei plan of the review corpus, repeated. */
function plan14k(dir: string) {
  const one = fs.readFileSync(path.join(ROOT, 'test/fixtures/review/plan-hebei-numbered.txt'), 'utf8');
  let text = '';
  while (Buffer.byteLength(text) < 14 * 1024) text += one + '\n';
  const file = path.join(dir, 'plan-14k.txt');
  fs.writeFileSync(file, text);
  return file;
}

/** Wall and CPU time (user + system, children included) of whole processes: median of `runs` after one warm-up. */
function processTimes(cmd: string, args: string[], runs = 5) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', cmd, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REVIEW_DESK_DATA_DIR: path.join(ROOT, 'dist', 'bench-data') } });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
    if (i === 0) continue;
    const [u, s] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    wall.push(ms);
    cpu.push((u + s) * 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/**
 * Start-up costs a user meets: the command line (`npm run -s cli`, which builds dist/node when it is stale and then
 * runs the bundle), the host from spawn to its first import. Whole processes, so Node's and npm's own start is in.
 */
const bench: Bench = async (report) => {
  await ensureNodeBuild();
  const tmp = tempDir('rd-bench-startup-');
  try {
    const file = plan14k(tmp.dir);
    const node = processTimes(process.execPath, ['-e', '0']);
    report({ name: 'startup.node', value: node.wall, unit: 'ms', cpuMs: node.cpu, note: 'node -e 0: the floor under every figure below' });
    const npm = processTimes('npm', ['run', '-s', 'cli', '--', '--help']);
    report({ name: 'startup.cli.help.npm', value: npm.wall, unit: 'ms', goal: 300, cpuMs: npm.cpu, note: 'npm run -s cli -- --help (npm itself included)' });
    const help = processTimes(process.execPath, [path.join(ROOT, 'scripts/run-node.mjs'), 'cli', '--help']);
    report({ name: 'startup.cli.help', value: help.wall, unit: 'ms', goal: 300, cpuMs: help.cpu, note: 'node scripts/run-node.mjs cli --help (what the npm script runs: freshness check + bundle)' });
    const extract = processTimes('npm', ['run', '-s', 'cli', '--', 'extract', file]);
    report({ name: 'startup.cli.extractTxt14k.npm', value: extract.wall, unit: 'ms', goal: 500, cpuMs: extract.cpu, note: 'npm run -s cli -- extract plan-14k.txt (worker thread included)' });
    const direct = processTimes(process.execPath, [CLI_BIN, 'extract', file]);
    report({ name: 'startup.cli.extractTxt14k', value: direct.wall, unit: 'ms', goal: 500, cpuMs: direct.cpu, note: 'node dist/node/cli.mjs extract plan-14k.txt' });

    // The host: spawn → ready line, then the first TXT import through the HTTP API (upload + documents.import).
    const ready: number[] = [];
    const firstImport: number[] = [];
    const secondImport: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const { handle, child } = await startHost(path.join(tmp.dir, `host-${i}`));
      ready.push(performance.now() - t0);
      try {
        // The launch URL carries a one-time code, exchanged for the token (as a cookie) on first use.
        const launched = await fetch(handle.launchUrl, { redirect: 'manual' });
        const token = /=([^;]+)/.exec(launched.headers.get('set-cookie') ?? '')?.[1] ?? '';
        const headers = { 'X-Review-Desk-Token': token, 'Content-Type': 'application/json' };
        const call = async (name: string, body: unknown) => {
          const r = (await (await fetch(`${handle.url}api/${name}`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as { ok: boolean; value: any; error?: unknown };
          if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
          return r.value;
        };
        const c = await call('cases.create', {
          info: { title: '启动测试', caseType: 'plan_review', jurisdiction: 'hebei', implementingAgency: '某市数据局', description: '' },
          passphrase: PASS, passphraseConfirm: PASS, path: path.join(tmp.dir, `case-${i}.rdcase`),
        });
        const importOnce = async () => {
          const t = performance.now();
          const up = await (await fetch(`${handle.url}upload?name=plan.txt`, { method: 'POST', headers: { 'X-Review-Desk-Token': token }, body: fs.readFileSync(file) })).json() as { value: { uploadId: string } };
          await call('documents.import', { caseId: c.caseId, file: { kind: 'upload', uploadId: up.value.uploadId, name: 'plan.txt' }, role: 'plan', target: 'new' });
          return performance.now() - t;
        };
        firstImport.push(await importOnce());
        secondImport.push(await importOnce());
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    report({ name: 'host.startToReady', value: median(ready), unit: 'ms', note: 'spawn node dist/node/host.mjs until it prints its URL; median of 3' });
    report({ name: 'host.firstImportTxt14k', value: median(firstImport), unit: 'ms', goal: 300, note: 'first import in a fresh host: upload + documents.import of a 14 KB TXT (worker start included); median of 3' });
    report({ name: 'host.nextImportTxt14k', value: median(secondImport), unit: 'ms', note: 'the second import, worker warm' });
  } finally {
    tmp.cleanup();
  }
};
export default bench;
