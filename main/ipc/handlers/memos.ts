import fs from 'node:fs';
import type { Services } from '../../services/container';
import { createKeyFile } from '../../services/memos/keys';
import type { FileRef } from '../../../shared/api/files';
import type { HandlersFor } from './types';

const safeName = (s: string) => s.replace(/[\\/:*?"<>|\n]/g, '').slice(0, 60);

export const memosHandlers = (s: Services): HandlersFor<'memos.' | 'keys.'> => {
  const readRef = (ref: FileRef) => {
    const f = s.files.resolve(ref);
    try {
      return fs.readFileSync(f.path);
    } finally {
      f.release();
    }
  };
  return {
    'memos.templates': ({ caseId }) => {
      const caseType = s.cases.summary(caseId).caseType;
      return { templates: s.memos.templates().map((t) => ({ type: t.type, label: t.label, applicable: t.caseTypes.includes(caseType) })) };
    },
    'memos.list': ({ caseId }) => ({ memos: s.memos.list(caseId) }),
    'memos.generate': ({ caseId, type, inputs, copyNo, secrecy, subject }) => s.memos.generate(caseId, type, inputs, { copyNo, secrecy, subject }),
    'memos.subject': ({ caseId, type }) => s.memos.defaultSubject(caseId, type),
    'memos.preview': ({ caseId, memoId }) => ({ doc: s.memos.doc(caseId, memoId) as never, fallbackNote: s.memos.fonts().fallbackNote }),
    'memos.export': async ({ caseId, memoId, format }) => {
      const m = s.memos.get(caseId, memoId);
      const base = `${safeName(m.title.replace(/\n/g, ''))}-第${m.version}版`;
      if (format === 'pdf') return s.files.addOutput(`${base}.pdf`, 'application/pdf', s.memos.pdf(caseId, memoId));
      if (format === 'signedPdf') return s.files.addOutput(`${base}-已签署.pdf`, 'application/pdf', await s.memos.signedPdf(caseId, memoId));
      if (format === 'sig') return s.files.addOutput(`${base}.rdsig.json`, 'application/json', Buffer.from(JSON.stringify(s.memos.bundle(caseId, memoId), null, 2)));
      if (format === 'docx') return s.files.addOutput(`${base}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await s.memos.docx(caseId, memoId));
      return s.files.addOutput(`${base}-签署页.pdf`, 'application/pdf', await s.memos.signaturePagePdf(caseId, memoId));
    },
    'memos.sign': ({ caseId, memoId, key, passphrase, decision, reasons }) =>
      s.memos.sign(caseId, memoId, readRef(key).toString('utf8'), passphrase, { decision, reasons }),
    'memos.refuse': ({ caseId, memoId, memberId }) => s.memos.recordRefusal(caseId, memoId, memberId),
    'memos.verify': ({ caseId, memoId }) => s.memos.verifyFile(s.memos.pdf(caseId, memoId), s.memos.bundle(caseId, memoId), caseId),
    'memos.verifyFile': ({ file, sig, caseId }) => s.memos.verifyReceived(readRef(file), sig ? readRef(sig) : null, caseId),
    'memos.registerKey': ({ caseId, memberId, certificate, replace }) => s.memos.registerKey(caseId, memberId, readRef(certificate).toString('utf8'), replace),
    'memos.createMemberKey': ({ caseId, memberId, algorithm, passphrase, replace }) => {
      const { keyFile, certificate, replaced } = s.memos.createMemberKey(caseId, memberId, { algorithm, passphrase, replace });
      return {
        key: s.files.addOutput(`${safeName(certificate.name)}-签名密钥.rdkey`, 'application/json', Buffer.from(keyFile)),
        certificate: s.files.addOutput(`${safeName(certificate.name)}-公钥证书.rdcert.json`, 'application/json', Buffer.from(JSON.stringify(certificate, null, 2))),
        fingerprint: certificate.fingerprint,
        replaced,
      };
    },
    'memos.keys': ({ caseId }) => ({
      keys: s.memos.certificates(caseId).map((c) => ({ memberId: c.memberId, name: c.name, unit: c.unit, algorithm: c.algorithm === 'sm2' ? 'SM2/SM3' : 'Ed25519', fingerprint: c.fingerprint, replacedAt: c.replacedAt })),
    }),
    'keys.create': ({ name, unit, algorithm, passphrase }) => {
      const { keyFile, certificate } = createKeyFile({ name, unit, algorithm, passphrase });
      return {
        key: s.files.addOutput(`${safeName(name)}-签名密钥.rdkey`, 'application/json', Buffer.from(keyFile)),
        certificate: s.files.addOutput(`${safeName(name)}-公钥证书.rdcert.json`, 'application/json', Buffer.from(JSON.stringify(certificate, null, 2))),
        fingerprint: certificate.fingerprint,
      };
    },
  };
};
