import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';
import { makePdf } from '../fixtures/meetings/make';

async function pickFile(page: Page, testId: string, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(testId).click()]);
  await chooser.setFiles(file);
}

// Walk 8c (the meeting office): the recorder's spare copy typed into the recipients vanished at the next reload, making
// the packet again wiped the register (a returned copy showed 未收回, a copy still out disappeared), and marking a copy
// returned threw away the 会议记录 being typed.
test('copies made again keep the register and the typed recipients; the record being typed survives marking a copy returned', async ({ app: page, host, shot }) => {
  test.setTimeout(600_000); // two packets built in a worker on a shared machine
  const dir = fs.mkdtempSync(path.join(host.dataDir, 'fx-'));
  const legal = await makePdf(path.join(dir, '合法性审查意见.pdf'), 2, 'LEGAL');
  await createCaseInUi(page, host, 'office.rdcase');
  await page.getByTestId('case-sidebar').getByText('会议材料', { exact: true }).click();
  await page.getByTestId('meeting-new').click();
  const m = page.getByRole('dialog', { name: '新建会议' });
  await m.getByTestId('meeting-name').fill('2026年第12次党组会');
  await m.getByTestId('meeting-chair').fill('王局长');
  const members = m.getByTestId('meeting-members').locator('input');
  for (const name of ['王局长', '李副局长']) {
    await members.fill(name);
    await members.press('Enter');
  }
  await m.getByTestId('meeting-save').click();
  await expect(page.getByTestId('meeting-status')).toHaveText('筹备中');
  await page.getByTestId('item-title-new').fill('关于某县公共数据授权运营实施方案的议题');
  await page.getByTestId('item-add').click();
  const item = page.getByTestId('item-0');
  await item.getByTestId('item-0-background').fill('根据省里的管理办法，起草了实施方案。');
  await item.getByTestId('item-0-save').click();
  await expect(page.getByText('审批表和议题说明已保存')).toBeVisible();
  await pickFile(page, 'item-0-upload-legal_review', legal);
  await expect(item.getByTestId('item-0-attachments')).toContainText('合法性审查意见.pdf（2 页）');
  for (const kind of ['fair_competition', 'expert_opinion', 'risk_assessment', 'consultation', 'integrity']) {
    await item.getByTestId(`item-0-nr-${kind}`).click();
    await page.getByTestId('nr-reason').fill('本议题不涉及');
    await page.getByTestId('nr-ok').click();
    await expect(page.getByTestId('nr-reason')).toBeHidden();
  }
  await item.getByTestId('item-0-agenda').click();
  await expect(item.getByText('已列入议程')).toBeVisible();

  // The recorder's spare copy, typed in; it stays through the reloads that every action makes.
  const tags = page.getByTestId('packet-recipients');
  await tags.locator('input').fill('办公室张秘书');
  await tags.locator('input').press('Enter');
  await page.getByTestId('packet-build').click();
  await expect(page.getByTestId('packet-result')).toContainText('共', { timeout: 300_000 });
  const register = page.getByTestId('register');
  await expect(register.getByRole('row', { name: /000003.*办公室张秘书/ })).toBeVisible();
  await expect(tags).toContainText('办公室张秘书');
  await page.getByTestId('returned-1').click();
  await expect(register.getByRole('row', { name: /000001/ })).not.toContainText('未收回');

  // Made again: numbers go on, the earlier copies stay with their returns.
  await page.getByTestId('packet-build').click();
  await expect(page.getByTestId('packet-result')).toContainText('本次份号从 000004 起接续', { timeout: 300_000 });
  await expect(register.getByRole('row')).toHaveCount(7); // header + 6
  await expect(register.getByRole('row', { name: /000001/ })).not.toContainText('未收回');
  await expect(register.getByRole('row', { name: /000006.*办公室张秘书/ })).toBeVisible();

  // The record, half typed, then a copy comes back: what was typed stays.
  await page.getByTestId('record-0-dissent').fill('收益分配比例偏高，建议再论证。');
  await page.getByTestId('returned-2').click();
  await expect(register.getByRole('row', { name: /000002/ })).not.toContainText('未收回');
  await expect(page.getByTestId('record-0-dissent')).toHaveValue('收益分配比例偏高，建议再论证。');
  await shot('meeting-copies-again');

  // 补发 for one forgotten person: only they get a copy; everyone else holds one of this version already.
  await tags.locator('input').fill('赵副局长');
  await tags.locator('input').press('Enter');
  await page.getByTestId('packet-reissue').click();
  await expect(page.getByTestId('packet-result')).toContainText('赵副局长各发一份', { timeout: 300_000 });
  await expect(page.getByTestId('packet-result')).toContainText('已持有未收回的第1版编号份，未重发');
  await expect(register.getByRole('row')).toHaveCount(8); // header + 7: one new copy, not four
  await expect(register.getByRole('row', { name: /000007.*赵副局长/ })).toBeVisible();
  await shot('meeting-copies-reissue');
});
