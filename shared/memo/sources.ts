import type { ReviewMemoContent } from '../review/memo';
import type { SelectionReportContent } from '../scoring/report';
import type { SectionContent } from './template';

/**
 * Maps the compliance review's memo content (issue 4, `services.review.memoContent`) to the template sources
 * review.opinion / review.revisions / review.dissent / review.conclusion. Pure, so it is tested without a case.
 */
export function reviewSources(c: ReviewMemoContent): Record<string, SectionContent | undefined> {
  const basis = (b: { label: string }[]) => (b.length ? `（依据：${b.map((x) => x.label).join('；')}）` : '');
  const decided = c.items.filter((i) => i.committee);
  const rows = c.items.map((i, k) => [String(k + 1), i.title, i.committee?.verdictLabel ?? `${i.autoStatusLabel}（自动）`, [i.committee?.comment, basis(i.basis).replace(/^（|）$/g, '')].filter(Boolean).join('；')]);
  const opinion: SectionContent = {
    paragraphs: [
      `专家组依据“${c.ruleset.name}”（${c.ruleset.version}）对《${c.document.title}》逐项审查，共 ${c.items.length} 项，其中专家组已形成意见 ${decided.length} 项。`,
      ...c.flags.map((f) => `${f.severity === 'red' ? '【红线】' : '【提示】'}${f.title}：${f.message}${basis(f.basis)}`),
    ],
    tables: c.items.length ? [{ caption: '逐项审查情况', header: [['序号', '审查事项', '结论', '说明及依据']], rows, widths: [1, 5, 2, 6] }] : [],
  };
  return {
    'review.opinion': c.items.length ? opinion : undefined,
    'review.revisions': c.opinions.length ? { paragraphs: c.opinions.map((o, k) => `${k + 1}．${o.text}${basis(o.basis)}`) } : undefined,
    'review.dissent': c.dissent.length ? { paragraphs: c.dissent.map((d) => `${d.name}对“${d.itemTitle}”持不同意见（${d.verdictLabel}，专家组意见为${d.committeeLabel}）：${d.comment || '未说明理由'}`) } : undefined,
    'review.conclusion': c.conclusion ? { paragraphs: [`专家组审查结论：${c.conclusion.label}。`] } : undefined,
  };
}

const num = (v: number | null | undefined) => (v == null ? '—' : String(Math.round(v * 100) / 100));

/**
 * Maps the selection's report content (issue 5, `services.selection.reportContent`) to selection.method /
 * qualification / scores / corrections / ranking / dissent: members, method, qualification results with reasons,
 * score tables, corrections, ranking and recommended candidates (评标委员会规定 art. 42; 87号令 art. 58).
 */
export function selectionSources(r: SelectionReportContent): Record<string, SectionContent | undefined> {
  if (!r.applicants.length) return {};
  const crit = r.criteria;
  const qualRows = r.applicants.flatMap((a) =>
    [...a.qualification.map((q) => ['资格审查', q]), ...a.conformity.map((q) => ['符合性审查', q])].map(([stage, q]) => {
      const x = q as { item: string; passed: boolean; reason: string };
      return [a.name, stage as string, x.item, x.passed ? '通过' : '不通过', x.reason];
    }),
  );
  const excluded = r.applicants.filter((a) => a.status !== 'scored');
  return {
    // A result that is not final says so at the top of every page of the report, not only in its text.
    'doc.pageMark': r.final ? undefined : { paragraphs: ['非最终结果（评审尚未完成，不得作为评审结论）'] },
    'selection.method': {
      paragraphs: [
        `本次评审采用${r.method.name}。专家分值汇总方式：${r.method.aggregationText}。`,
        ...(r.method.priceRule ? [r.method.priceRule] : []),
        `评分项共 ${crit.length} 项：${crit.map((c) => `${c.name}（${c.max}分）`).join('、')}。`,
        ...(r.final ? [] : [`注：本报告为草稿，评审结果不是最终结果。${r.pendingReasons.join('')}`]),
      ],
    },
    'selection.qualification': {
      paragraphs: excluded.length ? excluded.map((a) => `${a.name}未进入评分：${a.reason ?? '未通过审查'}。`) : ['全部申报单位通过资格审查和符合性审查。'],
      tables: qualRows.length ? [{ caption: '资格审查和符合性审查结果', header: [['申报单位', '阶段', '审查项', '结果', '理由']], rows: qualRows, widths: [4, 2, 4, 2, 4] }] : [],
    },
    'selection.scores': r.summary.length || r.memberSheets.length
      ? {
          tables: [
            ...(r.summary.length ? [{
              caption: '评分汇总表',
              header: [['排名', '申报单位', ...crit.filter((c) => c.kind !== 'price').map((c) => c.name), '价格分', '总分']],
              rows: r.summary.map((s) => [String(s.rank), s.applicantName, ...crit.filter((c) => c.kind !== 'price').map((c) => num(s.criteria[c.id])), num(s.priceScore), num(s.total)]),
              widths: [0.8, 2.4, ...crit.filter((c) => c.kind !== 'price').map(() => 1), 1, 1],
            }] : []),
            ...r.memberSheets.map((m) => ({
              caption: `${m.memberName}评分表`,
              header: [['申报单位', ...crit.filter((c) => c.kind !== 'price').map((c) => c.name), '合计']],
              rows: m.rows.map((row) => [row.applicantName, ...crit.filter((c) => c.kind !== 'price').map((c) => num(row.scores[c.id])), num(row.total)]),
              widths: [2.4, ...crit.filter((c) => c.kind !== 'price').map(() => 1), 1],
            })),
            // What members wrote beside their scores, in one table after their sheets.
            ...(() => {
              const rows = r.memberSheets.flatMap((m) => m.rows.flatMap((row) => crit.filter((c) => row.notes?.[c.id]).map((c) => [m.memberName, row.applicantName, c.name, row.notes[c.id]])));
              return rows.length ? [{ caption: '评分说明', header: [['评审成员', '申报单位', '评分项', '说明']], rows, widths: [1.4, 2.4, 1.6, 6] }] : [];
            })(),
          ],
        }
      : undefined,
    'selection.corrections': r.corrections.length
      ? { paragraphs: r.corrections.map((c) => `${c.memberName}对${c.applicantName}“${c.criterionName}”的评分因${c.kind}由 ${num(c.oldValue)} 修正为 ${num(c.newValue)}，理由：${c.reason}（${c.by}）。`) }
      : undefined,
    'selection.ranking': !r.final
      ? {
          paragraphs: [`评审结果尚未最终确定，暂不推荐候选运营机构。${r.pendingReasons.join('')}`],
          tables: r.ranking.length ? [{ caption: '暂定排名（非最终结果）', header: [['暂定排名', '申报单位', '总分', '报价']], rows: r.ranking.map((x) => [String(x.rank), x.name, num(x.total), num(x.price)]) }] : [],
        }
      : r.ranking.length
      ? {
          paragraphs: [r.recommended.length ? `评审委员会推荐的候选运营机构为：${r.recommended.map((x) => `第${x.rank}名 ${x.name}（${num(x.total)}分）`).join('；')}。` : '评审委员会未推荐候选运营机构。'],
          tables: [{ header: [['排名', '申报单位', '总分', '报价', '是否推荐']], rows: r.ranking.map((x) => [String(x.rank), x.name, num(x.total), num(x.price), x.recommended ? '推荐' : '']) }],
        }
      : undefined,
    'selection.dissent': r.committee.members.some((m) => m.recusal)
      ? {
          paragraphs: r.committee.members.filter((m) => m.recusal).map((m) => {
            const sub = r.committee.members.find((x) => x.substituteFor === m.name);
            return `${m.name}因与${m.recusal!.applicantName}存在${m.recusal!.relation}关系已回避${sub ? `，由替补专家${sub.name}替补` : ''}。`;
          }),
        }
      : undefined,
  };
}
