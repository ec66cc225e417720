import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, Menu } from 'electron';
import { APP_ORIGIN, APP_SCHEME, SECURITY_HEADERS, resolveAppPath } from './security';
import { createMainWindow, createPdfWindow, guardSubFrames, lockDownSession, preloadFile } from './window';
import { resolveDataDir } from '../services/dataDir';
import type { NativeDialogs } from '../services/container';
import { registerIpc } from '../ipc/electron';
import { writeFileAtomic } from '../services/files';
import { fileStartReads } from '../ipc/startReads';
import { withStartData } from '../../shared/startData';

// The data folder is decided before anything touches userData (DESIGN §4).
const dataDir = resolveDataDir({
  argv: process.argv,
  env: process.env,
  execDir: path.dirname(process.execPath),
  userData: () => app.getPath('userData'),
});
app.setPath('userData', dataDir);
process.env.REVIEW_DESK_APP_ROOT ??= app.getAppPath();

// codeCache: V8 keeps the compiled renderer bundle between starts (as it does for http), so a later start does not
// compile antd and React again.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');

/** PDFs open in print windows, by id; dropped when their window closes. */
const printable = new Map<string, Buffer>();

function dialogsFor(getWindow: () => BrowserWindow | undefined): NativeDialogs {
  return {
    async chooseCasePath(mode, defaultPath) {
      const win = getWindow();
      const filters = [{ name: '评审台案卷', extensions: ['rdcase'] }];
      if (mode === 'open') {
        const r = win ? await dialog.showOpenDialog(win, { properties: ['openFile'], filters, defaultPath }) : await dialog.showOpenDialog({ properties: ['openFile'], filters, defaultPath });
        return r.canceled ? null : r.filePaths[0] ?? null;
      }
      const r = win ? await dialog.showSaveDialog(win, { filters, defaultPath }) : await dialog.showSaveDialog({ filters, defaultPath });
      return r.canceled ? null : r.filePath ?? null;
    },
    async saveFiles(folderName, files) {
      const win = getWindow();
      const opts = { title: '选择保存位置（将在其中新建文件夹）', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      if (r.canceled || !r.filePaths[0]) return null;
      let dir = path.join(r.filePaths[0], folderName.replace(/[\\/:*?"<>|]/g, '_'));
      for (let k = 2; fs.existsSync(dir); k++) dir = path.join(r.filePaths[0], `${folderName.replace(/[\\/:*?"<>|]/g, '_')}（${k}）`);
      fs.mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileAtomic(path.join(dir, f.name.replace(/[\\/:*?"<>|]/g, '_')), f.data);
      return dir;
    },
    async printPdf(name, data) {
      // The PDF itself, in Chromium's PDF viewer (its print button prints the document, not the app screen).
      const id = crypto.randomUUID();
      printable.set(id, Buffer.from(data));
      const win = createPdfWindow(`${APP_ORIGIN}/print/${id}.pdf`, `打印：${name}`);
      win.on('closed', () => printable.delete(id));
    },
    async saveFile(suggestedName, data) {
      const win = getWindow();
      const r = win ? await dialog.showSaveDialog(win, { defaultPath: suggestedName }) : await dialog.showSaveDialog({ defaultPath: suggestedName });
      if (r.canceled || !r.filePath) return null;
      writeFileAtomic(r.filePath, data);
      return r.filePath;
    },
  };
}

app.whenReady().then(async () => {
  Menu.setApplicationMenu(null);
  lockDownSession();
  const start = fileStartReads({ appVersion: app.getVersion(), dataDir, nativeDialogs: true });
  protocol.handle(APP_SCHEME, async (request) => {
    const printing = /^app:\/\/review-desk\/print\/([0-9a-f-]{36})\.pdf$/.exec(request.url);
    if (printing) {
      const pdf = printable.get(printing[1]);
      return pdf ? new Response(pdf, { headers: { 'Content-Type': 'application/pdf', 'X-Content-Type-Options': 'nosniff' } }) : new Response('not found', { status: 404 });
    }
    const rel = resolveAppPath(request.url, (p) => fs.statSync(path.join(rendererDir, p), { throwIfNoEntry: false })?.isFile() ?? false);
    if (!rel) return new Response('not found', { status: 404 });
    let body: Buffer | string = await fs.promises.readFile(path.join(rendererDir, rel));
    if (rel === 'index.html') {
      // The start page's data in the page (shared/startData.ts), from the settings file as the loopback host does:
      // the page renders without waiting for the services (made while the window loads, below).
      const data = start.data();
      if (data) body = withStartData(body.toString('utf8'), data);
    }
    const type = rel.endsWith('.html') ? 'text/html; charset=utf-8' : rel.endsWith('.js') || rel.endsWith('.mjs') ? 'text/javascript' : rel.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': type } });
  });

  // The window first, the services while it loads (issue 14): the services, the handlers and the contract's schemas
  // are most of the main process's start, and the window's renderer process starts on the other core meanwhile.
  // They are a bundle of their own (./backend, built to dist/electron/backend.cjs), required here; the one IPC
  // channel is there before the page can call, and its calls wait for them.
  const shell: { win?: BrowserWindow; services?: { shutdown(): void } } = {};
  const made = (async () => {
    const { makeElectronBackend } = await import('./backend');
    const m = makeElectronBackend({ dataDir, appVersion: app.getVersion(), dialogs: dialogsFor(() => shell.win) });
    shell.services = m.services;
    return m.backend.call;
  })();
  registerIpc(ipcMain, made);
  shell.win = createMainWindow(preloadFile(__dirname));
  made.catch((e: unknown) => {
    dialog.showErrorBox('评审台无法启动', `${e instanceof Error ? e.message : String(e)}\n\n请检查数据目录（${dataDir}）是否可写，然后重新打开评审台。`);
    app.quit();
  });
  app.on('second-instance', () => shell.win?.focus());
  app.on('window-all-closed', () => {
    shell.services?.shutdown();
    app.quit();
  });
});

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (e) => e.preventDefault());
  guardSubFrames(contents);
});
