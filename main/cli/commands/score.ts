import fs from 'node:fs';
import type { FINDING_LABELS, Results } from '../../../shared/scoring/engine';
import { load } from '../lazy';
import { CliError, type CliCommand } from '../command';

const human = (labels: typeof FINDING_LABELS, r: Results) =>
  [
    r.basePrice != null ? `评标基准价：${r.basePrice}` : '（评分办法不含价格分）',
    '排名：',
    ...r.ranking.map((x) => `  ${x.rank}. ${x.name}  ${x.total.toFixed(2)} 分${x.price != null ? `  报价 ${x.price}` : ''}${x.recommended ? '  【推荐】' : ''}`),
    ...r.applicants.filter((a) => a.status !== 'scored').map((a) => `  —  ${a.name}：${a.reason}`),
    ...(r.findings.length ? ['复核提示（87号令第六十四条，须评审委员会确认，程序不自动修改）：', ...r.findings.map((f) => `  [${labels[f.kind]}] ${f.message}`)] : []),
    ...r.notes,
    r.complete ? '结果完整。' : '结果尚不完整（有缺项或待处理的异常低价）。',
  ].join('\n');

/** `score CASEFILE` or `score --from FILE.json`: the same aggregation, checks and ranking as the app. */
export const score: CliCommand = {
  path: ['score'],
  usage: 'score CASEFILE [--json] | score --from EVALUATION.json [--json]',
  summary: '计算遴选评审结果：汇总、复核检查（87号令第六十四条）与排名。--from 读取整份评审数据（格式见 docs/scoring.md），可批量核对',
  options: { from: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const from = values.from as string | undefined;
    const { evaluate, FINDING_LABELS } = await load.scoringEngine();
    if (from) {
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(from, 'utf8'));
      } catch (e) {
        throw new CliError(`无法读取评审数据文件 ${from}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '不是有效的 JSON'}。`, 'BAD_REQUEST');
      }
      const { EvaluationSchema } = await load.scoringEvaluation();
      const { schemeProblems } = await load.scoringScheme();
      const parsed = EvaluationSchema.safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new CliError(`评审数据格式有误（共 ${issues.length} 处），请对照 docs/scoring.md 改正：${issues.slice(0, 10).map((i) => `${i.path}：${i.message}`).join('；')}`, 'BAD_REQUEST', issues);
      }
      const problems = schemeProblems(parsed.data.scheme);
      if (problems.length) throw new CliError(`评分办法有误：${problems.join('')}`, 'SELECTION_SCHEME_INVALID');
      const r = evaluate(parsed.data);
      ctx.out(r, () => human(FINDING_LABELS, r));
      return;
    }
    if (!positionals[0]) throw new CliError('缺少案卷文件：score CASEFILE，或用 --from 指定评审数据 JSON 文件。', 'USAGE');
    const s = await ctx.openCase(positionals[0]);
    try {
      const r = await ctx.call('selection.results', { caseId: s.caseId });
      // a complete evaluation is not yet final when the committee that scored is unlawful in size (or anything pending)
      ctx.out({ ...r.results, final: r.final, pendingReasons: r.pendingReasons, pendingMembers: r.pendingMembers, corrections: r.corrections }, () => [
        `案卷：${s.title}`, ...(r.pendingMembers.length ? [`尚未提交评分表：${r.pendingMembers.join('、')}`] : []), human(FINDING_LABELS, r.results),
        ...(r.final ? [] : [`非最终结果：${r.pendingReasons.join('')}`]),
      ].join('\n'));
    } finally {
      await ctx.call('cases.close', { caseId: s.caseId });
    }
  },
};
