import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const documentsHandlers = (s: Services): HandlersFor<'documents.'> => ({
  'documents.list': ({ caseId }) => ({ documents: s.documents.list(caseId) }),
  'documents.candidates': ({ caseId, role, bidder }) => s.documents.candidates(caseId, role, bidder),
  'documents.import': ({ caseId, jobId, ...req }) => s.jobs.run(jobId, (job) => s.documents.import(caseId, req, job), [95, 5]),
  'documents.get': ({ caseId, versionId }) => s.documents.get(caseId, versionId),
  'documents.original': ({ caseId, versionId }) => s.documents.originalBase64(caseId, versionId),
  'documents.exportOriginal': ({ caseId, versionId }) => s.documents.exportOriginal(caseId, versionId),
  'documents.search': ({ caseId, query, allVersions, limit }) => s.documents.search(caseId, query, allVersions, limit),
  'documents.correct': ({ caseId, ...req }) => s.documents.correct(caseId, req),
  'documents.remove': ({ caseId, documentId, reason }) => s.documents.remove(caseId, { documentId, reason }),
  'documents.compare': ({ caseId, beforeVersionId, afterVersionId }) => s.documents.compare(caseId, beforeVersionId, afterVersionId),
});
