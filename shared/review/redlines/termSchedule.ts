import type { Block } from '../../domain/document';
import type { Evidence } from '../report';
import { evidence, type ReadDocument } from '../sections';
import { sentences, typedCells, withWrittenDates } from '../text';

/**
 * The term read off a schedule (split from termParts.ts along the term's reading: that file had passed 400 lines):
 * - the term referred to a schedule ("授权运营期限以附件三《分年度实施计划》所列期间为准", "……以本附件所列各阶段的起止
 *   时间为准" over a table of phases): the term runs from the schedule's first month or year to its last;
 * - the operation scheduled stage by stage in a table: its operating stages run from the first to the last.
 */
export type Found = { evidence: Evidence; found: string };
export const textOf = (r: ReadDocument, b: Block) => (b.kind === 'table' ? b.rows.map((row) => row.join(' | ')).join('\n') : r.text(b));

export const ym = (n: number) => `${Math.floor((n - 1) / 12)}年${((n - 1) % 12) + 1}月`;

/**
 * The term referred to a schedule: "以附件三《分年度实施计划》所列期间为准", "按下表所列各阶段起止时间确定", "按照附件3《实施进度安排表》执行",
 * "授权运营期限与下列实施进度安排一致".
 */
const BY_SCHEDULE = /(?:授权|运营|协议)[^，。；]{0,4}?(?:期限|有效期|期间)[^，。；]{0,4}?(?:以|按|按照|依|依照|根据|参照|同|与)([^，。；]{0,30}?)(?:期间|起止时间|起止日期|时间安排|进度安排|年度|阶段|时段|(?:进度|时间|计划)?安排表|进度表|计划表|时间表)[》」”]?[^，。；]{0,4}?(?:为准|确定|计算|执行|一致)/;
const ANNEX = /^\s*(?:附件|附表)\s*([一二三四五六七八九十\d]+)/;
const SCHEDULE_NAMED = /(附件|附表)\s*([一二三四五六七八九十\d]+)/;
const isRowText = (t: string) => /[|｜]/.test(t);
/** A month or a year of the schedule: "2025年7月", "2029年". */
export const POINT = /(?<!\d)((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?/g;

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
  // Below it, as a table, or as its stages one a paragraph, each dated ("第一阶段（2025年11月—2026年4月），……").
  const datedRun = () => {
    // A stage's dated heading may have its work below it, undated.
    const out: Block[] = [];
    let under = false;
    for (let j = at + 1; j < blocks.length && out.length < 12; j++) {
      const dated = new RegExp(POINT.source).test(textOf(r, blocks[j]));
      if (dated) out.push(blocks[j]);
      else if (!(under && blocks[j].kind !== 'heading')) break;
      under = dated && blocks[j].kind === 'heading';
    }
    return out;
  };
  if (/下表|如下|以下|下列/.test(said)) {
    const table = near(1);
    return table.length ? table : datedRun();
  }
  if (/上表|上述|前述|以上|前表/.test(said)) return near(-1);
  return [];
}

export function termBySchedule(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  r.blocks.forEach((b, i) => {
    if (b.kind === 'table') return;
    for (const raw of sentences(r.text(b))) {
      const m = BY_SCHEDULE.exec(raw);
      if (!m) continue;
      // What the sentence points at, or the block it stands in ("本场景授权运营按以下阶段推进，授权运营期限与实施进度安排一致：").
      const blocksOf = scheduleOf(r, i, m[0]);
      const points = (blocksOf.length ? blocksOf : scheduleOf(r, i, r.text(b)))
        .filter((x) => x !== b)
        .flatMap((x) => [...withWrittenDates(textOf(r, x)).matchAll(POINT)])
        .map((p) => [Number(p[1]), p[2] ? Number(p[2]) : null] as const);
      if (points.length < 2) continue;
      const at = (p: readonly [number, number | null], last: boolean) => p[0] * 12 + (p[1] ?? (last ? 12 : 1));
      const first = Math.min(...points.map((p) => at(p, false)));
      const lastMonth = Math.max(...points.map((p) => at(p, true)));
      const months = lastMonth - first + 1;
      if (months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${m[0]}：${ym(first)}至${ym(lastMonth)}（约 ${months} 个月）` });
    }
  });
  return out;
}

/**
 * The operation scheduled stage by stage in a table ("授权运营按照以下进度推进：" and "| 首批运营 | 2026年1月—2027年6月 |……| 全面
 * 运营 | 2027年7月—2029年9月 |"): the stages named for operating run from the first one's first month to the last one's
 * last, however the term is said elsewhere. Stages of preparation, review or hand-over are not operating.
 */
const PROGRESS_LEAD = /(?:授权运营|运营|实施|工作)[^，。；]{0,6}?(?:按照?|依照?)(?:以下|下列|如下)(?:进度|时间|阶段|步骤)(?:安排)?|(?:具体)?(?:进度|实施|阶段)安排如下/;
const OPERATING_STAGE = /运营|运行/;
const NOT_OPERATING_STAGE = /评估|移交|退出|总结|验收|遴选|筹备|准备|建设|部署/;
export function termByProgress(r: ReadDocument, maxMonths: number): Found[] {
  const out: Found[] = [];
  r.blocks.forEach((b, i) => {
    if (b.kind === 'table') return;
    for (const raw of sentences(r.text(b))) {
      if (!PROGRESS_LEAD.test(raw)) continue;
      const rows = scheduleOf(r, i, '以下')
        .filter((x) => x !== b)
        .flatMap((x) => (x.kind === 'table' ? x.rows : [typedCells(textOf(r, x))]));
      const operating = rows
        .filter((row) => OPERATING_STAGE.test(row[0] ?? '') && !NOT_OPERATING_STAGE.test(row[0] ?? ''))
        .flatMap((row) => [...withWrittenDates(row.slice(1).join('｜')).matchAll(POINT)].filter((p) => p[2]))
        .map((p) => Number(p[1]) * 12 + Number(p[2]));
      if (operating.length < 2) continue;
      const [first, last] = [Math.min(...operating), Math.max(...operating)];
      if (last - first + 1 > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `运营阶段自${ym(first)}至${ym(last)}（约 ${last - first + 1} 个月）` });
    }
  });
  return out;
}
