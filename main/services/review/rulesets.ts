import fs from 'node:fs';
import path from 'node:path';
import { fault } from '../../../shared/api/errors';
import type { RulesetInfo } from '../../../shared/api/review';
import { compareVersions, parseRulesetYaml, resolveRuleset, RulesetError, type ResolvedRuleset, type RulesetSource } from '../../../shared/review/ruleset';
import { writeFileAtomic } from '../files';

const MAX_RULESET_BYTES = 2 * 1024 * 1024;

interface Entry {
  src: RulesetSource;
  text: string;
  origin: 'bundled' | 'imported';
}

/**
 * The rulesets the app knows: those bundled in templates/rulesets and those a user imported into the data folder
 * (`<data>/rulesets/<id>@<version>.yaml`). For each id the highest version wins. Files are re-read on every call, so
 * an import is seen at once and a broken file on disk is reported, not cached.
 */
export class RulesetStore {
  /** Parsed files by path, valid while size and mtime are unchanged: parsing YAML is the slow part. */
  private readonly parsed = new Map<string, { key: string; src: RulesetSource | null; text: string; error?: string }>();

  constructor(private readonly deps: { bundledDir: string; importedDir: string }) {}

  private read(dir: string, origin: Entry['origin']): Entry[] {
    if (!fs.existsSync(dir)) return [];
    const out: Entry[] = [];
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.yaml') || x.endsWith('.yml')).sort()) {
      const file = path.join(dir, f);
      const st = fs.statSync(file);
      const key = `${st.size}:${st.mtimeMs}`;
      const cached = this.parsed.get(file);
      if (cached?.key === key) {
        if (cached.src) out.push({ src: cached.src, text: cached.text, origin });
        else if (origin === 'bundled') throw fault('RULESET_INVALID', `内置规则集 ${f} 有误：${cached.error}`);
        continue;
      }
      const text = fs.readFileSync(file, 'utf8');
      try {
        const src = parseRulesetYaml(text);
        this.parsed.set(file, { key, src, text });
        out.push({ src, text, origin });
      } catch (e) {
        this.parsed.set(file, { key, src: null, text, error: (e as Error).message });
        // A bundled file is validated by the tests; a damaged imported one is skipped so the others still load.
        if (origin === 'bundled') throw fault('RULESET_INVALID', `内置规则集 ${f} 有误：${(e as Error).message}`);
      }
    }
    return out;
  }

  private latest(): Map<string, Entry> {
    const m = new Map<string, Entry>();
    for (const e of [...this.read(this.deps.bundledDir, 'bundled'), ...this.read(this.deps.importedDir, 'imported')]) {
      const cur = m.get(e.src.id);
      if (!cur || compareVersions(e.src.version, cur.src.version) > 0) m.set(e.src.id, e);
    }
    return m;
  }

  private resolveIn(all: Map<string, Entry>, src: RulesetSource): ResolvedRuleset {
    try {
      return resolveRuleset(src, (id) => all.get(id)?.src);
    } catch (e) {
      if (e instanceof RulesetError) throw fault('RULESET_INVALID', `规则集 ${src.id} 有误：${e.message}`);
      throw e;
    }
  }

  private info(e: Entry, r: ResolvedRuleset): RulesetInfo {
    return {
      id: e.src.id, name: e.src.name, version: e.src.version, jurisdiction: e.src.jurisdiction,
      ...(e.src.extends ? { extends: e.src.extends } : {}),
      description: e.src.description, origin: e.origin,
      planItems: r.items.filter((i) => i.kind === 'plan').length,
      agreementItems: r.items.filter((i) => i.kind === 'agreement').length,
      flags: r.flags.length,
    };
  }

  /** Each ruleset's name and place, without resolving it: what a review needs to say which ruleset fits a document. */
  places(): { id: string; name: string; jurisdiction: string }[] {
    return [...this.latest().values()].map(({ src }) => ({ id: src.id, name: src.name, jurisdiction: src.jurisdiction }));
  }

  list(): RulesetInfo[] {
    const all = this.latest();
    return [...all.values()].map((e) => this.info(e, this.resolveIn(all, e.src)));
  }

  get(id: string) {
    const all = this.latest();
    const e = all.get(id);
    if (!e) throw fault('RULESET_NOT_FOUND', `找不到规则集 ${id}。可用的规则集：${[...all.keys()].join('、')}。`);
    const ruleset = this.resolveIn(all, e.src);
    return { info: this.info(e, ruleset), ruleset, source: e.text };
  }

  /** Validates a ruleset file (syntax, fields, inheritance, basis) and keeps it if its version is newer. */
  import(file: string): RulesetInfo {
    const size = fs.statSync(file).size;
    if (size > MAX_RULESET_BYTES) throw fault('FILE_TOO_LARGE', '规则集文件超过 2 MB，不像是规则集，未导入。');
    const text = fs.readFileSync(file, 'utf8');
    let src: RulesetSource;
    try {
      src = parseRulesetYaml(text);
    } catch (e) {
      if (e instanceof RulesetError) throw fault('RULESET_INVALID', `规则集文件有误，未导入。${e.message}`, { line: e.line });
      throw e;
    }
    const all = this.latest();
    const cur = all.get(src.id);
    if (cur && compareVersions(src.version, cur.src.version) <= 0) {
      throw fault('RULESET_NOT_NEWER', `已有规则集 ${src.id} 的版本 ${cur.src.version}，导入的版本 ${src.version} 不比它新，未导入。请提高 version 后再导入。`);
    }
    const next = new Map(all).set(src.id, { src, text, origin: 'imported' });
    const resolved = this.resolveIn(next, src);
    fs.mkdirSync(this.deps.importedDir, { recursive: true });
    writeFileAtomic(path.join(this.deps.importedDir, `${src.id}@${src.version}.yaml`), Buffer.from(text, 'utf8'));
    return this.info({ src, text, origin: 'imported' }, resolved);
  }
}
