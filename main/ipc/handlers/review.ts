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
  'review.get': ({ caseId, kind }) => s.review.get(caseId, kind),
  'review.saveVerdict': ({ caseId, itemId, memberId, verdict, comment, session, transcription, kind }) => s.review.saveVerdict(caseId, { itemId, memberId, verdict, comment, session, transcription, kind }),
  'review.saveCommitteeVerdict': ({ caseId, itemId, verdict, comment, kind }) => s.review.saveCommitteeVerdict(caseId, { itemId, verdict, comment, kind }),
  'review.adoptAgreed': ({ caseId, overwriteChair, kind }) => s.review.adoptAgreed(caseId, overwriteChair, kind),
  'review.ruleFlag': ({ caseId, ...req }) => s.review.ruleFlag(caseId, req),
  'review.setConclusion': ({ caseId, conclusion, kind }) => s.review.setConclusion(caseId, conclusion, kind),
  'review.draftOpinions': ({ caseId, kind }) => s.review.draftOpinions(caseId, kind),
  'review.saveOpinions': ({ caseId, opinions, kind }) => s.review.saveOpinions(caseId, opinions, kind),
  'review.memoContent': ({ caseId, kind }) => s.review.memoContent(caseId, kind),
});
