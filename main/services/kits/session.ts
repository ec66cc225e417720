import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import type { ExpertSession, SignedRecordKind, Transcription } from '../../../shared/api/kits';
import { unlockKey, type UnlockedKey } from '../memos/keys';
import type { CaseStore } from '../../store/caseStore';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import type { CommitteeService } from '../committee';
import { appendSignedRecord } from './records';

/** Signed out after this long without a request (the laptop may be left open in a meeting room). */
export const IDLE_MS = 5 * 60_000;

interface Live {
  sessionId: string;
  caseId: string;
  memberId: string;
  name: string;
  key: UnlockedKey;
  operator: string;
  signedInAt: number;
  lastUsed: number;
}

/**
 * Who records what under a member's name. The services that record for a member (回避声明, verdicts, scores) ask
 * here first: whoever records for a member with a registered key must hold a session that member opened by
 * unlocking that key; the session also signs what the member submits.
 */
export interface Recorder {
  /** The 操作记录 actor: the expert and the laptop's user, or the user alone when transcribing for a keyless member. */
  actor: string;
  /** Signs and stores a record of what was submitted (inside the caller's transaction); null when the member has no key. */
  seal(store: CaseStore, kind: SignedRecordKind, body: unknown): { recordId: string; digest: string } | null;
  /** Submitting ends the expert's session (they sign in again for the next step). */
  done(): void;
  /** Set when the secretary transcribes (代录) for a member without a key: who, why, and where the paper is. */
  transcribed?: { operator: string; reason: string; paperRef: string } | null;
  /** With `transcribed`: stores the 代录 record like seal and returns its id, for rows that point at it. */
  transcribe?(store: CaseStore, kind: SignedRecordKind, body: unknown): string;
}

/** Said in every 代录 record that came without a reason or paper reference, so nothing pretends otherwise. */
export const TRANSCRIPTION_UNSTATED = { reason: '成员未登记签名密钥，由秘书代录，未填写代录理由', paperRef: '未注明纸质表格' };

export interface ExpertGate {
  recorder(caseId: string, memberId: string, session: string | undefined, transcription?: Transcription): Recorder;
}

export class ExpertSessions implements ExpertGate {
  private readonly live = new Map<string, Live>();

  constructor(
    private readonly deps: { openCases: OpenCases; settings: Settings; committee: CommitteeService; now?: () => number; idleMs?: number },
  ) {}

  private now() {
    return this.deps.now?.() ?? Date.now();
  }
  private get idleMs() {
    return this.deps.idleMs ?? IDLE_MS;
  }

  private dto(s: Live): ExpertSession {
    return {
      sessionId: s.sessionId, memberId: s.memberId, name: s.name, fingerprint: s.key.certificate.fingerprint, operator: s.operator,
      signedInAt: new Date(s.signedInAt).toISOString(), idleUntil: new Date(s.lastUsed + this.idleMs).toISOString(),
    };
  }

  /** Unlocks the expert's own key; the key must be registered in this case for a current committee member. */
  signIn(caseId: string, keyFileText: string, passphrase: string): ExpertSession {
    const store = this.deps.openCases.get(caseId);
    const key = unlockKey(keyFileText, passphrase);
    const reg = store.db.prepare('SELECT member_id, replaced_at FROM signer_keys WHERE fingerprint = ?').get(key.certificate.fingerprint) as { member_id: string; replaced_at: string | null } | undefined;
    if (reg?.replaced_at) throw fault('KEY_REPLACED');
    const member = reg && this.deps.committee.list(caseId).find((m) => m.memberId === reg.member_id);
    if (!member) {
      throw fault('KEY_NOT_IN_CASE', `密钥持有人“${key.certificate.name}”（指纹 ${key.certificate.fingerprint.slice(0, 19)}…）的公钥未在本案卷登记给评审委员会成员。请秘书先在“意见书”页登记该专家的公钥证书。`);
    }
    // One session per member and case: a second sign-in replaces the first.
    for (const [id, s] of this.live) if (s.caseId === caseId && s.memberId === member.memberId) this.live.delete(id);
    const t = this.now();
    const s: Live = { sessionId: crypto.randomBytes(24).toString('base64url'), caseId, memberId: member.memberId, name: member.name, key, operator: this.deps.settings.userName(), signedInAt: t, lastUsed: t };
    this.live.set(s.sessionId, s);
    store.tx(() => store.audit(this.actorOf(s), 'expert.signIn', { memberId: s.memberId, name: s.name, fingerprint: key.certificate.fingerprint }));
    return this.dto(s);
  }

  signOut(sessionId: string) {
    const s = this.live.get(sessionId);
    if (!s) return {};
    this.live.delete(sessionId);
    const store = this.deps.openCases.has(s.caseId) ? this.deps.openCases.get(s.caseId) : null;
    if (store && !store.readonly) store.tx(() => store.audit(this.actorOf(s), 'expert.signOut', { memberId: s.memberId, name: s.name }));
    return {};
  }

  /** The live session, or null once idle too long (then it is dropped). Does not count as activity. */
  session(caseId: string, sessionId: string): ExpertSession | null {
    const s = this.fresh(sessionId);
    return s && s.caseId === caseId ? this.dto(s) : null;
  }

  /** Whether the id was ever a session here (and not signed out): tells "expired" from "never signed in". */
  knows(sessionId: string) {
    return this.live.has(sessionId);
  }

  private fresh(sessionId: string): Live | null {
    const s = this.live.get(sessionId);
    if (!s) return null;
    if (this.now() - s.lastUsed > this.idleMs) {
      this.live.delete(sessionId);
      return null;
    }
    return s;
  }

  private actorOf(s: Live) {
    return `专家 ${s.name}（操作人：${s.operator}）`;
  }

  /** The session of this member, checked and touched; refuses with the reason in Chinese. */
  require(caseId: string, memberId: string, sessionId: string | undefined): Live {
    if (!sessionId) throw fault('EXPERT_SIGN_IN_REQUIRED');
    const known = this.live.has(sessionId);
    const s = this.fresh(sessionId);
    if (!s) throw fault(known ? 'EXPERT_SESSION_EXPIRED' : 'EXPERT_SIGN_IN_REQUIRED');
    if (s.caseId !== caseId || s.memberId !== memberId) throw fault('EXPERT_SESSION_MISMATCH', `当前登录的是${s.name}，不能以其他成员的名义记录。请先退出，由该成员本人用密钥登录；未作任何改动。`);
    s.lastUsed = this.now();
    return s;
  }

  recorder(caseId: string, memberId: string, sessionId: string | undefined, transcription?: Transcription): Recorder {
    const store = this.deps.openCases.get(caseId);
    const member = this.deps.committee.get(caseId, memberId);
    const hasKey = !!store.db.prepare('SELECT 1 FROM signer_keys WHERE member_id = ?').get(memberId);
    if (!hasKey) {
      // No key registered yet: the secretary transcribes (e.g. a paper sheet); the log says so. A session of
      // someone else is still refused, so a signed-in expert never writes under another name by mistake.
      if (sessionId && this.live.has(sessionId)) this.require(caseId, memberId, sessionId);
      // What is submitted is kept as a 代录 record (never a signed one) with the operator, reason and paper reference.
      // The operator is printed in the memo and report (由…代录): a name, never the system login.
      const operator = this.deps.settings.printedName();
      const t = { operator, reason: transcription?.reason.trim() || TRANSCRIPTION_UNSTATED.reason, paperRef: transcription?.paperRef.trim() || TRANSCRIPTION_UNSTATED.paperRef };
      const transcribe = (st: CaseStore, kind: SignedRecordKind, body: unknown) => {
        const id = crypto.randomUUID();
        st.db.prepare('INSERT INTO transcriptions (transcription_id, member_id, member_name, kind, operator, reason, paper_ref, body, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(id, memberId, member.name, kind, operator, t.reason, t.paperRef, JSON.stringify(body), new Date().toISOString());
        return id;
      };
      return {
        actor: `${operator}（代 ${member.name} 录入）`,
        transcribed: t,
        transcribe,
        seal: (st, kind, body) => {
          transcribe(st, kind, body);
          return null;
        },
        done: () => {},
      };
    }
    const s = this.require(caseId, memberId, sessionId);
    return {
      actor: this.actorOf(s),
      seal: (st, kind, body) => appendSignedRecord(st, s.key, { kind, memberId, memberName: member.name, operator: s.operator, body }),
      done: () => this.signOut(s.sessionId),
    };
  }

  /** Forgets every session of a case (it was closed). */
  dropCase(caseId: string) {
    for (const [id, s] of this.live) if (s.caseId === caseId) this.live.delete(id);
  }
}
