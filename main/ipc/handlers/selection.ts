import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const selectionHandlers = (s: Services): HandlersFor<'selection.'> => ({
  'selection.state': ({ caseId }) => s.selection.state(caseId),
  'selection.templates': () => ({ templates: s.selection.templates() }),
  'selection.saveScheme': ({ caseId, scheme }) => s.selection.saveScheme(caseId, scheme),
  'selection.saveOptions': ({ caseId, options }) => s.selection.saveOptions(caseId, options),
  'selection.saveApplicant': ({ caseId, applicant }) => s.selection.saveApplicant(caseId, applicant),
  'selection.removeApplicant': ({ caseId, applicantId }) => s.selection.removeApplicant(caseId, applicantId),
  'selection.reviewPrice': ({ caseId, applicantId, explanation, invalid }) => s.selection.reviewPrice(caseId, applicantId, explanation, invalid),
  'selection.saveCheck': ({ caseId, verdict }) => s.selection.saveCheck(caseId, verdict),
  'selection.declare': ({ caseId, memberId, declarations, session, transcription }) => s.selection.declare(caseId, memberId, declarations, session, transcription),
  'selection.addSubstitute': ({ caseId, ...r }) => s.selection.addSubstitute(caseId, r),
  'selection.memberView': ({ caseId, memberId }) => s.selection.memberView(caseId, memberId),
  'selection.saveScores': ({ caseId, memberId, scores, notes, session }) => s.selection.saveScores(caseId, memberId, scores, 'ui', notes, session),
  'selection.submit': ({ caseId, memberId, session, transcription }) => s.selection.submit(caseId, memberId, session, transcription),
  'selection.correct': ({ caseId, ...r }) => s.selection.correct(caseId, r),
  'selection.results': ({ caseId }) => s.selection.results(caseId),
  'selection.exportSheet': ({ caseId, memberId }) => s.selection.exportSheet(caseId, memberId),
  'selection.importSheet': ({ caseId, file }) => s.selection.importSheet(caseId, file),
  'selection.exportResults': ({ caseId }) => s.selection.exportResults(caseId),
  'selection.resultsPdf': ({ caseId }) => s.selection.resultsPdf(caseId),
  'selection.report': ({ caseId }) => s.selection.reportContent(caseId),
});
