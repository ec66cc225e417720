import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Bench } from './run';
import { testApp } from '../test/helpers/services';
import { createKeyFile } from '../main/services/memos/keys';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', 'templates');
const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'review');

/**
 * The expert's screen (issue 13) in Chromium through the built host (`npm run build` first): a kit of a ≈200-page
 * plan opened with the expert's key, then the latency of each action as the browser measures it (Event Timing:
 * input delay + handlers + the next paint): choosing a verdict, typing a comment, opening the full text, opening
 * 生成回执. The unlock itself (scrypt + SM2 + AES-GCM in the host) is reported apart.
 */
const bench: Bench = async (report) => {
  const office = testApp();
  const laptopDir = fs.mkdtempSync(path.join(office.dir, 'laptop-'));
  const para = '本方案所称公共数据，是指各级党政机关、企事业单位依法履职或提供公共服务过程中产生的数据。运营单位应当建立数据安全管理制度，落实数据分类分级保护要求，定期开展安全评估。';
  const appendix = Array.from({ length: 200 }, (_, p) => `附件说明第${p + 1}页\n${Array.from({ length: 10 }, () => para).join('\n')}`).join('\n');
  const planPath = path.join(office.dir, 'plan-200p.txt');
  fs.writeFileSync(planPath, `${fs.readFileSync(path.join(CORPUS, 'plan-hebei-numbered.txt'), 'utf8')}\n${appendix}\n`);
  const { caseId } = await office.newCase({ jurisdiction: 'hebei' });
  await office.call('review.run', { caseId, file: { kind: 'path', path: planPath } });
  const m = await office.call('committee.save', { caseId, member: { name: '王专家', role: 'chair' } });
  const { keyFile, certificate } = createKeyFile({ name: '王专家', unit: '', passphrase: 'bench-key-1' });
  const key = path.join(laptopDir, '王专家.rdkey');
  fs.writeFileSync(key, keyFile);
  fs.writeFileSync(`${key}.cert`, JSON.stringify(certificate));
  await office.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: { kind: 'path', path: `${key}.cert` } });
  const k = await office.call('experts.exportKit', { caseId, memberId: m.memberId });
  const kitPath = path.join(laptopDir, 'kit.rdkit');
  fs.writeFileSync(kitPath, office.services.files.getOutput(k.file.outputId).data);

  const host = spawn(process.execPath, [path.join(ROOT, 'dist', 'node', 'host.mjs'), '--json', '--data-dir', laptopDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const info = JSON.parse(await new Promise<string>((resolve, reject) => {
      let buf = '';
      host.stdout!.on('data', (d: Buffer) => {
        buf += d.toString();
        if (buf.includes('\n')) resolve(buf.slice(0, buf.indexOf('\n')));
      });
      host.once('exit', (c) => reject(new Error(`host exited with ${c}`)));
    })) as { launchUrl: string };
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
    await page.goto(info.launchUrl);
    // Page-side code as text: this file is type-checked for Node, without the DOM.
    await page.evaluate(`window.rdEvents = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.rdEvents.push({ name: e.name, duration: e.duration }); }).observe({ type: 'event', buffered: true, durationThreshold: 16 });`);
    const events = async (since: number) => ((await page.evaluate('window.rdEvents')) as { name: string; duration: number }[]).slice(since);
    const worst = async (action: () => Promise<void>) => {
      const before = (await events(0)).length;
      await action();
      await page.waitForTimeout(300);
      return Math.max(0, ...(await events(before)).map((e) => e.duration));
    };

    await page.getByTestId('open-kit-start').click();
    await page.getByTestId('kit-file').setInputFiles(kitPath);
    await page.getByTestId('kit-key-file').setInputFiles(key);
    await page.getByLabel('密钥口令').fill('bench-key-1');
    let t = performance.now();
    await page.getByTestId('kit-open').click();
    await page.getByTestId('kit-workspace').waitFor({ timeout: 120_000 });
    report({ name: 'expertUi.openKit', value: performance.now() - t, unit: 'ms', note: `unlock and show a kit of a 200-page plan (${(fs.statSync(kitPath).size / 1e6).toFixed(2)} MB): scrypt key unlock, SM2, AES-GCM, transfer, first render` });

    const item = page.locator('[data-testid^="kit-item-"]').nth(2);
    report({ name: 'expertUi.verdictClick', value: await worst(() => item.getByText('不符合', { exact: true }).click()), unit: 'ms', note: 'worst event duration (Event Timing) choosing a verdict' });
    const comment = item.getByLabel('意见说明');
    await comment.click();
    report({ name: 'expertUi.typeComment', value: await worst(() => comment.pressSequentially('未写明责任部门和监督方式', { delay: 30 })), unit: 'ms', note: 'worst keystroke (Event Timing) typing a 12-character comment' });
    t = performance.now();
    report({ name: 'expertUi.openFullText', value: await worst(() => page.getByTestId('kit-read').first().click()), unit: 'ms', note: 'worst event duration opening the 200-page text in the reader drawer' });
    await page.getByTestId('document-drawer').locator('p').first().waitFor();
    report({ name: 'expertUi.fullTextShown', value: performance.now() - t, unit: 'ms', note: 'click to the 200-page text visible' });
    await page.keyboard.press('Escape');
    report({ name: 'expertUi.openReturnDialog', value: await worst(() => page.getByTestId('kit-write-return').click()), unit: 'ms', note: 'worst event duration opening 生成回执' });
  } finally {
    await browser.close();
    host.kill('SIGTERM');
    office.cleanup();
  }
};
export default bench;
