import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const ocrHandlers = (s: Services): HandlersFor<'ocr.'> => ({
  'ocr.status': ({ caseId, versionId }) => s.ocr.status(caseId, versionId),
  'ocr.start': ({ caseId, versionId }) => s.ocr.start(caseId, versionId),
  'ocr.cancel': ({ caseId, versionId }) => s.ocr.cancel(caseId, versionId),
  'ocr.page': ({ caseId, versionId, page }) => s.ocr.page(caseId, versionId, page),
  'ocr.correct': ({ caseId, versionId, page, line, text }) => s.ocr.correct(caseId, versionId, page, line, text),
});
