import type { PrintDoc, PrintBlock } from '../memo/model';
import { committeeStanding, priceClarifications, selectionSources } from '../memo/sources';
import { orNotGiven, type SectionContent } from '../memo/template';
import type { SelectionReportContent } from './report';

/** The mark on every page of a result that is not final (the same words as the 评审报告 and the Excel export). */
export const NOT_FINAL_MARK = '非最终结果（评审尚未完成，不得作为评审结论）';

const CN = ['一', '二', '三', '四', '五', '六', '七'];

function blocksOf(c: SectionContent | undefined): PrintBlock[] {
  if (!c) return [];
  return [
    ...(c.paragraphs ?? []).map((text): PrintBlock => ({ kind: 'paragraph', text })),
    ...(c.tables ?? []).map((t): PrintBlock => ({ kind: 'table', header: t.header, rows: t.rows, ...(t.widths ? { widths: t.widths } : {}), ...(t.caption ? { caption: t.caption } : {}) })),
  ];
}

/**
 * The score results as a document of their own (评审结果汇总表): method, the summary and every member's sheet, the
 * corrections and the ranking, from the same content and wording as the 评审报告 (shared/memo/sources.ts). While the
 * result is incomplete every page carries the not-final mark and nothing is recommended.
 */
export function selectionResultsDoc(r: SelectionReportContent, opts: { date: string }): PrintDoc {
  const s = selectionSources(r);
  const sections: [string, SectionContent | undefined][] = [
    ['评审委员会', committeeSection(r, s['selection.dissent'])],
    ['评审方法和标准', s['selection.method']],
    ['评分情况', s['selection.scores'] ?? { paragraphs: ['尚无已提交的评分。'] }],
    ['评分修正情况', s['selection.corrections'] ?? { paragraphs: ['无。'] }],
    ['排序和推荐的候选运营机构', s['selection.ranking'] ?? { paragraphs: ['尚无排序结果。'] }],
    // a bidder left out of the ranking, and a low price let in on its written explanation, are said on the sheet itself
    ['审查结论和报价说明', { paragraphs: [...(s['selection.qualification']?.paragraphs ?? []), ...priceClarifications(r)] }],
  ];
  return {
    title: `《${r.caseTitle}》\n评审结果汇总表`,
    ...(r.final ? {} : { pageMark: NOT_FINAL_MARK }),
    blocks: sections.flatMap(([heading, c], i): PrintBlock[] => [{ kind: 'heading', level: 1, numbering: `${CN[i]}、`, text: heading }, ...blocksOf(c)]),
    signing: { by: '评审委员会', date: opts.date },
    meta: { subject: '评审结果汇总表', about: r.caseTitle },
  };
}

/**
 * Who scored, who withdrew (回避) and who replaced them, with a signature column: a leader reading the summary sees at
 * once that a member left the scoring and why, and the members sign the sheet they are listed on.
 */
function committeeSection(r: SelectionReportContent, recusals: SectionContent | undefined): SectionContent {
  return {
    paragraphs: [...(recusals?.paragraphs ?? []), ...r.committee.warnings.map((w) => `组成检查：${w}`)],
    tables: [{
      header: [['姓名', '工作单位', '职称/职务', '角色', '评分情况', '签字']],
      rows: r.committee.members.map((m) => [m.name, orNotGiven(m.unit), orNotGiven(m.title), m.role, committeeStanding(r, m) || '参加评分', '']),
      // 姓名 wide enough for a four-character name (复姓 and two) on one line in 五号 (it broke as 欧阳明/华).
      widths: [1.8, 2.5, 1.8, 0.9, 3, 1.4],
    }],
  };
}
