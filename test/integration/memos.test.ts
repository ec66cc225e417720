import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { output } from '../helpers/run';
import { createKeyFile } from '../../main/services/memos/keys';
import { splitSignedPdf } from '../../main/services/memos/bundle';
import { CLI_BIN } from '../helpers/built';
import { OPENSSL_SM2_VERIFY, opensslVerifySm2 } from '../helpers/openssl';

// appRoot() walks up from argv[1], which under vitest is the shared node_modules (/work/main): point at this tree.
process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const MM = 72 / 25.4;
const OPINION = '该实施方案对照《河北省公共数据资源授权运营管理办法》第十二条所列十三项内容逐项编写，数据资源范围、运营机构选择条件、成本收入核算和收益分配机制等内容基本完整，论证较为充分。';
const flat = (s: string) => s.replace(/\s+/g, '');

type App = ReturnType<typeof testApp>;
let app: App;
let caseId: string;
const members: Record<string, string> = {};

function words(pdf: string) {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const pages: { w: { xMin: number; yMin: number; xMax: number; yMax: number; t: string }[] }[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const w = [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], t: m[5] }));
    pages.push({ w });
  }
  return pages;
}

async function save(outputId: string, file: string) {
  fs.writeFileSync(file, app.services.files.getOutput(outputId).data);
  return file;
}

beforeAll(async () => {
  app = testApp();
  caseId = (await app.newCase({ title: '某市公共数据资源授权运营实施方案' })).caseId;
  for (const [name, role] of [['张三', 'chair'], ['李四', 'member'], ['王五', 'member'], ['赵六', 'member'], ['钱七', 'member']] as const) {
    members[name] = (await app.call('committee.save', { caseId, member: { name, unit: '某大学', title: '教授', role } })).memberId;
  }
});
afterAll(() => app.cleanup());

describe('memo generation', () => {
  it('refuses a memo with missing required content, naming each section, and saves nothing', async () => {
    await expect(app.call('memos.generate', { caseId, type: 'plan_opinion' })).rejects.toMatchObject({ code: 'MEMO_CONTENT_MISSING', message: expect.stringContaining('“论证意见”、“结论”') });
    expect((await app.call('memos.list', { caseId })).memos).toHaveLength(0);
  });

  it('names a character that no font can print instead of printing a box', async () => {
    await expect(app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '意见😀', conclusion: '同意' } })).rejects.toMatchObject({ code: 'MEMO_GLYPH_MISSING', message: expect.stringContaining('“😀”（U+1F600）') });
  });

  it('prints a GB/T 9704 PDF: sections and text, embedded subset CJK fonts, margins within 1 mm, page numbers alternating', async () => {
    const m = await app.call('memos.generate', { caseId, type: 'plan_opinion', copyNo: '000007', secrecy: '秘密★1年', inputs: { opinion: Array(12).fill(OPINION).join('\n'), revisions: '补充数据质量评价标准。', conclusion: '同意该实施方案修改完善后按程序报批。' } });
    expect(m).toMatchObject({ version: 1, status: 'draft', label: '专家论证意见' });
    const file = await save((await app.call('memos.export', { caseId, memoId: m.memoId, format: 'pdf' })).outputId, path.join(app.dir, 'memo.pdf'));
    const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const s of ['000007', '秘密★1年', '关于《某市公共数据资源授权运营实施方案》的', '专家论证意见', '一、论证概况', '二、专家组成员', '三、论证意见', '四、修改意见', '五、不同意见', '六、结论', flat(OPINION), '同意该实施方案修改完善后按程序报批。', '附件：专家组成员签字表', '张三', '组长', '五、不同意见无。']) {
      expect(text).toContain(flat(s));
    }
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+\S+\s.*\syes\s+yes\s+yes/);
    expect(fonts.join('\n')).toMatch(/Fang|仿宋|FangSong/);

    const pages = words(file);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const isPageNo = (t: string) => /^(—|\d+)$/.test(t);
    for (const p of pages) {
      const body = p.w.filter((w) => !isPageNo(w.t));
      expect(Math.min(...body.map((w) => w.xMin))).toBeGreaterThanOrEqual(28 * MM - 1 * MM);
      expect(Math.max(...body.map((w) => w.xMax))).toBeLessThanOrEqual((28 + 156) * MM + 1 * MM);
      expect(Math.min(...body.map((w) => w.yMin))).toBeGreaterThanOrEqual(37 * MM - 1 * MM);
      expect(Math.max(...body.map((w) => w.yMax))).toBeLessThanOrEqual((37 + 225) * MM + 1 * MM);
    }
    // Body text reaches the left edge of the block and a full line its right edge (28 characters).
    const p1 = pages[0].w.filter((w) => !isPageNo(w.t));
    expect(Math.abs(Math.min(...p1.map((w) => w.xMin)) - 28 * MM)).toBeLessThan(1 * MM);
    expect(Math.abs(Math.max(...pages[1].w.map((w) => w.xMax)) - 184 * MM)).toBeLessThan(1 * MM);
    // "— N —" 7 mm below the block; odd pages right, even pages left.
    pages.forEach((p, i) => {
      const no = p.w.filter((w) => w.t === String(i + 1) && w.yMin > 262 * MM);
      expect(no).toHaveLength(1);
      expect(Math.abs(no[0].yMin - 269 * MM)).toBeLessThan(1.5 * MM);
      const centre = (no[0].xMin + no[0].xMax) / 2;
      if ((i + 1) % 2) expect(centre).toBeGreaterThan(150 * MM);
      else expect(centre).toBeLessThan(60 * MM);
    });
    // Render a page for a person to look at.
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, path.join(app.dir, 'page')]);
    fs.mkdirSync('test-results/memos', { recursive: true });
    for (const f of fs.readdirSync(app.dir).filter((x) => x.startsWith('page'))) fs.copyFileSync(path.join(app.dir, f), path.join('test-results/memos', f));
  });

  it('writes a DOCX that LibreOffice opens and converts to the same text', async () => {
    const m = (await app.call('memos.list', { caseId })).memos[0];
    const file = await save((await app.call('memos.export', { caseId, memoId: m.memoId, format: 'docx' })).outputId, path.join(app.dir, 'memo.docx'));
    // Awaited, not execFileSync: a conversion on a busy machine must not stop this worker answering vitest (test/helpers/run.ts).
    await output('soffice', ['--headless', `-env:UserInstallation=file://${app.dir}/lo`, '--convert-to', 'pdf', '--outdir', path.join(app.dir, 'lo-out'), file], { timeout: 300_000 });
    const text = flat(execFileSync('pdftotext', [path.join(app.dir, 'lo-out', 'memo.pdf'), '-'], { encoding: 'utf8' }));
    const pdfText = flat(execFileSync('pdftotext', [path.join(app.dir, 'memo.pdf'), '-'], { encoding: 'utf8' }));
    for (const s of ['一、论证概况', '三、论证意见', '六、结论', flat(OPINION), '附件：专家组成员签字表', '2026'.slice(0, 0) + '专家组']) expect(text).toContain(s);
    // Same words in both: every heading of the PDF is in the DOCX rendering.
    for (const h of pdfText.match(/[一二三四五六]、[^一二三四五六]{2,8}/g) ?? []) expect(text).toContain(h.slice(0, 4));
  }, 360_000); // LibreOffice starting cold on a loaded machine: room, never a timing check
});

describe('signatures', () => {
  const keys: Record<string, string> = {};
  beforeAll(() => {
    for (const n of ['张三', '李四', '王五']) keys[n] = createKeyFile({ name: n, unit: '某大学', passphrase: `pass-${n}-1`, algorithm: n === '王五' ? 'ed25519' : 'sm2' }).keyFile;
    keys['外人'] = createKeyFile({ name: '外人', unit: '', passphrase: 'pass-外人-1' }).keyFile;
  });
  const keyRef = (n: string) => {
    const f = path.join(app.dir, `${n}.rdkey`);
    fs.writeFileSync(f, keys[n]);
    return { kind: 'path' as const, path: f };
  };

  it('signs in turn, with a dissent, refuses bad input without changing anything, and verifies', async () => {
    const memo = (await app.call('memos.list', { caseId })).memos[0];
    await expect(app.call('memos.sign', { caseId, memoId: memo.memoId, key: keyRef('张三'), passphrase: 'wrong-pass' })).rejects.toMatchObject({ code: 'KEY_WRONG_PASSPHRASE' });
    await expect(app.call('memos.sign', { caseId, memoId: memo.memoId, key: keyRef('外人'), passphrase: 'pass-外人-1' })).rejects.toMatchObject({ code: 'KEY_NOT_IN_CASE' });
    fs.writeFileSync(path.join(app.dir, 'junk.rdkey'), 'not a key');
    await expect(app.call('memos.sign', { caseId, memoId: memo.memoId, key: { kind: 'path', path: path.join(app.dir, 'junk.rdkey') }, passphrase: 'x' })).rejects.toMatchObject({ code: 'KEY_FILE_INVALID' });
    expect((await app.call('memos.list', { caseId })).memos[0]).toMatchObject({ status: 'draft', signatures: [] });

    await app.call('memos.sign', { caseId, memoId: memo.memoId, key: keyRef('张三'), passphrase: 'pass-张三-1' });
    await app.call('memos.sign', { caseId, memoId: memo.memoId, key: keyRef('李四'), passphrase: 'pass-李四-1', decision: 'dissent', reasons: '收益分配比例论证不足。' });
    await app.call('memos.sign', { caseId, memoId: memo.memoId, key: keyRef('王五'), passphrase: 'pass-王五-1' });
    const signed = await app.call('memos.refuse', { caseId, memoId: memo.memoId, memberId: members['赵六'] });
    expect(signed.status).toBe('locked');
    expect(signed.signatures.map((s) => [s.name, s.decision])).toEqual([['张三', 'agree'], ['李四', 'dissent'], ['王五', 'agree'], ['赵六', 'refused']]);
    await expect(app.call('memos.sign', { caseId, memoId: memo.memoId, key: keyRef('张三'), passphrase: 'pass-张三-1' })).rejects.toMatchObject({ code: 'MEMO_ALREADY_SIGNED' });

    const v = await app.call('memos.verify', { caseId, memoId: memo.memoId });
    expect(v.allValid).toBe(true);
    expect(v.items).toHaveLength(3);

    // The printed signature page shows signer, algorithm, fingerprint and code.
    const sp = await save((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'signaturePage' })).outputId, path.join(app.dir, 'sigpage.pdf'));
    const spText = flat(execFileSync('pdftotext', [sp, '-'], { encoding: 'utf8' }));
    execFileSync('pdftoppm', ['-png', '-r', '60', sp, 'test-results/memos/sigpage']);
    for (const s of ['签署页', '张三', '李四', '不同意见。理由：收益分配比例论证不足', '北京时间', 'SM2/', 'Ed25519', signed.signatures[0].code, signed.signatures[0].fingerprint.slice(0, 9).replace(/\s/g, ''), '视为同意']) expect(spText).toContain(flat(s));
    // The command a reader runs to verify is printed whole, on one line of one page (test/integration/signature-note.test.ts
    // pushes it to a page break).
    const spPages = execFileSync('pdftotext', ['-layout', sp, '-'], { encoding: 'utf8' }).split('\f');
    expect(spPages.filter((p) => p.includes('review-desk verify 文件.pdf'))).toHaveLength(1);

    // Any change after the first signature makes a new version; the signed one stays.
    const v2 = await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: OPINION, conclusion: '同意。' } });
    expect(v2.version).toBe(2);
    const all = (await app.call('memos.list', { caseId })).memos;
    expect(all.find((x) => x.memoId === memo.memoId)!.status).toBe('superseded');
    expect(all.find((x) => x.memoId === memo.memoId)!.signatures).toHaveLength(4);
  });

  it('detects one changed byte anywhere in the PDF or in the signatures, and unknown keys', async () => {
    const memo = (await app.call('memos.list', { caseId })).memos.find((m) => m.version === 1)!;
    const file = await save((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'signedPdf' })).outputId, path.join(app.dir, 'signed.pdf'));
    const ok = await app.call('memos.verifyFile', { file: { kind: 'path', path: file } });
    expect(ok.allValid).toBe(true);
    // The same check headless: `verify FILE.pdf`, exit 0 when all valid, 3 when not.
    const cli = (f: string) => { try { return { code: 0, out: execFileSync(process.execPath, [CLI_BIN, 'verify', f, '--data-dir', path.join(app.dir, 'cli')], { encoding: 'utf8', stdio: 'pipe' }) }; } catch (e) { return { code: (e as { status: number }).status, out: String((e as { stdout: string }).stdout) }; } };
    const good = cli(file);
    expect(good).toMatchObject({ code: 0, out: expect.stringContaining('结论：全部签名有效。') });
    const bytes = fs.readFileSync(file);
    const { pdf } = splitSignedPdf(bytes);
    for (const at of [0, 1000, Math.floor(pdf.length / 2), pdf.length - 3]) {
      const t = Buffer.from(bytes);
      t[at] ^= 0x01;
      fs.writeFileSync(path.join(app.dir, 't.pdf'), t);
      const r = await app.call('memos.verifyFile', { file: { kind: 'path', path: path.join(app.dir, 't.pdf') } });
      expect(r.allValid).toBe(false);
      expect(r.items.every((i) => i.reason.startsWith('内容已改动'))).toBe(true);
    }
    const bad = cli(path.join(app.dir, 't.pdf'));
    expect(bad).toMatchObject({ code: 3, out: expect.stringContaining('原因：内容已改动') });
    // A separate signature file with one changed byte in one signature.
    const sigFile = await save((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'sig' })).outputId, path.join(app.dir, 'memo.rdsig.json'));
    const plainPdf = await save((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId, path.join(app.dir, 'plain.pdf'));
    expect((await app.call('memos.verifyFile', { file: { kind: 'path', path: plainPdf }, sig: { kind: 'path', path: sigFile } })).allValid).toBe(true);
    const b = JSON.parse(fs.readFileSync(sigFile, 'utf8'));
    const sig = Buffer.from(b.signatures[0].signature, 'base64');
    sig[sig.length - 5] ^= 0x01;
    b.signatures[0].signature = sig.toString('base64');
    fs.writeFileSync(path.join(app.dir, 'bad.rdsig.json'), JSON.stringify(b));
    const r = await app.call('memos.verifyFile', { file: { kind: 'path', path: plainPdf }, sig: { kind: 'path', path: path.join(app.dir, 'bad.rdsig.json') } });
    expect(r.items[0]).toMatchObject({ valid: false, reason: expect.stringContaining('签名已改动') });
    expect(r.items[1].valid).toBe(true);
    // A signature by a key whose certificate is not carried (or, in the case, not registered).
    const b2 = JSON.parse(fs.readFileSync(sigFile, 'utf8'));
    b2.certificates = b2.certificates.slice(1);
    fs.writeFileSync(path.join(app.dir, 'nokey.rdsig.json'), JSON.stringify(b2));
    const r2 = await app.call('memos.verifyFile', { file: { kind: 'path', path: plainPdf }, sig: { kind: 'path', path: path.join(app.dir, 'nokey.rdsig.json') } });
    expect(r2.items[0]).toMatchObject({ valid: false, reason: expect.stringContaining('未知密钥') });
    // A damaged signature file is refused with its own message.
    fs.writeFileSync(path.join(app.dir, 'junk.rdsig.json'), '{"format":');
    await expect(app.call('memos.verifyFile', { file: { kind: 'path', path: plainPdf }, sig: { kind: 'path', path: path.join(app.dir, 'junk.rdsig.json') } })).rejects.toMatchObject({ code: 'SIG_FILE_INVALID' });
  });

  it('exports an SM2 signature that OpenSSL 3 verifies independently (SM3, default ID)', async () => {
    const memo = (await app.call('memos.list', { caseId })).memos.find((m) => m.version === 1)!;
    const bundle = app.services.memos.bundle(caseId, memo.memoId);
    const s = bundle.signatures.find((x) => JSON.parse(x.signedData).signer.name === '张三')!;
    const cert = bundle.certificates.find((c) => c.fingerprint === JSON.parse(s.signedData).signer.fingerprint)!;
    const dir = path.join(app.dir, 'ossl');
    expect(opensslVerifySm2(dir, cert, s.signedData, s.signature)).toContain('Signature Verified Successfully');
    const d = fs.readFileSync(path.join(dir, 'data.bin'));
    d[10] ^= 1;
    fs.writeFileSync(path.join(dir, 'data.bin'), d);
    expect(() => execFileSync('openssl', OPENSSL_SM2_VERIFY, { cwd: dir, stdio: 'pipe' })).toThrow();
  });
});
