import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parsePlainText } from '../../shared/review/plainTextDocument';
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
}

/** The labelled corpus: every document in test/fixtures/review with a `<name>.labels.yaml` beside it. */
export function corpus(): LabelledDoc[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.labels.yaml'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.labels\.yaml$/, '');
      const file = fs.readdirSync(CORPUS_DIR).find((x) => x.startsWith(name + '.') && !x.endsWith('.labels.yaml'))!;
      return { name, file: path.join(CORPUS_DIR, file), ...parse(fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8')) };
    });
}

export function readCorpusDoc(file: string) {
  return parsePlainText(fs.readFileSync(file, 'utf8'), path.basename(file), file.endsWith('.md') ? 'md' : 'txt');
}
