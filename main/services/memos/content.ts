import { ZodError } from 'zod';
import { AppFault } from '../../../shared/api/errors';
import type { SectionContent } from '../../../shared/memo/template';

/**
 * What other modules contribute to a memo's draft (the review's opinion, the scores, …): providers wired in the
 * container, and the cleaning of the subject they are drafted about.
 */

/** What a provider knows of the memo being drafted: its confirmed subject (the reviewed document's title). */
export interface DraftContext {
  subject: string;
  /** The role of the document the memo is about (the template's subjectRole: plan, agreement), when it names one. */
  role?: string;
  /** Why a provider left its content out, added to the message when a required section is then missing. */
  notes?: string[];
  /** The template requires the experts' own verdicts (needsExpertVerdicts). */
  needsExpertVerdicts?: boolean;
  /** What the paper lacks for signing: shown with the draft, and signing is refused while it stands. */
  cautions?: string[];
}

/** Content other modules supply, by source key (review.opinion, selection.scores, …). Wired in the container. */
export type ContentProvider = (caseId: string, ctx: DraftContext) => Record<string, SectionContent | undefined>;

/** The memo's subject, whichever way it was written: no 《》 around it, no 论证/审查 words the memo's own title adds. */
export function cleanSubject(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^《(.*)》$/, '$1')
    .replace(/(的)?(专家)?(论证|审查|评审|评估)(意见|报告)?$/, '')
    .trim();
}

/**
 * A provider whose module has nothing yet (the review has not been run, no scoring scheme is set) contributes no
 * content: its fault (the code `notYet`; when null, any AppFault or a ZodError of its unset configuration) means "not
 * available"; other errors propagate.
 */
export function optionalContent(notYet: string | null, p: ContentProvider): ContentProvider {
  return (caseId, ctx) => {
    try {
      return p(caseId, ctx);
    } catch (e) {
      if (e instanceof AppFault && (notYet === null || e.code === notYet)) return {};
      if (notYet === null && e instanceof ZodError) return {}; // e.g. no scoring scheme set up yet
      throw e;
    }
  };
}
