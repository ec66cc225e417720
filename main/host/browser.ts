import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge', '/opt/apps/cn.org.chromium/files/chromium', '/usr/bin/qaxbrowser-safe-stable', '/usr/bin/browser-360'],
  win32: [
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

export function findChromiumBrowser(platform = process.platform): string | null {
  return (CANDIDATES[platform] ?? []).find((p) => fs.existsSync(p)) ?? null;
}

/**
 * Opens the UI in a Chromium-family browser in app mode, with a profile of its own in the data folder and every
 * background service that would reach the network switched off.
 */
export function openAppWindow(browser: string, url: string, dataDir: string) {
  const child = spawn(
    browser,
    [
      `--app=${url}`,
      `--user-data-dir=${path.join(dataDir, 'browser-profile')}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
    { stdio: 'ignore', detached: true },
  );
  child.on('error', () => {});
  child.unref();
}
