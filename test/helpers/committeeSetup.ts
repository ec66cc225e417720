import fs from 'node:fs';
import path from 'node:path';
import { createKeyFile } from '../../main/services/memos/keys';
import type { testApp } from './services';
import { CORPUS_DIR } from './reviewCorpus';

/**
 * The committee set-up the kit, sign-in and signed-record tests share (service level, no UI): a reviewed case, and
 * members who each have a key file "on their own laptop" with only the certificate registered in the case.
 */
type App = ReturnType<typeof testApp>;

export const KEY_PASS = 'key-口令-123';
export const pathRef = (p: string) => ({ kind: 'path' as const, path: p });
/** The error code a call was refused with, or 'resolved'. */
export const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code: string }) => e.code);

/** A Qinhuangdao plan review with the defective Hebei plan already checked. */
export async function reviewedCase(app: App, file?: string) {
  const c = await app.newCase({ jurisdiction: 'qinhuangdao' }, file);
  await app.call('review.run', { caseId: c.caseId, file: pathRef(path.join(CORPUS_DIR, 'plan-hebei-defects.txt')) });
  return { caseId: c.caseId, file: c.path };
}

export interface ExpertOptions {
  role?: 'chair' | 'member';
  unit?: string;
  passphrase?: string;
  /** Where the key file is written (the expert's laptop). Default: the app's folder. */
  keyDir?: string;
  /** Where the certificate is written for the office to register (a USB stick). Default: beside the key. */
  certDir?: string;
}

/** A committee member with their own key file; only the certificate is registered in the case. */
export async function expertWithKey(app: App, caseId: string, name: string, opts: ExpertOptions = {}) {
  const { role = 'member', unit = '某大学', passphrase = KEY_PASS, keyDir = app.dir, certDir = keyDir } = opts;
  const m = await app.call('committee.save', { caseId, member: { name, unit, role } });
  const { keyFile, certificate } = createKeyFile({ name, unit, passphrase });
  const keyPath = path.join(keyDir, `${name}.key.json`);
  fs.writeFileSync(keyPath, keyFile);
  const certPath = path.join(certDir, `${name}.cert.json`);
  fs.writeFileSync(certPath, JSON.stringify(certificate));
  await app.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: pathRef(certPath) });
  return { ...m, keyPath, keyFile, certificate, fingerprint: certificate.fingerprint };
}
