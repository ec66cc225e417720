import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import { MEMBER_KINDS, MEMBER_ROLES, committeeSizeProblems } from '../../../shared/domain/committee';
import { round2 } from '../../../shared/scoring/scheme';
import { AGGREGATIONS, EvaluationSchema, priceText, type Evaluation } from '../../../shared/scoring/evaluation';
import { evaluate, FINDING_LABELS, tieAtCut, type FindingKind, type Results } from '../../../shared/scoring/engine';
import { REVIEW_ITEMS, type Applicant } from '../../../shared/scoring/selection';
import type { SelectionReportContent } from '../../../shared/scoring/report';
import type { Correction } from '../../../shared/api/selection';
import type { OutputRef } from '../../../shared/api/files';
import { resultsWorkbook } from './excel';
import { renderOffThread } from '../../docs/renderOffThread';
import { selectionResultsDoc } from '../../../shared/scoring/resultsDoc';
import { chineseDate } from '../../../shared/memo/model';
import { SelectionSheets } from './sheets';
import { correctionKinds } from '../../../shared/scoring/corrections';

/** Results: the evaluation of the submitted sheets, art. 64 corrections, the Excel export and the 评审报告 content. */
export class SelectionResults extends SelectionSheets {
  correct(caseId: string, r: { memberId: string; applicantId: string; criterionId: string; newValue: number; kind: Exclude<FindingKind, 'missing' | 'abnormal_low_unexplained'>; reason: string }): Correction {
    const store = this.store(caseId);
    const m = this.deps.committee.get(caseId, r.memberId);
    const a = this.applicant(caseId, r.applicantId);
    const { scheme } = this.settingsRow(store);
    const c = scheme.criteria.find((x) => x.id === r.criterionId && x.kind !== 'price');
    if (!c) throw fault('NOT_FOUND', '找不到该评分项。');
    if (!(r.newValue >= 0 && r.newValue <= c.max)) throw fault('SELECTION_SCORE_INVALID', `更正后的评分 ${r.newValue} 超出“${c.name}”0～${c.max} 分的范围。`);
    // The same grounds the correction dialog offers: a plain slip must not go on record as 评分畸高畸低 (art. 64).
    const grounds = correctionKinds(this.results(caseId).results.findings, { memberId: r.memberId, applicantId: r.applicantId, criterionId: r.criterionId, criterionKind: c.kind });
    if (!grounds.includes(r.kind)) throw fault('SELECTION_CORRECTION_GROUND', `汇总结果没有显示“${FINDING_LABELS[r.kind]}”这一情形（${m.name}，${a.name}，“${c.name}”），未更正。可选的情形：${grounds.map((k) => FINDING_LABELS[k]).join('、')}。`);
    const id = crypto.randomUUID();
    const at = new Date().toISOString();
    const actor = this.actor();
    let oldValue: number | null = null;
    store.tx(() => {
      const sheet = store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(r.memberId) as { submitted_at: string | null } | undefined;
      if (!sheet?.submitted_at) throw fault('SELECTION_NOT_SUBMITTED');
      oldValue = (store.db.prepare('SELECT value FROM selection_scores WHERE member_id = ? AND applicant_id = ? AND criterion_id = ?').get(r.memberId, r.applicantId, r.criterionId) as { value: number } | undefined)?.value ?? null;
      store.db.prepare('INSERT INTO selection_scores (member_id, applicant_id, criterion_id, value) VALUES (?, ?, ?, ?) ON CONFLICT(member_id, applicant_id, criterion_id) DO UPDATE SET value = excluded.value').run(r.memberId, r.applicantId, r.criterionId, r.newValue);
      store.db.prepare('INSERT INTO selection_corrections (correction_id, member_id, member_name, applicant_id, applicant_name, criterion_id, criterion_name, kind, old_value, new_value, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, r.memberId, m.name, r.applicantId, a.name, r.criterionId, c.name, r.kind, oldValue, r.newValue, r.reason, actor, at);
      store.audit(actor, 'selection.correct', { memberId: r.memberId, member: m.name, applicant: a.name, criterion: c.name, kind: r.kind, oldValue, newValue: r.newValue, reason: r.reason });
    });
    return { correctionId: id, memberId: r.memberId, memberName: m.name, applicantId: r.applicantId, applicantName: a.name, criterionId: r.criterionId, criterionName: c.name, kind: r.kind, oldValue, newValue: r.newValue, reason: r.reason, actor, at };
  }

  corrections(caseId: string): Correction[] {
    return (this.store(caseId).db.prepare('SELECT * FROM selection_corrections ORDER BY at').all() as Record<string, never>[]).map((r) => ({
      correctionId: r.correction_id, memberId: r.member_id, memberName: r.member_name, applicantId: r.applicant_id, applicantName: r.applicant_name,
      criterionId: r.criterion_id, criterionName: r.criterion_name, kind: r.kind, oldValue: r.old_value, newValue: r.new_value, reason: r.reason, actor: r.actor, at: r.at,
    }));
  }

  // ---- results ----

  /** The case as one Evaluation: only submitted sheets count, so nobody's unsubmitted scores leak into results. */
  evaluation(caseId: string, st = this.state(caseId)): Evaluation {
    const store = this.store(caseId);
    const { scheme, options } = this.settingsRow(store);
    const scores: Evaluation['scores'] = {};
    const statedTotals: Evaluation['statedTotals'] = {};
    for (const m of st.members) if (m.submittedAt && !m.recused) scores[m.memberId] = this.scoresOf(store, m.memberId);
    for (const r of store.db.prepare('SELECT member_id, applicant_id, total FROM selection_stated_totals').all() as { member_id: string; applicant_id: string; total: number }[]) {
      if (scores[r.member_id]) (statedTotals[r.member_id] ??= {})[r.applicant_id] = r.total;
    }
    return EvaluationSchema.parse({
      scheme, options,
      members: st.members.filter((m) => m.recused || (m.submittedAt && m.declared)).map((m) => ({ id: m.memberId, name: m.name, recused: m.recused })),
      applicants: st.applicants.map((a) => ({ id: a.applicantId, name: a.name, price: a.price, excludedReason: a.excludedReason, priceExplanation: a.priceExplanation, priceInvalid: a.priceInvalid })),
      scores,
      statedTotals,
    });
  }

  /**
   * Sealed until every member still on the committee has submitted: on a shared laptop the results tab would otherwise
   * show submitted scores to a member who has not scored yet. Prices and their flags are not scores and stay visible.
   */
  results(caseId: string) {
    const st = this.state(caseId);
    const e = this.evaluation(caseId, st); // the state once: it runs the committee checks
    const store = this.store(caseId);
    const pendingMembers = st.members.filter((m) => !m.recused && !m.submittedAt).map((m) => m.name);
    const sealed = pendingMembers.length > 0;
    const full = evaluate(sealed ? { ...e, scores: {}, statedTotals: {}, members: e.members.filter((m) => m.recused) } : e);
    // the committee that scored: a recusal without a 替补 can leave it below the procedure's size, or even; then the
    // ranking stands but nobody is recommended, as with any result that is not final
    const sizeProblems = committeeSizeProblems(st.members.filter((m) => !m.recused).length, st.options.procedure);
    // a bid whose 资格审查/符合性审查 is not fully recorded has not passed them: the ranking is tentative until it is
    const unreviewed = reviewPendingReasons(st.applicants);
    const blocked = [...sizeProblems, ...unreviewed];
    const lawful = (r: Results): Results => blocked.length
      ? { ...r, ranking: r.ranking.map((x) => ({ ...x, recommended: false })), applicants: r.applicants.map((a) => ({ ...a, recommended: false })) }
      : r;
    const results: Results = sealed
      ? {
          ...full, ranking: [], complete: false,
          findings: full.findings.filter((f) => f.kind === 'abnormal_low_unexplained'),
          applicants: full.applicants.map((a) => ({ ...a, criteria: [], memberTotals: {}, total: null, rank: null, recommended: false })),
        }
      : lawful(full);
    return {
      sealed,
      final: !sealed && results.complete && !blocked.length,
      pendingReasons: [...sizeProblems, ...unreviewed, ...pendingReasons(pendingMembers, results)],
      sheets: sealed ? {} : Object.fromEntries(e.members.filter((m) => !m.recused).map((m) => [m.id, this.scoresOf(store, m.id)])),
      notes: sealed ? {} : Object.fromEntries(e.members.filter((m) => !m.recused).map((m) => [m.id, this.notesOf(store, m.id)])),
      results,
      corrections: this.corrections(caseId),
      criteria: st.scheme.criteria.map((c) => ({ id: c.id, name: c.name, max: c.max, kind: c.kind, group: c.group })),
      members: e.members.filter((m) => !m.recused).map((m) => ({ memberId: m.id, name: m.name })),
      pendingMembers,
    };
  }

  async exportResults(caseId: string): Promise<OutputRef> {
    const store = this.store(caseId);
    const st = this.state(caseId);
    const r = this.results(caseId);
    if (r.sealed) throw fault('SELECTION_RESULTS_SEALED', `尚有评审成员未提交评分表（${r.pendingMembers.join('、')}），汇总结果在全部成员提交后才能导出。`);
    const data = await resultsWorkbook({
      final: r.final, pendingReasons: r.pendingReasons,
      caseTitle: this.caseTitle(store), scheme: st.scheme, results: r.results, corrections: r.corrections,
      aggregationText: AGGREGATIONS[st.options.aggregation], priceUnit: st.options.priceUnit,
      tieNote: tieAtCut(r.results.ranking, st.options.recommendCount, st.options.priceUnit),
      members: r.members.map((m) => ({ ...m, scores: this.scoresOf(store, m.memberId), notes: this.notesOf(store, m.memberId) })),
    });
    return this.deps.files.addOutput(`评审结果-${this.caseTitle(store)}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data);
  }

  /** The results as their own PDF (评审结果汇总表), marked not final on every page while incomplete; 打印 opens it. */
  async resultsPdf(caseId: string): Promise<OutputRef> {
    const r = this.results(caseId);
    if (r.sealed) throw fault('SELECTION_RESULTS_SEALED', `尚有评审成员未提交评分表（${r.pendingMembers.join('、')}），汇总结果在全部成员提交后才能打印。`);
    const content = this.reportContent(caseId);
    const pdf = await renderOffThread('pdf', selectionResultsDoc(content, { date: chineseDate(new Date()) }), this.deps.templatesDir);
    return this.deps.files.addOutput(`评审结果汇总表-${content.caseTitle}${content.final ? '' : '（非最终结果）'}.pdf`.replace(/[\\/:*?"<>|]/g, '_'), 'application/pdf', Buffer.from(pdf));
  }

  /** What the 评审报告 prints (issue 6 lays it out). */
  reportContent(caseId: string): SelectionReportContent {
    const store = this.store(caseId);
    const info = store.db.prepare('SELECT case_id, title FROM case_info WHERE id = 1').get() as { case_id: string; title: string };
    const st = this.state(caseId);
    const members = this.deps.committee.list(caseId);
    const { results, corrections, final, pendingReasons } = this.results(caseId);
    const pc = st.scheme.criteria.find((c) => c.kind === 'price');
    const decl = this.declarations(store);
    const itemText = (stage: 'qualification' | 'conformity', id: string) => REVIEW_ITEMS[stage].find((i) => i.id === id)?.text ?? id;
    return {
      caseId: info.case_id,
      caseTitle: info.title,
      generatedAt: new Date().toISOString(),
      final,
      pendingReasons,
      committee: {
        members: members.map((m) => {
          const s = st.members.find((x) => x.memberId === m.memberId)!;
          const d = decl.find((x) => x.member_id === m.memberId && x.relation !== 'none');
          return {
            memberId: m.memberId, name: m.name, unit: m.unit, title: m.title, expertNo: m.expertNo, role: MEMBER_ROLES[m.role], kind: MEMBER_KINDS[m.kind],
            recusal: s.recusal && d ? { ...s.recusal, declaredAt: d.declared_at } : null,
            recusalTranscribed: this.transcribedOf(store, m.memberId, 'recusal'),
            substituteFor: s.substituteFor,
          };
        }),
        warnings: st.committeeWarnings,
      },
      method: {
        name: '综合评分法',
        scheme: st.scheme,
        aggregation: st.options.aggregation,
        aggregationText: AGGREGATIONS[st.options.aggregation] + (results.notes.length ? `；${results.notes.join('')}` : ''),
        options: st.options,
        priceRule: pc ? `低价优先法：以最低有效报价为评标基准价${results.basePrice != null ? `（${priceText(results.basePrice, st.options.priceUnit)}）` : ''}，价格分 = 评标基准价 / 投标报价 × ${pc.max}（87号令第五十五条）。` : null,
      },
      applicants: st.applicants.map((a) => {
        const r = results.applicants.find((x) => x.applicantId === a.applicantId)!;
        return {
          applicantId: a.applicantId, name: a.name, price: a.price,
          qualification: a.checks.filter((c) => c.stage === 'qualification').map((c) => ({ item: itemText('qualification', c.item), passed: c.passed, reason: c.reason })),
          conformity: a.checks.filter((c) => c.stage === 'conformity').map((c) => ({ item: itemText('conformity', c.item), passed: c.passed, reason: c.reason })),
          status: r.status, reason: r.reason, reviewPending: a.reviewPending,
          abnormalLow: r.abnormalLow ? { othersMeanPrice: round2(r.othersMeanPrice!), explanation: a.priceExplanation } : null,
        };
      }),
      memberSheets: st.members.filter((m) => !m.recused && m.submittedAt).map((m) => {
        const sc = this.scoresOf(store, m.memberId);
        const notes = this.notesOf(store, m.memberId);
        return {
          memberId: m.memberId, memberName: m.name, submittedAt: m.submittedAt, transcribed: this.transcribedOf(store, m.memberId, 'scores'),
          rows: results.applicants.filter((a) => a.status === 'scored').map((a) => ({ applicantId: a.applicantId, applicantName: a.name, scores: sc[a.applicantId] ?? {}, notes: notes[a.applicantId] ?? {}, total: a.memberTotals[m.memberId] ?? null })),
        };
      }),
      summary: results.applicants.filter((a) => a.status === 'scored' && a.total != null).sort((x, y) => x.rank! - y.rank!).map((a) => ({
        applicantId: a.applicantId, applicantName: a.name, criteria: Object.fromEntries(a.criteria.map((c) => [c.criterionId, round2(c.value)])),
        priceScore: a.priceScore == null ? null : round2(a.priceScore), total: a.total!, rank: a.rank!, recommended: a.recommended,
      })),
      criteria: st.scheme.criteria,
      findings: results.findings,
      corrections: corrections.map((c) => ({ memberName: c.memberName, applicantName: c.applicantName, criterionName: c.criterionName, kind: FINDING_LABELS[c.kind as FindingKind] ?? c.kind, oldValue: c.oldValue, newValue: c.newValue, reason: c.reason, by: c.actor, at: c.at })),
      ranking: results.ranking,
      recommended: results.ranking.filter((r) => r.recommended).map((r) => ({ rank: r.rank, applicantId: r.applicantId, name: r.name, total: r.total })),
    };
  }
}

/** The bids still waiting for a 资格审查/符合性审查 verdict, with what to do (DOMAIN §5: the reviews gate scoring). */
export function reviewPendingReasons(applicants: readonly Applicant[]): string[] {
  const open = applicants.filter((a) => a.reviewPending);
  if (!open.length) return [];
  return [`${open.map((a) => a.name).join('、')}的资格审查和符合性审查尚未完成，不能视为审查通过（${open.map((a) => `${a.name}：${a.reviewPending}未记录结论`).join('；')}）。请在“资格与符合性审查”页逐项选择“通过”或“不通过”（不通过须写明理由）；全部记录后评审结果方可确定。`];
}

/**
 * Why a result is not final, in words for every output of it (screen, Excel, 评审报告): members still to submit, missing
 * scores, objective items scored differently and scores out of range (art. 64), abnormally low prices neither explained
 * nor ruled invalid (87号令 art. 60), and what to do about each.
 */
export function pendingReasons(pendingMembers: string[], r: Results): string[] {
  const out: string[] = [];
  if (pendingMembers.length) out.push(`尚有评审成员未提交评分表：${pendingMembers.join('、')}。`);
  const missing = r.findings.filter((f) => f.kind === 'missing').length;
  if (missing) out.push(`有 ${missing} 处评分缺项。`);
  const low = r.findings.filter((f) => f.kind === 'abnormal_low_unexplained').map((f) => r.applicants.find((a) => a.applicantId === f.applicantId)?.name ?? f.applicantId);
  const where = (kind: 'objective_mismatch' | 'out_of_range') => [...new Set(r.findings.filter((f) => f.kind === kind).map((f) => {
    const a = r.applicants.find((x) => x.applicantId === f.applicantId);
    return a?.name ?? f.applicantId;
  }))];
  const mismatch = r.findings.filter((f) => f.kind === 'objective_mismatch').length;
  if (mismatch) out.push(`有 ${mismatch} 处客观评审因素评分不一致（${where('objective_mismatch').join('、')}）：客观评审项各成员应评同一分值。请核对申报材料后，在“复核提示”中逐项点“更正”，按87号令第六十四条记录更正后的分值和理由。`);
  const range = r.findings.filter((f) => f.kind === 'out_of_range').length;
  if (range) out.push(`有 ${range} 处评分超出评分标准规定的分值范围（${where('out_of_range').join('、')}）：请在“复核提示”中点“更正”，记录更正后的分值和理由（87号令第六十四条）。`);
  if (low.length) out.push(`${low.join('、')}的报价明显低于其他有效报价，评审委员会尚未记录其书面说明或认定投标无效（87号令第六十条），评标基准价、价格分和排名待定。`);
  if (!out.length && !r.complete) out.push('尚无可排名的申报单位。');
  return out;
}
