import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import { canonicalJson } from '../../../shared/domain/canonical';
import { SIGNED_RECORD_FORMAT } from '../../../shared/api/kits';
import { VERDICTS, VerdictSchema, type Verdict } from '../../../shared/review/verdicts';
import { unlockKey } from '../memos/keys';
import type { SignedText } from './records';
import type { KitPayload } from './export';
import { KIT_FORMAT, RETURN_FORMAT, openKitFile, parseKitFile, type ReturnFile } from './format';

/** The body of the verdict set signed through a kit: the kit and the document hashes it was made against. */
export interface KitVerdictBody {
  kit: { kitId: string; documents: { name: string; sha256: string }[] };
  run: { runId: string; documentName: string; documentSha256: string; ruleset: string };
  verdicts: { itemId: string; item: string; verdict: Verdict; verdictLabel: string; comment: string }[];
}

export type KitUnlock = { keyFile: string; passphrase: string } | { code: string };

interface Opened {
  payload: KitPayload;
  verdicts: Map<string, { verdict: Verdict; comment: string }>;
}

/**
 * The expert's side, on their own laptop: open a kit (no case, no case passphrase), record verdicts and comments,
 * and write the return signed with their own key. The decrypted kit lives only in memory.
 */
export class ExpertDesk {
  private readonly open = new Map<string, Opened>();

  constructor(private readonly deps: { operator: () => string; now?: () => Date } = { operator: () => '' }) {}

  openKit(kitText: string, unlock: KitUnlock): KitPayload {
    const file = parseKitFile(kitText);
    const payload = openKitFile(file, unlock) as KitPayload;
    if (payload?.format !== KIT_FORMAT || payload.kitId !== file.kitId || payload.caseId !== file.caseId) throw fault('KIT_FILE_INVALID');
    this.open.set(payload.kitId, { payload, verdicts: new Map(payload.form.verdicts.map((v) => [v.itemId, { verdict: v.verdict, comment: v.comment }])) });
    return payload;
  }

  private get(kitId: string): Opened {
    const o = this.open.get(kitId);
    if (!o) throw fault('NOT_FOUND', '该专家包尚未打开，请先选择专家包文件并解锁。');
    return o;
  }

  saveVerdict(kitId: string, itemId: string, verdict: Verdict | null, comment: string) {
    const o = this.get(kitId);
    if (!o.payload.form.items.some((i) => i.itemId === itemId)) throw fault('REVIEW_UNKNOWN_ITEM');
    if (verdict === null) o.verdicts.delete(itemId);
    else o.verdicts.set(itemId, { verdict: VerdictSchema.parse(verdict), comment: comment.trim() });
  }

  verdicts(kitId: string) {
    return [...this.get(kitId).verdicts].map(([itemId, v]) => ({ itemId, ...v }));
  }

  /** Signs the verdict set with the expert's key (the kit's recipient) and returns the return file's text. */
  writeReturn(kitId: string, keyFile: string, passphrase: string): { fileText: string; digest: string } {
    const o = this.get(kitId);
    const p = o.payload;
    if (!o.verdicts.size) throw fault('EXPERT_NOTHING_TO_SUBMIT');
    const key = unlockKey(keyFile, passphrase);
    if (p.member.fingerprint && key.certificate.fingerprint !== p.member.fingerprint) {
      throw fault('KIT_WRONG_KEY', `该专家包是发给 ${p.member.name} 的，所选密钥属于 ${key.certificate.name}。请用本人在本案卷登记的密钥签署回执。`);
    }
    const titles = new Map(p.form.items.map((i) => [i.itemId, i.title]));
    const doc = p.documents[0];
    const body: KitVerdictBody = {
      kit: { kitId: p.kitId, documents: p.documents.map((d) => ({ name: d.name, sha256: d.sha256 })) },
      run: { runId: p.review.runId, documentName: doc.name, documentSha256: doc.sha256, ruleset: `${p.review.ruleset.id}@${p.review.ruleset.version}` },
      verdicts: [...o.verdicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([itemId, v]) => ({ itemId, item: titles.get(itemId) ?? itemId, verdict: v.verdict, verdictLabel: VERDICTS[v.verdict], comment: v.comment })),
    };
    const cert = key.certificate;
    const text: SignedText = {
      format: SIGNED_RECORD_FORMAT, kind: 'verdicts', caseId: p.caseId, member: { memberId: p.member.memberId, name: p.member.name },
      signer: { name: cert.name, unit: cert.unit, fingerprint: cert.fingerprint, algorithm: cert.algorithm },
      operator: this.deps.operator() || cert.name, signedAt: (this.deps.now?.() ?? new Date()).toISOString(), supersedes: p.form.supersedes, body,
    };
    const signedText = canonicalJson(text);
    const file: ReturnFile = {
      format: RETURN_FORMAT, kitId: p.kitId, caseId: p.caseId, memberId: p.member.memberId, signedText,
      signature: key.sign(Buffer.from(signedText, 'utf8')).toString('base64'), certificate: cert,
    };
    return { fileText: JSON.stringify(file, null, 1) + '\n', digest: crypto.createHash('sha256').update(signedText).digest('hex') };
  }

  close(kitId: string) {
    this.open.delete(kitId);
  }
}
