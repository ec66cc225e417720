import type { MethodName } from '../../shared/api/index';

/**
 * Calls that change nothing in a case file. Any other call that succeeds may have changed what the screen shows (the
 * kept case modules and the read cache follow this); a call missing here only costs a fresh read, so the list holds
 * plain reads only.
 */
export const PLAIN_READS: readonly string[] = [
  'app.info', 'cases.get', 'cases.audit', 'cases.recent', 'committee.list', 'deadlines.list', 'deadlines.coverage',
  'documents.get', 'documents.list', 'documents.search', 'documents.compare', 'documents.candidates', 'documents.original',
  'experts.kitStatus', 'experts.records', 'experts.transcriptions', 'experts.session', 'jobs.status', 'ocr.status', 'ocr.page',
  'meetings.get', 'meetings.list', 'memos.list', 'memos.keys', 'memos.templates', 'memos.subject', 'memos.preview',
  'price.get', 'review.get', 'review.rulesets', 'review.ruleset', 'review.memoContent', 'selection.state',
  'selection.results', 'selection.templates', 'selection.memberView', 'selection.report',
];
const READS = new Set(PLAIN_READS);
export const changesNothing = (method: MethodName) => READS.has(method);
