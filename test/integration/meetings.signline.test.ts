import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');
const app = testApp();
afterAll(() => app.cleanup());

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
/** The lines of text on a page, without its page number ("— 2 —"). */
const pageLines = (file: string, n: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']).toString().split('\n')
    .map((l) => l.replace(/\s+/g, '')).filter((l) => l && !/^—\d+—$/.test(l));

// Walk 21b: the record's page 2 held only "记录人：刘秘书 主持人：马志远", the minutes' page 2 only "记录：刘秘书".
// The decision grows a line at a time, so over a page's worth of lengths the text ends at every line of the page.
it('the signing line of the 会议记录 and the 记录 line of the 纪要 never stand alone on a page', async () => {
  const { caseId } = await app.newCase();
  const members = ['马志远', '高建华'];
  const meetingId = await seedMeeting(app.call, caseId, app.dir, { members, pagesPerAttachment: 1 });
  const itemId = (await app.call('meetings.get', { caseId, meetingId })).items[0].itemId;
  let spilled = 0;
  for (let n = 0; n < 24; n++) {
    const decisionText = '请市数据局按会议意见修改完善实施方案后按程序报批，并做好收益分配测算。'.repeat(n + 1).slice(0, 28 * (n + 4));
    await app.call('meetings.saveRecord', {
      caseId, meetingId,
      record: {
        startedAt: '', present: members, absent: [], attending: [],
        items: [{ itemId, recusals: [], positions: members.map((name) => ({ name, position: 'agree' as const, remarks: '' })), dissent: '', decision: 'passed', decisionText }],
      },
    });
    for (const which of ['record', 'minutes'] as const) {
      const f = path.join(app.dir, `${which}-${n}.pdf`);
      fs.writeFileSync(f, app.services.files.getOutput((await app.call('meetings.renderAfter', { caseId, meetingId, which, format: 'pdf' })).outputId).data);
      const sign = which === 'record' ? '记录人：办公室张秘书主持人：马志远' : '记录：办公室张秘书';
      for (let pg = 1; pg <= pages(f); pg++) {
        const lines = pageLines(f, pg);
        const at = lines.indexOf(sign);
        if (at < 0) continue;
        // text before it on its own page (the fallback-font note may follow it)
        expect(at, `${which} n=${n} p.${pg}: ${lines.join('|')}`).toBeGreaterThan(0);
        if (pg > 1) spilled++;
      }
    }
  }
  expect(spilled).toBeGreaterThan(4); // the sweep did carry the line onto a later page
}, 600_000);
