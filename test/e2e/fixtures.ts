import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface HostHandle {
  url: string;
  launchUrl: string;
  dataDir: string;
  origin: string;
  /** the host's start-up clock (ms from its process start): modules evaluated, services made, listening */
  startupMs?: Record<string, number>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Starts the real loopback host on a fresh data folder, as `npm start` does without Electron. */
export async function startHost(dataDir: string, opts: { nodeArgs?: string[]; root?: string } = {}): Promise<{ handle: HostHandle; child: ChildProcess; servicesMade: Promise<Record<string, number>> }> {
  // The built host (dist/node/host.mjs, made by `npm run build`), started by node itself: it is our direct child, and
  // a signal reaches it. `root` runs another checkout's build (the bench compares before and after).
  const root = opts.root ?? ROOT;
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), path.join(root, 'dist', 'node', 'host.mjs'), '--json', '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The host prints its URL as soon as it listens, then a second line once its services are made (API calls wait
  // for them): `servicesMade` resolves with the host's start-up clock at that point.
  let servicesMade!: (ms: Record<string, number>) => void;
  const made = new Promise<Record<string, number>>((resolve) => (servicesMade = resolve));
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const l = buf.slice(0, i);
        buf = buf.slice(i + 1);
        resolve(l);
        try {
          const ms = JSON.parse(l).startupMs;
          if (ms?.services !== undefined) servicesMade(ms);
        } catch {
          // not a JSON line
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)));
  });
  const info = JSON.parse(line);
  return { handle: { ...info, origin: new URL(info.url).origin }, child, servicesMade: made };
}

type Fixtures = { host: HostHandle; app: Page; outsideRequests: string[]; shot: (name: string) => Promise<string>; userName: string | null };

/**
 * `app` is the page, already opened on the host with its launch token. Every request the page makes is recorded;
 * a test fails if any of them goes anywhere but 127.0.0.1 (DESIGN §6: nothing leaves the machine).
 */
export const test = base.extend<Fixtures>({
  // The laptop's user has set their name (printed with rulings and 代录); `test.use({ userName: null })`: a fresh install.
  userName: ['李秘书', { option: true }],
  host: async ({ userName }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-e2e-'));
    if (userName) fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ userName }), { mode: 0o600 });
    const { handle, child } = await startHost(dataDir);
    await use(handle);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  outsideRequests: async ({}, use) => {
    await use([]);
  },
  app: async ({ page, host, outsideRequests }, use) => {
    page.context().on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      // Chromium's built-in PDF viewer (打印 opens our PDFs in it) is part of the browser, not the network.
      if (url.startsWith('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/') || url.startsWith('chrome://resources/')) return;
      const u = new URL(url);
      if (u.hostname !== '127.0.0.1') outsideRequests.push(url);
    });
    await page.goto(host.launchUrl);
    await use(page);
    expect(outsideRequests, 'the page must not send anything beyond 127.0.0.1').toEqual([]);
  },
  shot: async ({ page }, use, testInfo) => {
    await use(async (name: string) => {
      const dir = path.join(ROOT, 'test-results', 'screenshots');
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: 'image/png' });
      return file;
    });
  },
});

export { expect };

/** Picks an option of an antd Select found by its test id, the way a person does: open it, click the label. */
export async function pickOption(scope: Page | ReturnType<Page['getByRole']>, page: Page, testId: string, label: string) {
  await scope.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: label }).first().click();
}
