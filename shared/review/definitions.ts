import { blockText, type Block } from '../domain/document';

/**
 * What a document defines changes what its clauses say. A term defined to include record-level data ("衍生数据，是指
 * ……以及将养殖场户名称替换为随机编码后，保留每一养殖场户逐条记录的数据集") is raw data whatever it is called: only names
 * or codes are replaced, every record is still there. A clause letting that term leave ("衍生数据……可以数据集文件形式
 * 交付数据使用方") lets raw data leave, while the same text says "原始数据不得出域". Such terms are read as 原始数据:
 * a definition that keeps each record and only replaces or masks identifiers.
 */

/** "衍生数据，是指…", "本协议所称“脱敏数据”，指…", "“汇总数据”是指…". */
const DEFINITION = /^\s*(?:本(?:协议|方案|办法|合同)(?:中|所称|所指|所述)的?)?[“"「『]?([\u4e00-\u9fff]{3,10}?)[”"」』]?\s*[，,]?\s*(?:是指|系指|指|包括|包含|涵盖)/;
/** Record-level content: one row per person, holder, batch or event. */
const RECORD_LEVEL = /逐条|逐笔|逐户|逐人|每一[^，。；]{0,12}?(?:记录|明细)|明细记录|个体记录|原始记录|个人明细/;
/** "不含逐条记录", "不包括个体明细": the definition excludes records. */
const EXCLUDES_RECORDS = /(?:不含|不包含|不包括|不得含有|不得包含|不涉及|不保留|剔除|去除)[^，。；]{0,12}?(?:逐条|逐笔|逐户|逐人|每一|明细|个体|原始记录)/;
/** Processing that leaves every record there: names or codes replaced, identifiers masked. */
const PSEUDONYMISED = /替换|去标识|脱敏|假名|编码|掩码|隐去|遮蔽|加密/;
/** Terms that already name raw data need no alias; the broad names of all the data (公共数据) are never one. */
const ALREADY_RAW = /原始|明细|源数据|^(?:公共数据|政务数据|数据资源|授权数据|公共数据资源)$/;

/** The definition names raw data among what the term holds; "不含原始数据", "基于原始数据加工" do not. */
const HOLDS_RAW = /(?:^|[，,、：:]|包括|包含|含|涵盖|及|和|与)[^，。；、]{0,10}?(?<!基于|利用|依托|根据|对)原始(?:数据|记录|明细)(?:集|库|文件)?(?![^，。；]{0,4}?(?:加工|形成|生成|计算|分析|统计|训练))/;
const EXCLUDES_RAW = /(?:不含|不包含|不包括|不涉及|剔除|去除|除)[^，。；]{0,10}?原始/;

export interface Aliases {
  terms: string[];
  /** Blocks that hold a definition: read as written. */
  definedIn: Set<string>;
}

export function rawDataAliases(blocks: readonly Block[]): Aliases {
  const out = new Set<string>();
  const definedIn = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    const t = blockText(b);
    // A definition on a heading line ("第三条 衍生数据，是指…") starts after its numbering.
    const m = DEFINITION.exec(b.kind === 'heading' ? b.text : t);
    if (!m || ALREADY_RAW.test(m[1])) continue;
    const meaning = t.slice(t.indexOf(m[0]) + m[0].length);
    // A term defined to hold raw data itself ("“数据产品”，包括经乙方整理的原始数据集、数据接口及分析报告") carries it.
    const holdsRaw = HOLDS_RAW.test(meaning) && !EXCLUDES_RAW.test(meaning);
    if (holdsRaw || (RECORD_LEVEL.test(meaning) && PSEUDONYMISED.test(meaning) && !EXCLUDES_RECORDS.test(meaning))) {
      out.add(m[1]);
      definedIn.add(b.id);
    }
  }
  return { terms: [...out], definedIn };
}

/**
 * The text with each alias read as raw data, of the same length so quotes still line up: "衍生数据" → "原始数据",
 * a longer term padded (“脱敏明细数据集” → “原始数据” and three full-width spaces), a three-character one → "源数据".
 */
export function readAliases(text: string, aliases: readonly string[]): string {
  let t = text;
  for (const a of aliases) {
    if (!t.includes(a)) continue;
    const as = a.length === 3 ? '源数据' : '原始数据' + '\u3000'.repeat(a.length - 4);
    t = t.split(a).join(as);
  }
  return t;
}

/**
 * Every term the document defines, with what it says the term means (“本协议所称“授权场景”，是指乙方依据市场需求自行确定
 * 的数据应用方向”, “本协议所称金融服务领域，是指……”), so a clause that uses the term is read with its meaning: “乙方在授权
 * 场景内开展授权运营活动” grants whatever the operator chooses. Added by the red-line readers (branch fixd); a fuller
 * glossary of the document may take its place.
 */
const DEFINES_TERM = /(?:^|[。；：:\s])(?:第[一二三四五六七八九十百\d]+条\s*)?(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:本(?:协议|方案|办法|合同)(?:中|所称|所指|所述)的?|所称)?(?:[“"「『]([\u4e00-\u9fffA-Za-z]{2,12})[”"」』]|(?<=所称)([\u4e00-\u9fff]{2,12}?))\s*[，,]?\s*(?:是指|系指|指的是)([^。；]+)/g;
export function definedTerms(texts: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of texts) {
    if (!/是指|系指|指的是/.test(t)) continue;
    for (const m of t.matchAll(DEFINES_TERM)) out.set(m[1] ?? m[2], m[3].trim());
  }
  return out;
}
