// Where the UI bench's time goes: `npx tsx bench/ui-profile.ts [runs]` (after `npm run build`; for readable function
// names build the renderer unminified: `npx vite build --minify false`). For each action of bench/ui.bench.ts it prints
// the wall time, every API call made meanwhile (the host's own time from its Server-Timing header, and the call as the
// page saw it), and the renderer's busiest functions (CDP CPU profile, self time).
import type { CDPSession, Response } from '@playwright/test';
import { cpuByKind, openUiBenchCases, uiActions } from './ui-setup';
import { inPage, type Stages } from './ui-latency';

const RUNS = Number(process.argv[2] ?? 3);
// `--no-profile`: CPU and API figures only (the sampling profiler itself costs the renderer CPU).
const SAMPLE = !process.argv.includes('--no-profile');
// `--trace`: a Chrome trace of each profiled action, summed by event (layout, style, paint, script, …) per thread, and
// the action's latency read from the trace (the input's EventDispatch to the end of the first frame's Commit after the
// probe's answer mark) beside the in-page probe's figure (bench/ui-latency.ts) and the wall time.
const TRACE = process.argv.includes('--trace');

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function topSelf(p: CpuProfile, n = Number(process.env.TOP ?? 12)) {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${k}`);
}

const diff = (a: Record<string, number>, b: Record<string, number>) => Object.entries(b).map(([k, v]) => `${k} ${v - (a[k] ?? 0)}`).join(', ');

const cases = await openUiBenchCases();

try {
  const ui = uiActions(cases);
  const cdp: CDPSession = await cases.context.newCDPSession(cases.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const calls: { name: string; server: string; ms: number }[] = [];
  cases.page.on('requestfinished', async (q) => {
    const url = q.url();
    if (!url.includes('/api/')) return;
    const r = (await q.response()) as Response;
    calls.push({ name: url.split('/api/')[1], server: r.headers()['server-timing'] ?? '', ms: q.timing().responseEnd });
  });

  // `--only=openDocument`: profile that action only (the others still run, unprofiled, to reach its starting state).
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const profile = async (label: string, fn: () => Promise<void>, stages?: Stages) => {
    if (only && !label.startsWith(only)) return fn();
    calls.length = 0;
    if (SAMPLE) await cdp.send('Profiler.start');
    if (TRACE) await cases.browser.startTracing(cases.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'toplevel'] });
    const c0 = cpuByKind(process.pid);
    let wall = 0;
    const timed = async () => {
      const t = performance.now();
      await fn();
      wall = performance.now() - t;
    };
    const probe = stages ? await inPage(cases.page, stages, timed) : (await timed(), null);
    const c1 = cpuByKind(process.pid);
    if (TRACE) {
      const trace = JSON.parse((await cases.browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; type?: string } } }[] };
      if (probe) {
        // The trace's own view of the latency: the input's dispatch (pointerdown, or keydown) to the end of the first
        // Commit (the main thread handing the painted frame to the compositor) after each stage's answer mark.
        const ev = trace.traceEvents;
        const input = ev.find((e) => e.name === 'EventDispatch' && (e.args?.data?.type === 'pointerdown' || e.args?.data?.type === 'keydown'));
        for (const stage of Object.keys(probe.toAnswer)) {
          const mark = ev.find((e) => e.name === `rd-answer-${stage}`);
          const commit = mark && ev.filter((e) => e.name === 'Commit' && e.ts >= mark.ts).sort((a, b) => a.ts - b.ts)[0];
          const fromTrace = input && commit ? (commit.ts + (commit.dur ?? 0) - input.ts) / 1000 : NaN;
          console.log(`   latency ${stage}: trace ${fromTrace.toFixed(0)} ms, in-page probe ${probe.toAnswer[stage].toFixed(0)} ms, wall ${wall.toFixed(0)} ms, Event Timing max ${probe.eventMax} ms`);
        }
      }
      // The renderer's main thread: where the TracingStartedInBrowser frame lives, i.e. the thread with RunTask of the page.
      const threads = new Map<string, number>();
      for (const e of trace.traceEvents) if (e.name === 'RunTask' && e.dur) threads.set(`${e.pid}:${e.tid}`, (threads.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
      const sums = new Map<string, number>();
      for (const e of trace.traceEvents) {
        if (!e.dur || e.ph !== 'X') continue;
        const k = `${e.pid}:${e.tid} ${e.name}`;
        sums.set(k, (sums.get(k) ?? 0) + e.dur / 1000);
      }
      console.log('   threads (RunTask ms): ' + [...threads.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', '));
      for (const [k, v] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`   trace ${v.toFixed(1).padStart(7)} ms  ${k}`);
    }
    const { profile: p } = SAMPLE ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }) : { profile: { nodes: [], samples: [], timeDeltas: [] } };
    const busy = p.samples.reduce((s, id, i) => s + (p.nodes.find((x) => x.id === id)!.callFrame.functionName === '(idle)' ? 0 : (p.timeDeltas[i] ?? 0) / 1000), 0);
    console.log(`\n== ${label}: ${wall.toFixed(0)} ms wall, renderer busy ${busy.toFixed(0)} ms (sampled), CPU ms: ${diff(c0, c1)}`);
    for (const c of calls) console.log(`   api ${c.name.padEnd(28)} ${c.ms.toFixed(0).padStart(5)} ms at the page  (${c.server})`);
    for (const line of topSelf(p)) console.log('   ' + line);
  };

  await ui.toReview();
  // What the harness itself costs: a click on the case title (which does nothing) and a wait for shown content.
  for (let i = 0; i < RUNS; i++) {
    await profile('nothing (harness cost)', async () => {
      await cases.page.getByTestId('case-header-title').click();
      await cases.page.getByTestId('run-info').waitFor();
    });
  }
  await ui.switchTab(true);
  await ui.switchTab(false);
  for (let i = 0; i < RUNS; i++) {
    await profile('switchTab → 文件', () => ui.switchTab(true), ui.stages.switchTab(true));
    await profile('switchTab → 合规审查', () => ui.switchTab(false), ui.stages.switchTab(false));
  }
  await ui.switchTab(true);
  await ui.openDocument();
  await ui.leaveDocument();
  for (let i = 0; i < RUNS; i++) {
    await profile('openDocument', () => ui.openDocument(), ui.stages.openDocument());
    await ui.leaveDocument();
  }
  await ui.switchTab(false);
  await ui.verdictRow().waitFor();
  for (let i = 0; i < RUNS; i++) {
    const label = i % 2 === 0 ? '不符合' : '基本符合';
    const option = await ui.pickVerdictOption(label);
    await profile('saveVerdict', () => ui.saveVerdict(option, label), ui.stages.saveVerdict(label));
  }
  await ui.toScoring();
  await ui.openResults();
  await ui.leaveResults();
  for (let i = 0; i < RUNS; i++) {
    await profile('openResults', () => ui.openResults(), ui.stages.openResults());
    await ui.leaveResults();
  }
} finally {
  await cases.close();
}
