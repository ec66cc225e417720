import type { Database } from '../store/native';
import { SIGNED_RECORD_KINDS } from '../../shared/api/kits';

/**
 * What a committee member has on file in the case, read before the member may be removed: removing a member deletes
 * their unsigned verdicts, declarations and scores with them (ON DELETE CASCADE) and leaves their signed records and
 * memo signatures pointing at nobody. `records`: their work, which keeps them on the committee. `kitsOut`: expert kits
 * issued to them with no return imported; removing them makes that return impossible to import.
 */
export interface MemberWork {
  records: string[];
  kitsOut: { kitId: string; exportedAt: string }[];
}

type Db = Database;
const count = (db: Db, sql: string, memberId: string) => (db.prepare(sql).get(memberId) as { n: number }).n;

export function memberWork(db: Db, memberId: string): MemberWork {
  const records: string[] = [];
  const add = (n: number, what: string) => n > 0 && records.push(what.replace('N', String(n)));
  add(count(db, 'SELECT count(*) AS n FROM review_verdicts WHERE member_id = ?', memberId), 'N 条逐项审查意见');
  add(count(db, 'SELECT count(*) AS n FROM selection_declarations WHERE member_id = ?', memberId), '回避声明（涉及 N 家申报单位）');
  const sheet = db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(memberId) as { submitted_at: string | null } | undefined;
  const scores = count(db, 'SELECT count(*) AS n FROM selection_scores WHERE member_id = ?', memberId) + count(db, 'SELECT count(*) AS n FROM score_notes WHERE member_id = ?', memberId);
  if (sheet?.submitted_at) records.push('已提交的评分表');
  else add(scores, '未提交评分表中的 N 项评分或说明');
  add(count(db, 'SELECT count(*) AS n FROM selection_corrections WHERE member_id = ?', memberId), 'N 条评分更正');
  const signed = db.prepare('SELECT kind, count(*) AS n FROM signed_records WHERE member_id = ? GROUP BY kind ORDER BY kind').all(memberId) as { kind: keyof typeof SIGNED_RECORD_KINDS; n: number }[];
  for (const s of signed) records.push(`本人签署的${SIGNED_RECORD_KINDS[s.kind] ?? s.kind} ${s.n} 份`);
  const memos = db.prepare(`SELECT m.title, m.version, s.decision FROM memo_signatures s JOIN memos m ON m.memo_id = s.memo_id WHERE s.member_id = ? ORDER BY m.version`).all(memberId) as { title: string; version: number; decision: string }[];
  for (const m of memos) records.push(`在《${m.title.replace(/\n/g, '')}》第${m.version}版上的${m.decision === 'refused' ? '拒签记录' : '签名'}`);
  add(count(db, 'SELECT count(*) AS n FROM transcriptions WHERE member_id = ?', memberId), 'N 份代录记录');
  const kitsOut = db
    .prepare('SELECT k.kit_id AS kitId, k.exported_at AS exportedAt FROM expert_kits k WHERE k.member_id = ? AND NOT EXISTS (SELECT 1 FROM kit_returns r WHERE r.kit_id = k.kit_id) AND NOT EXISTS (SELECT 1 FROM expert_kits n WHERE n.member_id = k.member_id AND (n.exported_at > k.exported_at OR (n.exported_at = k.exported_at AND n.rowid > k.rowid))) ORDER BY k.exported_at')
    .all(memberId) as MemberWork['kitsOut'];
  return { records, kitsOut };
}
