// Runs a built Electron main (dist/electron/main.cjs) under plain Node, with `electron` replaced by a stand-in, to
// time what the main process does before it opens its window and until it can answer the page's first call. No
// Electron binary is installed on the test machines; Electron's own start and its renderer are not in these figures.
// Usage: node bench/electron-stub.cjs <root> → one JSON line (ms from before main.cjs is required).
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');

const root = process.argv[2];
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-electron-main-'));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const cpu = () => { const c = process.cpuUsage(cpu0); return Math.round((c.user + c.system) / 1000); };
const out = {};
let ready;
const whenReady = new Promise((r) => (ready = r));
const handlers = new Map();
const emitter = () => ({ on() {}, once() {}, setWindowOpenHandler() {} });
class BrowserWindow {
  constructor() { out.windowMs ??= performance.now() - t0; this.webContents = emitter(); }
  once() {} on() {}
  loadURL() { return Promise.resolve(); }
}
const electron = {
  app: {
    setPath() {}, getPath: () => userData, getAppPath: () => root, enableSandbox() {}, requestSingleInstanceLock: () => true,
    quit() {}, whenReady: () => whenReady, on() {}, isPackaged: false, getVersion: () => '0.0.0-bench', getName: () => 'review-desk',
  },
  protocol: { registerSchemesAsPrivileged() {}, handle() {} },
  BrowserWindow,
  Menu: { setApplicationMenu() {} },
  dialog: { showErrorBox: (title, text) => { out.error = `${title} ${text}`; } },
  ipcMain: { on() {}, handle: (channel, h) => handlers.set(channel, h) },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, webRequest: { onBeforeRequest() {} } } },
  shell: {},
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
require(path.join(root, 'dist', 'electron', 'main.cjs'));
out.evaluatedMs = performance.now() - t0;
out.evaluatedCpuMs = cpu();
ready();
setImmediate(async () => {
  // The page's first call, as the preload sends it (one channel since session 7; one channel per method before).
  const frame = { url: 'app://review-desk/index.html' };
  const event = { senderFrame: frame, sender: { mainFrame: frame } };
  const r = handlers.has('api') ? await handlers.get('api')(event, 'app.info', {}) : await handlers.get('api:app.info')(event, {});
  out.firstAnswerMs = performance.now() - t0;
  out.cpuMs = cpu();
  out.ok = r.ok;
  process.stdout.write(JSON.stringify(out) + '\n');
  fs.rmSync(userData, { recursive: true, force: true });
  process.exit(0);
});
