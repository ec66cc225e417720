import { blockText, type Block } from '../domain/document';
import { DEFINITION_OPENING, typedCells } from './text';
import { parseNumbering } from '../document/numbering';

/**
 * What a document defines changes what its later clauses say: a clause is read with what its terms were defined to
 * be. The glossary is built once per review (`readDocument`) and given to every reader through `ReadDocument.glossary`.
 *
 * Definitions are found anywhere in a block, one per item of a 用语含义 list:
 * - “X”，是指/系指/指/包括……  (and “本协议所称X，……”, “本方案中的X，是指……”)
 * - ……（以下简称“X”）         the noun phrase before the bracket is what X is
 * - X视为Y / X视同本协议所称Y  X is folded into Y: Y's meaning holds X's
 *
 * API (small on purpose, for every reader):
 * - `definitions`: each definition with its term, meaning and block;
 * - `meaning(term)`: every meaning given to a term, with what terms folded into it mean, joined;
 * - `used(text)`: the definitions of the terms a text uses, longest term first;
 * - `rawTerms` / `definedIn`: terms that hold raw data (read as 原始数据 by `readAliases`), and the blocks defining them.
 */
export interface Definition {
  term: string;
  meaning: string;
  how: 'means' | 'includes' | 'deemed' | 'short';
  blockId: string;
}

export interface Glossary {
  definitions: readonly Definition[];
  meaning(term: string): string | undefined;
  used(text: string): Definition[];
  rawTerms: string[];
  definedIn: Set<string>;
}

const TERM = '[\\u4e00-\\u9fffA-Za-z]{2,12}?';
const QUOTED = `[“"「『]?(${TERM})[”"」』]?`;
/**
 * “X”是指…, 本协议所称X，包括…, “X”：… (a quoted term and a colon): after a definition's opening (text.ts), which may
 * be an article's number and caption ("第二条 定义 本协议所称“基础服务”，指……").
 */
const MEANS = new RegExp(
  `${DEFINITION_OPENING}(?:本(?:协议|方案|办法|合同|细则|规范|条|款|章)(?:中|所称|所指|所述)的?)?${QUOTED}\\s*[，,：:]?\\s*(是指|系指|指的是|指|包括|包含|涵盖|含(?!义|有)|(?<=[”"」』]\\s*)[：:])`,
);
/** A term defined inside another's definition: "……，其中“数据集”包括经去标识化处理的……明细数据". */
const NESTED = new RegExp(`其中${QUOTED}\\s*[，,]?\\s*(是指|系指|指|包括|包含|涵盖)`);
/** "样本数据集由……原始记录随机抽取形成": what a term named in a definition is made of. */
const MADE_OF = new RegExp(`^(${TERM})(?:由|是由|系由|从)([^。；]{2,50}?(?:形成|构成|组成|生成|抽取))`);
// An article defines for itself too: "本条所称脱敏处理，是指……".
const SO_CALLED = /本(?:协议|方案|办法|合同|细则|规范|条|款|章)(?:中|所称|所指|所述)的?/;
/** ……（以下简称“X”）, ……（简称“X”）, ……（下称X）. */
const SHORT = /([^，。；：:、（(]{2,30})[（(](?:以下|下文)?(?:简称|称|统称|合称)[为：:]?[“"「『]?([\u4e00-\u9fffA-Za-z]{2,12})[”"」』]?[）)]/g;
/** X视为Y: a term folded into another (X is a term the document defined). */
const deemed = (x: string) =>
  new RegExp(`${x}[”"」』]?(?:均|亦|也)?(?:视为|视同)(?:本(?:协议|方案)(?:所称|约定)的?)?[“"「『]?([\\u4e00-\\u9fffA-Za-z]{2,8}?)[”"」』]?(?=[，,。；;]|$|按|并|，)`, 'g');

/** One item of a 用语含义 list: "（一）…；（二）…" or sentences. */
function items(t: string): string[] {
  return t
    .split(/[。；;]|(?=[（(][一二三四五六七八九十\d]{1,3}[）)])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);
}

// ---- raw data, as a meaning says it ----

/** Record-level content: one row per person, holder, batch or event. */
const RECORD_LEVEL = /逐条|逐笔|逐户|逐人|每一[^，。；]{0,12}?(?:记录|明细)|明细记录|个体记录|原始记录|个人明细|明细数据|宗地明细/;
/** "不含逐条记录", "不包括个体明细": the definition excludes records. */
const EXCLUDES_RECORDS = /(?:不含|不包含|不包括|不得含有|不得包含|不涉及|不保留|剔除|去除)[^，。；]{0,12}?(?:逐条|逐笔|逐户|逐人|每一|明细|个体|原始记录)/;
/** Processing that leaves every record there: names or codes replaced, identifiers masked. */
const PSEUDONYMISED = /替换|去标识|脱敏|假名|编码|掩码|隐去|遮蔽|加密/;
/** Processing that changes the form of the data, not its content: a list of only these makes no product. */
const SUPERFICIAL = /字段重命名|重命名|格式转换|格式统一|统一格式|编码统一|统一编码|编码转换|字段映射|去重|排序|掩码|合并拆分|拆分合并|清洗/;
const AGGREGATING = /汇总|统计|聚合|分析|建模|模型|训练|指数|评分|评价|画像|报告|计算|核验结论|结果/;
/** Terms that already name raw data need no alias; the broad names of all the data (公共数据) are never one. */
// (as the readers name it: "明细包" is not one of their words, "明细数据" is).
const ALREADY_RAW = /原始|源数据|明细数据|明细记录|^(?:公共数据|政务数据|数据资源|授权数据|公共数据资源)$/;
/** The meaning names raw data among what the term holds ("包括按需抽取的明细记录及其原始字段值"); "不含原始数据", "基于原始数据加工" do not. */
const HOLDS_RAW = /(?:^|[，,、：:]|包括|包含|含|涵盖|及|和|与)[^，。；、]{0,12}?(?<!基于|利用|依托|根据|对)(?:原始(?:数据|记录|明细|字段值?)|明细记录|原样(?:副本|数据|复制|拷贝)|数据原样|全量副本)(?:集|库|文件)?(?![^，。；]{0,4}?(?:加工|形成|生成|计算|分析|统计|训练))/;
/** Data defined as never processed is the records as they came: "未经任何处理的业务数据" (not what is built from it). */
// However the processing is named: "未经脱敏处理的燃气用户记录", "未经去标识化的".
// Or by how it would be processed ("未经模型加工的公共数据记录集合").
export const UNPROCESSED = /(?<!基于|利用|依托|根据|对|将)未经(?:任何)?(?:模型|算法|人工|技术|深度|二次|实质性?)?(?:加工|处理|清洗|脱敏|汇总|聚合|去标识化?|匿名化)(?:处理)?的[^，。；、]{0,8}?(?:数据|记录)(?![^，。；]{0,8}?(?:加工|形成|生成|计算|分析|统计|训练|聚合|汇总))/;
/** A sample of the records is records: "由……原始记录随机抽取形成", "原始数据的抽样". */
const SAMPLED = /(?:原始(?:记录|数据)|明细记录)[^，。；]{0,8}?(?:随机)?(?:抽取|抽样|选取|截取)|抽样[^，。；]{0,6}?(?:原始|明细)/;
// Or what cannot give them back ("经合规审核确认无法还原原始数据的数据集").
const EXCLUDES_RAW = /(?:不含|不包含|不包括|不涉及|剔除|去除|除)[^，。；]{0,10}?(?:原始|原样|明细)|(?:无法|不能|不可|不得|难以)[^，。；]{0,4}?(?:还原|恢复|复原|反推)出?[^，。；]{0,4}?(?:原始|原样|明细)/;

/**
 * Whether a description of data is raw data whatever it is called: it names raw data or an as-is copy among what it
 * holds; it keeps every record and only masks or replaces identifiers; or it was only renamed, reformatted or
 * re-encoded (no aggregation: "字段重命名、格式转换后形成的逐条记录数据集").
 */
export function holdsRawData(meaning: string): boolean {
  if ((HOLDS_RAW.test(meaning) || SAMPLED.test(meaning) || UNPROCESSED.test(meaning)) && !EXCLUDES_RAW.test(meaning)) return true;
  if (EXCLUDES_RECORDS.test(meaning)) return false;
  if (RECORD_LEVEL.test(meaning) && PSEUDONYMISED.test(meaning)) return true;
  return SUPERFICIAL.test(meaning) && !AGGREGATING.test(meaning.replace(/逐条记录/g, ''));
}

/**
 * A place defined by what is done in it ("“授权运营空间”指……的数据清洗加工安全环境") holds data but is none: its head noun
 * is a place, so the term is never read as the records.
 */
const PLACE_HEAD = /(?:环境|空间|平台|专区|系统|场所|设施|区域|机房|沙箱|节点)[。；;]?\s*$/;
// The place may be named by the term itself ("授权运营空间", "运营域"), or by its meaning's first phrase ("……安全环境，由……").
const PLACE_TERM = /(?:空间|环境|平台|专区|系统|场所|设施|机房|沙箱|节点|运营域|数据域)$/;
/** A party defined by what it does with the data ("与乙方签订产品服务合同、使用数据产品的单位") holds none of it. */
const PARTY_HEAD = /(?:单位|机构|主体|企业|公司|组织|部门|个人|自然人|法人|用户|客户)[。；;]?\s*$/;
const isParty = (meaning: string, term = '') => /(?:方|人|商|单位|机构|主体)$/.test(term) || PARTY_HEAD.test(meaning.split(/[；;]/)[0]);
const isPlace = (meaning: string, term = '') => PLACE_TERM.test(term) || PLACE_HEAD.test(meaning.split(/[；;]/)[0]) || PLACE_HEAD.test(meaning.split(/[，,；;]/)[0]);

/** A table of definitions: "用语 | 含义", "术语 | 定义", "名词 | 解释", each row a term and what it means. */
const TERM_HEAD = /^(?:用语|术语|名词|词语|概念|名称|术语名称|用语名称)$/;
const MEANING_HEAD = /^(?:含义|定义|释义|解释|说明|是指|内涵|定义及说明)$/;
const isDefinitionsHead = (head: readonly string[]) => TERM_HEAD.test(head[0]?.trim() ?? '') && MEANING_HEAD.test(head[1]?.trim() ?? '');

/** An item's heading that is only a term ("（五）乙方", "1.3 “应用场景”"), and the paragraph under it that says what it means. */
const TERM_HEADING = /^\s*[“"「『]?([\u4e00-\u9fffA-Za-z]{2,12})[”"」』]?\s*[：:]?\s*$/;
const MEANING_UNDER = /^\s*(?:是指|系指|指的是|指(?![定导挥出引标示令南])|包括|包含)[：:，,]?\s*/;

/** Whether sentence `s` is the definition itself (it holds the meaning's opening words), which uses its term for nothing. */
export const definesThere = (s: string, meaning: string) => s.includes(meaning.slice(0, 12));

export function buildGlossary(blocks: readonly Block[]): Glossary {
  const defs: Definition[] = [];
  const defineRow = (row: string[], blockId: string) => {
    const term = row[0]?.trim().replace(/^[“"「『]|[”"」』]$/g, '');
    const meaning = row[1]?.trim();
    if (term && /^[\u4e00-\u9fffA-Za-z]{2,12}$/.test(term) && meaning) defs.push({ term, meaning, how: /^(?:包括|包含|含)/.test(meaning) ? 'includes' : 'means', blockId });
  };
  // A table typed in text ("| 用语 | 含义 |" and its rows, each a paragraph) is read as a table is.
  let typed = false;
  let termHeading: string | null = null;
  for (const b of blocks) {
    // A term read as an item's heading, its meaning the paragraph under it ("（五）乙方" / "指本协议签约的运营机构……").
    const underTerm = termHeading;
    const title = b.kind === 'heading' ? (b.text ?? '') : '';
    termHeading = b.kind === 'heading' ? TERM_HEADING.exec(parseNumbering(title)?.rest ?? title)?.[1] ?? null : null;
    if (underTerm && b.kind === 'paragraph') {
      const m = MEANING_UNDER.exec(blockText(b));
      if (m) defs.push({ term: underTerm, meaning: blockText(b).slice(m[0].length).split(/[。；]/)[0], how: /包|含|涵盖/.test(m[0]) ? 'includes' : 'means', blockId: b.id });
    }
    if (b.kind === 'table') {
      typed = false;
      if (isDefinitionsHead(b.rows[0] ?? [])) for (const row of b.rows.slice(1)) defineRow(row, b.id);
      continue;
    }
    const cells = b.kind === 'paragraph' && /[|｜]/.test(b.text) ? typedCells(b.text) : null;
    if (cells && isDefinitionsHead(cells)) {
      typed = true;
      continue;
    }
    if (cells && typed) {
      if (!/^[-—:：\s]+$/.test(cells.join(''))) defineRow(cells, b.id);
      continue;
    }
    typed = false;
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    // A definition on a heading line ("第三条 衍生数据，是指…") starts after its numbering.
    const t = b.kind === 'heading' ? b.text : blockText(b);
    items(t).forEach((it) => {
      for (const m of [MEANS.exec(it), NESTED.exec(it)]) {
        // An unquoted term is defined by 所称 or by 是指/系指 ("衍生数据，是指……"): "评价内容包括……" states what something covers.
        const quoted = m && (/[”"」』]/.test(m[0]) || SO_CALLED.test(m[0]));
        // Or an item's term before a colon and 指 ("（三）应用场景：指……"), not a verb starting with 指 ("联系人：指定专人").
        const colonMeans = m && /[：:]\s*指$/.test(m[0]) && !/^[定导挥出引标示令南]/.test(it.slice(m.index + m[0].length));
        if (!m || !(quoted || colonMeans || /是指|系指|指的是/.test(m[2]))) continue;
        const how = /包|含|涵盖/.test(m[2]) ? 'includes' : 'means';
        defs.push({ term: m[1], meaning: it.slice(m.index + m[0].length).replace(/^[，,：:\s]+/, ''), how, blockId: b.id });
      }
      // A term another definition of the block names, said to be made of something: its meaning.
      const made = MADE_OF.exec(it);
      if (made && defs.some((d) => d.blockId === b.id && d.meaning.includes(made[1]))) defs.push({ term: made[1], meaning: made[2], how: 'means', blockId: b.id });
      for (const s of it.matchAll(SHORT)) defs.push({ term: s[2], meaning: s[1].trim(), how: 'short', blockId: b.id });
    });
  }
  const known = new Set(defs.map((d) => d.term));
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    const t = b.kind === 'heading' ? b.text : blockText(b);
    // "加工数据集视为数据产品": only a term the document defined is folded into another.
    for (const x of known) {
      if (!t.includes(x)) continue;
      for (const m of t.matchAll(deemed(x))) if (m[1] !== x) defs.push({ term: m[1], meaning: x, how: 'deemed', blockId: b.id });
    }
  }
  const byTerm = new Map<string, Definition[]>();
  for (const d of defs) byTerm.set(d.term, [...(byTerm.get(d.term) ?? []), d]);
  const meaning = (term: string, seen = new Set<string>()): string | undefined => {
    const ds = byTerm.get(term);
    if (!ds || seen.has(term)) return undefined;
    seen.add(term);
    // A term folded in brings its own meaning: "加工数据集视为数据产品" makes 数据产品 hold what 加工数据集 is.
    return ds.map((d) => (d.how === 'deemed' ? `${d.meaning}（${meaning(d.meaning, seen) ?? ''}）` : d.meaning)).join('；');
  };
  const terms = [...byTerm.keys()].sort((a, z) => z.length - a.length);
  const rawTerms = terms.filter((term) => !ALREADY_RAW.test(term) && !isPlace(meaning(term) ?? '', term) && holdsRawData(meaning(term) ?? ''));
  // A term whose meaning lists a term that holds raw data holds it too ("数据产品，包括……以及样本数据集").
  for (let grew = true; grew; ) {
    grew = false;
    for (const term of terms) {
      if (rawTerms.includes(term) || ALREADY_RAW.test(term) || isParty(meaning(term) ?? '', term) || isPlace(meaning(term) ?? '', term)) continue;
      const m = meaning(term) ?? '';
      if (rawTerms.some((x) => m.includes(x) && !EXCLUDES_RAW.test(m))) {
        rawTerms.push(term);
        grew = true;
      }
    }
  }
  const definedIn = new Set(defs.filter((d) => rawTerms.includes(d.term) || rawTerms.includes(d.meaning)).map((d) => d.blockId));
  return {
    definitions: defs,
    meaning: (term) => meaning(term),
    used: (text) => terms.filter((term) => text.includes(term)).flatMap((term) => byTerm.get(term)!),
    rawTerms,
    definedIn,
  };
}

export interface Aliases {
  terms: string[];
  /** Blocks that hold a definition: read as written. */
  definedIn: Set<string>;
}

/** Terms read as raw data (kept for callers of the first version). */
export function rawDataAliases(blocks: readonly Block[]): Aliases {
  const g = buildGlossary(blocks);
  return { terms: g.rawTerms, definedIn: g.definedIn };
}

/**
 * The text with each alias read as raw data, of the same length so quotes still line up: "衍生数据" → "原始数据",
 * a longer term padded (“脱敏明细数据集” → “原始数据” and three full-width spaces), a three-character one → "源数据".
 */
export function readAliases(text: string, aliases: readonly string[]): string {
  let t = text;
  for (const a of aliases) {
    if (!t.includes(a)) continue;
    const as = a.length === 2 ? '原始' : a.length === 3 ? '源数据' : '原始数据' + '\u3000'.repeat(a.length - 4);
    t = t.split(a).join(as);
  }
  return t;
}
