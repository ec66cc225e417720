import path from 'node:path';
import { load } from '../lazy';
import { CliError, type CliCommand } from '../command';

export const rulesetList: CliCommand = {
  path: ['ruleset', 'list'],
  usage: 'ruleset list [--json]',
  summary: '列出可用的审查规则集（每个地区的最新版本）',
  options: {},
  async run(ctx) {
    const { rulesets } = await ctx.call('review.rulesets', {});
    ctx.out(rulesets, () => rulesets.map((r) => `${r.id.padEnd(12)} ${r.name} ${r.version}（${r.origin === 'bundled' ? '内置' : '导入'}${r.extends ? `，继承 ${r.extends}` : ''}）方案 ${r.planItems} 项、协议 ${r.agreementItems} 项、红线 ${r.flags} 条`).join('\n'));
  },
};

export const rulesetShow: CliCommand = {
  path: ['ruleset', 'show'],
  usage: 'ruleset show ID [--json]',
  summary: '查看一个规则集的审查项、红线及其依据',
  options: {},
  async run(ctx, { positionals }) {
    const { REVIEW_KINDS } = await load.ruleset();
    if (!positionals[0]) throw new CliError('缺少规则集编号，例如：ruleset show hebei', 'USAGE');
    const v = await ctx.call('review.ruleset', { id: positionals[0] });
    ctx.out(v.ruleset, () =>
      [
        `${v.info.name} ${v.info.id}@${v.info.version}（${v.ruleset.lineage.join(' → ')}）`,
        ...(['plan', 'agreement'] as const).flatMap((k) => [`\n${REVIEW_KINDS[k]}：`, ...v.ruleset.items.filter((i) => i.kind === k).map((i, n) => `  ${n + 1}. ${i.title}${i.generic ? '（通用）' : ''}  [${i.basis.map((b) => b.label).join('；')}]`)]),
        '\n红线：',
        ...v.ruleset.flags.map((f) => `  ${f.severity === 'red' ? '■' : '□'} ${f.title}  [${f.basis.map((b) => b.label).join('；')}]`),
      ].join('\n'),
    );
  },
};

export const rulesetImport: CliCommand = {
  path: ['ruleset', 'import'],
  usage: 'ruleset import FILE.yaml [--json]',
  summary: '导入新版本的规则集（校验通过且版本更新时保存）',
  options: {},
  async run(ctx, { positionals }) {
    if (!positionals[0]) throw new CliError('缺少规则集文件路径', 'USAGE');
    const info = await ctx.call('review.importRuleset', { file: { kind: 'path', path: path.resolve(positionals[0]) } });
    ctx.out(info, () => `已导入规则集 ${info.name} ${info.id}@${info.version}。`);
  },
};
