import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { reviewDocument } from '../../shared/review/engine';
import type { ReviewKind } from '../../shared/review/ruleset';
import { CORPUS_DIR, bundledRuleset, docFromText } from './reviewCorpus';

/**
 * The red-line clause bank (test/fixtures/review/clauses/<red line>.yaml): short passages as drafters write them, each
 * labelled whether it makes one red line fire, written blind like the held-out documents (lawful-*.yaml: passages that
 * raise none). Sixteen documents hold about
 * twenty red lines; a bank holds fifty passages per red line, so it measures how far the reading of a red line
 * reaches beyond the wordings it was tuned on.
 */
export const CLAUSES_DIR = path.join(CORPUS_DIR, 'clauses');

export interface Passage {
  kind: ReviewKind;
  ruleset: string;
  fires: boolean;
  text: string;
  why: string;
  /** In a seen file: the engine still decides this passage wrongly, with why; asserted as failing until fixed. */
  knownFailure?: string;
}

export interface ClauseBankFile {
  file: string;
  redline: string;
  /** Never tuned on: measured by `npm run bench -- review`, not asserted in tests. */
  heldOut?: boolean;
  /** Was held out and measured once; its failures were read and fixed as classes: asserted by the unit test. */
  seen?: boolean;
  passages: Passage[];
}

export function clauseBank(): ClauseBankFile[] {
  if (!fs.existsSync(CLAUSES_DIR)) return [];
  return fs
    .readdirSync(CLAUSES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: f, ...(parse(fs.readFileSync(path.join(CLAUSES_DIR, f), 'utf8')) as Omit<ClauseBankFile, 'file'>) }));
}

/**
 * Whether the passage raises the red line, reviewed as the app reviews a TXT file: under a title that names the kind
 * of document, so the passage is read as a plan's or an agreement's own clause and not as a text about one. The title
 * names a scenario, as most do: a red line raised because a short passage never says 场景 would not be the passage's.
 */
export function passageFires(p: Passage, redline: string, toSimplified?: (s: string) => string): boolean {
  if (redline !== ANY && (WHOLE_DOCUMENT.includes(redline) || bareRaises(p, toSimplified).includes(redline))) return citesPassage(p, redline, toSimplified);
  return passageRaises(p, toSimplified).some((id) => redline === ANY || id === redline);
}

/**
 * A bank of the red lines a passage cannot raise alone (one judged on the whole document, or one its bare title raises
 * already because it lacks the clause: the filing, the exit) asks whether the finding cites the passage: the late
 * filing read, the exit clause that keeps the data, the products that are all of one kind. Not for lawful banks: a
 * lawful passage about free public products is cited by the whole-document finding it cannot settle alone.
 */
function citesPassage(p: Passage, redline: string, toSimplified?: (s: string) => string): boolean {
  const f = flagsOf(p, `${titleOf(p)}\n${p.text.trim()}`, toSimplified).find((x) => x.id === redline);
  return !!f && f.evidence.length > 0;
}

/**
 * A lawful-passage bank (`lawful-*.yaml`, `redline: any`): ordinary sentences of plans and agreements that mention what
 * a red line is about in passing; a passage "fires" when it raises any red line at all.
 */
export const ANY = 'any';

/**
 * The red lines the passage raises that its bare title does not (the title alone lacks clauses some red lines ask for),
 * leaving out those judged on the whole document: a passage cannot hold both product categories or the exit clause.
 */
const WHOLE_DOCUMENT = ['product_categories', 'no_destruction'];
export function passageRaises(p: Passage, toSimplified?: (s: string) => string): string[] {
  const bare = bareRaises(p, toSimplified);
  return flagsOf(p, `${titleOf(p)}\n${p.text.trim()}`, toSimplified)
    .map((f) => f.id)
    .filter((id) => !bare.includes(id) && !WHOLE_DOCUMENT.includes(id));
}
const titleOf = (p: Passage) => (p.kind === 'plan' ? '某场景公共数据授权运营实施方案' : '某场景公共数据授权运营协议');
const flagsOf = (p: Passage, text: string, toSimplified?: (s: string) => string) =>
  reviewDocument(docFromText(text, 'passage.txt'), ruleset(p.ruleset), p.kind, { toSimplified }).flags;
const bareRaises = (p: Passage, toSimplified?: (s: string) => string) =>
  bareFlags.get(`${p.ruleset}/${p.kind}`) ?? bareFlags.set(`${p.ruleset}/${p.kind}`, flagsOf(p, titleOf(p), toSimplified).map((f) => f.id)).get(`${p.ruleset}/${p.kind}`)!;
const bareFlags = new Map<string, string[]>();

const resolved = new Map<string, ReturnType<typeof bundledRuleset>>();
function ruleset(id: string) {
  if (!resolved.has(id)) resolved.set(id, bundledRuleset(id));
  return resolved.get(id)!;
}
