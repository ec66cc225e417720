import type { Verdict } from './verdicts';

export type MemberVerdict = { itemId: string; memberId: string; verdict: Verdict };
export type CommitteeVerdict = { itemId: string; verdict: Verdict; source?: 'chair' | 'adopted' };

/** Where the voting members stand on one item. */
export type ItemAgreement =
  | { itemId: string; state: 'agreed'; verdict: Verdict }
  /** Members gave different verdicts: who said what, in committee order. */
  | { itemId: string; state: 'differ'; verdicts: { memberId: string; verdict: Verdict }[] }
  /** Not every voting member has recorded a verdict yet: nothing to adopt. */
  | { itemId: string; state: 'incomplete'; missing: string[] };

/**
 * Agreement per item among the voting members (the committee minus recused members), in the order given. One function
 * for the chair's screen (highlighting) and the service (adopting), so both always agree on what "agree" means.
 */
export function agreementOf(itemIds: readonly string[], verdicts: readonly MemberVerdict[], voters: readonly string[]): ItemAgreement[] {
  return itemIds.map((itemId) => {
    const mine = voters.map((memberId) => ({ memberId, v: verdicts.find((x) => x.itemId === itemId && x.memberId === memberId) }));
    const given = mine.filter((m) => m.v).map((m) => ({ memberId: m.memberId, verdict: m.v!.verdict }));
    if (given.length > 0 && new Set(given.map((g) => g.verdict)).size > 1) return { itemId, state: 'differ', verdicts: given };
    const missing = mine.filter((m) => !m.v).map((m) => m.memberId);
    if (missing.length || given.length === 0) return { itemId, state: 'incomplete', missing };
    return { itemId, state: 'agreed', verdict: given[0].verdict };
  });
}

export type AdoptionPlan = {
  /** Items whose committee verdict is set (or refreshed) to what the members agree on. */
  adopt: { itemId: string; verdict: Verdict; previous: Verdict | null }[];
  /** Members agree, but the chair set a different verdict by hand; kept unless overwriting was asked for. */
  keptChair: { itemId: string; verdict: Verdict; chair: Verdict }[];
};

/**
 * What "adopt where members agree" changes: agreed items without a committee verdict, or whose verdict was itself
 * adopted earlier; a verdict the chair set by hand is replaced only with `overwriteChair`. Items where members differ
 * or have not all voted are left as they are.
 */
export function planAdoption(agreement: readonly ItemAgreement[], committee: readonly CommitteeVerdict[], overwriteChair: boolean): AdoptionPlan {
  const current = new Map(committee.map((c) => [c.itemId, c]));
  const plan: AdoptionPlan = { adopt: [], keptChair: [] };
  for (const a of agreement) {
    if (a.state !== 'agreed') continue;
    const c = current.get(a.itemId);
    if (c?.verdict === a.verdict) continue;
    if (c && (c.source ?? 'chair') === 'chair' && !overwriteChair) plan.keptChair.push({ itemId: a.itemId, verdict: a.verdict, chair: c.verdict });
    else plan.adopt.push({ itemId: a.itemId, verdict: a.verdict, previous: c?.verdict ?? null });
  }
  return plan;
}
