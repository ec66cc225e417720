/**
 * Characters that change how a name is displayed rather than what it says: C0/C1 controls, bidirectional embeddings,
 * overrides and isolates (U+202E turns "报告\u202Efdp.exe" into "报告exe.pdf" on screen), the Arabic letter mark and
 * the line/paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DECEPTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The one function that makes a file name (or any single-line label taken from outside) safe to show and to write
 * into an output: each deceptive character becomes "_", so nothing is hidden and nothing reorders the text.
 */
export function neutralizeName(name: string): string {
  return name.replace(DECEPTIVE, '_');
}

export const hasDeceptiveChars = (name: string) => new RegExp(DECEPTIVE.source).test(name);
