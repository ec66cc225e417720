import type { FileRef } from '../../../shared/api/files';
import type { Transcription } from '../../../shared/api/kits';
import type { Opinion, ReviewState } from '../../../shared/api/review';
import type { ReviewMemoContent } from '../../../shared/review/memo';
import type { ReviewReport } from '../../../shared/review/report';
import type { ReviewKind } from '../../../shared/review/ruleset';
import type { Conclusion, Verdict } from '../../../shared/review/verdicts';
import { adoptAgreed } from './adopt';
import { ruleFlag, saveCommitteeVerdict, saveVerdict, setConclusion } from './decisions';
import type { ReviewDeps } from './deps';
import { memoContent } from './memoContent';
import { draftReviewOpinions, saveReviewOpinions } from './opinions';
import { checkFile, runReview } from './running';
import { lastReviewed, requireRun, reviewedKinds, runKind } from './runs';
import { reviewState } from './state';

/**
 * Compliance review of a case's plan or agreement: the automatic findings (pinned to the ruleset version used), each
 * expert's verdicts, the chair's committee view, the conclusion and the 修改意见. Every user action is one
 * transaction with its audit entry.
 *
 * The one face the container, the IPC handlers, the host and the CLI see; the work is in its parts: running a review
 * (running.ts), the runs read back (runs.ts), the review as the page shows it (state.ts), the experts' decisions
 * (decisions.ts, adopt.ts), the 修改意见 (opinions.ts) and what a memo prints (memoContent.ts).
 */
export class ReviewService {
  constructor(private readonly deps: ReviewDeps) {}

  // What was reviewed (runs.ts).
  reviewed(caseId: string, kind: ReviewKind): { documentName: string; sha256: string | null; title: string; unlike?: string } | null {
    return lastReviewed(this.deps, caseId, kind);
  }

  kinds(caseId: string): ReviewKind[] {
    return reviewedKinds(this.deps, caseId);
  }

  runKind(caseId: string, runId: string): ReviewKind | undefined {
    return runKind(this.deps, caseId, runId);
  }

  // Running a review (running.ts).
  check(file: FileRef, kind: ReviewKind, rulesetId: string): Promise<ReviewReport> {
    return checkFile(this.deps, file, kind, rulesetId);
  }

  run(caseId: string, req: { kind?: ReviewKind; rulesetId?: string; file?: FileRef; versionId?: string }): Promise<ReviewState> {
    return runReview(this.deps, caseId, req);
  }

  // The review as the page shows it (state.ts).
  get(caseId: string, kind?: ReviewKind): ReviewState {
    return reviewState(this.deps, caseId, kind);
  }

  // The experts' decisions (decisions.ts).
  saveVerdict(caseId: string, req: { itemId: string; memberId: string; verdict: Verdict | null; comment: string; session?: string; transcription?: Transcription; kind?: ReviewKind }): ReviewState {
    return saveVerdict(this.deps, caseId, req);
  }

  saveCommitteeVerdict(caseId: string, req: { itemId: string; verdict: Verdict | null; comment: string; kind?: ReviewKind }): ReviewState {
    return saveCommitteeVerdict(this.deps, caseId, req);
  }

  /** The chair's "adopt where members agree" (main/services/review/adopt.ts). */
  adoptAgreed(caseId: string, overwriteChair: boolean, kind?: ReviewKind) {
    const { run, report } = requireRun(this.deps, caseId, kind);
    const store = this.deps.openCases.get(caseId);
    return adoptAgreed({ store, report, state: this.get(caseId, run.kind), members: this.deps.committee.list(caseId), actor: this.deps.settings.userName(), overwriteChair, reload: () => this.get(caseId, run.kind) });
  }

  ruleFlag(caseId: string, req: { flagId: string; ruling: 'dismissed' | 'upheld' | null; reason: string; location?: string; kind?: ReviewKind }): ReviewState {
    return ruleFlag(this.deps, caseId, req);
  }

  setConclusion(caseId: string, conclusion: Conclusion | null, kind?: ReviewKind): ReviewState {
    return setConclusion(this.deps, caseId, conclusion, kind);
  }

  // The 修改意见 (opinions.ts).
  draftOpinions(caseId: string, kind?: ReviewKind): { opinions: Opinion[] } {
    return draftReviewOpinions(this.deps, caseId, kind);
  }

  saveOpinions(caseId: string, opinions: Opinion[], kind?: ReviewKind): ReviewState {
    return saveReviewOpinions(this.deps, caseId, opinions, kind);
  }

  // What a memo prints (memoContent.ts).
  memoContent(caseId: string, kind?: ReviewKind): ReviewMemoContent {
    return memoContent(this.deps, caseId, kind);
  }
}
