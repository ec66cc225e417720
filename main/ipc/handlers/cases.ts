import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const casesHandlers = (s: Services): HandlersFor<'cases.'> => ({
  'cases.create': (req) => s.cases.create(req),
  'cases.open': (req) => s.cases.open(req),
  'cases.get': ({ caseId }) => s.cases.summary(caseId),
  'cases.update': ({ caseId, info }) => s.cases.update(caseId, info),
  'cases.close': ({ caseId }) => {
    s.experts.dropCase(caseId);
    return s.cases.close(caseId);
  },
  'cases.recent': () => s.cases.recent(),
  'cases.forgetRecent': ({ path }) => s.cases.forgetRecent(path),
  'cases.audit': ({ caseId, limit }) => s.cases.audit(caseId, limit),
});
