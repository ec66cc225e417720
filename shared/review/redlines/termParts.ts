import type { Block } from '../../domain/document';
import type { Evidence } from '../report';
import { evidence, type ReadDocument } from '../sections';
import { durations, sentences, withTermNumbers, withWrittenDates } from '../text';

/**
 * The term given by its parts or by a schedule, where no sentence gives its length:
 * - the term divided into named periods, each with its own length ("授权期限分为建设期和运营期两个阶段：建设期十二个月……；
 *   运营期三十六个月"): the term is their sum;
 * - the term referred to a schedule ("授权运营期限以附件三《分年度实施计划》所列期间为准", "……以本附件所列各阶段的起止
 *   时间为准" over a table of phases): the term runs from the schedule's first month or year to its last.
 */
type Found = { evidence: Evidence; found: string };
const textOf = (r: ReadDocument, b: Block) => (b.kind === 'table' ? b.rows.map((row) => row.join(' | ')).join('\n') : r.text(b));

/** The grant's term said to be made of two or more named periods: "授权期限分为建设期和运营期", "协议期限由筹备期、运营期组成". */
const IN_PARTS = /(?:授权|运营|协议)[^，。；：:]{0,4}?(?:期限|有效期|期间)[^，。；：:\d]{0,2}?(?:分为|划分为|分成|由|包括|包含)((?:[\u4e00-\u9fff]{1,6}?期)(?:(?:和|与|、|及|以及)[\u4e00-\u9fff]{1,6}?期)+)/;
const PART_NAME = /[\u4e00-\u9fff]{1,6}?期$/;

/** The length written after a period's name in its clause ("建设期十二个月，", "运营期为三年"), read as a term. */
function partLength(text: string, name: string): number | null {
  // The name's end is no length of its own: "自建设期届满次日起算".
  for (const m of text.matchAll(new RegExp(`${name}(?!届满|期满|满|结束|终了)[^，。；]{0,12}`, 'g'))) {
    const d = durations(m[0].replace(name, '期限')).find((x) => x.kind !== 'cap' && Number.isFinite(x.months));
    if (d) return d.months;
  }
  return null;
}

function termInParts(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  const blocks = r.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'table') continue;
    for (const raw of sentences(r.text(b))) {
      const s = withTermNumbers(raw);
      const m = IN_PARTS.exec(s);
      if (!m) continue;
      // A term that has its own length ("授权期限三年，分为……") is that length, whatever its parts.
      if (durations(s).some((d) => d.kind !== 'cap' && Number.isFinite(d.months))) continue;
      const names = [...new Set(m[1].split(/以及|和|与|、|及/).map((x) => x.trim()).filter((x) => PART_NAME.test(x)))];
      if (names.length < 2) continue;
      // The parts' lengths: in the rest of the paragraph, and the paragraphs after it up to the next heading.
      let rest = withTermNumbers(r.text(b).slice(r.text(b).indexOf(raw) + raw.length));
      for (let j = i + 1; j < blocks.length && blocks[j].kind !== 'heading'; j++) rest += `\n${withTermNumbers(textOf(r, blocks[j]))}`;
      const lengths = names.map((n) => partLength(rest, n));
      if (lengths.some((x) => x === null)) continue;
      const total = (lengths as number[]).reduce((t, x) => t + x, 0);
      if (total > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${names.join('与')}合计（约 ${Math.round(total)} 个月）` });
    }
  }
  return out;
}

/** The term referred to a schedule: "以附件三《分年度实施计划》所列期间为准", "按下表所列各阶段起止时间确定". */
const BY_SCHEDULE = /(?:授权|运营|协议)[^，。；]{0,4}?(?:期限|有效期|期间)[^，。；]{0,4}?(?:以|按|按照|依|依照|根据|参照|同)([^，。；]{0,30}?)(?:期间|起止时间|起止日期|时间安排|年度|阶段|时段)[^，。；]{0,4}?(?:为准|确定|计算|执行|一致)/;
const ANNEX = /^\s*(?:附件|附表)\s*([一二三四五六七八九十\d]+)/;
const SCHEDULE_NAMED = /(附件|附表)\s*([一二三四五六七八九十\d]+)/;
const isRowText = (t: string) => /[|｜]/.test(t);
/** A month or a year of the schedule: "2025年7月", "2029年". */
const POINT = /(?<!\d)((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?/g;

/** The blocks the reference points at: a named annex, this annex, the table below or above. */
function scheduleOf(r: ReadDocument, at: number, said: string): Block[] {
  const blocks = r.blocks;
  const named = SCHEDULE_NAMED.exec(said);
  const annexFrom = (from: number) => {
    const out: Block[] = [];
    for (let j = from; j < blocks.length && (j === from || !ANNEX.test(textOf(r, blocks[j]))); j++) out.push(blocks[j]);
    return out;
  };
  if (named) {
    const from = blocks.findIndex((x, j) => j !== at && ANNEX.exec(textOf(r, x))?.[1] === named[2]);
    return from >= 0 ? annexFrom(from) : [];
  }
  if (/本附件|本附表/.test(said)) {
    for (let j = at; j >= 0; j--) if (ANNEX.test(textOf(r, blocks[j]))) return annexFrom(j);
    return [];
  }
  // A table: a table block, or rows typed as text one a paragraph.
  const tableAt = (j: number) => blocks[j].kind === 'table' || isRowText(textOf(r, blocks[j]));
  const runFrom = (j: number, step: 1 | -1) => {
    const out: Block[] = [];
    for (; j >= 0 && j < blocks.length && tableAt(j); j += step) out.push(blocks[j]);
    return out;
  };
  const near = (step: 1 | -1) => {
    for (let j = at + step; j >= 0 && j < blocks.length && Math.abs(j - at) <= 3; j += step) if (tableAt(j)) return runFrom(j, step);
    return [];
  };
  if (/下表|如下|以下|下列/.test(said)) return near(1);
  if (/上表|上述|前述|以上|前表/.test(said)) return near(-1);
  return [];
}

function termBySchedule(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  r.blocks.forEach((b, i) => {
    if (b.kind === 'table') return;
    for (const raw of sentences(r.text(b))) {
      const m = BY_SCHEDULE.exec(raw);
      if (!m) continue;
      const points = scheduleOf(r, i, m[0])
        .filter((x) => x !== b)
        .flatMap((x) => [...withWrittenDates(textOf(r, x)).matchAll(POINT)])
        .map((p) => [Number(p[1]), p[2] ? Number(p[2]) : null] as const);
      if (points.length < 2) continue;
      const at = (p: readonly [number, number | null], last: boolean) => p[0] * 12 + (p[1] ?? (last ? 12 : 1));
      const first = Math.min(...points.map((p) => at(p, false)));
      const lastMonth = Math.max(...points.map((p) => at(p, true)));
      const months = lastMonth - first + 1;
      const ym = (n: number) => `${Math.floor((n - 1) / 12)}年${((n - 1) % 12) + 1}月`;
      if (months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${m[0]}：${ym(first)}至${ym(lastMonth)}（约 ${months} 个月）` });
    }
  });
  return out;
}

export function termByParts(r: ReadDocument, maxMonths: number): Found[] {
  return [...termInParts(r, maxMonths), ...termBySchedule(r, maxMonths)];
}
