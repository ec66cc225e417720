import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');

/** Brief s23: four glitches seen on the printed pages, each checked on the output read back. */
const app = testApp();
afterAll(() => app.cleanup());
const save = (outputId: string, name: string) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, app.services.files.getOutput(outputId).data);
  if (process.env.MEETINGS_KEEP) fs.copyFileSync(f, path.join(process.env.MEETINGS_KEEP, name));
  return f;
};
const pdfText = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-']).toString();

describe('纪要: the matters the meeting studied', () => {
  it('refuses a 纪要 of a meeting with no 议题 on its agenda, before asking for the record', async () => {
    const { caseId } = await app.newCase();
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 0 });
    const render = () => app.call('meetings.renderAfter', { caseId, meetingId, which: 'minutes', format: 'pdf' });
    await expect(render()).rejects.toMatchObject({ code: 'MEETING_EMPTY_AGENDA', message: expect.stringContaining('没有列入议程的议题') });
    await app.call('meetings.saveRecord', { caseId, meetingId, record: { startedAt: '', present: ['王局长', '李副局长', '赵副局长'], absent: [], attending: [], items: [] } });
    await expect(render()).rejects.toMatchObject({ code: 'MEETING_EMPTY_AGENDA' });
  });

  it('names the items it studied in its opening sentence', async () => {
    const { caseId } = await app.newCase();
    const members = ['王局长', '李副局长', '赵副局长'];
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 2, members });
    const { items } = await app.call('meetings.get', { caseId, meetingId });
    await app.call('meetings.saveRecord', { caseId, meetingId, record: {
      startedAt: '', present: members, absent: [], attending: [],
      items: items.map((it) => ({ itemId: it.itemId, recusals: [], positions: members.map((name) => ({ name, position: 'agree' as const, remarks: '' })), dissent: '', decision: 'passed' as const, decisionText: '' })),
    } });
    const ref = await app.call('meetings.renderAfter', { caseId, meetingId, which: 'minutes', format: 'pdf' });
    const text = pdfText(save(ref.outputId, 'minutes.pdf'), '-layout').replace(/\s+/g, '');
    expect(text).toContain('研究了关于第1批公共数据授权运营事项的议题、关于第2批公共数据授权运营事项的议题等事项。现纪要如下');
    expect(text).not.toContain('研究了等事项');
  });
});
