import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect, pickOption, startHost, type HostHandle } from '../e2e/fixtures';
import { createKeyFile } from '../../main/services/memos/keys';

/**
 * The secretary's and the expert's steps of the kit round trip in the real UI, shared by the e2e specs: a case with a
 * review run and its committee, keys registered, a kit exported to a "USB stick" folder, and a second laptop (its own
 * host and data folder) for the expert.
 */
export const CASE_PASS = 'Kx7-评审台-2026';
export const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');
const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Creates a case on the secretary's page, reviews `plan` and adds the members (the first is chair). */
export async function caseWithReview(page: Page, dataDir: string, o: { title: string; plan: string; members: string[] }) {
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill(o.title);
  await pickOption(dialog, page, 'case-type', '实施方案评审');
  await pickOption(dialog, page, 'case-jurisdiction', '河北省');
  await dialog.getByTestId('case-path').fill(path.join(dataDir, 'secretary.rdcase'));
  await dialog.getByTestId('passphrase').fill(CASE_PASS);
  await dialog.getByTestId('passphrase-confirm').fill(CASE_PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, o.plan));
  await expect(page.getByTestId('checklist')).toBeVisible({ timeout: 120_000 });
  for (const name of o.members) {
    await page.getByTestId('member-name').fill(name);
    await page.getByTestId('add-member').click();
    await expect(page.getByTestId('member-select')).toBeVisible();
    await expect(page.getByTestId('kits-card').getByTestId('kit-member')).toBeVisible();
    await page.getByTestId('kit-member').click();
    await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText(name, { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
  }
}

/** Makes the expert's key "on their own laptop" (a file in their folder) and registers its certificate in the case. */
export async function registerExpertKey(page: Page, name: string, expertDir: string, passphrase: string) {
  const made = createKeyFile({ name, unit: '某大学', passphrase });
  const keyFile = path.join(expertDir, `${name}.rdkey`);
  const certFile = path.join(expertDir, `${name}.cert.json`);
  fs.writeFileSync(keyFile, made.keyFile);
  fs.writeFileSync(certFile, JSON.stringify(made.certificate));
  const sidebar = page.getByTestId('case-sidebar');
  await sidebar.getByText('意见书', { exact: true }).click();
  const keys = page.getByTestId('memo-keys');
  await pickOption(keys, page, 'key-member', name);
  await page.locator('#memo-cert-input').setInputFiles(certFile);
  await expect(keys).toContainText(made.certificate.fingerprint);
  await sidebar.getByText('合规审查', { exact: true }).click();
  return { keyFile, certificate: made.certificate };
}

/** Exports a member's kit from the 专家包与回执 card into `toDir`; returns its path and the one-time code, if any. */
export async function exportKit(page: Page, name: string, toDir: string): Promise<{ kitPath: string; code: string | null }> {
  const card = page.getByTestId('kits-card');
  await pickOption(card, page, 'kit-member', name);
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('kit-export').click()]);
  const kitPath = path.join(toDir, download.suggestedFilename());
  await download.saveAs(kitPath);
  await expect(page.getByText(`已导出${name}的专家包`)).toBeVisible();
  const codeBox = page.getByTestId('kit-code');
  const code = (await codeBox.count()) ? ((await codeBox.locator('code').textContent()) ?? '').trim() : null;
  return { kitPath, code: code || null };
}

/**
 * Another laptop: its own host on its own data folder, its own browser context. Every request its page makes must
 * stay on 127.0.0.1, as on the secretary's (fixtures.ts).
 */
export async function expertLaptop(browser: Browser) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-e2e-expert-'));
  const { handle, child } = await startHost(dataDir);
  const context = await browser.newContext();
  const outside: string[] = [];
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol.startsWith('http') && u.hostname !== '127.0.0.1') outside.push(req.url());
  });
  const page = await context.newPage();
  await page.goto(handle.launchUrl);
  return {
    page,
    host: handle as HostHandle,
    dataDir,
    /** A screenshot of the expert's page (full page unless told) into test-results/screenshots, attached to the test. */
    async shot(name: string, fullPage = true) {
      const dir = path.join(ROOT, 'test-results', 'screenshots');
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage });
      await test.info().attach(name, { path: file, contentType: 'image/png' });
      return file;
    },
    async close() {
      expect(outside, 'the expert page must not send anything beyond 127.0.0.1').toEqual([]);
      await context.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** On the expert's start page: 打开专家包, pick the kit file; the head says whom it is for before anything is unlocked. */
export async function pickKit(page: Page, kitPath: string, forName: string) {
  await page.getByTestId('open-kit-start').click();
  await page.getByTestId('kit-file').setInputFiles(kitPath);
  await expect(page.getByTestId('kit-head')).toContainText(forName);
}

/** The secretary's 评分 page: the default scheme saved, and the applicants added. */
export async function addApplicants(page: Page, names: string[]) {
  const sidebar = page.getByTestId('case-sidebar');
  await sidebar.getByText('评分', { exact: true }).click();
  await expect(page.getByTestId('scheme-total')).toContainText('100');
  await page.getByTestId('save-scheme').click();
  for (const name of names) {
    await page.getByTestId('applicant-name').fill(name);
    await page.getByTestId('add-applicant').click();
    await expect(page.getByTestId('applicant-table').getByText(name)).toBeVisible();
  }
  await sidebar.getByText('合规审查', { exact: true }).click();
}

/** Unlocks the picked kit with the expert's key file and passphrase, and waits for the workspace. */
export async function openWithKey(page: Page, keyFile: string, passphrase: string) {
  await page.getByTestId('kit-key-file').setInputFiles(keyFile);
  await page.getByLabel('密钥口令').fill(passphrase);
  await page.getByTestId('kit-open').click();
  await expect(page.getByTestId('kit-workspace')).toBeVisible({ timeout: 60_000 });
}

/** 生成回执 on the expert's page: the dialog says what it will carry, the return is signed and downloaded into `toDir`. */
export async function writeReturn(page: Page, key: { file: string; passphrase: string }, toDir: string, carries: string) {
  await page.getByTestId('kit-write-return').click();
  const dialog = page.getByRole('dialog', { name: '生成回执（本人签名）' });
  await expect(dialog.getByTestId('return-contents')).toContainText(carries);
  if (!(await dialog.getByTestId('return-key-button').textContent())?.includes('.rdkey')) await dialog.getByTestId('return-key-file').setInputFiles(key.file);
  await dialog.getByLabel('密钥口令').fill(key.passphrase);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByTestId('return-sign').click()]);
  const file = path.join(toDir, download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByTestId('kit-written')).toContainText('回执已生成');
  return file;
}
