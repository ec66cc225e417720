import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import { canonicalJson } from '../../../shared/domain/canonical';
import { SIGNED_RECORD_FORMAT, type KitDraft, type KitView } from '../../../shared/api/kits';
import { VERDICTS, VerdictSchema, type Verdict } from '../../../shared/review/verdicts';
import { RECUSAL_RELATIONS, type Declaration, type RecusalRelation } from '../../../shared/scoring/selection';
import { unlockKey, type UnlockedKey } from '../memos/keys';
import { signMemoVersion } from '../memos/signing';
import type { SignedText } from './records';
import type { KitPayload } from './export';
import { RETURN_FORMAT, openKitFile, parseKitFile, type ReturnFile, type ReturnRecord } from './format';

/** Every signed part of a return names the kit and the document hashes it was made against. */
export interface KitRef {
  kitId: string;
  documents: { name: string; sha256: string }[];
}
/** The body of the verdict set signed through a kit. */
export interface KitVerdictBody {
  kit: KitRef;
  run: { runId: string; documentName: string; documentSha256: string; ruleset: string };
  verdicts: { itemId: string; item: string; verdict: Verdict; verdictLabel: string; comment: string }[];
}
/** The body of a 回避声明 signed through a kit (same declarations as selection.declare signs). */
export interface KitRecusalBody {
  kit: KitRef;
  declarations: { applicantId: string; applicant: string; relation: RecusalRelation; relationLabel: string; note: string }[];
}
/** The body of a score sheet signed through a kit (same sheet as selection.submit signs, plus the notes). */
export interface KitScoresBody {
  kit: KitRef;
  scheme: { name: string; criteria: { id: string; name: string; max: number }[] };
  sheet: { applicantId: string; applicant: string; scores: Record<string, number> }[];
  notes: Record<string, Record<string, string>>;
}

export type KitUnlock = { keyFile: string; passphrase: string } | { code: string };

interface Opened {
  payload: KitPayload;
  verdicts: Map<string, { verdict: Verdict; comment: string }>;
  declarations: Map<string, { relation: RecusalRelation; note: string }> | null;
  scores: Record<string, Record<string, number>>;
  notes: Record<string, Record<string, string>>;
  memo: { decision: 'agree' | 'dissent'; reasons: string } | null;
}

/** A kit of version 1 carried only the review: the parts added since are absent. */
function normalize(p: KitPayload): KitPayload {
  const legacy = p as KitPayload & { selection?: unknown };
  return {
    ...p,
    documents: p.documents.map((d) => ({ ...d, applicantId: d.applicantId ?? null })),
    review: p.review ?? null,
    form: p.form ?? null,
    recusal: p.recusal ?? null,
    scoring: p.scoring && 'criteria' in p.scoring ? p.scoring : { allowed: false, reason: legacy.selection ? '该专家包版本较旧，不含评分表。' : '', schemeName: '', applicants: [], criteria: [], supersedes: null },
    memo: p.memo ?? null,
    memoPdf: p.memoPdf ?? null,
  };
}

const byKey = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The expert's side, on their own laptop: open a kit (no case, no case passphrase), declare 回避, record verdicts,
 * score, decide on the memo, and write the return signed with their own key. The decrypted kit lives only in memory.
 */
export class ExpertDesk {
  private readonly open = new Map<string, Opened>();

  constructor(private readonly deps: { operator: () => string; now?: () => Date } = { operator: () => '' }) {}

  openKit(kitText: string, unlock: KitUnlock): KitPayload {
    const file = parseKitFile(kitText);
    const raw = openKitFile(file, unlock) as KitPayload;
    if (typeof raw?.format !== 'string' || !raw.format.startsWith('review-desk-kit/') || raw.kitId !== file.kitId || raw.caseId !== file.caseId) throw fault('KIT_FILE_INVALID');
    const payload = normalize(raw);
    // The same kit opened again while the app still holds it (the page was reloaded): what was filled in is kept.
    const held = this.open.get(payload.kitId);
    if (held) return held.payload;
    this.open.set(payload.kitId, {
      payload,
      verdicts: new Map((payload.form?.verdicts ?? []).map((v) => [v.itemId, { verdict: v.verdict, comment: v.comment }])),
      // Declaring in the kit signs a new 回避声明; what is on file in the case is shown in the view.
      declarations: null,
      scores: {},
      notes: {},
      memo: null,
    });
    return payload;
  }

  /**
   * The screen locked after idle minutes opens again only with the secret that opened the kit (its code, or the
   * expert's key and passphrase): the same kit file is decrypted again. Everything filled in stays as it was.
   */
  unlock(kitId: string, kitText: string, unlock: KitUnlock): void {
    this.get(kitId);
    const file = parseKitFile(kitText);
    if (file.kitId !== kitId) throw fault('KIT_FILE_INVALID', '所选文件不是当前打开的专家包。请选择打开时所用的专家包文件。');
    openKitFile(file, unlock);
  }

  /** What the expert sees (the memo PDF is fetched on its own). */
  view(kitId: string): KitView {
    const o = this.get(kitId);
    const { memoPdf: _m, ...v } = o.payload;
    // The verdicts as recorded so far (those the kit came with, then the expert's), so a reopened kit shows them.
    return v.form ? { ...v, form: { ...v.form, verdicts: [...o.verdicts].map(([itemId, e]) => ({ itemId, ...e })) } } : v;
  }

  /** 关闭专家包: the decrypted kit and everything filled in leave memory; opening it again starts afresh. */
  close(kitId: string): boolean {
    return this.open.delete(kitId);
  }

  private get(kitId: string): Opened {
    const o = this.open.get(kitId);
    if (!o) throw fault('NOT_FOUND', '该专家包尚未打开，请先选择专家包文件并解锁。');
    return o;
  }

  saveVerdict(kitId: string, itemId: string, verdict: Verdict | null, comment: string) {
    const o = this.get(kitId);
    if (!o.payload.form?.items.some((i) => i.itemId === itemId)) throw fault('REVIEW_UNKNOWN_ITEM');
    if (verdict === null) o.verdicts.delete(itemId);
    else o.verdicts.set(itemId, { verdict: VerdictSchema.parse(verdict), comment: comment.trim() });
  }

  verdicts(kitId: string) {
    return [...this.get(kitId).verdicts].map(([itemId, v]) => ({ itemId, ...v }));
  }

  /** The 回避声明 for every applicant in the kit; a relation other than 无 means the expert does not score. */
  declare(kitId: string, declarations: Declaration[]): KitDraft {
    const o = this.get(kitId);
    const r = o.payload.recusal;
    if (!r) throw fault('KIT_NOT_INCLUDED', '该专家包中没有回避声明表（本案卷没有申报单位）。');
    const given = new Map(declarations.map((d) => [d.applicantId, d]));
    if (declarations.some((d) => !r.applicants.some((a) => a.applicantId === d.applicantId))) throw fault('KIT_NOT_INCLUDED', '回避声明中有专家包里没有的申报单位。');
    const missing = r.applicants.filter((a) => !given.has(a.applicantId));
    if (missing.length) throw fault('SELECTION_DECLARATION_INCOMPLETE', `尚未对以下申报单位作出声明：${missing.map((a) => a.name).join('、')}。`);
    o.declarations = new Map(r.applicants.map((a) => [a.applicantId, { relation: given.get(a.applicantId)!.relation, note: given.get(a.applicantId)!.note.trim() }]));
    return this.draft(kitId);
  }

  /** Merges scores (null clears a cell); an out-of-range value refuses the whole change, naming every such cell. */
  saveScores(kitId: string, scores: Record<string, Record<string, number | null>>, notes: Record<string, Record<string, string>> = {}): KitDraft {
    const o = this.get(kitId);
    const s = o.payload.scoring;
    if (!s.allowed) throw fault('KIT_NOT_INCLUDED', s.reason || '该专家包中没有评分表。');
    const names = new Map(s.applicants.map((a) => [a.applicantId, a.name]));
    const crit = new Map(s.criteria.map((c) => [c.id, c]));
    const bad: string[] = [];
    for (const [aid, row] of Object.entries({ ...scores, ...notes })) {
      if (!names.has(aid)) throw fault('SELECTION_SCORE_INVALID', '评分中有专家包里没有的申报单位，未保存。');
      for (const cid of Object.keys(row)) if (!crit.has(cid)) throw fault('SELECTION_SCORE_INVALID', `评分项“${cid}”不在评分办法中，未保存。`);
    }
    for (const [aid, row] of Object.entries(scores)) {
      for (const [cid, v] of Object.entries(row)) {
        const c = crit.get(cid)!;
        if (v != null && !(Number.isFinite(v) && v >= c.min && v <= c.max)) bad.push(`${names.get(aid)}“${c.name}”${v} 分（应为 ${c.min}～${c.max} 分）`);
      }
    }
    if (bad.length) throw fault('SELECTION_SCORE_INVALID', `以下评分超出评分标准规定的分值范围，未保存任何评分，请改正后再保存：${bad.join('；')}。`);
    for (const [aid, row] of Object.entries(scores)) {
      for (const [cid, v] of Object.entries(row)) {
        if (v == null) delete (o.scores[aid] ??= {})[cid];
        else (o.scores[aid] ??= {})[cid] = v;
      }
    }
    for (const [aid, row] of Object.entries(notes)) {
      for (const [cid, n] of Object.entries(row)) {
        if (n.trim()) (o.notes[aid] ??= {})[cid] = n.trim();
        else delete (o.notes[aid] ??= {})[cid];
      }
    }
    return this.draft(kitId);
  }

  /** Whether the return signs the memo in the kit: agree, or dissent with written reasons; null withdraws. */
  memoDecision(kitId: string, decision: 'agree' | 'dissent' | null, reasons = ''): KitDraft {
    const o = this.get(kitId);
    if (!o.payload.memo) throw fault('KIT_NOT_INCLUDED', '该专家包中没有待签署的意见书。');
    if (decision === 'dissent' && !reasons.trim()) throw fault('BAD_REQUEST', '持不同意见签署时必须写明理由。');
    o.memo = decision ? { decision, reasons: decision === 'dissent' ? reasons.trim() : '' } : null;
    return this.draft(kitId);
  }

  memoPdf(kitId: string): { fileName: string; data: Buffer } {
    const o = this.get(kitId);
    if (!o.payload.memo || !o.payload.memoPdf) throw fault('KIT_NOT_INCLUDED', '该专家包中没有待签署的意见书。');
    const data = Buffer.from(o.payload.memoPdf, 'base64');
    if (crypto.createHash('sha256').update(data).digest('hex') !== o.payload.memo.pdfSha256) throw fault('KIT_FILE_INVALID');
    return { fileName: `${o.payload.memo.title}（第${o.payload.memo.version}版，待签署）.pdf`.replace(/[\\/:*?"<>|]/g, '_'), data };
  }

  private recusalConflict(o: Opened) {
    return !!o.declarations && [...o.declarations.values()].some((d) => d.relation !== 'none');
  }

  private scoreGaps(o: Opened): string[] {
    const s = o.payload.scoring;
    const gaps: string[] = [];
    for (const a of s.applicants) for (const c of s.criteria) if (o.scores[a.applicantId]?.[c.id] == null) gaps.push(`${a.name}“${c.name}”`);
    return gaps;
  }

  private verdictsChanged(o: Opened) {
    const form = o.payload.form;
    if (!form || !o.verdicts.size) return false;
    if (!form.supersedes) return true;
    const before = new Map(form.verdicts.map((v) => [v.itemId, v]));
    return before.size !== o.verdicts.size || [...o.verdicts].some(([id, v]) => before.get(id)?.verdict !== v.verdict || before.get(id)?.comment !== v.comment);
  }

  draft(kitId: string): KitDraft {
    const o = this.get(kitId);
    const anyScore = Object.values(o.scores).some((r) => Object.keys(r).length > 0);
    const gaps = anyScore ? this.scoreGaps(o) : [];
    return {
      kitId,
      verdicts: this.verdicts(kitId),
      declarations: [...(o.declarations ?? [])].map(([applicantId, d]) => ({ applicantId, ...d })),
      scores: o.scores,
      notes: o.notes,
      memo: o.memo,
      ready: {
        verdicts: this.verdictsChanged(o) ? o.verdicts.size : 0,
        recusal: !!o.declarations,
        scores: !anyScore || this.recusalConflict(o) ? 'none' : gaps.length ? 'incomplete' : 'complete',
        gaps,
        memo: !!o.memo,
      },
    };
  }

  private signed(o: Opened, key: UnlockedKey, kind: ReturnRecord['kind'], supersedes: string | null, body: unknown, at: string): ReturnRecord {
    const p = o.payload;
    const cert = key.certificate;
    const text: SignedText = {
      format: SIGNED_RECORD_FORMAT, kind, caseId: p.caseId, member: { memberId: p.member.memberId, name: p.member.name },
      signer: { name: cert.name, unit: cert.unit, fingerprint: cert.fingerprint, algorithm: cert.algorithm },
      operator: this.deps.operator() || cert.name, signedAt: at, supersedes, body,
    };
    const signedText = canonicalJson(text);
    return { kind, signedText, signature: key.sign(Buffer.from(signedText, 'utf8')).toString('base64') };
  }

  /**
   * Signs everything filled in the kit with the expert's key (the kit's recipient) and returns the return file's text:
   * a 回避声明 declared here, a changed verdict set, a complete score sheet, the memo signature.
   */
  writeReturn(kitId: string, keyFile: string, passphrase: string): { fileText: string; digest: string; contents: { verdicts: number; recusal: boolean; scores: boolean; memo: boolean } } {
    const o = this.get(kitId);
    const p = o.payload;
    const d = this.draft(kitId);
    if (d.ready.scores === 'incomplete') {
      throw fault('SELECTION_SHEET_INCOMPLETE', `评分表尚未填写完整，不能签署回执。未评：${d.ready.gaps.slice(0, 8).join('、')}${d.ready.gaps.length > 8 ? ` 等 ${d.ready.gaps.length} 项` : ''}。请补全，或清空评分后只签署其他内容。`);
    }
    if (!d.ready.verdicts && !d.ready.recusal && d.ready.scores !== 'complete' && !d.ready.memo) {
      throw fault('EXPERT_NOTHING_TO_SUBMIT', '还没有可签署的内容：请先填写审查意见、回避声明、评分表，或决定是否签署意见书，再生成回执。');
    }
    const key = unlockKey(keyFile, passphrase);
    if (p.member.fingerprint && key.certificate.fingerprint !== p.member.fingerprint) {
      throw fault('KIT_WRONG_KEY', `该专家包是发给 ${p.member.name} 的，所选密钥属于 ${key.certificate.name}。请用本人在本案卷登记的密钥签署回执。`);
    }
    const at = (this.deps.now?.() ?? new Date()).toISOString();
    const kit: KitRef = { kitId: p.kitId, documents: p.documents.map((x) => ({ name: x.name, sha256: x.sha256 })) };
    const records: ReturnRecord[] = [];
    if (d.ready.recusal && p.recusal) {
      const names = new Map(p.recusal.applicants.map((a) => [a.applicantId, a.name]));
      const body: KitRecusalBody = {
        kit,
        declarations: [...o.declarations!].map(([applicantId, x]) => ({ applicantId, applicant: names.get(applicantId)!, relation: x.relation, relationLabel: RECUSAL_RELATIONS[x.relation], note: x.note })),
      };
      records.push(this.signed(o, key, 'recusal', p.recusal.supersedes, body, at));
    }
    if (d.ready.verdicts && p.form && p.review) {
      const titles = new Map(p.form.items.map((i) => [i.itemId, i.title]));
      const doc = p.documents.find((x) => x.role === 'review') ?? p.documents[0];
      const rs = p.review.ruleset as { id: string; version: string };
      const body: KitVerdictBody = {
        kit,
        run: { runId: p.review.runId, documentName: doc.name, documentSha256: doc.sha256, ruleset: `${rs.id}@${rs.version}` },
        verdicts: byKey([...o.verdicts]).map(([itemId, v]) => ({ itemId, item: titles.get(itemId) ?? itemId, verdict: v.verdict, verdictLabel: VERDICTS[v.verdict], comment: v.comment })),
      };
      records.push(this.signed(o, key, 'verdicts', p.form.supersedes, body, at));
    }
    if (d.ready.scores === 'complete') {
      const s = p.scoring;
      const body: KitScoresBody = {
        kit,
        scheme: { name: s.schemeName, criteria: s.criteria.map((c) => ({ id: c.id, name: c.name, max: c.max })) },
        sheet: s.applicants.map((a) => ({ applicantId: a.applicantId, applicant: a.name, scores: Object.fromEntries(s.criteria.map((c) => [c.id, o.scores[a.applicantId][c.id]])) })),
        notes: o.notes,
      };
      records.push(this.signed(o, key, 'scores', s.supersedes, body, at));
    }
    const memo = o.memo && p.memo ? signMemoVersion(key, p.memo, o.memo.decision, o.memo.reasons, at) : null;
    const file: ReturnFile = {
      format: RETURN_FORMAT, kitId: p.kitId, caseId: p.caseId, memberId: p.member.memberId, records,
      memo: memo ? { memoId: p.memo!.memoId, signedData: memo.text, signature: memo.signature.toString('base64') } : null,
      certificate: key.certificate,
    };
    const text = JSON.stringify(file, null, 1) + '\n';
    return {
      fileText: text, digest: crypto.createHash('sha256').update(text).digest('hex'),
      contents: { verdicts: records.some((r) => r.kind === 'verdicts') ? o.verdicts.size : 0, recusal: records.some((r) => r.kind === 'recusal'), scores: records.some((r) => r.kind === 'scores'), memo: !!memo },
    };
  }
}
