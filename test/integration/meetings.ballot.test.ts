import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');
const app = testApp();
afterAll(() => app.cleanup());
const text = (outputId: string, name: string) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, app.services.files.getOutput(outputId).data);
  return execFileSync('pdftotext', ['-raw', f, '-']).toString();
};

// Walk 9b: DOMAIN §6's 原则通过 was a decision in the record but no member could mark it on the 表决票.
it('the packet\'s 表决票 offers 原则同意 (原则通过) between 同意 and 不同意, and the record prints a member\'s 原则同意', async () => {
  const { caseId } = await app.newCase();
  const meetingId = await seedMeeting(app.call, caseId, app.dir, { pagesPerAttachment: 1 });
  const packet = await app.call('meetings.buildPacket', { caseId, meetingId });
  const pages = text(packet.packet.outputId, 'packet.pdf').split('\f');
  const ballots = pages.filter((p) => p.includes('表决人：'));
  expect(ballots).toHaveLength(3); // one per voting member
  for (const b of ballots) expect(b.replace(/\s+/g, '')).toContain('□同意□原则同意□不同意□修改后再议□暂缓');

  const { items } = await app.call('meetings.get', { caseId, meetingId });
  await app.call('meetings.saveRecord', {
    caseId, meetingId,
    record: {
      startedAt: '2026年5月12日 9:00', present: ['王局长', '李副局长', '赵副局长'], absent: [], attending: [],
      items: [{ itemId: items[0].itemId, recusals: [], positions: [{ name: '王局长', position: 'agree_in_principle', remarks: '授权期限请再核' }, { name: '李副局长', position: 'agree', remarks: '' }, { name: '赵副局长', position: 'agree', remarks: '' }], dissent: '', decision: 'passed_in_principle', decisionText: '按会议意见修改后印发' }],
    },
  });
  const record = text((await app.call('meetings.renderAfter', { caseId, meetingId, which: 'record', format: 'pdf' })).outputId, 'record.pdf').replace(/\s+/g, '');
  expect(record).toContain('王局长原则同意授权期限请再核');
  expect(record).toContain('原则通过');
}, 300_000);
