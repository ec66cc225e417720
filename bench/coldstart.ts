import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { startHost } from '../test/e2e/fixtures';

/** CPU time (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
export function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command name: utime and stime are fields 12 and 13 (0-based), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

// Run in the page. The bench is compiled without the DOM's types (and the page's CSP forbids evaluating strings), so
// the page's globals are reached through these few declared shapes.
type PageGlobals = {
  document: { querySelector(selector: string): unknown };
  performance: {
    now(): number;
    getEntriesByType(type: string): { name: string; responseEnd: number; domContentLoadedEventEnd: number }[];
  };
  PerformanceObserver: new (cb: (list: { getEntriesByName(name: string): { startTime: number }[] }) => void) => { observe(o: object): void };
};
/** The start page counts as shown when its card of recent cases and the 本机使用人 line are there (the host's answers). */
const shownAt = () => {
  const g = globalThis as unknown as PageGlobals;
  return g.document.querySelector('[data-testid="recent-cases"]') && g.document.querySelector('[data-testid="user-name"]') ? g.performance.now() : 0;
};
const pageTimes = async () => {
  const g = globalThis as unknown as PageGlobals;
  const nav = g.performance.getEntriesByType('navigation')[0];
  const script = g.performance.getEntriesByType('resource').find((e) => /\/assets\/index-[^/]*\.js$/.test(e.name));
  // The paint entry is posted once the frame is presented, which can be just after the content was seen.
  const fcp = await new Promise<number>((resolve) => {
    new g.PerformanceObserver((list) => {
      const e = list.getEntriesByName('first-contentful-paint')[0];
      if (e) resolve(e.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(NaN), 5000);
  });
  return { scriptLoaded: script ? script.responseEnd : NaN, domContentLoaded: nav.domContentLoadedEventEnd, firstContentfulPaint: fcp };
};

/** One cold start's phases, in ms. Page figures count from the navigation's start (the page's own clock). */
export interface ColdStart {
  /** spawn → the host printed its URL (what a user waits for before a window can open) */
  hostReady: number;
  /**
   * the host's own clock, from its process start: Node's start + evaluating its static modules, listening (the URL
   * printed), services made (since session 7 after listening, while the page loads; before, ahead of it)
   */
  hostModules: number;
  hostServices: number;
  hostListening: number;
  /** CPU the host used up to ready (user + system) */
  hostCpu: number | null;
  /** CPU the host used until the start page showed (its services included, wherever they fall) */
  hostCpuShown: number | null;
  /** a new tab (a renderer process) in the running browser */
  newPage: number;
  /** the page's script downloaded, the first bundle evaluated (DOMContentLoaded), first contentful paint, start page shown */
  scriptLoaded: number;
  domContentLoaded: number;
  firstContentfulPaint: number;
  startPageShown: number;
  /** the page's main thread until then: busy (tasks) and running script, from Chromium's counters */
  pageTask: number;
  pageScript: number;
  /** the whole: spawn → start page shown, on the bench's clock */
  total: number;
}

/**
 * Spawns the built host, opens its launch URL in a new tab of `browser` and waits for the start page's content (the
 * 最近的案卷 card and the 本机使用人 line, both drawn from the host's answers). With `cpuProfileDir`, the host writes a
 * V8 CPU profile there (node --cpu-prof) and the page a Chromium performance trace.
 */
export async function coldStart(browser: Browser, dataDir: string, opts: { cpuProfileDir?: string; root?: string } = {}): Promise<ColdStart> {
  const { cpuProfileDir, root } = opts;
  const t0 = performance.now();
  const { handle, child, servicesMade } = await startHost(dataDir, { root, nodeArgs: cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [] });
  const tReady = performance.now();
  const hostCpu = processCpuMs(child.pid);
  try {
    const page = await browser.newPage();
    const tPage = performance.now();
    if (cpuProfileDir) await browser.startTracing(page, { path: path.join(cpuProfileDir, `page-${Date.now()}.trace.json`), screenshots: false });
    // The page's main thread: busy time and script time from Chromium's own counters (seconds), less bent by a loaded
    // machine than wall time.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(handle.launchUrl, { waitUntil: 'commit' });
    // Polled at every frame, so the figure is the frame that first shows the content.
    const shown = await page.waitForFunction(shownAt, null, { polling: 'raf', timeout: 60_000 });
    const tShown = performance.now();
    const hostCpuShown = processCpuMs(child.pid);
    const startPageShown = (await shown.jsonValue()) as number;
    if (cpuProfileDir) await browser.stopTracing();
    const times = await page.evaluate(pageTimes);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    await page.close();
    // The start page shows the host's answers, so its services were made by then (this build prints them on a second
    // line; a build from before session 7 printed everything on the first).
    const s = { ...handle.startupMs, ...(await servicesMade) };
    return {
      hostReady: tReady - t0,
      hostModules: s.modules ?? NaN,
      hostServices: s.services ?? NaN,
      hostListening: s.listening ?? NaN,
      hostCpu,
      hostCpuShown,
      newPage: tPage - tReady,
      ...times,
      startPageShown,
      pageTask: metric('TaskDuration'),
      pageScript: metric('ScriptDuration'),
      total: tShown - t0,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
