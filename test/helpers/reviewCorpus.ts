import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { extractFile } from '../../main/docs/extract';
import { toSimplifiedConverter } from '../../main/docs/chinese';
import { reviewDocument } from '../../shared/review/engine';
import type { ExtractedDocument } from '../../shared/domain/document';
import { txtItems } from '../../main/docs/text';
import { buildDocument } from '../../shared/document/build';
import { parseRulesetYaml, resolveRuleset, type RulesetSource } from '../../shared/review/ruleset';
import type { ReviewKind } from '../../shared/review/ruleset';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CORPUS_DIR = path.join(ROOT, 'test', 'fixtures', 'review');
export const RULESETS_DIR = path.join(ROOT, 'templates', 'rulesets');

export function bundledSources(): Map<string, RulesetSource> {
  const m = new Map<string, RulesetSource>();
  for (const f of fs.readdirSync(RULESETS_DIR).filter((x) => x.endsWith('.yaml'))) {
    const src = parseRulesetYaml(fs.readFileSync(path.join(RULESETS_DIR, f), 'utf8'));
    m.set(src.id, src);
  }
  return m;
}

export function bundledRuleset(id: string) {
  const m = bundledSources();
  return resolveRuleset(m.get(id)!, (x) => m.get(x));
}

export interface LabelledDoc {
  name: string;
  file: string;
  kind: ReviewKind;
  ruleset: string;
  missing: string[];
  flags: string[];
  notAPlan?: boolean;
  /** For website copies: the document's own title, as it must be found under the wrapper. */
  title?: string;
  /** The sentence(s) that decide the labels, written with them: one text, or one per item and red line. */
  decide?: string | Record<string, string>;
  /** Written and labelled after the engine was tuned, and not tuned on since: the honest sample. */
  heldOut?: boolean;
  /** Was held out once and its failures were read (first batch): now part of the tuning set. */
  seen?: boolean;
  /** A seen document the engine still gets wrong, with why: asserted as failing until the engine is fixed. */
  knownFailure?: string;
}

/** The labelled corpus: every document in test/fixtures/review with a `<name>.labels.yaml` beside it. */
export function corpus(): LabelledDoc[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.labels.yaml'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.labels\.yaml$/, '');
      const file = fs.readdirSync(CORPUS_DIR).find((x) => x.startsWith(name + '.') && !x.endsWith('.labels.yaml'));
      // Labels sit beside their document as <name>.labels.yaml, the document's extension left out.
      if (!file) throw new Error(`${f}: no document named ${name}.<ext> beside it`);
      return { name, file: path.join(CORPUS_DIR, file), ...parse(fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8')) };
    });
}

/** Reads a corpus document the way the app does: intake's extractor (TXT/Markdown/DOCX/PDF). */
export function readCorpusDoc(file: string) {
  return extractFile(file, { fileName: path.basename(file) });
}

/** A document from a few lines of text, read as intake reads a TXT file: for small red-line examples. */
export function docFromText(text: string, fileName = 't.txt') {
  return buildDocument(txtItems(text), { format: 'txt', fileName });
}

/** Reviews as the app does: traditional text matched after conversion to simplified. */
export async function reviewAsApp(doc: ExtractedDocument, rulesetId: string, kind: ReviewKind) {
  return reviewDocument(doc, bundledRuleset(rulesetId), kind, { toSimplified: await toSimplifiedConverter() });
}

const DESTROY = '协议终止的，乙方以不可逆方式销毁原始数据及其副本，日志留存不少于6个月。';

/**
 * A complete small agreement (scope, 3-year term, destruction, filing in time) whose article 5 is the clause under
 * test; `exit` replaces the termination clause.
 */
export function agreementWith(clause: string, title = '某场景公共数据授权运营协议', exit = DESTROY) {
  return [
    title,
    '第一条 授权范围。甲方授权乙方在本场景内运营，数据资源范围及目录见附件。',
    '第二条 运营期限。本协议运营期限为三年。',
    `第三条 终止。${exit}`,
    '第四条 备案。本协议签订后5个工作日内报数据管理部门备案。',
    `第五条 其他。${clause}`,
  ].join('\n');
}

/** The red lines a text raises, read as intake reads a TXT file. */
export function flagIds(text: string, rulesetId = 'hebei', kind: ReviewKind = 'agreement') {
  return reviewDocument(docFromText(text, 't.txt'), bundledRuleset(rulesetId), kind).flags.map((f) => f.id);
}

/** A whole document as it stands: for `doc` when the lines under test are the document. */
export const asIs = (text: string) => text;
