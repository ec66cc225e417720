import path from 'node:path';
import { app, BrowserWindow, shell, session } from 'electron';
import { APP_ORIGIN, allowPermission, devToolsAllowed, isAllowedFrameNavigation, isAllowedNavigation } from './security';

/**
 * The one BrowserWindow factory. Every window the app opens comes from here with the DESIGN §6 defaults; nothing
 * else calls `new BrowserWindow`.
 */
export function createMainWindow(preloadPath: string) {
  const win = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    title: '评审台',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: devToolsAllowed({ isPackaged: app.isPackaged, env: process.env }),
    },
  });
  const wc = win.webContents;
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-navigate', (e, url) => {
    if (!isAllowedNavigation(wc.getURL() || APP_ORIGIN + '/', url)) e.preventDefault();
  });
  wc.on('will-redirect', (e, url, _inPlace, isMainFrame) => {
    if (isMainFrame ? !isAllowedNavigation(wc.getURL() || APP_ORIGIN + '/', url) : !isAllowedFrameNavigation(url)) e.preventDefault();
  });
  guardSubFrames(wc);
  wc.on('will-attach-webview', (e) => e.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/**
 * A window that shows one of our PDFs (app://review-desk/print/…) in Chromium's PDF viewer, to print it. No preload,
 * no navigation elsewhere; `plugins` is on only here, because the viewer is a plugin.
 */
export function createPdfWindow(url: string, title: string) {
  const win = new BrowserWindow({
    width: 900,
    height: 1000,
    title,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, plugins: true, spellcheck: false },
  });
  const wc = win.webContents;
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-navigate', (e, to) => {
    if (to !== url) e.preventDefault();
  });
  win.on('page-title-updated', (e) => e.preventDefault());
  void win.loadURL(url);
  return win;
}

/** Sub-frames navigate through `will-frame-navigate`, which `will-navigate` (main frame only) does not see. */
export function guardSubFrames(wc: Electron.WebContents) {
  wc.on('will-frame-navigate', (e) => {
    if (!e.isMainFrame && !isAllowedFrameNavigation(e.url)) e.preventDefault();
  });
}

/** Session-wide: permissions refused, and any request that is not app:// (or devtools) cancelled — no network at all. */
export function lockDownSession() {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, cb) => cb(allowPermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  ses.webRequest.onBeforeRequest((details, cb) => {
    // The built-in PDF viewer (print windows) loads from its own extension origin; nothing leaves the machine.
    const ok = details.url.startsWith('app://') || details.url.startsWith('devtools://') || details.url.startsWith('blob:') || details.url.startsWith('data:') || details.url.startsWith(PDF_VIEWER_ORIGIN);
    cb({ cancel: !ok });
  });
  void shell; // shell.openExternal is deliberately never used.
}

const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

export const preloadFile = (dir: string) => path.join(dir, 'preload.cjs');
