import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Bench } from './run';
import { medianMs } from './util';
import { testApp, PASS } from '../test/helpers/services';
import { coldStart, type ColdStart } from './coldstart';
import { tempDir } from '../test/helpers/tmp';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const bench: Bench = async (report) => {
  const app = testApp();
  try {
    let n = 0;
    const create = await medianMs(async () => {
      const s = await app.newCase({}, path.join(app.dir, `bench-${n++}.rdcase`));
      await app.call('cases.close', { caseId: s.caseId });
    });
    report({ name: 'case.create', value: create, unit: 'ms', note: 'create an encrypted case file (SQLCipher 4 KDF) and close it' });
    const file = path.join(app.dir, 'bench-0.rdcase');
    const reopen = await medianMs(async () => {
      const s = await app.call('cases.open', { path: file, passphrase: PASS });
      await app.call('cases.close', { caseId: s.caseId });
    });
    report({ name: 'case.reopen', value: reopen, unit: 'ms', note: 'open with passphrase: key derivation, integrity and audit-chain checks' });
  } finally {
    app.cleanup();
  }

  // Cold start, phase by phase (bench/coldstart.ts). Each run launches its own Chromium (reported apart: in the
  // packaged app Electron's own start takes its place), then spawns the host and opens the start page in a new tab.
  // COLDSTART_ROOT=/other/checkout measures that checkout's build in the same run (before/after, alternately);
  // COLDSTART_PROFILE=dir writes the host's V8 CPU profile and the page's Chromium trace there.
  const runs = Number(process.env.COLDSTART_RUNS ?? 3);
  const roots: [string, string | undefined][] = [['', undefined]];
  if (process.env.COLDSTART_ROOT) roots.push(['.other', process.env.COLDSTART_ROOT]);
  const tmp = tempDir('rd-bench-');
  const results = new Map<string, ColdStart[]>(roots.map(([k]) => [k, []]));
  const launches: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const [key, root] of roots) {
        const t = performance.now();
        const browser = await chromium.launch({
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        });
        launches.push(performance.now() - t);
        try {
          results.get(key)!.push(await coldStart(browser, path.join(tmp.dir, `d${key}${i}`), { root, cpuProfileDir: process.env.COLDSTART_PROFILE }));
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    tmp.cleanup();
  }
  report({ name: 'host.chromiumLaunch', value: median(launches), unit: 'ms', note: `launching Debian Chromium (Playwright), median of ${launches.length}; not in the figures below (the packaged app starts Electron's own browser instead)` });
  for (const [key, root] of roots) {
    const rs = results.get(key)!;
    const m = (k: keyof ColdStart) => median(rs.map((r) => r[k] ?? NaN));
    const of = root ? ` (build of ${root})` : '';
    report({ name: `host.coldStartToFirstPage${key}`, value: m('total'), unit: 'ms', goal: 1500, note: `spawn the built host (dist/node/host.mjs) until the start page shows its content in a new Chromium tab; median of ${rs.length}${of}` });
    const phases: [keyof ColdStart, string][] = [
      ['hostReady', 'spawn → the host prints its URL'],
      ['hostModules', "host clock: Node's start + its static modules evaluated"],
      ['hostListening', 'host clock: listening (the URL printed)'],
      ['hostServices', 'host clock: services made (API calls wait for them)'],
      ['hostCpu', 'CPU (user + system) the host used until ready'],
      ['hostCpuShown', 'CPU (user + system) the host used until the start page showed'],
      ['newPage', 'a new tab in the running browser'],
      ['scriptLoaded', 'page clock: the first bundle downloaded'],
      ['domContentLoaded', 'page clock: the first bundle evaluated'],
      ['firstContentfulPaint', 'page clock: first contentful paint'],
      ['startPageShown', 'page clock: the start page shows 最近的案卷 and 本机使用人'],
      ['pageTask', "the page's main thread busy until then (Chromium TaskDuration)"],
      ['pageScript', "of which running script (Chromium ScriptDuration)"],
    ];
    for (const [k, note] of phases) report({ name: `host.coldStart${key}.${k}`, value: m(k), unit: 'ms', note: note + of });
  }
};
export default bench;
