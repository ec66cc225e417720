import { fault } from '../../../shared/api/errors';
import { VERDICTS } from '../../../shared/review/verdicts';
import type { SignedRecordDto } from '../../../shared/api/kits';
import type { OpenCases } from '../openCases';
import type { ReviewService } from '../review/service';
import type { ReviewKind } from '../../../shared/review/ruleset';
import { listSignedRecords, signedRecordFiles } from './records';
import type { ExpertSessions } from './session';

/**
 * What an expert submits as a whole and signs: the verdict set on the review items. (回避声明 and score sheets are
 * signed where they are submitted, in the selection service.) And the case's signed records, each verified.
 */
export class ExpertRecords {
  constructor(private readonly deps: { openCases: OpenCases; sessions: ExpertSessions; review: ReviewService }) {}

  submitVerdicts(caseId: string, session: string, kind?: ReviewKind): { record: SignedRecordDto } {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const live = this.deps.sessions.session(caseId, session);
    if (!live) throw fault(this.deps.sessions.knows(session) ? 'EXPERT_SESSION_EXPIRED' : 'EXPERT_SIGN_IN_REQUIRED');
    const who = this.deps.sessions.recorder(caseId, live.memberId, session);
    const state = this.deps.review.get(caseId, kind);
    if (!state.run || !state.report) throw fault('REVIEW_NOT_RUN');
    const mine = state.verdicts.filter((v) => v.memberId === live.memberId);
    if (!mine.length) throw fault('EXPERT_NOTHING_TO_SUBMIT');
    const titles = new Map(state.report.items.map((i) => [i.id, i.title]));
    let recordId = '';
    store.tx(() => {
      const signed = who.seal(store, 'verdicts', {
        run: { runId: state.run!.runId, documentName: state.run!.documentName, documentSha256: state.run!.documentSha256, ruleset: `${state.run!.ruleset.id}@${state.run!.ruleset.version}` },
        verdicts: mine.map((v) => ({ itemId: v.itemId, item: titles.get(v.itemId) ?? v.itemId, verdict: v.verdict, verdictLabel: VERDICTS[v.verdict], comment: v.comment })),
      })!;
      recordId = signed.recordId;
      store.audit(who.actor, 'review.submitVerdicts', { memberId: live.memberId, member: live.name, count: mine.length, signedRecord: signed.recordId, digest: signed.digest });
    });
    who.done();
    return { record: this.records(caseId).find((r) => r.recordId === recordId)! };
  }

  records(caseId: string): SignedRecordDto[] {
    return listSignedRecords(this.deps.openCases.get(caseId));
  }

  files(caseId: string) {
    return signedRecordFiles(this.deps.openCases.get(caseId));
  }
}
