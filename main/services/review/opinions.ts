import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import type { Opinion, ReviewState } from '../../../shared/api/review';
import { applyRulings, draftOpinions } from '../../../shared/review/opinions';
import type { ReviewKind } from '../../../shared/review/ruleset';
import type { ReviewDeps } from './deps';
import { requireRun } from './runs';
import { reviewState } from './state';

// The 修改意见 of a kind's review: drafted from the findings as ruled and the verdicts, then edited and saved as a whole.

/** A draft from the current run's findings (as the experts ruled them) and the committee's and members' verdicts. */
export function draftReviewOpinions(deps: ReviewDeps, caseId: string, kind?: ReviewKind): { opinions: Opinion[] } {
  const { run, report } = requireRun(deps, caseId, kind);
  const state = reviewState(deps, caseId, run.kind);
  return { opinions: draftOpinions(applyRulings(report, state.flagRulings), state.committee, state.verdicts) };
}

/** The 修改意见 of this kind's review, as a whole: the other kind's stay as they are. */
export function saveReviewOpinions(deps: ReviewDeps, caseId: string, opinions: Opinion[], kind?: ReviewKind): ReviewState {
  const store = deps.openCases.get(caseId);
  const { run, report } = requireRun(deps, caseId, kind);
  const known = new Set([...report.items.map((i) => i.id), ...report.flags.map((f) => f.id), 'general']);
  for (const o of opinions) if (!known.has(o.itemId)) throw fault('REVIEW_UNKNOWN_ITEM', `修改意见所指的审查项“${o.itemTitle || o.itemId}”不在本次审查结果中，请刷新后重试。`);
  const actor = deps.settings.userName();
  const at = new Date().toISOString();
  store.tx(() => {
    const before = store.db.prepare('SELECT opinion_id, created_at FROM review_opinions WHERE kind = ?').all(run.kind) as { opinion_id: string; created_at: string }[];
    const created = new Map(before.map((r) => [r.opinion_id, r.created_at]));
    store.db.prepare('DELETE FROM review_opinions WHERE kind = ?').run(run.kind);
    const ins = store.db.prepare('INSERT INTO review_opinions (opinion_id, item_id, item_title, basis_json, text, sort, created_at, updated_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    opinions.forEach((o, i) => {
      const id = o.opinionId && created.has(o.opinionId) ? o.opinionId : crypto.randomUUID();
      ins.run(id, o.itemId, o.itemTitle, JSON.stringify(o.basis), o.text.trim(), i + 1, created.get(id) ?? at, at, run.kind);
    });
    store.audit(actor, 'review.opinions', { kind: run.kind, count: opinions.length, opinions: opinions.map((o) => ({ itemId: o.itemId, text: o.text.trim() })) });
  });
  return reviewState(deps, caseId, run.kind);
}
