import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const committeeHandlers = (s: Services): HandlersFor<'committee.'> => ({
  'committee.list': ({ caseId }) => ({ members: s.committee.list(caseId), warnings: s.committee.warnings(caseId) }),
  'committee.save': ({ caseId, member }) => s.committee.save(caseId, member),
  'committee.remove': ({ caseId, memberId, reason }) => s.committee.remove(caseId, memberId, reason),
});
