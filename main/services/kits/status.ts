import { SIGNED_RECORD_KINDS, type KitStatus, type TranscribedRecordDto } from '../../../shared/api/kits';
import type { OpenCases } from '../openCases';
import type { CommitteeService } from '../committee';
import type { SelectionService } from '../selection/service';
import { latestSigned } from './export';
import type { KitContents } from './export';

/** The secretary's overview of kits and returns, and whom the sealed results wait for. */
export class KitStatusService {
  constructor(private readonly deps: { openCases: OpenCases; committee: CommitteeService; selection: SelectionService }) {}

  status(caseId: string): KitStatus {
    const store = this.deps.openCases.get(caseId);
    const db = store.db;
    let sel: ReturnType<SelectionService['results']> | null = null;
    let st: ReturnType<SelectionService['state']> | null = null;
    try {
      st = this.deps.selection.state(caseId);
      sel = this.deps.selection.results(caseId);
    } catch {
      /* no scoring set up: nothing is sealed */
    }
    const pending = new Set(sel?.pendingMembers ?? []);
    const members = this.deps.committee.list(caseId).map((m) => {
      const k = db.prepare('SELECT kit_id, exported_at, protection, contents FROM expert_kits WHERE member_id = ? ORDER BY exported_at DESC, rowid DESC LIMIT 1').get(m.memberId) as
        { kit_id: string; exported_at: string; protection: 'key' | 'code'; contents: string } | undefined;
      const ret = k ? (db.prepare('SELECT imported_at FROM kit_returns WHERE kit_id = ?').get(k.kit_id) as { imported_at: string } | undefined) : undefined;
      const c = k ? (JSON.parse(k.contents) as Partial<KitContents>) : null;
      const sm = st?.members.find((x) => x.memberId === m.memberId);
      const transcribed = !!db.prepare("SELECT 1 FROM transcriptions WHERE member_id = ? AND kind = 'recusal'").get(m.memberId);
      return {
        memberId: m.memberId, name: m.name,
        hasKey: !!db.prepare('SELECT 1 FROM signer_keys WHERE member_id = ?').get(m.memberId),
        kit: k ? { kitId: k.kit_id, exportedAt: k.exported_at, protection: k.protection, contents: { review: c?.review ?? true, recusal: !!c?.recusal, scoring: !!c?.scoring, memo: c?.memo ?? null }, returnedAt: ret?.imported_at ?? null } : null,
        recusal: latestSigned(db, m.memberId, 'recusal') ? ('signed' as const) : transcribed ? ('transcribed' as const) : ('none' as const),
        recused: !!sm?.recused,
        scoresSubmitted: !!sm?.submittedAt,
        outstanding: pending.has(m.name) && !sm?.recused && !sm?.submittedAt,
      };
    });
    return { members, sealed: !!sel?.sealed, pendingMembers: sel?.pendingMembers ?? [] };
  }

  transcriptions(caseId: string): TranscribedRecordDto[] {
    const rows = this.deps.openCases.get(caseId).db.prepare('SELECT * FROM transcriptions ORDER BY at DESC, rowid DESC').all() as
      { transcription_id: string; member_id: string; member_name: string; kind: 'recusal' | 'verdicts' | 'scores'; operator: string; reason: string; paper_ref: string; body: string; at: string }[];
    return rows.map((r) => ({
      transcriptionId: r.transcription_id, memberId: r.member_id, memberName: r.member_name, kind: r.kind, kindLabel: SIGNED_RECORD_KINDS[r.kind],
      operator: r.operator, reason: r.reason, paperRef: r.paper_ref, at: r.at, body: JSON.parse(r.body) as unknown,
    }));
  }
}
