import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planDocx, planPdf, planSections } from '../../fixtures/documents/make';
import { tempDir } from '../../helpers/tmp';
import { CLI_BIN } from '../../helpers/built';
import { run } from '../../helpers/run';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const PASS = 'Passw0rd-评审';

async function cli(...args: string[]) {
  const r = await run(process.execPath, [CLI_BIN, ...args, '--data-dir', path.join(tmp.dir, 'data')], {
    cwd: ROOT,
    env: { ...process.env, REVIEW_DESK_PASSPHRASE: PASS },
    timeout: 120_000,
  });
  return { code: r.code, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

describe('CLI: extract, doc import, doc list', () => {
  it('prints the structure of a PDF and imports documents into a case the way the UI does', async () => {
    const pdf = path.join(tmp.dir, 'plan.pdf');
    fs.writeFileSync(pdf, await planPdf(planSections(1), { breakBefore: ['二、授权运营范围'] }));
    const x = await cli('extract', pdf, '--json');
    expect(x.code).toBe(0);
    const doc = x.json();
    expect(doc).toMatchObject({ format: 'pdf', pageCount: 2, needsOcr: false });
    const para = doc.blocks.find((b: { kind: string; text?: string }) => b.kind === 'paragraph' && b.text?.includes('五年'));
    expect(para.location).toMatchObject({ page: 2, headingPath: ['二、', '（二）'] });
    expect(doc.blocks.some((b: { kind: string }) => b.kind === 'table')).toBe(true);

    const caseFile = path.join(tmp.dir, 'c.rdcase');
    expect((await cli('case', 'create', '--file', caseFile, '--title', '命令行测试')).code).toBe(0);
    const v1 = path.join(tmp.dir, 'v1.docx');
    const v2 = path.join(tmp.dir, 'v2.docx');
    fs.writeFileSync(v1, await planDocx(planSections(1)));
    fs.writeFileSync(v2, await planDocx(planSections(2)));
    const a = await cli('doc', 'import', caseFile, v1, '--role', '实施方案', '--json');
    expect(a.code).toBe(0);
    expect(a.json()).toMatchObject({ isNewDocument: true, version: { version: 1 } });
    const b = await cli('doc', 'import', caseFile, v2, '--role', 'plan', '--json');
    expect(b.json()).toMatchObject({ isNewDocument: false, version: { version: 2 } });
    const bid = await cli('doc', 'import', caseFile, pdf, '--role', 'bid', '--bidder', '甲数据公司', '--json');
    expect(bid.json()).toMatchObject({ document: { role: 'bid', bidder: '甲数据公司' } });

    const list = (await cli('doc', 'list', caseFile, '--json')).json();
    expect(list.documents.map((d: { role: string; versions: unknown[] }) => [d.role, d.versions.length])).toEqual([['plan', 2], ['bid', 1]]);
    expect((await cli('doc', 'list', caseFile)).out).toContain('v2  v2.docx');

    // Bad input: the Chinese message and a non-zero exit, in JSON too.
    const doc0 = path.join(tmp.dir, 'old.doc');
    fs.writeFileSync(doc0, 'x');
    const bad = await cli('doc', 'import', caseFile, doc0, '--role', 'other', '--json');
    expect(bad.code).toBe(1);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'DOC_LEGACY_FORMAT' } });
    expect((await cli('doc', 'import', caseFile, v1, '--role', 'memo')).err).toContain('未知的文件类别');
  }, 240_000);
});
