import { reviewDocument } from '../../shared/review/engine';
import { bundledRuleset, docFromText } from './reviewCorpus';

/** The two kinds a passage is reviewed as: a plan (实施方案) or an agreement (协议). */
export type PassageKind = 'plan' | 'agreement';

/**
 * The class tests' way to review a passage, written once instead of in every test file: a few lines of text put under
 * a title naming their kind (so the engine takes it for a plan or an agreement, not for some other paper), read as
 * intake reads a TXT file (docFromText), and reviewed under a bundled ruleset. `defaultRuleset` is the ruleset a call
 * uses when it names none ('national' in most files, 'hebei' in some).
 *
 * Nothing is cached: each call builds the document and resolves the ruleset afresh, as the copies it replaces did.
 */
export const passageReview = (defaultRuleset = 'national') => {
  /**
   * The passage reviewed as a document: under a title naming its kind unless `title` is given (for a case about the
   * title itself, e.g. one among a page's chrome).
   */
  const review = (s: string, rs = defaultRuleset, kind: PassageKind = 'agreement', title?: string) =>
    reviewDocument(docFromText(`${title ?? `某场景公共数据授权运营${kind === 'plan' ? '实施方案' : '协议'}`}\n${s}`), bundledRuleset(rs), kind);

  /** The ids of the red lines the passage raises. */
  const flagsOf = (s: string, rs = defaultRuleset, kind: PassageKind = 'agreement') => review(s, rs, kind).flags.map((f) => f.id);

  /**
   * Whether red line `id` fires citing the text: some red lines also fire for what a short document leaves out (the
   * exit, the filing, the product categories), citing nothing, so firing alone would not show the passage raised it.
   */
  const cited = (s: string, id: string, rs = defaultRuleset, kind: PassageKind = 'agreement') =>
    (review(s, rs, kind).flags.find((f) => f.id === id)?.evidence.length ?? 0) > 0;

  /** Whether the exit red line (no_destruction) fires citing the text: the exit clause that keeps or hands over data. */
  const exitCited = (s: string, rs = defaultRuleset, kind: PassageKind = 'agreement') => cited(s, 'no_destruction', rs, kind);

  /** The status of item `id` (undefined when there is no such item). Unlike the others, kind defaults to plan. */
  const statusOf = (s: string, id: string, rs = defaultRuleset, kind: PassageKind = 'plan') => review(s, rs, kind).items.find((i) => i.id === id)?.status;

  return { review, flagsOf, cited, exitCited, statusOf };
};
