import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Bench } from './run';
import { medianMs } from './util';
import { testApp, PASS } from '../test/helpers/services';
import { startHost } from '../test/e2e/fixtures';
import { tempDir } from '../test/helpers/tmp';

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

  // Cold start: from spawning the host to the start page rendered in Chromium.
  const tmp = tempDir('rd-bench-');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const { handle, child } = await startHost(path.join(tmp.dir, `d${i}`));
      const page = await browser.newPage();
      await page.goto(handle.launchUrl);
      await page.getByText('最近的案卷').waitFor();
      times.push(performance.now() - t0);
      await page.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    times.sort((a, b) => a - b);
    report({ name: 'host.coldStartToFirstPage', value: times[1], unit: 'ms', note: 'spawn the built host (dist/node/host.mjs) until the start page is rendered in Chromium; median of 3' });
  } finally {
    await browser.close();
    tmp.cleanup();
  }
};
export default bench;
