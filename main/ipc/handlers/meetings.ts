import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const meetingsHandlers = (s: Services): HandlersFor<'meetings.'> => ({
  'meetings.list': ({ caseId }) => ({ meetings: s.meetings.list(caseId) }),
  'meetings.get': ({ caseId, meetingId }) => s.meetings.get(caseId, meetingId),
  'meetings.save': ({ caseId, meeting, changeReason }) => s.meetings.save(caseId, meeting, changeReason),
  'meetings.addItem': ({ caseId, meetingId, title, linkedToCase, changeReason }) => s.meetings.addItem(caseId, meetingId, { title, linkedToCase }, changeReason),
  'meetings.saveItem': ({ caseId, itemId, approval, explanation, changeReason }) => s.meetings.saveItem(caseId, itemId, approval, explanation, changeReason),
  'meetings.removeItem': ({ caseId, itemId, changeReason }) => s.meetings.removeItem(caseId, itemId, changeReason),
  'meetings.setOnAgenda': ({ caseId, itemId, onAgenda, changeReason }) => s.meetings.setOnAgenda(caseId, itemId, onAgenda, changeReason),
  'meetings.attach': ({ caseId, itemId, kind, file, title, riskLevel, changeReason }) => s.meetings.attach(caseId, itemId, { kind, file, title, riskLevel }, changeReason),
  'meetings.attachCaseDocument': ({ caseId, itemId, kind, versionId, title, riskLevel, changeReason }) =>
    s.meetings.attachCaseDocument(caseId, itemId, { kind, versionId, title, riskLevel }, changeReason),
  'meetings.attachMemo': ({ caseId, itemId, kind, memoId, title, riskLevel, changeReason }) => s.meetings.attachMemo(caseId, itemId, { kind, memoId, title, riskLevel }, changeReason),
  'meetings.markNotRequired': ({ caseId, itemId, kind, reason, changeReason }) => s.meetings.markNotRequired(caseId, itemId, kind, reason, changeReason),
  'meetings.removeAttachment': ({ caseId, attachmentId, changeReason }) => s.meetings.removeAttachment(caseId, attachmentId, changeReason),
  'meetings.lock': ({ caseId, meetingId }) => s.meetings.lock(caseId, meetingId),
  'meetings.buildPacket': ({ caseId, meetingId, recipients, onlyMissing, jobId }) => s.jobs.run(jobId, (job) => s.meetings.buildPacket(caseId, meetingId, { recipients, onlyMissing }, job), [90, 10]),
  'meetings.register': ({ caseId, meetingId }) => s.meetings.register(caseId, meetingId),
  'meetings.setReturned': ({ caseId, meetingId, copyNo, returned }) => ({ copies: s.meetings.setReturned(caseId, meetingId, copyNo, returned) }),
  'meetings.saveRecord': ({ caseId, meetingId, record }) => s.meetings.saveRecord(caseId, meetingId, record),
  'meetings.renderAfter': ({ caseId, meetingId, which, format, issuer, issueNo }) => s.meetings.renderAfterMeeting(caseId, meetingId, which, format, issuer, issueNo),
});
