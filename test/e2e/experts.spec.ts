import { test, expect, pickOption } from './fixtures';
import { createCaseInUi, registerMemberKeyInUi, reviewPlanWithMember } from '../helpers/committeeSetupUi';

test('an expert signs in with their own key, records and submits signed verdicts, and is signed out', async ({ app: page, host, shot }) => {
  // Key unlocking (scrypt) runs twice on a shared machine: give the whole walk-through room, not each step.
  test.setTimeout(300_000);
  await createCaseInUi(page, host, 'experts.rdcase');
  const sidebar = page.getByTestId('case-sidebar');
  await reviewPlanWithMember(page, '王组长', '王组长（组长）');

  // The key was made on 王组长's own machine; the secretary registers only the public certificate.
  const { keyFile } = await registerMemberKeyInUi(page, host, '王组长', 'wang-key-2026');

  // Without signing in, nothing is recorded under 王组长's name.
  await sidebar.getByText('合规审查', { exact: true }).click();
  const products = page.getByTestId('verdict-plan.products');
  await pickOption(products, page, 'verdict-select', '不符合');
  await expect(page.getByText('须由本人用密钥登录')).toBeVisible();
  await expect(page.getByText('意见未保存，已恢复为原来的选择')).toBeVisible();
  // The refused choice does not linger in the form as if it were recorded, nor is it marked 保存中 or 已保存.
  await expect(products.getByTestId('verdict-select')).not.toContainText('不符合');
  await expect(products.getByTestId('verdict-state')).toHaveCount(0);

  // A wrong passphrase is refused; the right one signs 王组长 in and the bar says who and who operates.
  const bar = page.getByTestId('expert-sign-in');
  await bar.getByTestId('expert-key-file').setInputFiles(keyFile);
  await bar.getByTestId('expert-pass').fill('wrong-pass-1');
  await bar.getByTestId('expert-sign-in-button').click();
  await expect(page.getByText('密钥口令不正确')).toBeVisible();
  await bar.getByTestId('expert-pass').fill('wang-key-2026');

  await bar.getByTestId('expert-sign-in-button').click();
  await expect(page.getByTestId('expert-name')).toHaveText('王组长');
  await expect(page.getByTestId('expert-session')).toContainText('操作人');
  await pickOption(products, page, 'verdict-select', '不符合');
  await expect(products.getByTestId('verdict-select')).toContainText('不符合');
  await products.getByTestId('verdict-comment').fill('未列明产品和服务清单');
  await products.getByTestId('verdict-comment').blur();
  await shot('experts-signed-in');

  await page.getByTestId('submit-verdicts').click();
  await expect(page.getByText('已提交并签名')).toBeVisible();
  await expect(page.getByTestId('expert-sign-in')).toBeVisible();
  const records = page.getByTestId('signed-records');
  await expect(records).toContainText('王组长');
  await expect(records).toContainText('审查意见');
  await expect(records.getByTestId('record-valid')).toBeVisible();
  await shot('experts-submitted-signed');
});
