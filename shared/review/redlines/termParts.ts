import { evidence, type ReadDocument } from '../sections';
import { parseNumbering } from '../../document/numbering';
import { CN_NUMERAL, durations, lastDayOfMonth, monthsBetween, parseNumeral, sentences, withTermNumbers, withWrittenDates } from '../text';
import { POINT, termByProgress, termBySchedule, textOf, ym, type Found } from './termSchedule';

/**
 * The term given by its parts or by a schedule, where no sentence gives its length:
 * - the term divided into named periods, each with its own length ("授权期限分为建设期和运营期两个阶段：建设期十二个月……；
 *   运营期三十六个月"): the term is their sum;
 * - the term referred to a schedule, or the operation scheduled stage by stage (termSchedule.ts);
 * - the term counted in periods the document defines ("共四个完整赛季" with "每个赛季自当年2月1日起至次年1月31日止"): the
 *   count times the period's length.
 */

/** The grant's term said to be made of two or more named periods: "授权期限分为建设期和运营期", "协议期限由筹备期、运营期组成". */
// The parts may be stages ("运营期……包括建设调试阶段和正式运营阶段"), the term its defined name ("运营期”，是指……全部期间，包括").
// Each part may carry its length ("授权期限包括建设期一年和运营期三年", "运营期限为试运行期一年加正式运营期3年"): the term is
// equated to the parts' sum, whatever verb joins them.
const PART_LEN = `(?:为|：|:)?\\s*${CN_NUMERAL}\\s*个?\\s*(?:年|个月|月)半?`;
const PART = `[\\u4e00-\\u9fff]{1,6}?(?:期|阶段)(?:${PART_LEN})?`;
const IN_PARTS = new RegExp(
  `(?:授权|运营|协议)[^，。；：:]{0,4}?(?:期限|有效期|期间|运营期|授权期)[”"」]?[^，。；：:\\d]{0,2}?[，,]?\\s*(?:分为|划分为|分成|由|包括|包含|为(?=${PART}加))(${PART}(?:(?:和|与|、|及|以及|加)${PART})+)`,
);
// Or only counted, the parts named in the sentences after it: "本次授权分两个阶段实施", "授权运营期分为三期".
const COUNTED = `(${CN_NUMERAL})\\s*个?\\s*(?:阶段|时期|期)(?:实施|进行|推进|开展)?`;
// The count may follow the start in a clause of its own ("授权运营自协议签订之日起实施，分三个阶段推进").
const IN_COUNTED = new RegExp(`(?:授权|期限|有效期|运营期|授权期)(?:[^，。；：:]{0,8}?|运营自[^，。；：:]{0,16}?(?:实施|开始|启动)[，,])(?:分为|划分为|分成|分)\\s*${COUNTED}`);
// Or neither: "授权运营期限按阶段计算：1.建设期十二个月……；2.运营期三十六个月……", every stage named after it counting.
// Counted there or not: "授权运营期限按以下三个阶段安排：第一阶段（2025年10月—2026年3月）……".
// Or run to a stage's end ("授权运营期限……自运营机构确定之日起至第三阶段工作完成之日止"), the stages dated after it.
const IN_STAGES = /(?:授权|期限|有效期|运营期|授权期)[^，。；：:]{0,8}?(?:按|分)(?:以下|下列|如下)?(?:[一二三四五六七八九十两\d]+个)?(?:阶段|时期|期间)(?:计算|确定|设置|划分|安排)|(?:期限|有效期|授权期)[^。；]{0,30}?至(?:第[一二三四五六七八九十\d]+个?|最后一个)(?:阶段|期)[^，。；]{0,8}?(?:完成|结束|届满)(?:之日|时)/;
/**
 * Stages set out by their months, not their lengths ("1. 试运营阶段（2025年9月至2026年2月）：……；3. 评估移交阶段（2029年1月
 * 至2029年6月）"): the term runs from the first stage's first month to the last one's last.
 */
const STAGE_DATED = /(?:第[一二三四五六七八九十\d]+个?|[\u4e00-\u9fff]{1,8}?)(?:期|阶段)[”"」]?\s*[（(：:]?\s*(?:自|从)?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月/;
const PROGRESS_HEADING = /实施进度|进度安排|阶段安排|实施步骤/;
function stagesDated(rest: string): { first: number; last: number } | null {
  const lines = rest.split(/[\n；;]/).filter((x) => STAGE_DATED.test(x));
  if (lines.length < 2) return null;
  const points = lines.flatMap((x) => [...withWrittenDates(x).matchAll(POINT)]).filter((p) => p[2]).map((p) => Number(p[1]) * 12 + Number(p[2]));
  return points.length >= 2 ? { first: Math.min(...points), last: Math.max(...points) } : null;
}
const PART_LEN_AT = new RegExp(`${PART_LEN}$`);
const STAGES_APART = /(?:分别|各自|单独|分段|逐段)(?:签订|签署|订立|授权|计算|起算|审批|申请|授予)/;
/**
 * The first `count` periods named with a length after the count ("建设培育期一年", "正式运营期为三年"), in order. An ordinal
 * before a name is dropped ("第一个建设期" is the 建设期); a stage named by its ordinal alone keeps it ("第一阶段18个月").
 */
const STAGE = new RegExp(`((?:第[一二三四五六七八九十\\d]+个?[\\u4e00-\\u9fff]{0,6}?|[\\u4e00-\\u9fff]{1,6}?)(?:期|阶段))(?:为|：|:)?\\s*${CN_NUMERAL}\\s*个?\\s*(?:年|个月|月)`, 'g');
const ORDINAL = /^(?:其中|首先|然后|最后)?(?:第[一二三四五六七八九十\d]+个?)?/;
const BY_ORDINAL = /^第[一二三四五六七八九十\d]+个?(?:期|阶段)$/;
function stagesNamed(text: string, count = Infinity): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(STAGE)) {
    const bare = m[1].replace(ORDINAL, '');
    const name = PART_NAME.test(bare) && bare.length >= 2 ? bare : m[1].replace(/^(?:其中|首先|然后|最后)/, '');
    if (!/^(?:每|各)/.test(m[1]) && (BY_ORDINAL.test(name) || (PART_NAME.test(name) && name.length >= 2)) && !names.includes(name)) names.push(name);
    if (names.length === count) break;
  }
  return names.length === count || (count === Infinity && names.length >= 2) ? names : [];
}
const PART_NAME = /[\u4e00-\u9fff]{1,6}?(?:期|阶段)$/;

/**
 * The length written after a period's name in its clause ("建设期十二个月，", "运营期为三年", "……阶段自生效之日起计算，最长不超过
 * 六个月"), read as a term: a part capped may run to its cap, so the cap is its length.
 */
function partLength(text: string, name: string): number | null {
  // The name's end is no length of its own: "自建设期届满次日起算".
  // The words after each mention are looked ahead at, not taken: "建设期和运营期：建设期十二个月" names it twice.
  for (const m of text.matchAll(new RegExp(`${name}(?!届满|期满|满|结束|终了)(?=([^，。；]{0,12}))`, 'g'))) {
    // Only up to the next period named: in "分为建设期和运营期：建设期十二个月" the twelve months are the 建设期's.
    const d = durations(untilAnotherPart(m[1])).find((x) => x.kind !== 'cap' && Number.isFinite(x.months));
    if (d) return d.months;
  }
  for (const m of text.matchAll(new RegExp(`${name}(?!届满|期满|满|结束|终了)(?=([^。；]{0,30}))`, 'g'))) {
    const d = durations(untilAnotherPart(m[1])).find((x) => Number.isFinite(x.months));
    if (d) return d.months;
  }
  return null;
}

/** The words after a period's name, as a term's, cut where another period is named. */
function untilAnotherPart(after: string): string {
  // Another period's name starts on a word, not on this one's length ("三年两个阶段"), and its own length follows it.
  const other = /(?:第[一二三四五六七八九十\d]+个?)?[^\d一二三四五六七八九十两半年月个\s，。；：:、]{1,6}?(?:期|阶段)(?=[为：:]?\s*[\d一二三四五六七八九十两半])/.exec(after);
  return `期限${other ? after.slice(0, other.index) : after}`;
}

function termInParts(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  const blocks = r.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'table') continue;
    for (const raw of sentences(r.text(b))) {
      const s = withTermNumbers(raw);
      const listed = IN_PARTS.exec(s);
      const m = listed ?? IN_COUNTED.exec(s) ?? IN_STAGES.exec(s);
      if (!m) continue;
      // A term that has its own length ("授权期限三年，分为……") is that length, whatever its parts.
      // Counted, the parts may follow in the sentence: only what comes before the count is the term's own.
      // Listed, the lengths may follow the list in the sentence ("由建设期和运营期两部分组成，其中建设期十二个月，运营期三十六个月"):
      // only what comes before the list is the term's own.
      const listAt = listed ? m.index + m[0].length - m[1].length : m.index;
      if (durations(s.slice(0, listAt)).some((d) => d.kind !== 'cap' && Number.isFinite(d.months))) continue;
      // The parts' lengths: in the rest of the paragraph, and the paragraphs after it up to the next heading.
      // Counted, the parts may follow in the same sentence ("分三个阶段推进：试点期六个月，……").
      let rest = `${listed ? s.slice(listAt) : s.slice(m.index + m[0].length)}。${withTermNumbers(r.text(b).slice(r.text(b).indexOf(raw) + raw.length))}`;
      for (let j = i + 1; j < blocks.length && blocks[j].kind !== 'heading'; j++) rest += `\n${withTermNumbers(textOf(r, blocks[j]))}`;
      // Named in the list, or only counted there and named after it, each with its length ("分两个阶段实施……建设培育期一年……；
      // 正式运营期三年").
      const count = listed ? null : m[1] ? parseNumeral(m[1]) : Infinity;
      // Stages each signed, granted or counted on their own ("两个阶段分别签订授权运营协议，各自计算期限") are terms of their own.
      if (count && STAGES_APART.test(`${s}${rest}`)) continue;
      const names = count ? stagesNamed(rest, count) : [...new Set(m[1].split(/以及|和|与|、|及|加/).map((x) => x.trim().replace(PART_LEN_AT, '')).filter((x) => PART_NAME.test(x)))];
      const lengths = names.map((n) => partLength(rest, n));
      if (names.length < 2 || lengths.some((x) => x === null)) {
        // The stages may be items read as headings of their own ("1. 试运营阶段（2025年9月至2026年2月）"): read on through them.
        // Or under the schedule's own heading after the term's ("1. 授权运营期限" / "2. 实施进度").
        let staged = rest;
        let under = false;
        for (let j = i + 1; j < blocks.length && (blocks[j].kind !== 'heading' || STAGE_DATED.test(r.text(blocks[j])) || PROGRESS_HEADING.test(r.text(blocks[j]))); j++) {
          if (blocks[j].kind === 'heading') under = true;
          if (blocks[j].kind === 'heading' || under) staged += `\n${textOf(r, blocks[j])}`;
        }
        const dated = listed ? null : stagesDated(staged);
        const span = dated ? dated.last - dated.first + 1 : 0;
        if (dated && span > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `各阶段自${ym(dated.first)}至${ym(dated.last)}（约 ${span} 个月）` });
        continue;
      }
      const total = (lengths as number[]).reduce((t, x) => t + x, 0);
      if (total > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${names.length > 2 ? `${names.slice(0, -1).join('、')}与${names.at(-1)}` : names.join('与')}合计（约 ${Math.round(total)} 个月）` });
    }
  }
  return out;
}


/** A period defined by its days in the year ("每个赛季自当年2月1日起至次年1月31日止", "每一供暖季为当年11月至次年3月底"). */
const PERIOD_DEFINED = /每(?:个|一|一个)?\s*([\u4e00-\u9fff]{1,8}?)(?:均)?(?:为|自|从|是)(?:每年|当年)?\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?\s*(?:起)?\s*(?:至|到|—|－|-|～|~)\s*(次年|当年|同年|翌年)?\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|末|底)?/g;
const TERM_SAID = /期限|有效期|授权期|运营期|运营周期|协议期/;
function termInDefinedPeriods(r: ReadDocument, maxMonths: number): Found[] {
  const periods = new Map<string, number>();
  for (const b of r.blocks) {
    const t = r.text(b);
    if (!t.includes('每')) continue;
    for (const m of withTermNumbers(t).matchAll(PERIOD_DEFINED)) {
      const [y2, m2] = [m[4] && m[4] !== '当年' && m[4] !== '同年' ? 2002 : 2001, Number(m[5])];
      const months = monthsBetween(2001, Number(m[2]), Number(m[3] ?? 1), y2, m2, m[6] ? Number(m[6]) : lastDayOfMonth(y2, m2));
      if (months > 0) periods.set(m[1], months);
    }
  }
  if (!periods.size) return [];
  const out: Found[] = [];
  const counted = new RegExp(`(${CN_NUMERAL})\\s*个\\s*(?:完整的?)?\\s*(${[...periods.keys()].join('|')})`, 'g');
  for (const b of r.blocks) {
    for (const raw of sentences(r.text(b))) {
      if (!TERM_SAID.test(raw)) continue;
      for (const m of withTermNumbers(raw).matchAll(counted)) {
        const months = (parseNumeral(m[1]) ?? 0) * periods.get(m[2])!;
        if (months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${m[0]}（每个${m[2]}约 ${Math.round(periods.get(m[2])!)} 个月，共约 ${Math.round(months)} 个月）` });
      }
    }
  }
  return out;
}

/**
 * Periods chained one after another from the grant's start, however the stages are introduced ("本项目分两个阶段推进。
 * 培育期：自授权运营协议签订之日起12个月……；运营期：培育期届满次日起三年"): the operator holds the grant through all of
 * them, so the term is their sum, whatever a 运营期 alone is said to last.
 */
const SPAN = `(${CN_NUMERAL}\\s*个?\\s*(?:年|个月|月))`;
const FROM_GRANT = new RegExp(`([\\u4e00-\\u9fff]{1,6}?(?:期|阶段))[”"」]?(?:为|：|:)?\\s*(?:自|从)[^，。；]{0,16}?(?:签订|签署|生效|授权)[^，。；]{0,4}?(?:之日|当日|次日|当月)?起[^，。；]{0,4}?${SPAN}`, 'g');
// A condition on the start ("试点运营期届满并经评估合格后，连续运营二十四个月") does not move it.
const FROM_STAGE_END = new RegExp(`([\\u4e00-\\u9fff]{1,6}?(?:期|阶段))[”"」]?(?:为|：|:)?\\s*(?:自|从)?([\\u4e00-\\u9fff]{1,6}?(?:期|阶段))(?:届满|期满|满|结束|终了|完成)(?:[并且]?经[^，。；]{0,12}?(?:合格|通过|同意|批准))?(?:之日|之次日|次日|后|之后)?(?:起|开始)?(?:[，,]\\s*(?:连续|继续|再)?(?:运营|实施|运行|开展)?)?[^，。；]{0,4}?${SPAN}`, 'g');
// Its span said first and its start after ("运营期为三年，自建设期届满之次日起计算").
const SPAN_THEN_STAGE_END = new RegExp(`([\\u4e00-\\u9fff]{1,6}?(?:期|阶段))[”"」]?(?:为|：|:)\\s*${SPAN}[，,]\\s*(?:自|从)([\\u4e00-\\u9fff]{1,6}?(?:期|阶段))(?:届满|期满|满|结束|终了|完成)(?:之日|之次日|次日|后|之后)?(?:起|开始)`, 'g');
// A first stage held by its dates ("建设期自2025年12月1日起至2026年5月31日止").
const DATED_STAGE = new RegExp(`([\\u4e00-\\u9fff]{1,6}?(?:期|阶段))[”"」]?(?:为|：|:)?\\s*(?:自|从)\\s*(\\d{4}\\s*年[^，。；]{0,40}?(?:至|到)[^，。；]{0,20}?日)`, 'g');
/** What a first stage delivers, from which a later stage or the term's end may be counted. */
const LATER_EVENT = '验收|上线|建成|交付|投入运营|投运';
const STAGE_HEADING = /^[\u4e00-\u9fff]{1,8}(?:期|阶段)$/;
const STAGE_WORDS = /(?:期|阶段)[^。；]*?(?:起|至|到)/;
const CHAIN_WORDS = new RegExp(`满|结束|终了|完成|${LATER_EVENT}|正式运营`);
/**
 * A stage counted from what the stage before it produces ("建设期自协议签订之日起12个月……；运营期自首批产品通过验收之日
 * 起3年"): it starts after the grant did, so a stage of the whole limit makes the grant longer than the limit.
 */
const FROM_LATER_EVENT = new RegExp(`([\\u4e00-\\u9fff]{1,6}?(?:期|阶段))[”"」]?(?:为|：|:)?\\s*(?:自|从)((?:(?!签订|签署|生效)[^，。；]){0,20}?(?:${LATER_EVENT}|正式运营)(?:合格|通过)?)(?:之日|次日|之次日|后|之后)?(?:起|开始)[^，。；]{0,4}?${SPAN}`, 'g');
// Periods of other things (a warranty, a notice, a hand-over after the end: afterTerm reads one the operator still acts in).
const NOT_HELD = /质保|保修|维保|维护|公示|异议|整改|保密|考核|观察|移交|交接|退出|清理|销毁|过渡|缓冲|衔接/;
// The span read as any term is (text.ts durations), not counted again here.
const months = (span: string) => durations(`期限为${span}`).find((d) => d.kind !== 'cap' && Number.isFinite(d.months))?.months ?? null;
function termChained(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  // A stage named by its heading ("1. 试点运营期" / "自……签订之日起十八个月；") is read as named in its first paragraph.
  const texts = r.blocks.flatMap((b, i) => {
    if (b.kind === 'table') return [];
    const prev = r.blocks[i - 1];
    const name = prev?.kind === 'heading' && b.kind === 'paragraph' ? STAGE_HEADING.exec(parseNumbering(r.text(prev))?.rest ?? '') : null;
    return [{ b, text: `${name ? `${name[0]}：` : ''}${withTermNumbers(r.text(b))}` }];
  });
  // Stages held from the grant or by their dates, through the whole text: a list sets each stage out as an item of its own
  // ("1. 试点运营期：自……签订之日起十八个月；" / "2. 全面运营期：试点运营期届满……后……二十四个月").
  const held = new Map<string, number>();
  for (const { text } of texts) {
    // (Only a block that names a stage and where it starts or ends can hold one: the scans below are not run on the rest.)
    if (!STAGE_WORDS.test(text)) continue;
    for (const m of text.matchAll(FROM_GRANT)) {
      const v = months(m[2]);
      if (v !== null && !held.has(m[1]) && !NOT_HELD.test(m[1])) held.set(m[1], v);
    }
    for (const m of text.matchAll(DATED_STAGE)) {
      const v = durations(m[2]).find((d) => d.kind === 'range')?.months;
      if (v !== undefined && !held.has(m[1]) && !NOT_HELD.test(m[1])) held.set(m[1], v);
    }
  }
  if (!held.size) return out;
  for (const { b, text } of texts) {
    if (!CHAIN_WORDS.test(text)) continue;
    const sentenceOf = (found: string) => sentences(r.text(b)).find((x) => withTermNumbers(x).includes(found)) ?? r.text(b);
    // Each stage that starts when one already counted ends adds its span (a chain of three reads in order).
    const chained = [
      ...[...text.matchAll(FROM_STAGE_END)].map((m) => ({ at: m.index, all: m[0], stage: m[1], prior: m[2], span: m[3] })),
      ...[...text.matchAll(SPAN_THEN_STAGE_END)].map((m) => ({ at: m.index, all: m[0], stage: m[1], prior: m[3], span: m[2] })),
    ].sort((x, y) => x.at - y.at);
    for (const m of chained) {
      const before = held.get(m.prior);
      const v = months(m.span);
      if (before === undefined || v === null || m.stage === m.prior || held.has(m.stage) || NOT_HELD.test(m.stage)) continue;
      held.set(m.stage, before + v);
      if (before + v > maxMonths + 0.5) out.push({ evidence: evidence(r, b, sentenceOf(m.all)), found: `${m.prior}与其后的${m.stage}相继（约 ${Math.round(before + v)} 个月）` });
    }
    for (const m of text.matchAll(FROM_LATER_EVENT)) {
      const v = months(m[3]);
      const prior = [...held.keys()].find((k) => k !== m[1]);
      if (v === null || !prior || held.has(m[1]) || NOT_HELD.test(m[1]) || v < maxMonths - 0.5) continue;
      out.push({ evidence: evidence(r, b, sentenceOf(m[0])), found: `${prior}之后，${m[1]}自${m[2]}起仍有${m[3]}（合计超过 ${maxMonths} 个月）` });
    }
  }
  return out;
}

/**
 * A term run from the signing to a span after a later event ("本协议自双方签署之日起生效，至运营平台正式上线运行满三年之日
 * 终止"): the event comes after the start, so a span of the whole limit makes the term longer.
 */
const FROM_SIGNING = /(?:自|从)[^，。；]{0,12}?(?:签署|签订|签字|生效)(?:之日|当日)?起/;
const TO_EVENT_SPAN = new RegExp(`至[^，。；]{0,16}?(?:${LATER_EVENT}|运行)[^，。；]{0,8}?满\\s*${SPAN}\\s*(?:之日|时|后)`);
function termAfterEvent(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  for (const b of r.blocks) {
    if (!r.text(b).includes('满')) continue;
    for (const raw of sentences(r.text(b))) {
      const s = withTermNumbers(raw);
      const end = TO_EVENT_SPAN.exec(s);
      const v = end && FROM_SIGNING.test(s.slice(0, end.index)) ? months(end[1]) : null;
      if (v !== null && v >= maxMonths - 0.5) out.push({ evidence: evidence(r, b, raw), found: `自签署起${end![0]}（上线在签署之后，合计超过 ${maxMonths} 个月）` });
    }
  }
  return out;
}

/**
 * A period the text defines as a phase and a span after it ("“运营期”：指平台建设调试期与其后三个完整运营年度之和"): the
 * phase's own span, set where it is named ("平台建设调试期……最长不超过六个月"), is added to the span.
 */
const SUM_DEFINED = /^(.{2,12}?(?:期|阶段))(?:与|和|加上?)(?:其后|之后|随后)?的?(.{2,16}?)之和/;
function termDefinedAsSum(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  for (const d of r.glossary.definitions) {
    if (!TERM_SAID.test(d.term)) continue;
    const m = SUM_DEFINED.exec(d.meaning);
    const after = m ? months(m[2]) : null;
    if (!m || after === null) continue;
    const phase = r.blocks.flatMap((b) => sentences(r.text(b))).filter((x) => x.includes(m[1]) && !x.includes('之和'));
    const span = phase.flatMap((x) => durations(withTermNumbers(x))).find((x) => Number.isFinite(x.months) && x.months > 0 && x.kind !== 'range');
    const b = r.blocks.find((x) => x.id === d.blockId);
    if (span && b && span.months + after > maxMonths + 0.5) out.push({ evidence: evidence(r, b, undefined), found: `“${d.term}”为${m[1]}（${span.text}）与${m[2]}之和（约 ${Math.round(span.months + after)} 个月）` });
  }
  return out;
}

/**
 * The term counted from a launch, with a build phase from the signing before it ("授权运营期限为3年，自授权运营系统……正式上线
 * 之日起计算。运营协议签订后即进入建设期，建设期不超过8个月"): the operator holds the grant through both, so a term of the
 * whole limit runs past it. Not a build phase said to count inside the term ("建设期计入授权运营期限").
 */
const TERM_FROM_LAUNCH = new RegExp(`(?:授权(?:运营)?期限|运营期限|授权期|协议期限)[^，。；\\d]{0,4}?${SPAN}[，,]\\s*(?:自|从)[^，。；]{0,30}?(?:${LATER_EVENT}|正式运营)(?:运行|运营|使用)?(?:合格|通过)?(?:之日|次日|之次日)?起`);
const BUILD_FROM_SIGNING = new RegExp(`(?:签订|签署|生效)(?:之日起|后)[^，。；]{0,6}?(?:即)?(?:进入|开始|启动)?(建设期|筹备期|部署期|建设阶段)[^。；]{0,10}?(?:不超过|最长(?:不超过)?|为|约)?\\s*${SPAN}|(建设期|筹备期|部署期|建设阶段)(?:自|从)[^，。；]{0,12}?(?:签订|签署|生效)(?:之日)?起[^，。；]{0,8}?(?:不超过|最长(?:不超过)?|为)?\\s*${SPAN}`);
const BUILD_DATED = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:至|到|—|－|-|～|~)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:为|是)(建设期|筹备期|部署期|建设阶段)/;
/** Or only its length ("运营平台建设周期为12个月"): it runs before the launch the term is counted from. */
const BUILD_STATED = new RegExp(`(建设周期|建设期|筹备期|部署期|建设阶段|研发期|产品研发期)(?:一般)?(?:为|是|约|不超过|最长(?:不超过)?)\\s*${SPAN}`);
const BUILD_INSIDE = /(?:建设期|筹备期|部署期|建设阶段)[^。；]{0,12}?(?:计入|包含在|包括在|含在|纳入)[^。；]{0,8}?(?:期限|运营期|授权期)/;
function termAfterBuild(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  for (const b of r.blocks) {
    // Most blocks name no term: the numerals are rewritten only where one is.
    if (!/期限|授权期/.test(r.text(b))) continue;
    const text = withTermNumbers(r.text(b));
    const term = TERM_FROM_LAUNCH.exec(text);
    if (!term || BUILD_INSIDE.test(text)) continue;
    const rest = text.slice(0, term.index) + text.slice(term.index + term[0].length);
    const build = BUILD_FROM_SIGNING.exec(rest);
    // Or the build phase dated by its months ("2025年10月至2026年9月为建设期").
    const dated = build ? null : BUILD_DATED.exec(rest);
    const stated = build || dated ? null : BUILD_STATED.exec(rest);
    const phase = build
      ? { name: build[1] ?? build[3], said: build[2] ?? build[4], months: months(build[2] ?? build[4]) }
      : dated
        ? { name: dated[5], said: dated[0].replace(/为.*$/, ''), months: Number(dated[3]) * 12 + Number(dated[4]) - (Number(dated[1]) * 12 + Number(dated[2])) + 1 }
        : stated && { name: stated[1], said: stated[2], months: months(stated[2]) };
    const t = months(term[1]);
    if (!phase || t === null || phase.months === null || t + phase.months <= maxMonths + 0.5) continue;
    const raw = sentences(r.text(b)).find((x) => withTermNumbers(x).includes(term[0].slice(0, 8))) ?? r.text(b);
    out.push({ evidence: evidence(r, b, raw), found: `${phase.name}（${phase.said}）之后的${term[1]}（合计约 ${Math.round(t + phase.months)} 个月）` });
  }
  return out;
}

export function termByParts(r: ReadDocument, maxMonths: number): Found[] {
  return [...termAfterBuild(r, maxMonths), ...termInParts(r, maxMonths), ...termBySchedule(r, maxMonths), ...termByProgress(r, maxMonths), ...termInDefinedPeriods(r, maxMonths), ...termChained(r, maxMonths), ...termAfterEvent(r, maxMonths), ...termDefinedAsSum(r, maxMonths)];
}
