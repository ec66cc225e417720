import type { DeadlineCheckContext } from '../../../shared/review/deadlines';
import type { CaseService } from '../cases';
import type { CommitteeService } from '../committee';
import type { DocumentService } from '../documents';
import type { FileStaging } from '../files';
import type { ExpertGate } from '../kits/session';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import type { RulesetStore } from './rulesets';

/** What the review service is given (container.ts); every part of it (runs, running, state, decisions…) reads from it. */
export type ReviewDeps = {
  openCases: OpenCases;
  settings: Settings;
  cases: CaseService;
  committee: CommitteeService;
  files: FileStaging;
  documents: DocumentService;
  rulesets: RulesetStore;
  /** The 时限 rules and holiday calendar for the document's own deadlines (main/services/deadlines); optional. */
  deadlineContext?: (caseId: string | null, jurisdiction: string) => DeadlineCheckContext | undefined;
  experts?: ExpertGate;
};
