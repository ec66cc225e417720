import { test, expect, pickOption } from './fixtures';
import { createCaseInUi, reviewPlanWithMember } from '../helpers/committeeSetupUi';
import { exportKit } from '../helpers/kitsE2e';

test.setTimeout(300_000); // a review run and a kit on a shared machine: room, never a timing check

test('removing a member: refused while their verdict is on file, asked for a reason while their kit is out, plain otherwise', async ({ app: page, host, shot }) => {
  await createCaseInUi(page, host, 'remove.rdcase');
  await reviewPlanWithMember(page, '赵专家');
  // 赵专家's paper verdict, typed in by the secretary (代录).
  const fields = page.getByTestId('transcription-fields');
  await fields.getByTestId('transcription-reason').fill('专家现场填写纸质意见表');
  await fields.getByTestId('transcription-paper').fill('纸质意见表第 2 号');
  await pickOption(page.getByTestId('verdict-plan.products'), page, 'verdict-select', '不符合');
  await expect(page.getByTestId('transcribed-plan.products')).toContainText('代录');
  // 钱专家 gets a kit and has not sent it back; 孙专家 has nothing.
  for (const name of ['钱专家', '孙专家']) {
    await page.getByTestId('member-name').fill(name);
    await page.getByTestId('add-member').click();
    await expect(page.getByTestId('member-name')).toHaveValue(''); // saved: the form empties
  }
  await exportKit(page, '钱专家', host.dataDir);

  await page.getByTestId('case-sidebar').getByText('基本信息', { exact: true }).click();
  const card = page.getByTestId('committee-card');
  const removeRow = async (name: string) => {
    await card.locator('tr', { hasText: name }).getByText('移除', { exact: true }).click();
    await page.locator('.ant-popover:not(.ant-popover-hidden)').getByRole('button', { name: '移除' }).click();
  };

  // Work on file: refused, on screen until read, naming it and what to do.
  await removeRow('赵专家');
  const refused = page.getByRole('dialog', { name: '不能移除该成员' });
  await expect(refused).toContainText('赵专家已有评审记录：1 条逐项审查意见');
  await expect(refused).toContainText('在意见书中说明其未参加后续评审');
  await expect(refused).toContainText('未作任何改动');
  await shot('committee-remove-refused');
  await refused.getByRole('button', { name: '知道了' }).click();
  await expect(card).toContainText('赵专家');

  // Kit out: asked, removed only with a reason, which the 操作记录 keeps.
  await removeRow('钱专家');
  const ask = page.getByRole('dialog', { name: /移除 钱专家：专家包尚未交回/ });
  await expect(ask).toContainText('向钱专家发出专家包，尚未导入其回执');
  const confirm = ask.getByRole('button', { name: '确认移除' });
  await expect(confirm).toBeDisabled();
  await ask.getByTestId('member-remove-reason').fill('专家因病无法参加评审');
  await shot('committee-remove-kit-out');
  await confirm.click();
  await expect(ask).toBeHidden();
  await expect(card.locator('tr', { hasText: '钱专家' })).toHaveCount(0);
  await expect(page.getByTestId('audit-log')).toContainText('专家因病无法参加评审');

  // Nothing on file: removed as before.
  await removeRow('孙专家');
  await expect(card.locator('tr', { hasText: '孙专家' })).toHaveCount(0);
  await expect(card).toContainText('赵专家');
});
