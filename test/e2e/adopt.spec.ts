import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, pickOption } from './fixtures';

const PASS = 'Kx7-评审台-2026';
const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

/** Calls the contract from the page, as the renderer does (same origin, its cookie). */
async function api<T = unknown>(page: Page, name: string, req: unknown): Promise<T> {
  const r: { ok: boolean; value?: unknown; error?: { message: string } } = await page.evaluate(async ([n, body]) => {
    const res = await fetch(`/api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  }, [name, req] as const);
  if (!r.ok) throw new Error(`${name}: ${r.error?.message}`);
  return r.value as T;
}

test('the chair adopts the committee verdict where members agree; rows where they differ are highlighted with who said what; the chair’s own verdict is kept unless confirmed', async ({ app: page, host, shot }) => {
  let caseId = '';
  page.on('request', (r) => {
    const m = r.postData()?.match(/"caseId":"([^"]+)"/);
    if (m) caseId = m[1];
  });
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('某市公共数据授权运营实施方案评审');
  await pickOption(dialog, page, 'case-type', '实施方案评审');
  await pickOption(dialog, page, 'case-jurisdiction', '河北省');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'adopt.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('run-info')).toContainText('plan-hebei-defects.txt');
  for (const name of ['王组长', '李专家', '赵专家']) {
    await page.getByTestId('member-name').fill(name);
    await page.getByTestId('add-member').click();
    // The form empties once the member is saved: typing the next name before that would be cleared with it.
    await expect(page.getByTestId('member-name')).toHaveValue('');
    await expect(page.getByTestId('member-select')).toContainText('王组长');
  }
  await expect.poll(() => caseId).not.toBe('');
  // The three members' verdicts (recorded by the secretary): agreement on 项目名称 and 可行性, a split on 产品清单.
  const members = (await api<{ members: { memberId: string; name: string }[] }>(page, 'committee.list', { caseId })).members;
  expect(members.map((m) => m.name)).toEqual(['王组长', '李专家', '赵专家']);
  const say = (itemId: string, who: number, verdict: string, comment = '') => api(page, 'review.saveVerdict', { caseId, itemId, memberId: members[who].memberId, verdict, comment });
  for (const who of [0, 1, 2]) await say('plan.name', who, 'conforms');
  await say('plan.products', 0, 'fails', '无产品清单');
  await say('plan.products', 1, 'mostly', '附件中有初步清单');
  await say('plan.products', 2, 'fails');
  await say('plan.selection', 0, 'conforms'); // the others have not voted on 运营机构选择条件 yet
  for (const who of [0, 1, 2]) await say('plan.feasibility', who, 'mostly');

  await page.reload();
  await page.getByRole('tab', { name: '组长汇总（并列对比）' }).click();
  // The chair had already decided 可行性 by hand.
  await pickOption(page.getByTestId('committee-plan.feasibility'), page, 'verdict-select', '不符合');
  await expect(page.getByTestId('committee-plan.feasibility').getByTestId('verdict-select')).toContainText('不符合');
  const row = (id: string) => page.getByTestId('committee-table').locator('tr', { has: page.getByTestId(`committee-${id}`) });
  await expect(row('plan.products')).toHaveAttribute('data-differ', 'true');
  await expect(page.getByTestId('differ-tag-plan.products')).toBeVisible();

  await page.getByTestId('adopt-agreed').click();
  const outcome = page.getByTestId('adopt-outcome');
  await expect(outcome).toContainText('采纳 1 项');
  await expect(page.getByTestId('differ-plan.products')).toContainText('王组长 不符合（无产品清单）；李专家 基本符合（附件中有初步清单）；赵专家 不符合');
  await expect(page.getByTestId('adopt-partial')).toHaveText('尚待表态：运营机构选择条件（李专家、赵专家）');
  await expect(page.getByTestId('kept-chair')).toContainText('组长 不符合，专家一致 基本符合');
  await expect(page.getByTestId('committee-plan.name').getByTestId('verdict-select')).toContainText('符合');
  await expect(row('plan.name').getByTestId('adopted-tag')).toBeVisible();
  await expect(page.getByTestId('committee-plan.products').getByTestId('verdict-select')).not.toContainText('符合');
  await expect(page.getByTestId('committee-plan.feasibility').getByTestId('verdict-select')).toContainText('不符合');
  await outcome.scrollIntoViewIfNeeded();
  await shot('review-adopt-agreed');

  // Replacing the chair's own verdict needs a confirmation that says what happens.
  await page.getByTestId('adopt-overwrite').click();
  const confirm = page.getByRole('dialog').filter({ hasText: '覆盖组长已确定的意见' });
  await expect(confirm).toContainText('组长的说明保留');
  await confirm.getByRole('button', { name: /^覆\s?盖$/ }).click();
  await expect(page.getByTestId('committee-plan.feasibility').getByTestId('verdict-select')).toContainText('基本符合');
  const audit = await api<{ entries: { action: string }[] }>(page, 'cases.audit', { caseId, limit: 50 });
  expect(audit.entries.filter((e) => e.action === 'review.adoptAgreed')).toHaveLength(2);
});
