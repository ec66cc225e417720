import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, pickOption, type HostHandle } from '../e2e/fixtures';
import { createKeyFile } from '../../main/services/memos/keys';

/**
 * The committee set-up the e2e specs walk through the real UI (experts.spec, kits.spec): a new case, the defective
 * Hebei plan reviewed with one member, and that member's key registered. Service-level tests use committeeSetup.ts.
 */
export const CASE_PASS = 'Kx7-评审台-2026';
const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

export interface NewCaseOptions {
  title?: string;
  /** The 评审事项 and 适用地区 labels to pick; null leaves the dialog's default. */
  type?: string | null;
  jurisdiction?: string | null;
}

/** 新建评审案卷 through its dialog: a 河北省 实施方案评审 unless told otherwise. */
export async function createCaseInUi(page: Page, host: HostHandle, fileName: string, opts: NewCaseOptions = {}) {
  const { title = '某县公共数据授权运营实施方案评审', type = '实施方案评审', jurisdiction = '河北省' } = opts;
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill(title);
  if (type) await pickOption(dialog, page, 'case-type', type);
  if (jurisdiction) await pickOption(dialog, page, 'case-jurisdiction', jurisdiction);
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, fileName));
  await dialog.getByTestId('passphrase').fill(CASE_PASS);
  await dialog.getByTestId('passphrase-confirm').fill(CASE_PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await expect(page.getByTestId('case-header-title')).toBeVisible();
}

/** 合规审查 of the plan with planted defects, and one committee member added there. */
export async function reviewPlanWithMember(page: Page, member: string, shownAs = member) {
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('status-plan.products')).toHaveText('缺失', { timeout: 120_000 });
  await page.getByTestId('member-name').fill(member);
  await page.getByTestId('add-member').click();
  await expect(page.getByTestId('member-select')).toContainText(shownAs);
}

/**
 * The member's key, made "on their own machine" (files in the host's data folder); the secretary registers only the
 * public certificate, on the 意见书 page. Returns the key as made and the path of the key file.
 */
export async function registerMemberKeyInUi(page: Page, host: HostHandle, member: string, keyPassphrase: string) {
  const made = createKeyFile({ name: member, unit: '某大学', passphrase: keyPassphrase });
  const keyFile = path.join(host.dataDir, `${member}.rdkey`);
  const certFile = path.join(host.dataDir, `${member}.cert.json`);
  fs.writeFileSync(keyFile, made.keyFile);
  fs.writeFileSync(certFile, JSON.stringify(made.certificate));
  await page.getByTestId('case-sidebar').getByText('意见书', { exact: true }).click();
  const keys = page.getByTestId('memo-keys');
  await pickOption(keys, page, 'key-member', member);
  await page.locator('#memo-cert-input').setInputFiles(certFile);
  await expect(keys).toContainText(made.certificate.fingerprint);
  return { made, keyFile };
}
