import type { PrintBlock, PrintDoc } from '../memo/model';
import { cnNumber } from '../memo/model';
import { dateCn } from '../workdays/calendar';
import type { DeadlineRow } from './compute';

interface Coverage {
  years: { year: number; source: string }[];
  lastYear: number | null;
}

const d = (s: string | null) => (s ? dateCn(s) : '—');

function table(rows: DeadlineRow[]): PrintBlock {
  return {
    kind: 'table',
    header: [['序号', '事项', '依据', '起算日', '到期日', '状态']],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.title,
      r.basis,
      r.start ? `${d(r.start)}\n（${r.startLabel}${r.startSource ? `，${r.startSource}` : ''}）` : `待填：${r.startLabel}`,
      r.due ? `${r.dueLabel}：${d(r.due)}（${r.dueWeekday}）${r.windowOpens ? `\n申请期自${d(r.windowOpens)}起` : ''}` : '—',
      r.stateLabel,
    ]),
    widths: [0.7, 2.2, 3.2, 2.6, 2.8, 1.6],
  };
}

function notes(rows: DeadlineRow[], coverage: Coverage, rulesVersion: string): PrintBlock[] {
  const out: PrintBlock[] = [];
  const explained = rows.filter((r) => r.explanation);
  if (explained.length) {
    out.push({ kind: 'paragraph', text: `计算说明：${explained.map((r) => `${r.title}——${r.explanation}`).join('；')}。` });
  }
  for (const w of [...new Set(rows.flatMap((r) => r.warnings))]) out.push({ kind: 'paragraph', text: `注意：${w}` });
  const years = coverage.years.map((y) => y.year);
  out.push({
    kind: 'paragraph',
    text: `工作日按国务院办公厅公布的节假日安排（含调休上班日）计算，节假日数据覆盖 ${years.length ? `${Math.min(...years)}—${coverage.lastYear} 年` : '无'}；时限规则版本 ${rulesVersion}。`,
  });
  return out;
}

/** The 时限表 of one case (issue 15): every applicable deadline, its basis, dates and state as of `today`. */
export function deadlineTableDoc(p: { caseTitle: string; today: string; rulesVersion: string; coverage: Coverage; rows: DeadlineRow[] }): PrintDoc {
  return {
    title: '时\u3000限\u3000表',
    blocks: [
      { kind: 'paragraph', align: 'center', text: `（${p.caseTitle}）` },
      { kind: 'paragraph', align: 'left', text: `截至${dateCn(p.today)}` },
      p.rows.length ? table(p.rows) : { kind: 'paragraph', text: '本案卷的类型和地区没有适用的时限规则。' },
      ...notes(p.rows, p.coverage, p.rulesVersion),
    ],
    meta: { subject: `${p.caseTitle} 时限表` },
  };
}

/** The 时限表 of a meeting: each agenda item with its case's deadlines, decisions counted from the meeting date. */
export function meetingDeadlineDoc(p: {
  meetingName: string;
  meetingDate: string;
  today: string;
  rulesVersion: string;
  coverage: Coverage;
  items: { title: string; rows: DeadlineRow[] | null }[];
}): PrintDoc {
  const blocks: PrintBlock[] = [
    { kind: 'paragraph', align: 'center', text: `（${p.meetingName}，${dateCn(p.meetingDate)}）` },
    { kind: 'paragraph', align: 'left', text: `截至${dateCn(p.today)}` },
  ];
  if (!p.items.length) blocks.push({ kind: 'paragraph', text: '该会议尚无议题。' });
  p.items.forEach((it, i) => {
    blocks.push({ kind: 'heading', level: 1, numbering: `${cnNumber(i + 1)}、`, text: it.title });
    if (!it.rows) blocks.push({ kind: 'paragraph', text: '该议题未关联本案卷，没有可计算的时限。' });
    else if (!it.rows.length) blocks.push({ kind: 'paragraph', text: '没有适用的时限规则。' });
    else blocks.push(table(it.rows));
  });
  const all = p.items.flatMap((i) => i.rows ?? []);
  blocks.push(...notes(all.filter((r, i) => all.findIndex((x) => x.ruleId === r.ruleId) === i), p.coverage, p.rulesVersion));
  return { title: '会议议题时限表', blocks, meta: { subject: `${p.meetingName} 时限表` } };
}
