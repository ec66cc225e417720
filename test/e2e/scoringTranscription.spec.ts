import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, pickOption } from './fixtures';

const PASS = 'Kx7-评审台-2026';

async function pick(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

test('代录 of a paper 回避声明 and score sheet: the reason and the paper are asked for, refused without them, and shown on the locked sheet; a price and a score pasted from Word are read; a double click declares once', async ({ app: page, host }) => {
  test.slow(); // a whole sheet through the UI on a shared machine
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('某市公共数据运营机构遴选（代录）');
  await pickOption(dialog, page, 'case-type', '运营机构遴选');
  await pickOption(dialog, page, 'case-jurisdiction', '温州市');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'sel.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await page.getByTestId('add-member').click();
  const dlg = page.getByRole('dialog', { name: '添加成员' });
  await dlg.getByTestId('member-name').fill('李二');
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect(dlg).toBeHidden();

  await page.getByTestId('case-sidebar').getByText('评分', { exact: true }).click();
  await pick(page, 'scheme-template', '温州式综合评审（含价格分）');
  await page.getByTestId('save-scheme').click();
  await expect(page.getByText('评分办法已保存')).toBeVisible();
  // A price pasted from a Word table: full-width digits and the unit.
  await page.getByTestId('applicant-name').fill('甲数据运营有限公司');
  await page.getByTestId('applicant-price').fill('１００万元');
  await page.getByTestId('add-applicant').click();
  await expect(page.getByTestId('applicant-table').locator('tr', { hasText: '甲数据运营有限公司' })).toContainText('100');

  await page.getByRole('tab', { name: '回避声明与评分' }).click();
  await expect(page.getByTestId('transcription-fields')).toContainText('李二未登记签名密钥');
  await pick(page, 'declare-0', '无利害关系');
  await page.getByTestId('submit-declaration').click();
  await expect(page.getByText('请先在上方黄色提示中填写代录理由和纸质回避声明的编号或存放位置')).toBeVisible();
  await expect(page.getByTestId('score-table')).toHaveCount(0);
  await page.getByTestId('transcription-reason').fill('李二未配备签名密钥，会上填写纸质回避声明');
  await page.getByTestId('transcription-paper').fill('纸质回避声明第 2 号');
  await page.getByTestId('submit-declaration').dblclick();
  await expect(page.getByTestId('score-table')).toBeVisible();
  await expect(page.locator('.ant-message-notice', { hasText: '回避声明已记录' })).toHaveCount(1);
  // The score sheet is another paper: the declaration's 代录 does not carry over to it.
  await expect(page.getByTestId('transcription-reason')).toHaveValue('');
  await expect(page.getByTestId('transcription-paper')).toHaveValue('');

  const crit = ['plan', 'capability', 'security', 'credit', 'service', 'emergency'];
  await page.getByTestId('score-0-plan').fill('２２分');
  await page.getByTestId('score-0-plan').blur();
  await expect(page.getByTestId('score-0-plan')).toHaveValue(/^22(\.0)?$/);
  for (const [i, c] of crit.slice(1).entries()) await page.getByTestId(`score-0-${c}`).fill(String([16, 12, 9, 8, 8][i]));
  await expect(page.getByTestId('row-total')).toHaveText('75');
  await page.getByTestId('submit-sheet').click();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText('请先在上方黄色提示中填写代录理由和纸质评分表的编号或存放位置')).toBeVisible();
  await expect(page.getByText('已提交 · 已锁定')).toHaveCount(0);
  await page.getByTestId('transcription-reason').fill('专家在会场填写纸质评分表，由秘书录入');
  await page.getByTestId('transcription-paper').fill('纸质评分表第 2 号（存档盒 A）');
  await page.getByTestId('submit-sheet').click();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText('已提交 · 已锁定')).toBeVisible();
  await expect(page.getByTestId('sheet-transcribed')).toHaveText('本评分表系代录：由李秘书根据李二的纸质评分表录入（纸质评分表第 2 号（存档盒 A）；理由：专家在会场填写纸质评分表，由秘书录入），非本人电子签署。');
  await expect(page.getByTestId('transcription-fields')).toHaveCount(0);
});
