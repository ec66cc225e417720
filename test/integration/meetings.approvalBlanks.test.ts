import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');

// Walk 9b: a packet was built and numbered with its 议题审批表 printed with 提出单位 and 汇报人 blank, and nothing said so.
describe('a 议题审批表 printed with 提出单位 or 汇报人 blank is pointed out when the packet is made', () => {
  const app = testApp();
  afterAll(() => app.cleanup());

  it('names the item and the blank lines; says nothing once they are filled', async () => {
    const { caseId } = await app.newCase();
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { pagesPerAttachment: 1 });
    const filled = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: [] });
    expect(filled.warnings.join('')).not.toContain('议题审批表未填写');

    const [item] = (await app.call('meetings.get', { caseId, meetingId })).items;
    await app.call('meetings.saveItem', { caseId, itemId: item.itemId, approval: { ...item.approval, proposingUnit: ' ', presenter: '' }, explanation: item.explanation });
    const blank = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: [] });
    expect(blank.warnings).toContain(`议题一“${item.approval.title}”的议题审批表未填写提出单位、汇报人，已按空白印出；如需打印填好的审批表，请在该议题的审批表中填写后重新生成。`);

    await app.call('meetings.saveItem', { caseId, itemId: item.itemId, approval: { ...item.approval, proposingUnit: '市数据局', presenter: '' }, explanation: item.explanation });
    const one = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: [] });
    expect(one.warnings.join('')).toContain('议题审批表未填写汇报人，');
  });
});
