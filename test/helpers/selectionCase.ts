import { REVIEW_ITEMS, type ReviewStage } from '../../shared/scoring/selection';
import type { testApp } from './services';

type App = ReturnType<typeof testApp>;

export const FIVE = ['张一', '李二', '王三', '赵四', '钱五'] as const;

/**
 * The operator-selection case the selection tests share: 某市公共数据运营机构遴选, five members of 某大学 (张一 the chair),
 * a bundled scoring scheme, and the applicants with their prices (null: no price part). `file`: where the case is
 * saved (to close and reopen it, or run the CLI on it).
 */
export async function selectionCase(
  app: App,
  opts: { scheme?: 'wenzhou-default' | 'wenzhou-with-price'; applicants?: (readonly [string, number | null])[]; file?: string; reviewed?: boolean; title?: string } = {},
) {
  const { scheme: templateId = 'wenzhou-default', applicants: bids = [['甲数据公司', null], ['乙科技公司', null]], file } = opts;
  const { caseId } = await app.newCase({ caseType: 'operator_selection', title: opts.title ?? '某市公共数据运营机构遴选' }, file);
  const members = [];
  for (const [i, name] of FIVE.entries()) members.push(await app.call('committee.save', { caseId, member: { name, unit: '某大学', role: i === 0 ? 'chair' : 'member' } }));
  const scheme = (await app.call('selection.templates', {})).templates.find((t) => t.templateId === templateId)!.scheme;
  await app.call('selection.saveScheme', { caseId, scheme });
  const applicants = [];
  for (const [name, price] of bids) applicants.push(await app.call('selection.saveApplicant', { caseId, applicant: { name, price } }));
  if (opts.reviewed !== false) await passAllChecks(app, caseId, applicants);
  return { caseId, members, scheme, applicants };
}

/** Records every 资格审查/符合性审查 item as passed: without it no bid has passed the review and no result is final. */
export async function passAllChecks(app: App, caseId: string, applicants: { applicantId: string }[]) {
  for (const a of applicants) {
    for (const [stage, items] of Object.entries(REVIEW_ITEMS) as [ReviewStage, { id: string }[]][]) {
      for (const it of items) await app.call('selection.saveCheck', { caseId, verdict: { applicantId: a.applicantId, stage, item: it.id, passed: true, reason: '' } });
    }
  }
}

/** A 回避声明 with no relation to any of the applicants. */
export const noneFor = (applicants: { applicantId: string }[]) => applicants.map((x) => ({ applicantId: x.applicantId, relation: 'none' as const }));
