import { fault } from '../../../shared/api/errors';
import type { Member } from '../../../shared/domain/committee';
import type { CaseStore } from '../../store/caseStore';
import { createKeyFile, type Algorithm, type Certificate } from './keys';
import { REPLACE_KEY_MEANING } from '../../../shared/memo/signing';


type Row = { fingerprint: string; certificate: string; registered_at: string };

/** The member's key in use (not replaced), if any. */
export function activeKey(store: CaseStore, memberId: string): (Certificate & { registeredAt: string }) | null {
  const r = store.db.prepare('SELECT fingerprint, certificate, registered_at FROM signer_keys WHERE member_id = ? AND replaced_at IS NULL ORDER BY registered_at DESC, rowid DESC LIMIT 1').get(memberId) as Row | undefined;
  return r ? { ...(JSON.parse(r.certificate) as Certificate), registeredAt: r.registered_at } : null;
}

function refuseSecondKey(member: Member, current: Certificate & { registeredAt: string }): never {
  throw fault('KEY_MEMBER_HAS_KEY', `${member.name}已登记签名密钥（指纹 ${current.fingerprint.slice(0, 19)}…，${current.registeredAt.slice(0, 10)} 登记）。如确需更换，请选择“替换原密钥”。${REPLACE_KEY_MEANING}`);
}

/**
 * Registers a certificate for a committee member, in the caller's transaction. A member has one key in use: a second is
 * refused unless `replace` is confirmed, and then the old one is marked replaced (kept for verifying what it signed).
 */
export function registerCertificate(store: CaseStore, member: Member, cert: Certificate, opts: { replace: boolean; actor: string; at?: string }): { fingerprint: string; replaced: string | null } {
  const at = opts.at ?? new Date().toISOString();
  const other = store.db.prepare('SELECT member_id, replaced_at FROM signer_keys WHERE fingerprint = ?').get(cert.fingerprint) as { member_id: string; replaced_at: string | null } | undefined;
  if (other && other.member_id !== member.memberId) throw fault('CONFLICT', '该公钥已登记给另一名成员，同一密钥不能由两人使用。');
  if (other?.replaced_at) throw fault('KEY_REPLACED', `该公钥是${member.name}已被替换的旧密钥，不能重新登记。请使用新密钥，或创建一把新的密钥。`);
  if (other) return { fingerprint: cert.fingerprint, replaced: null };
  const current = activeKey(store, member.memberId);
  if (current && !opts.replace) refuseSecondKey(member, current);
  if (current) store.db.prepare('UPDATE signer_keys SET replaced_at = ? WHERE member_id = ? AND replaced_at IS NULL').run(at, member.memberId);
  store.db.prepare('INSERT INTO signer_keys (fingerprint, member_id, certificate, registered_at) VALUES (?, ?, ?, ?)').run(cert.fingerprint, member.memberId, JSON.stringify(cert), at);
  store.audit(opts.actor, current ? 'key.replace' : 'key.register', { memberId: member.memberId, name: member.name, fingerprint: cert.fingerprint, ...(current ? { replaces: current.fingerprint } : {}) }, at);
  return { fingerprint: cert.fingerprint, replaced: current?.fingerprint ?? null };
}

/**
 * Makes a key pair for a committee member, named and placed as the committee lists them, and registers its certificate
 * with the case in the same step. The private key goes back to the caller only as the encrypted key file.
 */
export function createMemberKey(store: CaseStore, member: Member, opts: { algorithm: Algorithm; passphrase: string; replace: boolean; actor: string }) {
  if (store.readonly) throw fault('CASE_READ_ONLY');
  // Refuse before the (slow) key derivation, so a member with a key is told at once.
  const current = activeKey(store, member.memberId);
  if (current && !opts.replace) refuseSecondKey(member, current);
  const { keyFile, certificate } = createKeyFile({ name: member.name, unit: member.unit, passphrase: opts.passphrase, algorithm: opts.algorithm });
  const r = store.tx(() => registerCertificate(store, member, certificate, { replace: opts.replace, actor: opts.actor }));
  return { keyFile, certificate, replaced: r.replaced };
}
