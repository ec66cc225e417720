import { load } from '../lazy';
import { CliError, type CliCommand } from '../command';

const need = (v: unknown, name: string) => {
  if (typeof v !== 'string' || !v.trim()) throw new CliError(`缺少参数 --${name}`, 'USAGE');
  return v;
};

type CaseLabels = Pick<typeof import('../../../shared/domain/case'), 'CASE_TYPES' | 'JURISDICTIONS'>;

const human = ({ CASE_TYPES, JURISDICTIONS }: CaseLabels, s: { title: string; caseType: keyof CaseLabels['CASE_TYPES']; jurisdiction: keyof CaseLabels['JURISDICTIONS']; path: string; caseId: string; auditIntact: boolean; implementingAgency: string }) =>
  [
    `案卷：${s.title}`,
    `评审事项：${CASE_TYPES[s.caseType]}`,
    `适用地区：${JURISDICTIONS[s.jurisdiction]}`,
    `实施机构：${s.implementingAgency || '（未填）'}`,
    `文件：${s.path}`,
    `案卷编号：${s.caseId}`,
    `审计日志：${s.auditIntact ? '校验通过' : '校验未通过'}`,
  ].join('\n');

export const caseCreate: CliCommand = {
  path: ['case', 'create'],
  usage: 'case create --file PATH --title TITLE [--type T] [--jurisdiction J] [--agency 实施机构] [--json]',
  summary: '新建加密案卷（口令取自环境变量 REVIEW_DESK_PASSPHRASE 或终端输入）',
  options: { file: { type: 'string' }, title: { type: 'string' }, type: { type: 'string' }, jurisdiction: { type: 'string' }, agency: { type: 'string' } },
  async run(ctx, { values }) {
    const file = need(values.file, 'file');
    const title = need(values.title, 'title');
    const labels = await load.caseDomain();
    const { CASE_TYPES, JURISDICTIONS, parseCaseType, parseJurisdiction } = labels;
    const caseType = parseCaseType((values.type as string) ?? 'plan_review');
    if (!caseType) throw new CliError(`未知的评审事项：${values.type}。可选：${Object.entries(CASE_TYPES).map(([k, v]) => `${k}（${v}）`).join('、')}`, 'USAGE');
    const jurisdiction = parseJurisdiction((values.jurisdiction as string) ?? 'national');
    if (!jurisdiction) throw new CliError(`未知的地区：${values.jurisdiction}。可选：${Object.entries(JURISDICTIONS).map(([k, v]) => `${k}（${v}）`).join('、')}`, 'USAGE');
    const passphrase = await ctx.passphrase('设置案卷口令：', { confirm: true });
    const s = await ctx.call('cases.create', {
      info: { title, caseType, jurisdiction, implementingAgency: (values.agency as string) ?? '' },
      passphrase,
      passphraseConfirm: passphrase,
      path: file,
    });
    await ctx.call('cases.close', { caseId: s.caseId });
    ctx.out(s, () => `已创建案卷。\n${human(labels, s)}`);
  },
};

export const caseInfo: CliCommand = {
  path: ['case', 'info'],
  usage: 'case info --file PATH [--json]',
  summary: '查看案卷基本信息',
  options: { file: { type: 'string' } },
  async run(ctx, { values }) {
    const s = await ctx.openCase(need(values.file, 'file'));
    await ctx.call('cases.close', { caseId: s.caseId });
    const labels = await load.caseDomain();
    ctx.out(s, () => human(labels, s));
  },
};
