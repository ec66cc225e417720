// Red-line cases for tests: one helper for every red-line test (vitest's expect lives here, not in reviewCorpus.ts,
// so the bench and scripts can read the corpus without a test runner).
import { expect } from 'vitest';
import type { ReviewKind } from '../../shared/review/ruleset';
import { agreementWith, flagIds } from './reviewCorpus';

/**
 * How a red-line case is read: under `ruleset` (hebei) as a `kind` (agreement), the text placed as article 5 of
 * agreementWith (under `title` and `exit` when given), or framed by `doc` (a plan, a whole document) instead.
 */
export interface RedlineCase {
  ruleset?: string;
  kind?: ReviewKind;
  title?: string;
  exit?: string;
  doc?: (text: string) => string;
}

/** Whether `redline` fires on `text` read as `c` says. */
export function raises(redline: string, text: string, c: RedlineCase = {}): boolean {
  const doc = c.doc ? c.doc(text) : agreementWith(text, c.title, c.exit);
  return flagIds(doc, c.ruleset ?? 'hebei', c.kind ?? 'agreement').includes(redline);
}

/** Every text raises `redline` (the text is the failure's message). */
export function expectRaised(redline: string, texts: string[], c?: RedlineCase) {
  for (const t of texts) expect(raises(redline, t, c), t).toBe(true);
}

/** No text raises `redline` (the text is the failure's message). */
export function expectQuiet(redline: string, texts: string[], c?: RedlineCase) {
  for (const t of texts) expect(raises(redline, t, c), t).toBe(false);
}
