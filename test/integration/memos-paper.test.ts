import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { output } from '../helpers/run';
import { createKeyFile } from '../../main/services/memos/keys';
import { splitSignedPdf } from '../../main/services/memos/bundle';

/**
 * Issue 11 "Memos": what ends up on paper — subject, rule names, dissent, local times, title lines, the signing block
 * inside the text block, the signed PDF's filled 签字表 and DOCX pagination — read back from the PDF and DOCX.
 */
process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const MM = 72 / 25.4;
const flat = (s: string) => s.replace(/\s+/g, '');
const OUT = path.resolve('test-results/memos');

type App = ReturnType<typeof testApp>;
let app: App;
let caseId: string;
const members: Record<string, string> = {};
const PLAN = [
  '秦皇岛市数据和政务服务局欢迎您!',
  '秦皇岛市公共数据资源授权运营实施方案',
  '一、授权运营名称',
  '秦皇岛市公共数据资源授权运营（交通出行场景）。',
  '二、实施机构',
  '秦皇岛市数据和政务服务局负责组织实施。',
  '三、数据资源范围',
  '交通出行相关公共数据，目录见附件，按月更新。',
].join('\n');

async function save(outputId: string, name: string) {
  const file = path.join(app.dir, name);
  fs.writeFileSync(file, app.services.files.getOutput(outputId).data);
  return file;
}
function words(pdf: string) {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) => [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], t: m[5] })));
}

beforeAll(async () => {
  app = testApp();
  fs.mkdirSync(OUT, { recursive: true });
  // The case title is the matter (…专家论证), not the document's title: the memo must not say 论证 twice.
  caseId = (await app.newCase({ title: '秦皇岛市公共数据资源授权运营实施方案专家论证', jurisdiction: 'qinhuangdao' })).caseId;
  for (const [name, role] of [['王组长', 'chair'], ['李专家', 'member'], ['张专家', 'member']] as const) {
    members[name] = (await app.call('committee.save', { caseId, member: { name, unit: '燕山大学信息科学与工程学院', title: '教授', role } })).memberId;
  }
});
afterAll(() => app.cleanup());

describe('memo subject', () => {
  it('falls back to the case title without the matter words, then takes the reviewed document title, editable before generating', async () => {
    expect(await app.call('memos.subject', { caseId, type: 'plan_opinion' })).toEqual({ subject: '秦皇岛市公共数据资源授权运营实施方案', source: 'case' });
    const file = path.join(app.dir, 'plan.txt');
    fs.writeFileSync(file, PLAN);
    await app.call('review.run', { caseId, file: { kind: 'path', path: file } });
    const s = await app.call('memos.subject', { caseId, type: 'plan_opinion' });
    expect(s.source).toBe('document');
    // The documents module's title for the plan is what is offered (whatever the extraction made of it).
    expect(s.subject).toBe(app.services.documents.list(caseId).find((d) => d.role === 'plan')!.title.replace(/^《|》$/g, ''));
    expect(s.caution).toBeUndefined();
  });

  it('is the title of the document the memo\'s review read, and cautions when that review doubted it was a plan', async () => {
    // A secretary reviews the plan, then a work bulletin picked by mistake, then the plan again from the case's files.
    const other = (await app.newCase({ title: '秦皇岛市网约车公共数据授权运营实施方案评审', jurisdiction: 'qinhuangdao' })).caseId;
    const plan = path.join(app.dir, 'plan-again.txt');
    fs.writeFileSync(plan, PLAN.replace('交通出行场景', '网约车场景'));
    const bulletin = path.resolve('test/fixtures/review/not-a-plan-h23a-wangyueche-qinhuangdao-jianbao.txt');
    const first = await app.call('review.run', { caseId: other, kind: 'plan', file: { kind: 'path', path: plan } });
    await app.call('review.run', { caseId: other, kind: 'plan', file: { kind: 'path', path: bulletin } });
    const wrong = await app.call('memos.subject', { caseId: other, type: 'plan_opinion' });
    expect(wrong.subject).toContain('工作简报');
    expect(wrong.caution).toContain('看起来不像实施方案');
    expect(wrong.caution).toContain('not-a-plan-h23a-wangyueche-qinhuangdao-jianbao.txt');
    // The bulletin is now the case's latest plan document; the memo follows the review, which read the plan again.
    const planVersion = app.services.documents.list(other).find((d) => d.versions.some((v) => v.sha256 === first.run!.documentSha256))!.versions[0]!.versionId;
    await app.call('review.run', { caseId: other, kind: 'plan', versionId: planVersion });
    expect(app.services.documents.list(other).filter((d) => d.role === 'plan').at(-1)!.title).toContain('工作简报');
    const right = await app.call('memos.subject', { caseId: other, type: 'plan_opinion' });
    expect(right).toEqual({ subject: '秦皇岛市公共数据资源授权运营实施方案', source: 'document' });
  });
});

describe('a generated and signed 专家论证意见', () => {
  let memoId: string;
  let pdf: string;

  it('names the confirmed subject, the rules by full title, each basis once and only substantive dissent with its reason', async () => {
    const item = 'plan.products';
    await app.call('review.saveVerdict', { caseId, itemId: item, memberId: members['王组长'], verdict: 'conforms', comment: '' });
    // 基本符合 against 符合 is not dissent; 不符合 against 符合 is, with the member's reason.
    await app.call('review.saveVerdict', { caseId, itemId: item, memberId: members['李专家'], verdict: 'mostly', comment: '' });
    await app.call('review.saveVerdict', { caseId, itemId: item, memberId: members['张专家'], verdict: 'fails', comment: '产品清单未区分两大类。' });
    await app.call('review.saveCommitteeVerdict', { caseId, itemId: item, verdict: 'conforms', comment: '' });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.agency', memberId: members['李专家'], verdict: 'mostly', comment: '应写明实施机构的具体职责分工' });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    const draft = await app.call('review.draftOpinions', { caseId });
    // The experts' own comments feed the drafted 修改意见.
    expect(draft.opinions.map((o) => o.text).join('\n')).toContain('应写明实施机构的具体职责分工');
    await app.call('review.saveOpinions', { caseId, opinions: draft.opinions });

    const m = await app.call('memos.generate', { caseId, type: 'plan_opinion', subject: '《秦皇岛市公共数据资源授权运营实施方案》' });
    memoId = m.memoId;
    expect(m.subject).toBe('秦皇岛市公共数据资源授权运营实施方案');
    pdf = await save((await app.call('memos.export', { caseId, memoId, format: 'pdf' })).outputId, 'memo.pdf');
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const text = flat(layout);
    expect(text).toContain('关于《秦皇岛市公共数据资源授权运营实施方案》的专家论证意见');
    expect(text).not.toContain('论证》');
    expect(text).not.toContain('欢迎您');
    expect(text).toContain('对《秦皇岛市公共数据资源授权运营实施方案》逐项审查');
    expect(text).toContain('专家组依据《河北省公共数据授权运营管理办法（试行）》');
    expect(text).not.toMatch(/依据“河北省”/);
    // Each 修改意见 names each basis once (no "建议依据《…》第X条…（依据：《…》第X条）").
    const revisions = text.slice(text.indexOf('四、修改意见'), text.indexOf('五、不同意见'));
    for (const para of revisions.split(/\d+．/).filter(Boolean)) {
      for (const doc of para.match(/《[^》]+》/g) ?? []) expect(para.split(doc).length - 1, para).toBe(1);
    }
    const dissent = text.slice(text.indexOf('五、不同意见'), text.indexOf('六、结论'));
    expect(dissent).toContain('张专家（代录）对“公共数据产品和服务清单（两大类）”的意见为不符合（专家组意见为符合），理由：产品清单未区分两大类。');
    expect(dissent).not.toContain('李专家');
    expect(dissent).not.toContain('未说明理由');
    // The title keeps words whole and leaves no 的 alone on a line.
    const titleLines = layout.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).filter((l) => !l.startsWith('一、'));
    for (const l of titleLines) expect(l).not.toMatch(/^的|^[》）]/);
    expect(titleLines.join('')).not.toMatch(/授\s*$/);
  });

  it('keeps the signing block with the last paragraph and inside the 156 mm text block', () => {
    const pages = words(pdf);
    const signPage = pages.findIndex((p) => p.some((w) => w.t.includes('年') && w.t.includes('月') && w.t.endsWith('日') && w.xMin > 100 * MM));
    expect(signPage).toBeGreaterThanOrEqual(0);
    const page = pages[signPage];
    for (const w of page) {
      expect(w.xMin, w.t).toBeGreaterThanOrEqual(28 * MM - 1);
      expect(w.xMax, w.t).toBeLessThanOrEqual((28 + 156) * MM + 1);
    }
    // Something of the body stands above the signing block on its page.
    const by = page.find((w) => w.t === '专家组')!;
    expect(page.some((w) => w.yMax < by.yMin - 20 && w.xMin < 40 * MM && w.t.length > 3)).toBe(true);
  });

  it('shows the filled 签字表 in the signed PDF, in local time, and still verifies', async () => {
    const key = (name: string, algorithm: 'sm2' | 'ed25519') => {
      const k = createKeyFile({ name, unit: '燕山大学', algorithm, passphrase: `pass-${name}-1` });
      const f = path.join(app.dir, `${name}.rdkey`);
      fs.writeFileSync(f, k.keyFile);
      return { kind: 'path' as const, path: f };
    };
    const t0 = new Date();
    await app.call('memos.sign', { caseId, memoId, key: key('王组长', 'sm2'), passphrase: 'pass-王组长-1' });
    await app.call('memos.sign', { caseId, memoId, key: key('张专家', 'ed25519'), passphrase: 'pass-张专家-1', decision: 'dissent', reasons: '产品清单未区分两大类。' });
    const signedFile = await save((await app.call('memos.export', { caseId, memoId, format: 'signedPdf' })).outputId, 'signed.pdf');
    fs.copyFileSync(signedFile, path.join(OUT, 'signed-memo.pdf'));
    const n = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [signedFile], { encoding: 'utf8' }))![1]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', signedFile, path.join(OUT, 'signed-memo-page1')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), signedFile, path.join(OUT, 'signed-memo-signatures')]);
    execFileSync('qpdf', ['--check', signedFile]);
    const { pdf: original } = splitSignedPdf(fs.readFileSync(signedFile));
    expect(original.equals(fs.readFileSync(pdf))).toBe(true);
    expect((await app.call('memos.verifyFile', { file: { kind: 'path', path: signedFile } })).allValid).toBe(true);

    const text = flat(execFileSync('pdftotext', [signedFile, '-'], { encoding: 'utf8' }));
    const local = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(t0);
    const day = `${local.find((p) => p.type === 'year')!.value}年${local.find((p) => p.type === 'month')!.value}月${local.find((p) => p.type === 'day')!.value}日`;
    const keys = await app.call('memos.keys', { caseId });
    for (const s of ['专家组成员签字表（电子签名）', '王组长', '燕山大学', '同意', '不同意见。', '产品清单未', '北京时间', day, 'SM2/', 'SM3', 'Ed25519', keys.keys[0].fingerprint, '未签署']) expect(text).toContain(flat(s));
    const hh = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(t0));
    // The time cell wraps after 月 ("2026年12月" / "1日 15:30"): the local hour follows the day.
    expect(text).toMatch(new RegExp(`${Number(local.find((p) => p.type === 'day')!.value)}日${String(hh).padStart(2, '0')}:\\d\\d`));
    // The empty handwritten table is gone from the signed copy; the unsigned PDF still has it.
    expect(text).not.toContain('工作单位及职称');
    expect(flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }))).toContain('工作单位及职称');
    // Every page of the signed copy keeps the memo's numbering: the replaced 签字表 pages continue it (— n —), odd right, even left.
    const pageTexts = execFileSync('pdftotext', ['-layout', signedFile, '-'], { encoding: 'utf8' }).split('\f').slice(0, n);
    pageTexts.forEach((t, i) => {
      const no = [...t.matchAll(/—\s*(\d+)\s*—/g)].map((m) => Number(m[1]));
      expect(no, `page ${i + 1}`).toEqual([i + 1]);
    });
    const sigWords = execFileSync('pdftotext', ['-bbox', '-f', String(n), '-l', String(n), signedFile, '-'], { encoding: 'utf8' });
    const noX = Number(new RegExp(`xMin="([\\d.]+)"[^>]*>${n}<`).exec(sigWords)![1]);
    expect(noX > 105 * MM).toBe(n % 2 === 1);

  });

  it('paginates the DOCX like the PDF (LibreOffice converting the DOCX)', async () => {
    const docx = await save((await app.call('memos.export', { caseId, memoId, format: 'docx' })).outputId, 'memo.docx');
    const outDir = path.join(app.dir, 'lo');
    // Awaited, not execFileSync: a conversion on a busy machine must not stop this worker answering vitest (test/helpers/run.ts).
    await output('soffice', [`-env:UserInstallation=file://${path.join(app.dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { timeout: 300_000 });
    const pages = (f: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))![1]);
    for (const [from, to] of [[pdf, 'memo.pdf'], [docx, 'memo.docx'], [path.join(outDir, 'memo.pdf'), 'memo-docx-libreoffice.pdf']]) fs.copyFileSync(from, path.join(OUT, to));
    expect(pages(path.join(outDir, 'memo.pdf'))).toBe(pages(pdf));
  }, 360_000); // LibreOffice starting cold on a loaded machine: room, never a timing check
});
