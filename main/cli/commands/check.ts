import path from 'node:path';
import type { REVIEW_KINDS, ReviewKind } from '../../../shared/review/ruleset';
import type { ITEM_STATUSES, ReviewReport } from '../../../shared/review/report';
import { load } from '../lazy';
import { CliError, type CliCommand } from '../command';

/** The JSON `check --json` prints (issue 4): ruleset, items with status and evidence, red lines that fired. */
export function checkJson(r: ReviewReport) {
  const evidence = (e: ReviewReport['items'][number]['evidence']) => e.map((x) => ({ location: x.location, excerpt: x.excerpt }));
  return {
    ruleset: { id: r.ruleset.id, version: r.ruleset.version },
    kind: r.kind,
    document: r.documentTitle,
    items: r.items.map((i) => ({
      id: i.id, title: i.title, basis: i.basis.map((b) => b.label), status: i.status, evidence: evidence(i.evidence),
      ...(i.status !== 'present' ? { lookedFor: i.lookedFor, missingParts: i.missingParts } : {}),
    })),
    flags: r.flags.map((f) => ({ id: f.id, title: f.title, severity: f.severity, message: f.message, basis: f.basis.map((b) => b.label), evidence: evidence(f.evidence) })),
    warnings: r.warnings,
  };
}

type Labels = { REVIEW_KINDS: typeof REVIEW_KINDS; ITEM_STATUSES: typeof ITEM_STATUSES };

function human({ REVIEW_KINDS, ITEM_STATUSES }: Labels, r: ReviewReport) {
  const mark = { present: '✓', partial: '△', missing: '✗' } as const;
  return [
    `审查对象：${r.documentTitle}（按${REVIEW_KINDS[r.kind]}审查）`,
    `规则集：${r.ruleset.name} ${r.ruleset.id}@${r.ruleset.version}`,
    ...r.warnings.map((w) => `注意：${w}`),
    '',
    '应有内容：',
    ...r.items.map((i) => `  ${mark[i.status]} ${ITEM_STATUSES[i.status]}  ${i.title}  [${i.basis.map((b) => b.label).join('；')}]${i.evidence[0] ? `\n        ${i.evidence[0].location}：${i.evidence[0].excerpt.slice(0, 60)}` : ''}`),
    '',
    r.flags.length ? `红线（${r.flags.length}）：` : '红线：未发现',
    ...r.flags.map((f) => `  ${f.severity === 'red' ? '■ 红线' : '□ 提示'}  ${f.title}：${f.message}\n        依据：${f.basis.map((b) => b.label).join('；')}${f.evidence.map((e) => `\n        ${e.location}：${e.excerpt.slice(0, 60)}`).join('')}`),
  ].join('\n');
}

const parseKind = (REVIEW_KINDS: Labels['REVIEW_KINDS'], v: unknown): ReviewKind | undefined => {
  if (v === undefined) return undefined;
  const k = Object.entries(REVIEW_KINDS).find(([code, label]) => code === v || label === v)?.[0] as ReviewKind | undefined;
  if (!k) throw new CliError(`未知的审查类型：${v}。可选：plan（实施方案）、agreement（授权运营协议）`, 'USAGE');
  return k;
};

export const check: CliCommand = {
  path: ['check'],
  usage: 'check FILE --kind plan|agreement --ruleset ID [--json]  |  check --case CASEFILE [FILE] [--kind K] [--ruleset ID] [--json]',
  summary: '按规则集审查实施方案或授权运营协议：应有内容是否具备、是否触及红线；用 --case 时结果存入案卷',
  options: { kind: { type: 'string' }, ruleset: { type: 'string' }, case: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const file = positionals[0];
    const labels: Labels = { REVIEW_KINDS: (await load.ruleset()).REVIEW_KINDS, ITEM_STATUSES: (await load.report()).ITEM_STATUSES };
    const kind = parseKind(labels.REVIEW_KINDS, values.kind);
    const rulesetId = values.ruleset as string | undefined;
    const fileRef = file ? { kind: 'path' as const, path: path.resolve(file) } : undefined;
    if (!values.case) {
      if (!fileRef) throw new CliError('缺少要审查的文件。用法：check FILE --kind plan|agreement --ruleset ID', 'USAGE');
      if (!kind) throw new CliError('缺少参数 --kind（plan 或 agreement）', 'USAGE');
      if (!rulesetId) {
        const list = (await ctx.call('review.rulesets', {})).rulesets.map((r) => `${r.id}（${r.name}）`).join('、');
        throw new CliError(`缺少参数 --ruleset。可用的规则集：${list}`, 'USAGE');
      }
      const report = await ctx.call('review.check', { file: fileRef, kind, rulesetId });
      ctx.out(checkJson(report), () => human(labels, report));
      return;
    }
    const s = await ctx.openCase(values.case as string);
    try {
      const state = await ctx.call('review.run', { caseId: s.caseId, kind, rulesetId, file: fileRef });
      ctx.out({ ...checkJson(state.report!), case: { path: s.path, runId: state.run!.runId } }, () => `${human(labels, state.report!)}\n\n审查结果已存入案卷：${s.path}`);
    } finally {
      await ctx.call('cases.close', { caseId: s.caseId });
    }
  },
};
