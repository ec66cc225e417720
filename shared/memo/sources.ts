import type { ReviewMemoContent } from '../review/memo';
import type { SelectionReportContent } from '../scoring/report';
import { tieAtCut } from '../scoring/engine';
import { priceText } from '../scoring/evaluation';
import { pointsText } from '../scoring/scheme';
import { MEMBER_NOTES, type SectionContent } from './template';
import { citeBasis, type CitedBasis } from '../review/basis';

/** A verdict's side: a member dissents only when on the other side of the committee (不符合 against 符合/基本符合). */
const side = (v: string) => (v === 'fails' ? 'fails' : 'accepts');

const basisNote = (basis: CitedBasis[], already = '') => {
  const cited = citeBasis(basis, already);
  return cited ? `（依据：${cited}）` : '';
};

/**
 * Maps the compliance review's memo content (issue 4, `services.review.memoContent`) to the template sources
 * review.opinion / review.revisions / review.dissent / review.conclusion. `ctx.subject` is the reviewed document's
 * title as the user confirmed it (never the extracted first line). Pure, so it is tested without a case.
 */
export function reviewSources(c: ReviewMemoContent, ctx: { subject?: string } = {}): Record<string, SectionContent | undefined> {
  const subject = ctx.subject || c.document.title;
  const decided = c.items.filter((i) => i.committee);
  // An expert's ruling on the automatic finding is printed with who and why (review.ruleFlag).
  const ruled = (r: NonNullable<ReviewMemoContent['items'][number]['ruling']>) =>
    `${r.ruling === 'dismissed' ? '专家改判' : '专家确认'}${r.decidedBy ? `（${r.decidedBy}）` : ''}：${r.reason.trim().replace(/[。；]$/, '')}${r.location ? `，内容见${r.location}` : ''}`;
  const autoLabel = (i: ReviewMemoContent['items'][number]) =>
    // the automatic finding (缺失/部分具备) is named in the explanation column with who overruled it and why
    i.ruling?.ruling === 'dismissed' ? '已具备（专家改判）' : `${i.autoStatusLabel}（${i.ruling ? '专家确认' : '自动'}）`;
  // A committee view given on an earlier version says so where it is printed: it was not given on this text.
  const givenOn = (i: ReviewMemoContent['items'][number]) => (i.committee?.earlier ? `该意见系针对先前审查的${i.committee.earlier}作出，本版审查后未重新确认` : '');
  // Without the chair's view the row still shows what each member said (walk 12: the table showed only the automatic
  // finding, so a reader saw nothing of the members' verdicts the opening sentence counts).
  const own = (i: ReviewMemoContent['items'][number]) =>
    i.committee || !i.verdicts.length
      ? ''
      : `专家个人意见（专家组尚未形成意见）：${i.verdicts.map((v) => `${v.name}${v.transcribed ? '（代录）' : ''}${v.verdictLabel}${v.comment.trim() ? `，理由：${v.comment.trim().replace(/[。；]$/, '')}` : ''}`).join('；')}`;
  const rows = c.items.map((i, k) => [String(k + 1), i.title, i.committee?.verdictLabel ?? autoLabel(i), [givenOn(i), i.committee?.comment, own(i), i.ruling ? ruled(i.ruling) : '', basisNote(i.basis).replace(/^（|）$/g, '')].filter(Boolean).join('；')]);
  // A red line an expert dismissed is marked as such, with who and why, and never presented as a finding.
  const flagLine = (f: ReviewMemoContent['flags'][number]) =>
    f.ruling?.ruling === 'dismissed'
      ? `【已排除】自动审查曾提示“${f.title}”，经${f.ruling.decidedBy || '专家'}核实改判不成立，理由：${f.ruling.reason.trim().replace(/[。；]$/, '')}。`
      : `${f.severity === 'red' ? '【红线】' : '【提示】'}${f.title}：${f.message}${basisNote(f.basis, f.message)}${f.ruling ? `（${ruled(f.ruling)}）` : ''}`;
  // The rules by the full titles of the documents they come from, in the order first cited.
  // Another jurisdiction's regulation, cited for want of the ruleset's own (binding: false), is named as 参照 apart.
  const titled = (d: string) => (d.startsWith('《') ? d : `《${d}》`);
  const basisOf = (binding: boolean) => [...new Set([...c.items, ...c.flags].flatMap((x) => x.basis.filter((b) => (b.binding !== false) === binding).map((b) => titled(b.document))))];
  const docs = basisOf(true);
  const referred = basisOf(false).filter((d) => !docs.includes(d));
  const opinion: SectionContent = {
    paragraphs: [
      `专家组依据${docs.length ? docs.join('、') : `${c.ruleset.name}有关规定`}${docs.length > 1 ? '等规定' : ''}${referred.length ? `，参照${referred.join('、')}` : ''}，对《${subject}》逐项审查，共 ${c.items.length} 项，${committeeCount(c, decided.length)}`,
      ...c.flags.map(flagLine),
      ...transcribedVerdicts(c),
      ...earlierVerdicts(c),
    ],
    tables: c.items.length ? [{ caption: '逐项审查情况', header: [['序号', '审查事项', '结论', '说明及依据']], rows, widths: [1, 5, 2, 6] }] : [],
  };
  // Dissent: a member on the other side of the committee's view, with that member's own reason.
  const dissent = c.items.flatMap((i) =>
    i.committee
      ? i.verdicts
          .filter((v) => side(v.verdict) !== side(i.committee!.verdict))
          .map((v) => `${v.name}${v.transcribed ? '（代录）' : ''}对“${i.title}”的意见为${v.verdictLabel}（专家组意见为${i.committee!.verdictLabel}）${v.comment.trim() ? `，理由：${v.comment.trim().replace(/[。；]$/, '')}。` : '，未写明理由。'}`)
      : [],
  );
  // 修改意见 as the committee saved them; before that, drafted from the experts' own comments on what falls short.
  const drafted = c.items.flatMap((i) => {
    const short = i.committee ? i.committee.verdict === 'fails' || i.committee.verdict === 'mostly' : i.verdicts.some((v) => v.verdict === 'fails' || v.verdict === 'mostly');
    if (!short) return [];
    const said = [...new Set([i.committee?.comment, ...i.verdicts.filter((v) => v.verdict === 'fails' || v.verdict === 'mostly').map((v) => v.comment)].map((x) => (x ?? '').trim().replace(/[。；]$/, '')).filter(Boolean))];
    return said.length ? [{ text: `“${i.title}”：${said.join('；')}。`, basis: i.basis }] : [];
  });
  const revisions = c.opinions.length ? c.opinions.map((o) => ({ text: o.text, basis: o.basis })) : drafted;
  return {
    'review.opinion': c.items.length ? opinion : undefined,
    'review.revisions': revisions.length ? { paragraphs: revisions.map((o, k) => `${k + 1}．${o.text}${basisNote(o.basis, o.text)}`) } : undefined,
    'review.dissent': dissent.length ? { paragraphs: dissent } : undefined,
    'review.conclusion': c.conclusion
      ? { paragraphs: [`专家组审查结论：${c.conclusion.label}。${c.conclusion.earlier ? `（该结论系针对先前审查的${c.conclusion.earlier}作出，本版审查后未重新确认。）` : ''}`] }
      : undefined,
  };
}

/**
 * What the opening sentence counts. The committee's view is the chair's (组长确认); an item with only members' own
 * verdicts is counted apart, so a reader who sees a member's verdict in the 代录 note beside “已形成意见 0 项” knows
 * why it is not among them.
 */
function committeeCount(c: ReviewMemoContent, decided: number): string {
  const own = c.items.filter((i) => !i.committee && i.verdicts.length).length;
  if (!own) return `其中专家组已形成意见 ${decided} 项。`;
  return `其中专家组（组长确认）已形成意见 ${decided} 项；另有 ${own} 项仅有专家个人意见，专家组尚未形成意见。`;
}

/**
 * 代录 of review verdicts: per member, how many verdicts the secretary typed in, and once per note who, why and where the
 * paper is, so the memo never presents them as the member's own entry.
 */
function transcribedVerdicts(c: ReviewMemoContent): string[] {
  // per note (who typed them in, from which paper, why), the members and how many verdicts each
  const by = new Map<string, { t: { operator: string; reason: string; paperRef: string }; n: Map<string, number> }>();
  for (const i of c.items)
    for (const v of i.verdicts) {
      if (!v.transcribed) continue;
      const k = JSON.stringify([v.transcribed.operator, v.transcribed.paperRef, v.transcribed.reason]);
      const e = by.get(k) ?? { t: v.transcribed, n: new Map<string, number>() };
      e.n.set(v.name, (e.n.get(v.name) ?? 0) + 1);
      by.set(k, e);
    }
  // One paragraph for all of them, and one sentence per note: a note, not a finding.
  const said = [...by.values()].map(({ t, n }) => `${[...n].map(([name, k]) => `${name}对 ${k} 个`).join('、')}审查项的意见系代录：由${t.operator || '秘书'}根据纸质意见表录入（${t.paperRef}；${t.reason}），非本人电子录入。`);
  return said.length ? [`注：${said.join('')}`] : [];
}

/**
 * Verdicts given on an earlier version (or another file) and not recorded again on the text this memo is about: per
 * member and text, how many, so the memo never presents them as verdicts on this version.
 */
function earlierVerdicts(c: ReviewMemoContent): string[] {
  const by = new Map<string, { name: string; doc: string; n: number }>();
  for (const i of c.items)
    for (const v of i.verdicts) {
      if (!v.earlier) continue;
      const k = `${v.memberId}\u0000${v.earlier}`;
      const e = by.get(k) ?? { name: v.name, doc: v.earlier, n: 0 };
      e.n++;
      by.set(k, e);
    }
  const said = [...by.values()].map((e) => `${e.name}对 ${e.n} 个审查项的意见系针对先前审查的${e.doc}录入，本版审查后未重新确认。`);
  return said.length ? [`注：${said.join('')}`] : [];
}

const num = (v: number | null | undefined) => (v == null ? '—' : String(Math.round(v * 100) / 100));
/**
 * A total or a mean, compared at 0.01 (DOMAIN §5), is printed with both decimals, as on screen: 85.00 beside 84.81,
 * never 85; so is every column of means (16.00 beside 16.67). A member's own points stay as they wrote them.
 */
const total = (v: number | null | undefined) => (v == null ? '—' : pointsText(v));

/**
 * Maps the selection's report content (issue 5, `services.selection.reportContent`) to selection.method /
 * qualification / scores / corrections / ranking / dissent: members, method, qualification results with reasons,
 * score tables, corrections, ranking and recommended candidates (评标委员会规定 art. 42; 87号令 art. 58).
 */
/** The art. 64 grounds the checks found in the scores as they stand (汇总计算错误, 超出范围, 客观评审因素评分不一致, 畸高畸低). */
const ART64 = new Set(['arithmetic', 'out_of_range', 'objective_mismatch', 'deviation']);
const art64Open = (r: SelectionReportContent) => r.findings.filter((f) => ART64.has(f.kind));

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
  const unreviewed = r.applicants.filter((a) => a.status === 'scored' && a.reviewPending);
  // Names are unique within a case (members, applicants, criteria), and corrections carry names, not ids.
  const correctedKey = (member: string, applicant: string, criterion: string) => JSON.stringify([member, applicant, criterion]);
  const corrected = new Set(r.corrections.map((c) => correctedKey(c.memberName, c.applicantName, c.criterionName)));
  return {
    // A result that is not final says so at the top of every page of the report, not only in its text.
    'doc.pageMark': r.final ? undefined : { paragraphs: ['非最终结果（评审尚未完成，不得作为评审结论）'] },
    'selection.method': {
      paragraphs: [
        `本次评审采用${r.method.name}。专家分值汇总方式：${r.method.aggregationText.replace(/[。；\s]+$/u, '')}。`,
        ...(r.method.priceRule ? [r.method.priceRule] : []),
        `评分项共 ${crit.length} 项：${crit.map((c) => `${c.name}（${c.max}分）`).join('、')}。`,
        ...(r.final ? [] : [`注：本报告为草稿，评审结果不是最终结果。${r.pendingReasons.join('')}`]),
        ...transcribedNotes(r),
      ],
    },
    'selection.qualification': {
      paragraphs: [
        ...excluded.map((a) => `${a.name}未进入评分：${a.reason ?? '未通过审查'}。`),
        // an unrecorded item is no pass: said per bid, never folded into 全部通过
        ...unreviewed.map((a) => `${a.name}的资格审查和符合性审查尚未完成（${a.reviewPending}未记录结论），不能视为审查通过。`),
        ...(excluded.length || unreviewed.length ? [] : ['全部申报单位通过资格审查和符合性审查。']),
      ],
      tables: qualRows.length ? [{ caption: '资格审查和符合性审查结果', header: [['申报单位', '阶段', '审查项', '结果', '理由']], rows: qualRows, widths: [4, 2, 4, 2, 4] }] : [],
    },
    'selection.scores': r.summary.length || r.memberSheets.length
      ? {
          // A value corrected after submission (art. 64) is marked where it is printed: the member's signed sheet said
          // otherwise, and a reader comparing the two must see why without searching.
          paragraphs: corrected.size ? ['各成员评分表中标“*”的分值系提交后经评审委员会按87号令第六十四条更正的分值，原分值和理由见“评分修正情况”。'] : [],
          tables: [
            ...(r.summary.length ? [{
              caption: '评分汇总表',
              header: [['排名', '申报单位', ...crit.filter((c) => c.kind !== 'price').map((c) => c.name), '价格分', '总分']],
              rows: r.summary.map((s) => [String(s.rank), s.applicantName, ...crit.filter((c) => c.kind !== 'price').map((c) => total(s.criteria[c.id])), total(s.priceScore), total(s.total)]),
              widths: [0.8, 2.4, ...crit.filter((c) => c.kind !== 'price').map(() => 1), 1, 1],
            }] : []),
            ...r.memberSheets.map((m) => ({
              caption: `${m.memberName}评分表${m.transcribed ? '（代录）' : ''}`,
              header: [['申报单位', ...crit.filter((c) => c.kind !== 'price').map((c) => c.name), '合计']],
              rows: m.rows.map((row) => [row.applicantName, ...crit.filter((c) => c.kind !== 'price').map((c) => num(row.scores[c.id]) + (corrected.has(correctedKey(m.memberName, row.applicantName, c.name)) ? '*' : '')), total(row.total)]),
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
    // The art. 64 checks still standing (never auto-applied): the committee saw them and recorded no correction; the
    // report says so rather than print 无 under a heading a reader takes for "nothing was found".
    'selection.corrections': r.corrections.length || art64Open(r).length
      ? {
          paragraphs: [
            ...r.corrections.map((c) => `${c.memberName}对${c.applicantName}“${c.criterionName}”的评分因${c.kind}由 ${num(c.oldValue)} 修正为 ${num(c.newValue)}，理由：${c.reason}（${c.by}）。`),
            ...(art64Open(r).length ? [`评分复核提示下列情形（87号令第六十四条），评审委员会未据此修正评分：`, ...art64Open(r).map((f, i) => `${i + 1}. ${f.message}`)] : []),
          ],
        }
      : undefined,
    'selection.ranking': !r.final
      ? {
          paragraphs: [`评审结果尚未最终确定，暂不推荐候选运营机构。${r.pendingReasons.join('')}`],
          tables: r.ranking.length ? [{ caption: '暂定排名（非最终结果）', header: [['暂定排名', '申报单位', '总分', '报价']], rows: r.ranking.map((x) => [String(x.rank), x.name, total(x.total), priceText(x.price, r.method.options.priceUnit)]), widths: [1.3, 4, 1.5, 2] }] : [],
        }
      : r.ranking.length
      ? {
          paragraphs: [
            r.recommended.length ? `评审委员会推荐的候选运营机构为：${r.recommended.map((x) => `第${x.rank}名 ${x.name}（${total(x.total)}分）`).join('；')}。` : '评审委员会未推荐候选运营机构。',
            ...[tieAtCut(r.ranking, r.method.options.recommendCount, r.method.options.priceUnit)].filter((x): x is string => !!x),
          ],
          tables: [{ header: [['排名', '申报单位', '总分', '报价', '是否推荐']], rows: r.ranking.map((x) => [String(x.rank), x.name, total(x.total), priceText(x.price, r.method.options.priceUnit), x.recommended ? '推荐' : '']), widths: [1, 4, 1.5, 2, 1.5] }],
        }
      : undefined,
    // The committee table says beside the member who withdrew and the 替补 what section 九 says in full.
    [MEMBER_NOTES]: { memberNotes: Object.fromEntries(r.committee.members.map((m) => [m.name, committeeStanding(r, m)]).filter(([, n]) => n)) },
    'selection.dissent': r.committee.members.some((m) => m.recusal) || priceClarifications(r).length
      ? {
          paragraphs: [
            ...r.committee.members.filter((m) => m.recusal).map((m) => {
              const sub = r.committee.members.find((x) => x.substituteFor === m.name);
              return `${m.name}因与${m.recusal!.applicantName}存在利害关系（${m.recusal!.relation}）已回避${m.recusalTranscribed ? '（回避声明系代录）' : ''}${sub ? `，由替补专家${sub.name}替补` : ''}。`;
            }),
            ...priceClarifications(r),
          ],
        }
      : undefined,
  };
}

/**
 * The written explanations of abnormally low prices (87号令 art. 60) are clarifications the report records (art. 58):
 * the price, what it was compared with, what the bidder said and what the committee decided.
 */
export function priceClarifications(r: SelectionReportContent): string[] {
  const unit = r.method.options.priceUnit;
  return r.applicants.filter((a) => a.abnormalLow).map((a) => {
    const said = a.abnormalLow!.explanation.trim();
    const asked = `${a.name}报价 ${priceText(a.price, unit)}，明显低于其他有效报价的平均值 ${priceText(a.abnormalLow!.othersMeanPrice, unit)}，评审委员会要求其作出书面说明（87号令第六十条）`;
    if (a.status === 'price_invalid') return `${asked}${said ? `。其书面说明：${said.replace(/[。；\s]+$/u, '')}` : ''}。评审委员会认定其未能合理说明，按无效投标处理。`;
    if (!said) return `${asked}，尚未记录其书面说明或认定结论，评审结果待定。`;
    return `${asked}。其书面说明：${said.replace(/[。；\s]+$/u, '')}。评审委员会认为其能够合理说明，报价有效，参与评标基准价和价格分计算。`;
  });
}

type ReportMember = SelectionReportContent['committee']['members'][number];

/**
 * A member's standing in the scoring, said beside their name wherever the committee is listed (评审报告, 评审结果汇总表):
 * withdrew (回避) and who replaced them, or whom a 替补 replaced; '' for a member who simply scored.
 */
export function committeeStanding(r: SelectionReportContent, m: ReportMember): string {
  if (m.recusal) {
    const sub = r.committee.members.find((x) => x.substituteFor === m.name);
    return `回避（与${m.recusal.applicantName}：${m.recusal.relation}），不参加评分${sub ? `，由${sub.name}替补` : ''}`;
  }
  return m.substituteFor ? `替补${m.substituteFor}，参加评分` : '';
}

/**
 * 代录: a paper form the secretary typed in for a member without a key is said to be one, with who typed it, why and
 * where the paper is, so the report never presents it as the member's own signed record.
 */
function transcribedNotes(r: SelectionReportContent): string[] {
  type Form = 'recusal' | 'scores';
  const FORM: Record<Form, { name: string; paper: string }> = { recusal: { name: '回避声明', paper: '纸质声明' }, scores: { name: '评分表', paper: '纸质评分表' } };
  // The same note (who typed it in, from which paper, why) is said once for every form it covers: an evaluation the
  // secretary entered without reasons would otherwise print one identical paragraph per member and form.
  const byNote = new Map<string, { t: { operator: string; reason: string; paperRef: string }; forms: Map<string, Set<Form>> }>();
  const add = (name: string, form: Form, t: { operator: string; reason: string; paperRef: string }) => {
    const k = JSON.stringify([t.operator, t.paperRef, t.reason]);
    const e = byNote.get(k) ?? { t, forms: new Map<string, Set<Form>>() };
    byNote.set(k, e);
    e.forms.set(name, (e.forms.get(name) ?? new Set<Form>()).add(form));
  };
  for (const m of r.committee.members) if (m.recusalTranscribed) add(m.name, 'recusal', m.recusalTranscribed);
  for (const m of r.memberSheets) if (m.transcribed) add(m.memberName, 'scores', m.transcribed);
  return [...byNote.values()].map(({ t, forms }) => {
    // members with the same forms are named together: 张一、李二的回避声明和评分表、赵四的回避声明
    const groups = new Map<string, string[]>();
    for (const [name, f] of forms) {
      const k = (['recusal', 'scores'] as Form[]).filter((x) => f.has(x)).join('+');
      groups.set(k, [...(groups.get(k) ?? []), name]);
    }
    const used = new Set([...forms.values()].flatMap((f) => [...f]));
    const kinds = (['recusal', 'scores'] as Form[]).filter((x) => used.has(x));
    const what = [...groups].map(([k, names]) => `${names.join('、')}的${k.split('+').map((x) => FORM[x as Form].name).join('和')}`).join('，');
    const paper = kinds.length > 1 ? '纸质声明和评分表' : FORM[kinds[0]].paper;
    return `${what}系代录：由${t.operator}根据${paper}录入（${t.paperRef}；${t.reason}），非本人电子签署。`;
  });
}
