import { z } from 'zod';
import { parseDocument, LineCounter } from 'yaml';

/**
 * Rulesets are data (templates/rulesets/*.yaml, DOCUMENTS in docs/review.md): one per jurisdiction, versioned, each item
 * and red line citing its basis. A ruleset may `extends` another (秦皇岛市 → 河北省) and then replaces items by id,
 * removes some, or adds its own. What a case keeps is the resolved ruleset (`ResolvedRuleset`), so a later import of a
 * newer version never changes a finished review.
 */

export const REVIEW_KINDS = { plan: '实施方案', agreement: '授权运营协议' } as const;
export type ReviewKind = keyof typeof REVIEW_KINDS;
export const ReviewKindSchema = z.enum(['plan', 'agreement']);

const text = z.string().trim().min(1);
const regexText = text.refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, '不是有效的正则表达式');

export const BasisRefSchema = z.strictObject({
  /** A key of the ruleset's `documents` (or of the one it extends). */
  doc: text,
  article: text,
  item: z.string().trim().optional(),
  /** Why the rule follows from this basis, when it is not plain (e.g. "依据通用条款"). */
  note: z.string().trim().optional(),
});

const GroupSchema = z.strictObject({ label: text, any: z.array(text).min(1) });

export const ItemSchema = z.strictObject({
  id: text.regex(/^[a-z0-9_.-]+$/, '只能用小写字母、数字、下划线、点和连字符'),
  title: text,
  basis: z.array(BasisRefSchema).min(1),
  guidance: text,
  /** Marks an item taken from the generic set rather than the jurisdiction's own text. */
  generic: z.boolean().optional(),
  match: z.strictObject({
    /** Words a heading of this item's section contains. */
    headings: z.array(text).min(1),
    /** Aspects its content must cover; all → present, some → partial. */
    requires: z.array(GroupSchema).default([]),
    /** Whether the document's title counts as evidence (e.g. for 授权运营名称). */
    title: z.array(text).optional(),
    /**
     * Sentences that state the item outright ("秦皇岛市数据和政务服务局是本次授权运营的实施机构"): they count wherever
     * they sit, under another item's heading too; a passing mention (a list, a goal) does not. Regexes, {概念} allowed.
     */
    states: z.array(regexText).default([]),
    /**
     * The item is a division of duties: a paragraph that makes this many different parties each the subject of a duty
     * ("市数据局负责……；数据提供单位负责……；运营单位负责……") states it, under whatever heading (duties.ts).
     */
    divides: z.number().int().min(2).optional(),
    /**
     * The item is the grant's term, or has it as the aspect so labelled: a sentence that gives the grant's period a
     * length or its dates ("授权期间为叁年", "2027年1月1日至2029年12月31日为授权运营期") states it, under whatever
     * heading (termStated.ts).
     */
    term: text.optional(),
  }),
});

const TermCheck = z.strictObject({ kind: z.literal('term'), maxMonths: z.number().positive() });
const PhraseCheck = z.strictObject({
  kind: z.literal('phrase'),
  triggers: z.array(regexText).min(1),
  /** Clause contexts in which what matched is not the matter (done inside the platform, returned to its owner). */
  unless: z.array(regexText).default([]),
  /** The law allows no exception: an approval, not only a party's consent, turns the prohibition into a permission. */
  absolute: z.boolean().default(false),
  /** Only sentences that set a rule: a risk, a sanction for breaking it or a track record grants nothing (redlines/background.ts). */
  rulesOnly: z.boolean().optional(),
});
const AbsentCheck = z.strictObject({
  kind: z.literal('absent'),
  patterns: z.array(regexText).min(1),
  /** Only for these document kinds: what an agreement must say, a plan may leave to it (销毁 at exit). */
  appliesTo: z.array(ReviewKindSchema).optional(),
});
const DeadlineCheck = z.strictObject({
  kind: z.literal('deadline'),
  context: regexText,
  maxWorkingDays: z.number().int().positive(),
  /** Only for these document kinds (a plan that speaks of filing the agreement; an agreement always). */
  appliesTo: z.array(ReviewKindSchema).optional(),
  /** Fires only when a sentence speaks of the matter: a text silent on it is not judged by this check. */
  whenMentioned: z.boolean().optional(),
});
const SectionLacksCheck = z.strictObject({ kind: z.literal('section_lacks'), headings: z.array(text).min(1), groups: z.array(GroupSchema).min(1) });
/** Red lines that have a reader of their own (shared/review/redlines/<id>.ts). */
export const READER_IDS = ['exclusivity', 'pricing', 'authorization_mode', 'sub_authorization', 'raw_data_export'] as const;
export type ReaderId = (typeof READER_IDS)[number];
/** A red line read by its own reader (shared/review/redlines/<id>.ts): who may do what, under which condition. */
const ReadingCheck = z.strictObject({
  kind: z.literal('reading'),
  reader: z.enum(READER_IDS),
  /**
   * pricing only: the points over the benchmark yield a local rule allows as the 准许利润率 (秦皇岛: 10-year treasury + 6).
   * Without it no profit rate is judged: the national notice leaves the rate to local rules.
   */
  profitSpreadPoints: z.number().positive().optional(),
});
export const CheckSchema = z.discriminatedUnion('kind', [TermCheck, PhraseCheck, AbsentCheck, DeadlineCheck, SectionLacksCheck, ReadingCheck]);
export type Check = z.output<typeof CheckSchema>;

export const FlagRuleSchema = z.strictObject({
  id: text.regex(/^[a-z0-9_.-]+$/, '只能用小写字母、数字、下划线、点和连字符'),
  title: text,
  severity: z.enum(['red', 'warning']),
  appliesTo: z.array(ReviewKindSchema).min(1),
  basis: z.array(BasisRefSchema).min(1),
  guidance: text,
  /** What the reviewer reads when it fires. */
  message: text,
  /** It fires when any check fires. */
  checks: z.array(CheckSchema).min(1),
});

const Section = z.strictObject({ items: z.array(ItemSchema).default([]), remove: z.array(text).default([]) });

export const RulesetSourceSchema = z.strictObject({
  id: text.regex(/^[a-z0-9_-]+$/, '只能用小写字母、数字、下划线和连字符'),
  name: text,
  version: text.regex(/^\d+(\.\d+)*$/, '版本号应为数字加点，如 2025.1'),
  extends: z.string().trim().optional(),
  jurisdiction: text,
  description: z.string().default(''),
  /**
   * Basis documents by key: a title, or a title with the jurisdiction whose rule it is. A regulation of another
   * jurisdiction than the ruleset's (national cites Hebei's and Chongqing's) is cited only where nothing of the ruleset's
   * own lineage is, and then as “参照” (a Chongqing memo never rests on Hebei's regulation).
   */
  documents: z.record(z.string(), z.union([text, z.strictObject({ title: text, jurisdiction: text })])).default({}),
  /**
   * Concept groups: the ways drafters say one thing ("市场价格", "自主确定价格", "随行就市" all mean a price the operator
   * sets). A trigger or pattern names one as {名称}; a `requires`/`headings` word "{名称}" stands for all its words.
   */
  concepts: z.record(z.string(), z.array(text).min(1)).default({}),
  plan: Section.optional(),
  agreement: Section.optional(),
  flags: z.array(FlagRuleSchema).default([]),
  removeFlags: z.array(text).default([]),
});
export type RulesetSource = z.output<typeof RulesetSourceSchema>;

export const BasisSchema = z.object({
  document: z.string(),
  article: z.string(),
  item: z.string().optional(),
  note: z.string().optional(),
  label: z.string(),
  /** The jurisdiction the document's rule belongs to, when it is a local regulation. */
  jurisdiction: z.string().optional(),
  /** false: another jurisdiction's rule, cited “参照” for want of one of the ruleset's own (absent in older pins: binding). */
  binding: z.boolean().optional(),
});
export type Basis = z.output<typeof BasisSchema>;

const ResolvedItemSchema = ItemSchema.omit({ basis: true }).extend({ basis: z.array(BasisSchema), kind: ReviewKindSchema });
const ResolvedFlagSchema = FlagRuleSchema.omit({ basis: true }).extend({ basis: z.array(BasisSchema) });
export type RuleItem = z.output<typeof ResolvedItemSchema>;
export type FlagRule = z.output<typeof ResolvedFlagSchema>;

export const ResolvedRulesetSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  jurisdiction: z.string(),
  description: z.string(),
  /** id@version of each ruleset it was built from, outermost last. */
  lineage: z.array(z.string()),
  items: z.array(ResolvedItemSchema),
  flags: z.array(ResolvedFlagSchema),
});
export type ResolvedRuleset = z.output<typeof ResolvedRulesetSchema>;

export class RulesetError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `第 ${line} 行：${message}` : message);
  }
}

/** Parses and validates one ruleset file; a bad file is refused with the line and the reason, in Chinese. */
export function parseRulesetYaml(source: string): RulesetSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new RulesetError(`YAML 格式错误（${e.code}）：${e.message.split('\n')[0]}`, lineCounter.linePos(e.pos[0]).line);
  }
  const data = doc.toJS();
  if (!data || typeof data !== 'object') throw new RulesetError('文件为空或不是规则集（应以 id、name、version 等字段开头）。', 1);
  const r = RulesetSourceSchema.safeParse(data, { reportInput: true });
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path.map(String);
    let line: number | undefined;
    for (let n = path.length; n > 0 && !line; n--) {
      const node = doc.getIn(issue.path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) line = lineCounter.linePos(node.range[0]).line;
    }
    throw new RulesetError(`字段 ${path.join('.') || '（根）'}：${zhIssue(issue)}`, line);
  }
  const src = r.data;
  const ids = new Set<string>();
  for (const it of [...(src.plan?.items ?? []), ...(src.agreement?.items ?? []), ...src.flags]) {
    if (ids.has(it.id)) throw new RulesetError(`编号 ${it.id} 重复，每个审查项和红线的编号必须唯一。`, lineOfId(source, it.id));
    ids.add(it.id);
  }
  return src;
}

function lineOfId(source: string, id: string) {
  const lines = source.split('\n');
  const idx = lines.findIndex((l, i) => i > 0 && new RegExp(`id:\\s*['"]?${id.replace(/[.]/g, '\\.')}['"]?\\s*$`).test(l) && lines.slice(0, i).some((p) => p.includes(id)));
  return idx >= 0 ? idx + 1 : undefined;
}

function zhIssue(issue: z.core.$ZodIssue): string {
  if ('input' in issue && issue.input === undefined && issue.code !== 'unrecognized_keys') return '缺少此字段';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此字段' : `类型不对，应为 ${issue.expected}`;
    case 'unrecognized_keys':
      return `无法识别的字段 ${issue.keys.join('、')}`;
    case 'too_small':
      return '内容为空或条目太少';
    case 'invalid_union':
      return '检查类型 kind 不是 term、phrase、absent、deadline、section_lacks、reading 之一，或其字段不全';
    case 'invalid_value':
      return `取值应为 ${issue.values.map(String).join('、')} 之一`;
    default:
      return issue.message;
  }
}

/** Resolves `extends`, replacing items by id and applying removals; `load` returns a parent by id (latest version). */
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Expands {名称} in regex triggers to (?:word|word…), and "{名称}" words to the concept's words. */
function conceptExpander(concepts: Record<string, string[]>) {
  const get = (name: string, where: string) => {
    const c = concepts[name];
    if (!c) throw new RulesetError(`${where} 引用的概念 {${name}} 未在 concepts 中定义。`);
    return c;
  };
  const regex = (re: string, where: string) => {
    const out = re.replace(/\{([\u4e00-\u9fff\w]+)\}/g, (m, name: string) => (/^\d+(,\d*)?$/.test(name) ? m : `(?:${get(name, where).map(escapeRe).join('|')})`));
    try {
      new RegExp(out);
    } catch {
      throw new RulesetError(`${where} 的正则表达式在展开概念后无效：${re}`);
    }
    return out;
  };
  const words = (ws: string[], where: string) => ws.flatMap((w) => (/^\{.+\}$/.test(w) ? get(w.slice(1, -1), where) : [w]));
  return { regex, words };
}

function expandItem<T extends { match: { headings: string[]; requires: { label: string; any: string[] }[] } }>(it: T, x: ReturnType<typeof conceptExpander>, where: string): T {
  const m = it.match as T['match'] & { states?: string[] };
  const states = m.states?.map((re) => x.regex(re, where));
  return { ...it, match: { ...m, headings: x.words(m.headings, where), requires: m.requires.map((g) => ({ ...g, any: x.words(g.any, where) })), ...(states ? { states } : {}) } };
}

function expandCheck(c: Check, x: ReturnType<typeof conceptExpander>, where: string): Check {
  switch (c.kind) {
    case 'phrase':
      return { ...c, triggers: c.triggers.map((t) => x.regex(t, where)), unless: c.unless.map((t) => x.regex(t, where)) };
    case 'absent':
      return { ...c, patterns: c.patterns.map((t) => x.regex(t, where)) };
    case 'deadline':
      return { ...c, context: x.regex(c.context, where) };
    case 'section_lacks':
      return { ...c, headings: x.words(c.headings, where), groups: c.groups.map((g) => ({ ...g, any: x.words(g.any, where) })) };
    default:
      return c;
  }
}

function collectConcepts(src: RulesetSource, load: (id: string) => RulesetSource | undefined): Record<string, string[]> {
  const parent = src.extends ? load(src.extends) : undefined;
  return { ...(parent ? collectConcepts(parent, load) : {}), ...src.concepts };
}

export function resolveRuleset(src: RulesetSource, load: (id: string) => RulesetSource | undefined, seen: string[] = []): ResolvedRuleset {
  if (seen.includes(src.id)) throw new RulesetError(`规则集继承出现循环：${[...seen, src.id].join(' → ')}`);
  let base: ResolvedRuleset | undefined;
  let documents = src.documents;
  if (src.extends) {
    const parent = load(src.extends);
    if (!parent) throw new RulesetError(`继承的规则集 ${src.extends} 不存在，请先导入它。`);
    base = resolveRuleset(parent, load, [...seen, src.id]);
    documents = { ...collectDocuments(parent, load), ...src.documents };
  }
  const basis = (b: z.output<typeof BasisRefSchema>[], where: string) =>
    b.map((x) => {
      const entry = documents[x.doc];
      if (!entry) throw new RulesetError(`${where} 引用的依据文件 ${x.doc} 未在 documents 中列出。`);
      const { title: document, jurisdiction } = typeof entry === 'string' ? { title: entry, jurisdiction: undefined } : entry;
      const item = x.item ? (/^[（(]/.test(x.item) ? `第${x.item.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))}项` : x.item) : '';
      return { document, article: x.article, item: x.item, note: x.note, label: `${document}${x.article}${item}`, ...(jurisdiction ? { jurisdiction } : {}) };
    });
  const concepts = conceptExpander(collectConcepts(src, load));
  let items: RuleItem[] = base?.items ?? [];
  for (const kind of ['plan', 'agreement'] as const) {
    const sec = src[kind];
    if (!sec) continue;
    items = items.filter((i) => !(i.kind === kind && sec.remove.includes(i.id)));
    for (const it of sec.items) {
      const resolved = expandItem({ ...it, kind, basis: basis(it.basis, `审查项 ${it.id}`) }, concepts, `审查项 ${it.id}`);
      const at = items.findIndex((i) => i.id === it.id);
      if (at >= 0) items[at] = resolved;
      else items.push(resolved);
    }
    // The child's own order wins for what it lists (河北 第十七条（四）技术支撑平台 sits between （三） and （五））.
    const order = new Map(sec.items.map((it, i) => [it.id, i]));
    const mine = items.filter((i) => i.kind === kind && order.has(i.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const others = items.filter((i) => !(i.kind === kind && order.has(i.id)));
    items = kind === 'plan' ? [...mine, ...others] : [...others.filter((i) => i.kind === 'plan'), ...mine, ...others.filter((i) => i.kind !== 'plan')];
  }
  let flags: FlagRule[] = (base?.flags ?? []).filter((f) => !src.removeFlags.includes(f.id));
  for (const f of src.flags) {
    const resolved = { ...f, basis: basis(f.basis, `红线 ${f.id}`), checks: f.checks.map((c) => expandCheck(c, concepts, `红线 ${f.id}`)) };
    const at = flags.findIndex((x) => x.id === f.id);
    if (at >= 0) flags[at] = resolved;
    else flags.push(resolved);
  }
  flags = [...flags];
  // The outermost ruleset decides which documents bind: its own jurisdiction's and its ancestors'.
  if (!seen.length) {
    const own = lineageJurisdictions(src, load);
    items = items.map((i) => ({ ...i, basis: cited(i.basis, own) }));
    flags = flags.map((f) => ({ ...f, basis: cited(f.basis, own) }));
  }
  return {
    id: src.id,
    name: src.name,
    version: src.version,
    jurisdiction: src.jurisdiction,
    description: src.description,
    lineage: [`${src.id}@${src.version}`, ...(base?.lineage ?? [])],
    items,
    flags,
  };
}

function lineageJurisdictions(src: RulesetSource, load: (id: string) => RulesetSource | undefined): Set<string> {
  const out = new Set<string>();
  for (let r: RulesetSource | undefined = src, n = 0; r && n < 20; r = r.extends ? load(r.extends) : undefined, n++) out.add(r.jurisdiction);
  return out;
}

/**
 * What a rule cites: the entries of the ruleset's own jurisdictions (and national documents, which have none); another
 * jurisdiction's regulation only when nothing else is cited, and then marked “参照” in its label.
 */
function cited(basis: Basis[], own: Set<string>): Basis[] {
  const binds = (b: Basis) => !b.jurisdiction || own.has(b.jurisdiction);
  if (basis.some(binds)) return basis.filter(binds).map((b) => ({ ...b, binding: true }));
  return basis.map((b) => ({ ...b, binding: false, label: `参照${b.label}` }));
}

function collectDocuments(src: RulesetSource, load: (id: string) => RulesetSource | undefined): RulesetSource['documents'] {
  const parent = src.extends ? load(src.extends) : undefined;
  return { ...(parent ? collectDocuments(parent, load) : {}), ...src.documents };
}

/** Compares "2025.1" and "2025.10" as numbers, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
