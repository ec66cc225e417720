import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../helpers/appPerTest';
import { neutralizeName, hasDeceptiveChars } from '../../shared/fileName';

describe('file names with control or bidirectional characters', () => {
  const app = testAppPerTest();

  it('neutralises them in one function: overrides, isolates, marks and controls become "_"', () => {
    expect(neutralizeName('报告\u202Efdp.exe')).toBe('报告_fdp.exe');
    expect(neutralizeName('a\u2066b\u2069c\u200Fd\u061Ce\nf\tg\u0085h')).toBe('a_b_c_d_e_f_g_h');
    expect(neutralizeName('（一）实施方案 v2.docx')).toBe('（一）实施方案 v2.docx');
    expect(hasDeceptiveChars(neutralizeName('x\u202Dy'))).toBe(false);
  });

  it('stores, lists and outputs an imported file under its neutralised name', async () => {
    const s = await app.newCase();
    const file = path.join(app.dir, 'plain.txt');
    fs.writeFileSync(file, '一、总则\n\n本方案适用于公共数据授权运营。');
    const evil = '实施方案\u202Etxt.exe\u0007.txt';
    await app.call('documents.import', { caseId: s.caseId, file: { kind: 'path', path: file, name: evil }, role: 'plan' } as never);
    const listed = JSON.stringify(await app.call('documents.list', { caseId: s.caseId } as never));
    expect(listed).toContain('实施方案_txt.exe_.txt');
    expect(hasDeceptiveChars(listed.replace(/\\n/g, ''))).toBe(false);
    const out = app.services.files.addOutput('意见书\u202Efdp.exe', 'application/pdf', Buffer.from('%PDF'));
    expect(out.fileName).toBe('意见书_fdp.exe');
  });
});
