import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const reviewHandlers = (s: Services): HandlersFor<'review.'> => ({
  'review.rulesets': () => ({ rulesets: s.rulesets.list() }),
  'review.ruleset': ({ id }) => s.rulesets.get(id),
  'review.importRuleset': ({ file }) => {
    const f = s.files.resolve(file);
    try {
      return s.rulesets.import(f.path);
    } finally {
      f.release();
    }
  },
  'review.check': ({ file, kind, rulesetId }) => s.review.check(file, kind, rulesetId),
  'review.run': ({ caseId, kind, rulesetId, file, versionId }) => s.review.run(caseId, { kind, rulesetId, file, versionId }),
  'review.get': ({ caseId }) => s.review.get(caseId),
  'review.saveVerdict': ({ caseId, itemId, memberId, verdict, comment, session, transcription }) => s.review.saveVerdict(caseId, { itemId, memberId, verdict, comment, session, transcription }),
  'review.saveCommitteeVerdict': ({ caseId, itemId, verdict, comment }) => s.review.saveCommitteeVerdict(caseId, { itemId, verdict, comment }),
  'review.adoptAgreed': ({ caseId, overwriteChair }) => s.review.adoptAgreed(caseId, overwriteChair),
  'review.ruleFlag': ({ caseId, ...req }) => s.review.ruleFlag(caseId, req),
  'review.setConclusion': ({ caseId, conclusion }) => s.review.setConclusion(caseId, conclusion),
  'review.draftOpinions': ({ caseId }) => s.review.draftOpinions(caseId),
  'review.saveOpinions': ({ caseId, opinions }) => s.review.saveOpinions(caseId, opinions),
  'review.memoContent': ({ caseId }) => s.review.memoContent(caseId),
});
