import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Bench } from './run';

const ROOT = path.resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The Electron main process's own start (bench/electron-stub.cjs: the built dist/electron/main.cjs under Node with a
 * stand-in for electron): until it opens its window, and until it answers the page's first call (its services
 * made). Electron's launch and the window's renderer are not counted (no Electron binary here): in the packaged app
 * they take the place of the bench's Chromium launch and new tab (bench/cases.bench.ts). `npm run build` first.
 * ELECTRON_MAIN_ROOT=/other/checkout measures that build too, alternately.
 */
const bench: Bench = async (report) => {
  const runs = Number(process.env.ELECTRON_MAIN_RUNS ?? 5);
  const roots: [string, string][] = [['', ROOT]];
  if (process.env.ELECTRON_MAIN_ROOT) roots.push(['.other', process.env.ELECTRON_MAIN_ROOT]);
  const results = new Map<string, Record<string, number>[]>(roots.map(([k]) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [key, root] of roots) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'electron-stub.cjs'), root], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, REVIEW_DESK_APP_ROOT: root } });
      const line = r.stdout.trim().split('\n').pop() ?? '';
      const o = JSON.parse(line) as Record<string, number> & { ok: boolean; error?: string };
      if (!o.ok) throw new Error(`electron main (${root}): ${o.error ?? 'first call failed'}`);
      results.get(key)!.push(o);
    }
  }
  for (const [key, root] of roots) {
    const rs = results.get(key)!;
    const m = (k: string) => median(rs.map((r) => r[k]));
    const of = key ? ` (build of ${root})` : '';
    report({ name: `electron.main.window${key}`, value: m('windowMs'), unit: 'ms', cpuMs: m('evaluatedCpuMs'), note: `require dist/electron/main.cjs → its BrowserWindow created; cpuMs: main.cjs evaluated; median of ${runs}${of}` });
    report({ name: `electron.main.firstAnswer${key}`, value: m('firstAnswerMs'), unit: 'ms', cpuMs: m('cpuMs'), note: `→ the page's first call (app.info) answered: the services made; median of ${runs}${of}` });
  }
};
export default bench;
