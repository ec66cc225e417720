import fs from 'node:fs';
import type { Services } from '../../services/container';
import type { HandlersFor } from './types';
import type { FileRef } from '../../../shared/api/files';

export const kitsHandlers = (s: Services): HandlersFor<'experts.'> => {
  const read = (ref: FileRef) => {
    const f = s.files.resolve(ref);
    try {
      return fs.readFileSync(f.path, 'utf8');
    } finally {
      f.release();
    }
  };
  return {
    'experts.signIn': ({ caseId, key, passphrase }) => s.experts.signIn(caseId, read(key), passphrase),
    'experts.signOut': ({ session }) => s.experts.signOut(session),
    'experts.session': ({ caseId, session }) => ({ session: s.experts.session(caseId, session) }),
    'experts.submitVerdicts': ({ caseId, session, kind }) => s.expertRecords.submitVerdicts(caseId, session, kind),
    'experts.records': ({ caseId }) => ({ records: s.expertRecords.records(caseId) }),
    'experts.exportKit': ({ caseId, memberId, memoId, kind }) => {
      const { fileText, ...k } = s.kitExporter.export(caseId, memberId, { memoId, kind });
      return { ...k, file: s.files.addOutput(`专家包-${k.name}-${k.kitId.slice(0, 8)}.rdkit`, 'application/json', Buffer.from(fileText, 'utf8')) };
    },
    'experts.importReturn': ({ caseId, file }) => s.kitImporter.import(caseId, read(file)),
    'experts.openKit': ({ file, key, passphrase, code }) => {
      const unlock = key ? { keyFile: read(key), passphrase: passphrase ?? '' } : { code: code ?? '' };
      const kit = s.expertDesk.openKit(read(file), unlock);
      return { kit: s.expertDesk.view(kit.kitId) };
    },
    'experts.unlockKit': ({ kitId, file, key, passphrase, code }) => {
      s.expertDesk.unlock(kitId, read(file), key ? { keyFile: read(key), passphrase: passphrase ?? '' } : { code: code ?? '' });
      return { unlocked: true as const };
    },
    'experts.closeKit': ({ kitId }) => ({ closed: s.expertDesk.close(kitId) }),
    'experts.kitVerdict': ({ kitId, itemId, verdict, comment }) => {
      s.expertDesk.saveVerdict(kitId, itemId, verdict, comment);
      return { verdicts: s.expertDesk.verdicts(kitId) };
    },
    'experts.writeReturn': ({ kitId, key, passphrase }) => {
      const r = s.expertDesk.writeReturn(kitId, read(key), passphrase);
      return { file: s.files.addOutput(`回执-${kitId.slice(0, 8)}.rdreturn`, 'application/json', Buffer.from(r.fileText, 'utf8')), contents: r.contents };
    },
    'experts.kitDraft': ({ kitId }) => s.expertDesk.draft(kitId),
    'experts.kitDeclare': ({ kitId, declarations }) => s.expertDesk.declare(kitId, declarations),
    'experts.kitScores': ({ kitId, scores, notes }) => s.expertDesk.saveScores(kitId, scores, notes),
    'experts.kitMemo': ({ kitId, decision, reasons }) => s.expertDesk.memoDecision(kitId, decision, reasons),
    'experts.kitMemoPdf': ({ kitId }) => {
      const m = s.expertDesk.memoPdf(kitId);
      return { file: s.files.addOutput(m.fileName, 'application/pdf', m.data) };
    },
    'experts.kitStatus': ({ caseId }) => s.kitStatus.status(caseId),
    'experts.transcriptions': ({ caseId }) => ({ transcriptions: s.kitStatus.transcriptions(caseId) }),
  };
};
