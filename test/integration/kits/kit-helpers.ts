import fs from 'node:fs';
import path from 'node:path';
import { testApp } from '../../helpers/services';
import { createKeyFile } from '../../../main/services/memos/keys';

/**
 * Two data folders play two laptops: the secretary's (with the case) and the experts' (no case, no case passphrase).
 * They exchange files only, through a "USB stick" folder.
 */
export type App = ReturnType<typeof testApp>;
export const KEY_PASS = 'key-口令-123';
export const pathRef = (p: string) => ({ kind: 'path' as const, path: p });
export const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code: string }) => e.code);

export function twoLaptops() {
  const office = testApp();
  const laptop = testApp();
  const usb = path.join(office.dir, 'usb');
  fs.mkdirSync(usb);

  /** The expert makes a key on their laptop; only the certificate travels to the office and is registered. */
  async function expert(caseId: string, name: string, role: 'chair' | 'member' = 'member') {
    const m = await office.call('committee.save', { caseId, member: { name, unit: '某大学', role } });
    const { keyFile, certificate } = createKeyFile({ name, unit: '某大学', passphrase: KEY_PASS });
    const keyPath = path.join(laptop.dir, `${name}.key.json`);
    fs.writeFileSync(keyPath, keyFile);
    const certPath = path.join(usb, `${name}.cert.json`);
    fs.writeFileSync(certPath, JSON.stringify(certificate));
    await office.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: pathRef(certPath) });
    return { memberId: m.memberId, name, keyPath };
  }

  async function exportKit(caseId: string, memberId: string, memoId?: string) {
    const k = await office.call('experts.exportKit', { caseId, memberId, ...(memoId ? { memoId } : {}) });
    const file = path.join(usb, `${k.kitId}.rdkit`);
    fs.writeFileSync(file, office.services.files.getOutput(k.file.outputId).data);
    return { ...k, path: file };
  }

  const openKit = async (kitPath: string, keyPath: string) => (await laptop.call('experts.openKit', { file: pathRef(kitPath), key: pathRef(keyPath), passphrase: KEY_PASS })).kit;

  /** Signs what was filled in the opened kit and puts the return on the stick. */
  async function writeReturn(kitId: string, keyPath: string) {
    const r = await laptop.call('experts.writeReturn', { kitId, key: pathRef(keyPath), passphrase: KEY_PASS });
    const out = path.join(usb, `${kitId}-${Math.random().toString(36).slice(2, 6)}.rdreturn`);
    fs.writeFileSync(out, laptop.services.files.getOutput(r.file.outputId).data);
    return { ...r, path: out };
  }

  const importReturn = (caseId: string, p: string) => office.call('experts.importReturn', { caseId, file: pathRef(p) });

  return {
    office, laptop, usb, expert, exportKit, openKit, writeReturn, importReturn,
    cleanup() {
      office.cleanup();
      laptop.cleanup();
    },
  };
}
