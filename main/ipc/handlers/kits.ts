import fs from 'node:fs';
import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const kitsHandlers = (s: Services): HandlersFor<'experts.'> => ({
  'experts.signIn': ({ caseId, key, passphrase }) => {
    const f = s.files.resolve(key);
    let text: string;
    try {
      text = fs.readFileSync(f.path, 'utf8');
    } finally {
      f.release();
    }
    return s.experts.signIn(caseId, text, passphrase);
  },
  'experts.signOut': ({ session }) => s.experts.signOut(session),
  'experts.session': ({ caseId, session }) => ({ session: s.experts.session(caseId, session) }),
  'experts.submitVerdicts': ({ caseId, session }) => s.expertRecords.submitVerdicts(caseId, session),
  'experts.records': ({ caseId }) => ({ records: s.expertRecords.records(caseId) }),
});
