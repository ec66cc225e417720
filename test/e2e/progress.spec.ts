import fs from 'node:fs';
import path from 'node:path';
import { test, expect, pickOption } from './fixtures';
import type { Page } from '@playwright/test';
import { bigSections, planPdf } from '../fixtures/documents/make';
import { seedMeeting } from '../fixtures/meetings/make';

const PASS = 'Kx7-评审台-2026';

/** The percent an antd Progress shows ("37%"). */
async function percentOf(page: Page, testId: string) {
  const t = (await page.getByTestId(testId).locator('.ant-progress-text').textContent({ timeout: 1000 }).catch(() => null)) ?? '';
  return Number(/(\d+)%/.exec(t)?.[1] ?? -1);
}

test('long jobs show a real progress bar with the step and can be cancelled: a cancelled import adds nothing, a cancelled packet writes nothing', async ({ app: page, host, shot }) => {
  test.setTimeout(300_000);
  const dir = path.join(host.dataDir, 'in');
  fs.mkdirSync(dir);
  // 400 pages, one text run per glyph (pdfmake): the slowest kind of PDF to read. A quiet machine reads it in about
  // 4 s, so the test clicks 取消 as soon as the bar has moved; a screenshot before the click once let the whole file be
  // read first on a loaded machine, and the click then waited for a button that had gone with the finished job.
  const longPdf = path.join(dir, '长篇实施方案（400页）.pdf');
  const sections = bigSections(400, 8);
  fs.writeFileSync(longPdf, await planPdf(sections, { breakBefore: sections.filter((s) => s.level === 1).map((s) => s.heading) }));

  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('进度与取消');
  await pickOption(dialog, page, 'case-type', '实施方案评审');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'progress.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await expect(page.getByTestId('case-header-title')).toBeVisible();
  const caseId = decodeURIComponent(/#\/case\/([^/]+)/.exec(page.url())![1]);

  // Import: the bar names the page being read and moves; 取消 stops it and nothing is added.
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([longPdf]);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-step')).toHaveText(/读取第 \d+ 页，共 401 页/, { timeout: 60_000 });
  await expect.poll(() => percentOf(page, 'import-bar'), { timeout: 60_000, intervals: [50] }).toBeGreaterThan(0);
  const first = await percentOf(page, 'import-bar');
  await expect.poll(() => percentOf(page, 'import-bar'), { timeout: 60_000, intervals: [50] }).toBeGreaterThan(first);
  // A short timeout: if the file was read to the end first, say so instead of waiting for a button that is gone.
  await page.getByTestId('import-cancel').click({ timeout: 10_000 });
  await expect(page.getByTestId('import-pending')).toHaveText(/已取消，未导入/);
  await shot('progress-import-cancelled');
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await expect(page.getByTestId('doc-list').getByTestId('doc-title')).toHaveCount(0);
  const api = async (name: string, body: unknown) => {
    const r = await (await page.context().request.post(`${host.url}api/${name}`, { data: body })).json();
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  expect((await api('documents.list', { caseId })).documents).toEqual([]);

  // Packet with numbered copies: the bar steps through layout, merging and the copies; 取消 leaves no file, no copy.
  const meetingId: string = await seedMeeting(((name: string, req: unknown) => api(name, req)) as never, caseId, dir, {
    items: 8, attachmentsPerItem: 2, pagesPerAttachment: 13, members: ['王局长', '李副局长', '赵副局长', '钱副局长', '孙副局长', '周组长', '吴书记'],
  });
  expect(meetingId).toBeTruthy();
  await page.getByTestId('case-sidebar').getByText('会议材料', { exact: true }).click();
  await expect(page.getByTestId('packet-build')).toBeVisible();
  await page.getByTestId('packet-build').click();
  // Cancelled during the first layout pass (the packet is long enough for that to take a while on any machine).
  await expect(page.getByTestId('packet-step')).toHaveText(/^排版/, { timeout: 60_000 });
  await page.getByTestId('packet-cancel').click();
  await expect(page.getByText('已取消生成会议材料，未生成任何文件，分发登记未改变')).toBeVisible();
  await expect(page.getByTestId('packet-progress')).toHaveCount(0);
  await expect(page.getByTestId('packet-result')).toHaveCount(0);
  expect((await api('meetings.get', { caseId, meetingId })).copies).toEqual([]);

  // Built to the end: the bar shows, then the result with every copy.
  await page.getByTestId('packet-build').click();
  await expect(page.getByTestId('packet-progress')).toBeVisible();
  await expect.poll(() => percentOf(page, 'packet-bar'), { timeout: 60_000, intervals: [50] }).toBeGreaterThan(0);
  // To look at; the bar may already be gone on a fast machine.
  await page.getByTestId('packet-progress').screenshot({ path: path.join('test-results', 'screenshots', 'progress-packet.png'), timeout: 5000 }).catch(() => undefined);
  await expect(page.getByTestId('packet-result')).toBeVisible({ timeout: 120_000 });
  expect((await api('meetings.get', { caseId, meetingId })).copies).toHaveLength(9);
});
