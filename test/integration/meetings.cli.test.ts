import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASS, testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';
import { CLI_BIN } from '../helpers/built';
import { output, run } from '../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');
const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('CLI: packet CASEFILE --meeting ID --out DIR --copies N', () => {
  const app = testApp();
  afterAll(() => app.cleanup());

  it('writes the packet, N numbered copies and the register, and refuses bad arguments', async () => {
    const file = path.join(app.dir, 'cli.rdcase');
    const { caseId } = await app.newCase({}, file);
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 2, attachmentsPerItem: 2 });
    await app.call('cases.close', { caseId });
    const outDir = path.join(app.dir, 'out');
    const cli = async (...args: string[]) => {
      const r = await run(process.execPath, [CLI_BIN, ...args, '--data-dir', path.join(app.dir, 'cli-data')], { cwd: ROOT, env: { ...process.env, REVIEW_DESK_PASSPHRASE: PASS } });
      return { status: r.code, stdout: r.stdout, stderr: r.stderr };
    };
    const list = await cli('meeting', 'list', file);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain(meetingId);
    const r = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--copies', '3', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.copies.map((c: { copyNo: string; recipient: string }) => `${c.copyNo} ${c.recipient}`)).toEqual(['000001 王局长', '000002 李副局长', '000003 赵副局长']);
    const pdfs = fs.readdirSync(outDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBe(1 + 3 + 1);
    for (const c of out.copies) {
      expect(Number(/Pages:\s+(\d+)/.exec(await output('pdfinfo', [c.file]))![1])).toBe(out.pageCount);
      expect((await output('pdftotext', ['-raw', '-f', '1', '-l', '1', c.file, '-'])).replace(/\s+/g, '')).toContain(`第${c.copyNo}份${c.recipient}`);
    }
    expect((await output('pdftotext', [out.register, '-']))).toContain('赵副局长');

    const missing = await cli('packet', file, '--out', outDir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--meeting');
    const badCopies = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--copies', 'abc');
    expect(badCopies.status).toBe(2);
    const unknown = await cli('packet', file, '--meeting', 'no-such-meeting', '--out', outDir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('找不到该会议');
  });
});
