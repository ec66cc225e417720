import path from 'node:path';
import { parseArgs } from 'node:util';
import { appRoot } from '../services/appRoot';
import { defaultUserDataDir, resolveDataDir } from '../services/dataDir';
import { startHost } from './server';
import type { Backend } from '../ipc/backend';
import { exitWhenFlushed } from '../cli/exit';
import { findChromiumBrowser, openAppWindow } from './browser';
import { START_READS, fileStartReads } from '../ipc/startReads';
import { nodeSettingsStore, type KeyValueStore } from '../services/settings';
import { appVersion } from '../app/version';

/**
 * `npm start` without an Electron binary, and the end-to-end tests: the same UI and services behind the loopback host.
 * `--json` prints one line `{"url","launchUrl"}` for a test harness to read.
 *
 * Start-up order (issue 14): the static modules are the HTTP server only; the host listens and prints its URL first,
 * then loads and makes its services (main/ipc/backend.ts: the services, the handlers, the contract's schemas) while
 * the browser opens the page. API calls wait for them; the page's files do not.
 */
async function main() {
  // Where start-up time goes (bench/cases.bench.ts reads these from the --json lines): performance.now() counts from
  // the process's start, so `modules` is Node's own start plus evaluating every statically imported module.
  const startup: Record<string, number> = { modules: performance.now() };
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const dataDir = resolveDataDir({
    argv: values['data-dir'] ? ['--data-dir', values['data-dir']] : [],
    env: process.env,
    execDir: path.dirname(process.execPath),
    userData: () => defaultUserDataDir(),
  });
  // Made once the start page is shown (below); the host's API calls other than its reads wait on it.
  let resolveBackend!: (b: Backend) => void;
  let rejectBackend!: (e: unknown) => void;
  const backend = new Promise<Backend>((resolve, reject) => {
    resolveBackend = resolve;
    rejectBackend = reject;
  });
  // Handled where it is made (below); without this, a failure before any API call would be an unhandled rejection.
  backend.catch(() => {});
  // The start page's reads, from the settings file as it is (no conf, no services): written into the page as it is
  // served, and answered over HTTP to a page that asks anyway (main/ipc/startReads.ts).
  const start = fileStartReads({ appVersion: appVersion(), dataDir, nativeDialogs: false });
  const answered = new Set<string>();
  let makeServices = () => {};
  const host = await startHost({
    backend,
    startReads: (name, body) => {
      const r = start.reads(name, body);
      if (r) answered.add(name);
      return r;
    },
    startData: () => {
      const data = start.data();
      if (data) for (const name of START_READS) answered.add(name);
      return data;
    },
    backendWanted: () => makeServices(),
    // A file beyond the start page's own once it has its reads (in the page or asked): the start page is shown and
    // the page idle (it fetches the other pages' code then, renderer/App.tsx), so the services no longer compete
    // with it for a core.
    pageFileSent: () => {
      if (START_READS.every((n) => answered.has(n))) setImmediate(makeServices);
    },
    staticDir: path.join(appRoot(), 'dist', 'renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  startup.listening = performance.now();

  let services: { shutdown(): void } | null = null;
  const stop = async () => {
    services?.shutdown();
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (values.json) {
    process.stdout.write(JSON.stringify({ url: host.url, launchUrl: host.launchUrl, dataDir, startupMs: rounded(startup) }) + '\n');
  } else {
    console.log(`评审台本机服务已启动（仅限本机 127.0.0.1，数据目录：${dataDir}）`);
    // On Linux without a display (a server, a CI box) there is no window to open: print the URL instead.
    const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
    const browser = values.open && hasDisplay ? findChromiumBrowser() : null;
    if (browser) {
      openAppWindow(browser, host.launchUrl, dataDir);
      console.log(`已在浏览器中打开。若窗口未出现，请在本机浏览器中打开：${host.launchUrl}`);
    } else {
      console.log(`请在本机 Chromium 内核浏览器中打开：${host.launchUrl}`);
    }
    console.log('按 Ctrl+C 退出。');
  }

  // The URL is out (the page is on its way). The start page's two reads are answered from the settings file alone
  // (above); the settings store (conf) and the services (~0.5 s of CPU on a quiet machine, mostly zod building the
  // contract's schemas) are loaded once the page has shown them (pageFileSent above), so they neither hold up the
  // page's files (evaluating their modules blocks this thread) nor take a core while the browser opens its tab and
  // renders the start page. Any other call makes them at once, and so does a page that does not come within
  // SERVICES_AT_THE_LATEST_MS (a harness calling the API, no browser). A settings file that cannot be read leaves
  // the reads to the services (a call waits for them and asks for them), whose store sets a damaged file aside.
  const make = async () => {
    const m = await made(dataDir, await nodeSettingsStore(dataDir));
    services = m.services;
    // The worker thread (extraction, rendering) starts before the first call is answered: a first import does not
    // wait for its start.
    m.prewarmWorker();
    resolveBackend(m.backend);
    startup.services = performance.now();
    // The second line, for the bench: when the services were ready (API calls other than the start page's waited).
    if (values.json) process.stdout.write(JSON.stringify({ servicesReady: true, startupMs: rounded(startup) }) + '\n');
  };
  let making: Promise<void> | null = null;
  makeServices = () => {
    clearTimeout(latest);
    making ??= make().catch((e: unknown) => {
      rejectBackend(e);
      fail(e);
    });
  };
  const latest = setTimeout(makeServices, SERVICES_AT_THE_LATEST_MS);
}

/**
 * When a host whose page has not read its start page yet makes its services anyway (no browser, a page opened by hand
 * later), so a failure to make them is still reported. Long: on a loaded two-core machine a new tab alone took 5 s, and
 * services made while it opens delay the page's files (3 s here made the start page 2 s later at load ~20).
 */
const SERVICES_AT_THE_LATEST_MS = 10_000;

async function made(dataDir: string, settingsStore: KeyValueStore) {
  const [{ makeBackend }, { prewarmWorker }] = await Promise.all([import('../ipc/backend'), import('../services/worker')]);
  return { ...makeBackend({ dataDir, settingsStore, appVersion: appVersion(), dialogs: null }), prewarmWorker };
}

const rounded = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));

function fail(e: unknown) {
  console.error('评审台本机服务启动失败：', e instanceof Error ? e.message : e);
  void exitWhenFlushed(1);
}

main().catch(fail);
