import type { Check } from './ruleset';
import type { Block } from '../domain/document';
import type { Evidence } from './report';
import { PUBLIC_USER } from './redlines/actors';
import { evidence, joinedWithHe, type ReadDocument, type Section } from './sections';
import { cells as rowCells, columnHeads } from './redlines/units';
import { clauses, parseNumeral, sentences } from './text';
import { ANNEX_HEAD, N, referenced } from './references';
import { emptyLabelsDropped, labelsDecide, servedColumn, servedPublic } from './productCategories';

// The products list (split from checks.ts along the list's parts): where the list stands in the document and what it
// says it holds, here; which category each product is, in productCategories.ts.

type SectionLacks = Extract<Check, { kind: 'section_lacks' }>;

/** A products list with one of the two categories and not the other: the missing one's label, and where the list stands. */
export function listLacks(check: SectionLacks, r: ReadDocument): { fired: boolean; detail?: string; evidence: Evidence[] } {
    // An entry of the 附件 list ("附件：1. 目录" / "2. 产品和服务清单") names the annex; it is not the list.
    const sectioned = r.sections.filter((s) => !s.annex && check.headings.some((w) => joinedWithHe(s.name).includes(joinedWithHe(w))));
    // A list opened by a caption line or a label of its own, outside any such section ("附件3 公共数据产品和服务清单" over
    // its items, "6.1 产品和服务清单：……包括A、B、C"): the caption's blocks, or the labelled paragraph, are the list.
    const named = [...sectioned, ...listsCaptioned(r).filter((c) => !sectioned.some((s) => s.heading === c.heading || s.blocks.includes(c.heading)))];
    // The list itself, a table under a 清单 heading (an agreement's 附件二), is what is judged when the text holds one:
    // the clauses that point to it ("由行业主管部门进行业务规范性审核") name who reviews the products, not a product.
    const tables = named.filter((s) => /清单/.test(s.name) && s.blocks.some((b) => b.kind === 'table'));
    // A list set out as a table in a part of a section on the products ("6 数据产品和服务" / "6.1 产品清单" / "6.3 价格说明：
    // 序号1—3用于公共治理和公益事业……") is read with its section: its notes beside the table say which rows are which.
    const hits = (tables.length ? [...new Set(tables.map((t) => named.find((s) => s !== t && s.blocks.includes(t.heading)) ?? t))] : named).map((s) => withLabelledRun(r, s));
    if (!hits.length) return { fired: false, evidence: [] };
    // A list kept in an annex the file does not hold ("清单见附件二，包括企业信用评分、授信辅助核验接口等"): what is
    // shown are examples, not the list, so what it lacks cannot be told.
    // Unless the text says what every listed one is ("附件2所列12项产品均为面向金融、保险、物流企业的市场化产品"): then
    // that sentence is the list's content.
    if (hits.some((s) => annexNotHeld(s.text, r)) && !hits.some((s) => ALL_OF_A_KIND.test(s.text))) return { fired: false, evidence: [] };
    // A note on the listed products ("党政机关因履职需要使用上述数据的，无偿提供", "机关单位使用的，免费") says who may
    // use them on what terms; it adds no product of its own, so its words do not make a category.
    // "乙方开发的数据产品和服务以附件二为准": the list is the annex it points to, when the text holds it (a plain-text
    // file sets its annexes out as paragraphs, not as sections of their own).
    const resolve = referenced(r);
    const annexes = hits.flatMap((s) => [...s.text.matchAll(LIST_IN_ANNEX)].map((m) => resolve(`附件${m[1]}`) ?? ''));
    // A category item whose content is deferred ("2. 公共治理和公益事业类：……另行研究确定") is dropped whole, its label with it.
    const listed = sentences([...hits.map((s) => s.text), ...annexes].join('\n').replace(DEFERRED_ITEM, '\n'));
    const kept = listed.map((x) => ALL_LISTED.test(x) || !STRUCK.test(x));
    // A heading whose only sentence was struck ("（二）关于政府部门使用需求" / "……不在本方案产品清单中安排") names what the list
    // leaves out.
    kept.forEach((k, i) => {
      if (!k && i > 0 && kept[i - 1] && HEADING_LINE.test(listed[i - 1]) && (i + 1 >= listed.length || HEADING_LINE.test(listed[i + 1]))) kept[i - 1] = false;
    });
    const text = listed
      .filter((_, i) => kept[i])
      // A category the text does not offer now is none of its list: "本期不开发面向市场的经营性产品", "产业类数据产品待
      // 试点评估后另行研究".
      .map((x) => clauses(x).filter((c) => !NOT_OFFERED.test(c.text)).map((c) => c.text).join('，'))
      .join('\n');
    // A product term the text defines ("“数据产品”，是指……面向市场主体有偿提供的数据集……") is what every listed one is.
    const defined = r.glossary.used(text).filter((d) => /产品|服务/.test(d.term)).map((d) => d.meaning);
    // A table's column of who is served ("服务对象 | 市交通运输局") says so cell by cell.
    const heads = columnHeads(r);
    const served = hits.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? servedColumn(b.rows) : heads.has(b) ? servedColumn([heads.get(b)!, rowCells(r.text(b))]) : [])));
    // Guizhou's 政务指导价 is the price paid products are sold at, as 政府指导价 elsewhere: no public use.
    const said = servedPublic([labelsDecide(emptyLabelsDropped(text), check.groups), ...defined, ...served].join('\n')).replace(/政务指导价/g, '政府指导价');
    let lacking = check.groups.filter((g) => !g.any.some((w) => said.includes(w))).map((g) => g.label);
    // Free services to public bodies the text sets out elsewhere ("十、社会效益：……向州林业局……免费提供森林火险综合研判、
    // ……两项服务") are products of the public category, wherever the list stands.
    if (lacking.length === 1 && lacking[0] === check.groups[0].label && r.blocks.some((b) => !hits.some((h) => h.blocks.includes(b)) && OFFERED_FREE.test(r.text(b)))) lacking = [];
    // Only a list that has one category and not the other; a list with neither is a missing item, not this flag.
    return lacking.length && lacking.length < check.groups.length
      ? { fired: true, detail: `缺少：${lacking.join('、')}。`, evidence: hits.slice(0, 2).map((s) => evidence(r, s.heading)) }
      : { fired: false, evidence: [] };
}

/**
 * A list whose lead-in ends on a colon and whose category items were numbered like the list's own heading ("（六）数据产品和
 * 服务清单" / "按照产品形态，拟提供：" / "（一）数据接口类：……" / "（二）数据模型类：……"): the items were read as sections
 * beside it, so the labelled ones that follow are read as its content.
 */
function withLabelledRun<T extends ListPart>(r: ReadDocument, s: T): T {
  const last = s.blocks.at(-1);
  if (!last || !/[：:]\s*$/.test(r.text(last))) return s;
  const run: Section[] = [];
  const at = r.sections.findIndex((x) => x.heading === s.heading);
  for (const next of at < 0 ? [] : r.sections.slice(at + 1)) {
    if (!/类$/.test(next.name.replace(/[：:]\s*$/, '').split(/[：:]/)[0])) break;
    run.push(next);
  }
  return run.length ? { ...s, blocks: [...s.blocks, ...run.flatMap((x) => x.blocks)], text: [s.text, ...run.map((x) => x.text)].join('\n') } : s;
}

/** A caption naming the products list ("附件3 公共数据产品和服务清单", "附表1 首批数据产品和服务清单"), or a label before one. */
const LIST_NAME = '[^，。；：:]{0,16}?(?:产品和服务清单|产品与服务清单|产品清单|服务清单)';
const LIST_CAPTION = new RegExp(`^\\s*(?:(?:附件|附表|表)\\s*[一二三四五六七八九十\\d]+[\\s：:、.．]*)?${LIST_NAME}\\s*(?:[（(][^（）()]{1,12}[）)])?\\s*$`);
// Or a typed table's row label ("产品和服务清单 | 港口集疏运指数、……"), or a sentence that says what the list holds
// ("4.1 本期产品和服务清单限于惠企类产品，具体为：……").
// Or the products the party is to provide, listed after a colon ("4.1 乙方在授权期内应当提供下列数据产品和服务：（1）……"), or
// counted ("7.1 本方案拟提供的产品和服务共九项（清单见附件2），服务对象均为银行……"), or said all of one kind ("拟提供的
// 产品和服务均为产业类产品，分为……三个系列").
// The row's label may name its category in brackets ("产品和服务清单（公共治理、公益事业类） | 暂无").
const LIST_LABEL = new RegExp(`^\\s*(?:[\\d.．]+\\s*|[（(][一二三四五六七八九十\\d]+[）)]\\s*)?(?:${LIST_NAME}\\s*(?:[（(][^（）()]{1,16}[）)]\\s*)?(?:[：:|｜]|(?:限于|仅限于?|仅包括|包括|包含|如下)[：:]?)|[^，。；：:]{0,20}?(?:提供|开发|上线|推出)(?:下列|以下|如下)(?:的)?(?:公共)?(?:数据)?(?:产品和服务|产品与服务|产品及服务|产品)[：:]|[^，。；：:]{0,12}?提供的(?:数据)?(?:产品和服务|产品与服务|产品及服务|产品)(?:共|合计)[\\d一二三四五六七八九十]+项|[^，。；：:]{0,12}?(?:拟提供|提供|开发)的(?:数据)?(?:产品和服务|产品与服务|产品及服务|产品)(?:均为|全部为|均属于?|全部属于?))\\s*\\S`);
type ListPart = { heading: Block; name: string; text: string; blocks: Block[] };
function listsCaptioned(r: ReadDocument): ListPart[] {
  const out: ListPart[] = [];
  r.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const t = r.text(b);
    if (LIST_LABEL.test(t)) out.push({ heading: b, name: t.slice(0, t.search(/[：:|｜]/)).trim(), text: t, blocks: [b] });
    if (!LIST_CAPTION.test(t)) return;
    const blocks: Block[] = [];
    // An annex's caption heads all of the annex, its own numbered parts too ("附件3 产品和服务清单（第一批）" / "一、产业发展类：
    // ……" / "二、行业发展类：……"), up to the next annex. Its label may stand on a line of its own above the caption, as an
    // official document sets it out ("附件2" / "数据产品和服务清单").
    const annex = /^\s*(?:附件|附表)/.test(t) || (i > 0 && ANNEX_LABEL.test(r.text(r.blocks[i - 1])));
    for (const next of r.blocks.slice(i + 1)) {
      if ((next.kind === 'heading' && !annex) || ANNEX_HEAD.test(r.text(next))) break;
      blocks.push(next);
    }
    if (blocks.length) out.push({ heading: b, name: t.trim(), text: blocks.map((x) => r.text(x)).join('\n'), blocks });
  });
  return out;
}

/** Named services or products handed free to public bodies ("向州林业局和各县（市）林业局免费提供……两项服务"). */
const OFFERED_FREE = new RegExp(`向[^，。；]{0,20}?(?:${PUBLIC_USER.source})[^，。；]{0,12}?(?:免费|无偿)提供[^。；]{2,60}?(?:服务|产品|图层|报告|看板|平台)`);
/**
 * What a products list says that is no product of it: a note on the products above ("上述产品均……"), the terms of a use
 * ("……使用的，"), a use the text leaves out of itself ("农业农村部门……所需的统计分析，由……自行开展，不纳入本方案"), a category
 * deferred ("公共治理和公益事业类产品和服务，待授权运营启动后根据各部门需求另行研究确定"), or one it serves by other means
 * ("……由公安、卫生健康等部门依托既有系统开展，所需数据通过政务数据共享渠道按需获取，不通过授权运营方式提供"). A note on all
 * the listed products ("上述产品均按照政府指导价……收费") says what they all are: it stays (ALL_LISTED).
 */
const STRUCK = /上述|前述|上表|上列|以上(?:产品|数据|服务)|(?:使用|调用|申请|需要)[^，。；]{0,12}的[，,]|不(?:纳入|列入|属于|在)本(?:方案|协议|场景|次|期|项目|清单|目录)|不(?:通过|以|采取|采用)(?:本次)?授权运营(?:的)?(?:方式|渠道|途径)?(?:提供|开展|获取|供给)|(?:类|产品|服务)[，,]\s*待[^。；]{0,40}?(?:另行|再行|届时)(?:研究|确定|制定|约定|签订|明确)/;
/** A numbered line with no sentence of its own: an item's or a part's heading. */
const HEADING_LINE = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[一二三四五六七八九十]+、)\s*[^。；，,]{1,30}$/;
const DEFERRED_ITEM = /(?:^|\n)[^\n。；]*?类(?:[：:]|\s*\n)\s*(?:待[^。；\n]{0,40}?(?:另行|再行|届时)(?:研究|确定|制定|约定|签订|明确)|[^。；\n]{0,40}?(?:另行|再行|届时)研究)[^。；\n]*[。；]?/g;
// Or whom they mainly serve ("以上产品和服务主要服务于市、区县农业农村部门和乡镇政府履职需要").
const ALL_LISTED = /(?:上述|以上|前述)[^，。；]{0,6}?(?:产品|服务)[^，。；]{0,4}?(?:均|全部|都|一律|主要)/;
// Or says whom they all serve ("……详见附件3《产品和服务清单》，共12项，全部面向文旅企业……提供").
const ALL_OF_A_KIND = /(?:所列|上述|以上|清单中?)[^，。；]{0,12}?(?:产品|服务)[^，。；]{0,4}?(?:均为|全部为|都是|均属于?|全部属于?)|(?:清单|产品|服务)[^。；]{0,24}?[，,]\s*(?:共|合计)?[\d一二三四五六七八九十]*项?[，,]?\s*(?:全部|均|都|一律)(?:面向|服务于?|用于|提供给)|(?:服务对象|使用对象|用户|客户)(?:均为|全部为|都是|均是|全部是)/;
// Or not sold to the market: "以上四项均无偿提供，不面向市场主体销售".
const NOT_OFFERED = /[|｜：:]\s*(?:暂无|暂缺|无)\s*$|(?:不|暂不|暂未|未|不再)(?:开发|开展|提供|从事|涉及|包括|包含|纳入|列入|设置|安排)|(?:不|暂不|不得)(?:面向|向|对)[^，。；]{1,12}?(?:销售|出售|提供|开放|收费)|待[^，。；]{0,16}?(?:后|再)[^，。；]{0,12}?(?:另行|再行)?(?:研究|确定|开发|论证)|另行研究|由[^，。；]{0,16}?另行提出|(?:视|根据)[^，。；]{0,10}?(?:情况|需要)(?:逐步|适时|再行)(?:拓展|开发|推出|增加)/;

/** An annex's label alone on its line ("附件2", "附表1"), its caption on the next; not "附件：", which opens the annexes' list. */
const ANNEX_LABEL = new RegExp(`^\\s*附[件表]\\s*(?:${N}\\s*[：:]?)?\\s*$`);

const ANNEX_REF = /见附件\s*([一二三四五六七八九十\d]+)/g;
/** A list said to be an annex: "以附件二为准", "详见附件2", "列于附件三". */
const LIST_IN_ANNEX = /(?:见|以|按|按照|列于|载于|列入)附件\s*([一二三四五六七八九十\d]+)/g;
const ANNEX_START = /^\s*附件\s*([一二三四五六七八九十\d]+)\s*(?:[:：]|$|\s)/;

const ABOUT_THE_LIST = /(?:要求|标准|规范|办法|流程|程序|格式|模板|价格|收费|费用|定价|协议|合同|说明)[^，。；]{0,3}?(?:详)?$/;

function annexNotHeld(text: string, r: ReadDocument): boolean {
  const held = new Set<number>();
  for (const b of r.doc.blocks) {
    const m = b.kind === 'paragraph' || b.kind === 'heading' ? ANNEX_START.exec(b.kind === 'heading' ? `${b.numbering ?? ''}${b.text}` : b.text) : null;
    const n = m && parseNumeral(m[1]);
    if (n) held.add(n);
  }
  return [...text.matchAll(ANNEX_REF)].some((m) => {
    const n = parseNumeral(m[1]);
    // What the annex holds about the products ("……审核要求见附件三", "价格标准详见附件二") is not the list.
    return n !== null && !held.has(n) && !ABOUT_THE_LIST.test(text.slice(Math.max(0, m.index! - 12), m.index));
  });
}
