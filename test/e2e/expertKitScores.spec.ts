import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { addApplicants, caseWithReview, exportKit, expertLaptop, openWithKey, pickKit, registerExpertKey, writeReturn } from '../helpers/kitsE2e';

const PASS = 'wang-key-2026';

test('回避 then scores through two kits: the first kit has no bids or sheet; after the signed 回避 is imported the second carries the sheet, an out-of-range score is refused, and the sealed results open once the sheet is back', async ({ app: page, host, browser, shot }) => {
  // Two hosts, two kits, scrypt key unlocks and a review run on a shared machine: room for the whole walk-through.
  test.setTimeout(600_000);
  const usb = fs.mkdtempSync(path.join(host.dataDir, 'usb-'));
  await caseWithReview(page, host.dataDir, { title: '某县公共数据运营机构遴选评审', plan: 'plan-hebei-defects.txt', members: ['王专家'] });
  const laptop = await expertLaptop(browser);
  try {
    const { keyFile } = await registerExpertKey(page, '王专家', laptop.dataDir, PASS);
    await addApplicants(page, ['甲数据公司']);
    const card = page.getByTestId('kits-card');

    // Kit 1: the 回避声明 form only; the expert's screen says why there is no sheet.
    const kit1 = await exportKit(page, '王专家', usb);
    await expect(card.getByTestId('kits-sealed')).toContainText('王专家');
    const ep = laptop.page;
    await pickKit(ep, kit1.kitPath, '王专家');
    await openWithKey(ep, keyFile, PASS);
    const ws = ep.getByTestId('kit-workspace');
    await expect(ws.getByTestId('kit-no-scoring')).toBeVisible();
    await expect(ws.getByTestId('kit-scores')).toHaveCount(0);
    await ws.getByRole('combobox', { name: '与甲数据公司的关系' }).click();
    await ep.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '无利害关系' }).first().click();
    await expect(ws.getByTestId('kit-recusal-recorded')).toBeVisible();
    const return1 = await writeReturn(ep, { file: keyFile, passphrase: PASS }, usb, '回避声明');
    await page.locator('#kit-return-input').setInputFiles(return1);
    await expect(page.getByText('已导入王专家的回执').last()).toContainText('回避声明', { timeout: 60_000 });

    // Kit 2: the sheet, with each criterion's range; a score out of range is marked and never sent.
    await ws.getByTestId('kit-close').click();
    await expect(ep.getByTestId('open-kit-start')).toBeVisible(); // nothing was left unreturned: no confirmation, back to the start page
    const kit2 = await exportKit(page, '王专家', usb);
    await pickKit(ep, kit2.kitPath, '王专家');
    await openWithKey(ep, keyFile, PASS);
    const sheet = ws.getByTestId('kit-scores');
    await expect(sheet).toBeVisible();
    // No 资格/符合性审查 recorded when the kit was made: the expert's sheet says a score may not count, as the office's does.
    await expect(sheet.getByText('审查未记录，评分可能不计')).toBeVisible();
    await expect(sheet).toContainText('甲数据公司的资格审查');
    const cells = sheet.getByRole('spinbutton');
    const n = await cells.count();
    expect(n).toBeGreaterThan(1);
    const first = cells.first();
    const max = Number(/～(\d+(?:\.\d+)?) 分/.exec((await first.getAttribute('aria-label')) ?? '')?.[1]);
    expect(max).toBeGreaterThan(0);
    await first.fill(String(max + 5));
    await first.press('Tab');
    await expect(sheet.getByRole('alert').first()).toContainText('未保存');
    for (let i = 0; i < n; i++) {
      const cell = cells.nth(i);
      const top = Number(/～(\d+(?:\.\d+)?) 分/.exec((await cell.getAttribute('aria-label')) ?? '')?.[1]);
      await cell.fill(String(Math.floor(top * 0.8)));
      await cell.press('Tab');
    }
    await expect(sheet).toContainText('已评完');
    await laptop.shot('expert-kit-scores');
    const return2 = await writeReturn(ep, { file: keyFile, passphrase: PASS }, usb, '评分表');
    const parts = (JSON.parse(fs.readFileSync(return2, 'utf8')) as { records: { kind: string }[] }).records.map((r) => r.kind);
    expect(parts).toContain('scores');

    // The secretary imports it: the sheet is in, signed, and the results are no longer sealed.
    await page.locator('#kit-return-input').setInputFiles(return2);
    await expect(page.getByText('已导入王专家的回执').last()).toContainText('评分表', { timeout: 60_000 });
    await expect(card.getByTestId('kits-sealed')).toHaveCount(0);
    await shot('expert-kit-scores-imported');
  } finally {
    await laptop.close();
  }
});
