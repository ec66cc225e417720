import fs from 'node:fs';
import path from 'node:path';
import type { Bench } from './run';
import { testApp } from '../test/helpers/services';
import { createKeyFile } from '../main/services/memos/keys';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', 'templates');
const CORPUS = path.resolve(import.meta.dirname, '..', 'test', 'fixtures', 'review');

/**
 * Expert kits (issue 13): export kits for 25 experts of a 200-page plan (SM2-wrapped key + AES-GCM of the payload),
 * open each on "their laptop" and sign a return, then import the 25 returns (each checked, merged in one transaction).
 */
const bench: Bench = async (report) => {
  const office = testApp();
  const laptop = testApp();
  try {
    // ≈200 A4 pages of Chinese text: the Hebei plan followed by 200 pages of appendix prose (≈800 characters a page).
    const para = '本方案所称公共数据，是指各级党政机关、企事业单位依法履职或提供公共服务过程中产生的数据。运营单位应当建立数据安全管理制度，落实数据分类分级保护要求，定期开展安全评估。';
    const appendix = Array.from({ length: 200 }, (_, p) => `附件说明第${p + 1}页\n${Array.from({ length: 10 }, () => para).join('\n')}`).join('\n');
    const planPath = path.join(office.dir, 'plan-200p.txt');
    fs.writeFileSync(planPath, `${fs.readFileSync(path.join(CORPUS, 'plan-hebei-numbered.txt'), 'utf8')}\n${appendix}\n`);
    const { caseId } = await office.newCase({ jurisdiction: 'qinhuangdao' });
    await office.call('review.run', { caseId, file: { kind: 'path', path: planPath } });
    const items = (await office.call('review.get', { caseId })).report!.items.map((i) => i.id);
    const experts: { memberId: string; key: string }[] = [];
    for (let i = 0; i < 25; i++) {
      const name = `专家${i + 1}`;
      const m = await office.call('committee.save', { caseId, member: { name, role: i === 0 ? 'chair' : 'member' } });
      const { keyFile, certificate } = createKeyFile({ name, unit: '', passphrase: 'bench-key-1' });
      const key = path.join(laptop.dir, `${i}.key`);
      fs.writeFileSync(key, keyFile);
      fs.writeFileSync(`${key}.cert`, JSON.stringify(certificate));
      await office.call('memos.registerKey', { caseId, memberId: m.memberId, certificate: { kind: 'path', path: `${key}.cert` } });
      experts.push({ memberId: m.memberId, key });
    }
    const usb = path.join(office.dir, 'usb');
    fs.mkdirSync(usb);
    // Each kit also carries the memo to sign; each return brings the signature back.
    const memo = await office.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '方案基本可行。', conclusion: '同意该实施方案修改完善后按程序报批。' } });

    let t = performance.now();
    const kits: string[] = [];
    for (const e of experts) {
      const k = await office.call('experts.exportKit', { caseId, memberId: e.memberId, memoId: memo.memoId });
      const p = path.join(usb, `${k.kitId}.rdkit`);
      fs.writeFileSync(p, office.services.files.getOutput(k.file.outputId).data);
      kits.push(p);
    }
    const exportMs = performance.now() - t;
    report({ name: 'kits.export25', value: exportMs, unit: 'ms', note: `export 25 SM2-encrypted kits of a 200-page plan with the memo PDF to sign (${(fs.statSync(kits[0]).size / 1e6).toFixed(2)} MB each), written to disk` });

    const returns: string[] = [];
    const openTimes: number[] = [];
    for (const [i, e] of experts.entries()) {
      const t0 = performance.now();
      const { kit } = await laptop.call('experts.openKit', { file: { kind: 'path', path: kits[i] }, key: { kind: 'path', path: e.key }, passphrase: 'bench-key-1' });
      openTimes.push(performance.now() - t0);
      const kitId = (kit as { kitId: string }).kitId;
      for (const itemId of items) await laptop.call('experts.kitVerdict', { kitId, itemId, verdict: 'conforms', comment: '符合要求' });
      await laptop.call('experts.kitMemo', { kitId, decision: 'agree', reasons: '' });
      const r = await laptop.call('experts.writeReturn', { kitId, key: { kind: 'path', path: e.key }, passphrase: 'bench-key-1' });
      const p = path.join(usb, `${kitId}.rdreturn`);
      fs.writeFileSync(p, laptop.services.files.getOutput(r.file.outputId).data);
      returns.push(p);
    }
    openTimes.sort((a, b) => a - b);
    report({ name: 'kits.open', value: openTimes[12], unit: 'ms', note: 'open one kit on the expert laptop (scrypt key unlock + SM2 decrypt + AES-GCM); median of 25' });

    t = performance.now();
    for (const p of returns) await office.call('experts.importReturn', { caseId, file: { kind: 'path', path: p } });
    report({ name: 'kits.import25', value: performance.now() - t, unit: 'ms', note: `import 25 signed returns (${items.length} verdicts and a memo signature each), every check, one transaction each` });
    const { records } = await office.call('experts.records', { caseId });
    if (records.length !== 25 || !records.every((r) => r.valid)) throw new Error('imported returns did not verify');
    const v = await office.call('memos.verify', { caseId, memoId: memo.memoId });
    if (!v.allValid || v.items.length !== 25) throw new Error('memo signatures through kits did not verify');
  } finally {
    office.cleanup();
    laptop.cleanup();
  }
};
export default bench;
