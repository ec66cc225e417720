import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startHost, type HostHandle } from '../test/e2e/fixtures';
import { bigSections, planPdf } from '../test/fixtures/documents/make';
import { installLatencyProbe, type Stages } from './ui-latency';

const ROOT = path.resolve(import.meta.dirname, '..');
const PASS = 'Kx7-评审台-2026';

export interface UiBenchCases {
  handle: HostHandle;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The plan-review case (reviewed plan, a chair, a 40-page PDF agreement) and the operator-selection case. */
  planCaseId: string;
  selCaseId: string;
  /** The host's process id (its CPU time is part of an action's cost). */
  hostPid: number;
  close(): Promise<void>;
}

/**
 * The cases the UI bench (bench/ui.bench.ts) and its profiler (bench/ui-profile.ts) act on, made through the API of a
 * real loopback host (dist/node/host.mjs: run `npm run build` first), and a Chromium page opened on it.
 */
export async function openUiBenchCases(): Promise<UiBenchCases> {
  const host = path.join(ROOT, 'dist', 'node', 'host.mjs');
  if (!fs.existsSync(host)) throw new Error('dist/node/host.mjs is missing: run `npm run build` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-bench-ui-'));
  // The laptop's user has set their name, as the e2e fixture does: declarations and rulings are printed with it.
  fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ userName: '李秘书' }), { mode: 0o600 });
  const { handle, child } = await startHost(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const close = async () => {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 900 } });
    await installLatencyProbe(context); // the in-page latency of each action (bench/ui-latency.ts)
    const page = await context.newPage();
    await page.goto(handle.launchUrl);
    await page.getByTestId('new-case').waitFor();
    const api = async <T = any>(name: string, body: unknown): Promise<T> => {
      const r = await (await context.request.post(`${handle.url}api/${name}`, { data: body })).json();
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as T;
    };

    // A plan-review case: the plan with planted defects reviewed against 河北省, a chair, and a 40-page PDF agreement.
    const plan = await api('cases.create', {
      info: { title: '界面响应基准', caseType: 'plan_review', jurisdiction: 'hebei', implementingAgency: '某市数据局', description: '' },
      passphrase: PASS, passphraseConfirm: PASS, path: path.join(dataDir, 'ui-plan.rdcase'),
    });
    await api('committee.save', { caseId: plan.caseId, member: { name: '王组长', unit: '某大学', role: 'chair', kind: 'expert' } });
    await api('review.run', { caseId: plan.caseId, kind: 'plan', file: { kind: 'path', path: path.join(ROOT, 'test', 'fixtures', 'review', 'plan-hebei-defects.txt') } });
    const pdf = path.join(dataDir, '授权运营协议（40页）.pdf');
    const sections = bigSections(40, 8);
    fs.writeFileSync(pdf, await planPdf(sections, { breakBefore: sections.filter((s) => s.level === 1).map((s) => s.heading) }));
    await api('documents.import', { caseId: plan.caseId, file: { kind: 'path', path: pdf }, role: 'agreement' });

    // An operator-selection case: 5 experts have declared and submitted their sheets for 3 applicants.
    const sel = await api('cases.create', {
      info: { title: '界面响应基准（遴选）', caseType: 'operator_selection', jurisdiction: 'hebei', implementingAgency: '某市数据局', description: '' },
      passphrase: PASS, passphraseConfirm: PASS, path: path.join(dataDir, 'ui-sel.rdcase'),
    });
    const members: { memberId: string }[] = [];
    for (const [i, name] of ['张一', '李二', '王三', '赵四', '钱五'].entries()) members.push(await api('committee.save', { caseId: sel.caseId, member: { name, unit: '某大学', role: i === 0 ? 'chair' : 'member', kind: 'expert' } }));
    const { templates } = await api<{ templates: { templateId: string; scheme: { criteria: { id: string; kind: string; max: number }[] } }[] }>('selection.templates', {});
    const scheme = templates.find((t) => t.templateId === 'wenzhou-with-price')!.scheme;
    await api('selection.saveScheme', { caseId: sel.caseId, scheme });
    const applicants: { applicantId: string }[] = [];
    for (const [name, price] of [['甲数据公司', 100], ['乙科技公司', 90], ['丙信息公司', 120]] as const) applicants.push(await api('selection.saveApplicant', { caseId: sel.caseId, applicant: { name, price } }));
    for (const [k, m] of members.entries()) {
      await api('selection.declare', { caseId: sel.caseId, memberId: m.memberId, declarations: applicants.map((a) => ({ applicantId: a.applicantId, relation: 'none' })) });
      const scores = Object.fromEntries(applicants.map((a, i) => [a.applicantId, Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, Math.round(c.max * (0.85 - i * 0.1 - k * 0.02) * 100) / 100]))]));
      await api('selection.saveScores', { caseId: sel.caseId, memberId: m.memberId, scores });
      await api('selection.submit', { caseId: sel.caseId, memberId: m.memberId });
    }
    return { handle, browser, context, page, planCaseId: plan.caseId, selCaseId: sel.caseId, hostPid: child.pid!, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export const sidebar = (p: Page, label: string) => p.getByTestId('case-sidebar').getByText(label, { exact: true });

/**
 * The four actions of the bench, each from the user's input to the UI showing its answer. `prepare` puts the page in
 * the state an action starts from (not timed); `act` is the timed part.
 */
export function uiActions(c: UiBenchCases) {
  const { page, handle } = c;
  const cell = '[data-testid="verdict-plan.products"]';
  const verdictShown = (label: string) => `${cell} [data-testid="verdict-select"] .ant-select-selection-item[title="${label}"]`;
  return {
    /**
     * What each action's answer looks like in the page, for the in-page latency (bench/ui-latency.ts): the same
     * conditions as the Playwright waits below. Saving a verdict has two: the picked value shown (marked 保存中 while
     * the host writes it), and shown with no 保存中 left (the host has answered: 已保存; a renderer without the mark
     * shows the value only then).
     */
    stages: {
      switchTab: (toDocs: boolean): Stages => ({ answer: [`[data-testid="${toDocs ? 'doc-list' : 'run-info'}"]`] }),
      openDocument: (): Stages => ({ answer: ['[data-testid="outline"] [data-testid="outline-item"]', '[data-testid="pdf-canvas"][data-rendered="1"]'] }),
      saveVerdict: (label: string): Stages => ({ shown: [verdictShown(label)], saved: [verdictShown(label), `!${cell} [data-testid="verdict-state"][data-state="saving"]`] }),
      openResults: (): Stages => ({ answer: ['[data-testid="ranking"]'] }),
    },
    async toReview() {
      await page.goto(`${handle.url}#/case/${encodeURIComponent(c.planCaseId)}/review`);
      await page.getByTestId('run-info').waitFor();
    },
    /** Sidebar 文件 ⇄ 合规审查 until the module shows its content. */
    async switchTab(toDocs: boolean) {
      await sidebar(page, toDocs ? '文件' : '合规审查').click();
      await page.getByTestId(toDocs ? 'doc-list' : 'run-info').waitFor();
    },
    async openDocument() {
      await page.getByTestId('doc-list').locator('tr').filter({ hasText: '40页' }).getByTestId('doc-read').click();
      await page.getByTestId('outline').getByTestId('outline-item').first().waitFor();
      // The page is drawn (not only its empty canvas placed): PdfPages marks the canvas once pdfjs has rendered it.
      await page.locator('[data-testid="pdf-canvas"][data-rendered="1"]').waitFor();
    },
    async leaveDocument() {
      await page.getByTestId('reader-back').click();
      await page.getByTestId('doc-list').waitFor();
    },
    verdictRow: () => page.getByTestId('verdict-plan.products'),
    async pickVerdictOption(label: string) {
      await page.getByTestId('verdict-plan.products').getByTestId('verdict-select').click();
      const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: label }).first();
      await option.waitFor();
      return option;
    },
    async saveVerdict(option: ReturnType<Page['locator']>, label: string) {
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/review.saveVerdict'));
      await option.click();
      await saved;
      await page.getByTestId('verdict-plan.products').getByTestId('verdict-select').locator(`.ant-select-selection-item[title="${label}"]`).waitFor();
      // And no 保存中 left (已保存 shown): the answer handled by the page, not only received (none in an older renderer).
      await page.getByTestId('verdict-plan.products').locator('[data-testid="verdict-state"][data-state="saving"]').waitFor({ state: 'detached' });
    },
    async toScoring() {
      await page.goto(`${handle.url}#/case/${encodeURIComponent(c.selCaseId)}/scoring`);
      await page.getByRole('tab', { name: '评分办法与申报单位' }).waitFor();
    },
    async openResults() {
      await page.getByRole('tab', { name: '汇总与排名' }).click();
      await page.getByTestId('ranking').waitFor();
    },
    async leaveResults() {
      await page.getByRole('tab', { name: '评分办法与申报单位' }).click();
      // Hidden: the results stay mounted while nothing in the case changes (renderer/case/SelectionPage.tsx).
      await page.getByTestId('ranking').waitFor({ state: 'hidden' });
    },
  };
}

/**
 * CPU time (user + system, ms) of a process's descendants from /proc, by kind (Chromium's --type, or the process name):
 * on a loaded machine the wall time says little, the CPU an action costs is what a quiet machine would take.
 */
export function cpuByKind(root: number): Record<string, number> {
  const kids = new Map<number, number[]>();
  const info = new Map<number, { ppid: number; ms: number; kind: string }>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const kind = /--type=([\w-]+)/.exec(cmd)?.[1] ?? stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      info.set(Number(d), { ppid: Number(f[1]), ms: (Number(f[11]) + Number(f[12])) * 10, kind });
      kids.set(Number(f[1]), [...(kids.get(Number(f[1])) ?? []), Number(d)]);
    } catch { /* gone */ }
  }
  const out: Record<string, number> = {};
  const walk = (pid: number) => {
    const i = info.get(pid);
    if (i) out[i.kind] = (out[i.kind] ?? 0) + i.ms;
    for (const k of kids.get(pid) ?? []) walk(k);
  };
  for (const k of kids.get(root) ?? []) walk(k); // the root (the bench's own Playwright client) is not the app
  return out;
}

/** The CPU (ms) the Chromium processes and the host spent, summed, since `before` (a cpuByKind snapshot of our tree). */
export const cpuSince = (before: Record<string, number>) => {
  const now = cpuByKind(process.pid);
  return Object.entries(now).filter(([k]) => k !== 'esbuild').reduce((s, [k, v]) => s + v - (before[k] ?? 0), 0);
};
