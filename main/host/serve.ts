import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServices, appRoot } from '../services/container';
import { defaultUserDataDir, resolveDataDir } from '../services/dataDir';
import { nodeSettingsStore } from '../services/settings';
import { createHandlers } from '../ipc/handlers';
import { appVersion } from '../app/version';
import { startHost } from './server';
import { prewarmWorker } from '../services/worker';
import { exitWhenFlushed } from '../cli/exit';
import { findChromiumBrowser, openAppWindow } from './browser';

/**
 * `npm start` without an Electron binary, and the end-to-end tests: the same UI and services behind the loopback host.
 * `--json` prints one line `{"url","launchUrl"}` for a test harness to read.
 */
async function main() {
  // Where start-up time goes (bench/cases.bench.ts reads these from the --json line): performance.now() counts from
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
  const services = createServices({ dataDir, settingsStore: await nodeSettingsStore(dataDir), appVersion: appVersion(), dialogs: null });
  startup.services = performance.now();
  const host = await startHost({
    handlers: createHandlers(services),
    files: services.files,
    staticDir: path.join(appRoot(), 'dist', 'renderer'),
    port: values.port ? Number(values.port) : 0,
  });

  const stop = async () => {
    services.shutdown();
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  prewarmWorker();

  if (values.json) {
    startup.listening = performance.now();
    const ms = Object.fromEntries(Object.entries(startup).map(([k, v]) => [k, Math.round(v)]));
    process.stdout.write(JSON.stringify({ url: host.url, launchUrl: host.launchUrl, dataDir, startupMs: ms }) + '\n');
    return;
  }
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

main().catch((e) => {
  console.error('评审台本机服务启动失败：', e instanceof Error ? e.message : e);
  void exitWhenFlushed(1);
});
