import { z } from 'zod';
import { codesOf } from './codes';

/** 组长 / 成员, and whether the member is an expert or a 采购人代表 (who is not an expert and may not chair). */
export const MEMBER_ROLES = { chair: '组长', member: '成员' } as const;
export type MemberRole = keyof typeof MEMBER_ROLES;
export const MemberRoleSchema = codesOf(MEMBER_ROLES);

export const MEMBER_KINDS = { expert: '评审专家', purchaser_rep: '采购人代表' } as const;
export type MemberKind = keyof typeof MEMBER_KINDS;
export const MemberKindSchema = codesOf(MEMBER_KINDS);

export const MemberInputSchema = z.object({
  memberId: z.string().optional(),
  name: z.string().trim().min(1).max(50),
  unit: z.string().trim().max(200).default(''),
  title: z.string().trim().max(100).default(''),
  expertNo: z.string().trim().max(50).default(''),
  role: MemberRoleSchema.default('member'),
  kind: MemberKindSchema.default('expert'),
});
export type MemberInput = z.input<typeof MemberInputSchema>;

export const MemberSchema = MemberInputSchema.extend({ memberId: z.string(), sort: z.number().int() });
export type Member = z.output<typeof MemberSchema>;

/** How a member is named on screen and on paper: "张三（组长）", "李四（采购人代表）". */
export function memberLabel(m: Pick<Member, 'name' | 'role' | 'kind'>) {
  const tags = [m.role === 'chair' ? '组长' : '', m.kind === 'purchaser_rep' ? '采购人代表' : ''].filter(Boolean);
  return tags.length ? `${m.name}（${tags.join('、')}）` : m.name;
}

/**
 * The procurement procedure that selects the operator (重庆 art. 14, 河北 art. 15: 公开招标、邀请招标、谈判等), and the
 * smallest lawful committee for it. Tenders: 评标委员会规定 art. 9 and 87号令 art. 45, five or more, odd. 竞争性谈判
 * (财政部令第74号 art. 7) and 竞争性磋商 (财库〔2014〕214号 art. 14): three or more, odd. A case stored before the
 * procedure was asked reads as 公开招标, the ≥ 5 rule it was always checked against.
 */
export const PROCEDURES = {
  open_tender: { label: '公开招标', min: 5, basis: '评标委员会规定第九条、87号令第四十五条' },
  invited_tender: { label: '邀请招标', min: 5, basis: '评标委员会规定第九条、87号令第四十五条' },
  negotiation: { label: '竞争性谈判', min: 3, basis: '财政部令第74号第七条' },
  consultation: { label: '竞争性磋商', min: 3, basis: '财库〔2014〕214号第十四条' },
} as const;
export type Procedure = keyof typeof PROCEDURES;
export const ProcedureSchema = z.enum(Object.keys(PROCEDURES) as [Procedure, ...Procedure[]]);

/**
 * What makes the voting committee unlawful in size for the procedure: fewer than its minimum, or even. Each reason says
 * what to do. Empty when lawful. These block a final result; the other checks below are warnings.
 */
export function committeeSizeProblems(n: number, procedure: Procedure = 'open_tender'): string[] {
  const p = PROCEDURES[procedure];
  const todo = '请添加替补专家（在“回避声明与评分”中登记替补），替补专家提交评分表后结果方为最终结果。';
  if (n < p.min) return [`参加评分的评审委员会成员现有 ${n} 人，少于${p.label}要求的 ${p.min} 人（${p.basis}）。${todo}`];
  if (n % 2 === 0) return [`参加评分的评审委员会成员现有 ${n} 人，为偶数，${p.label}的评审委员会应为单数（${p.basis}）。${todo}`];
  return [];
}

/**
 * The committee checks as warnings the secretary sees: the size for the procedure (see `committeeSizeProblems`), experts
 * at least two thirds, one chair, not a 采购人代表. `excluded` are members removed by recusal.
 */
export function committeeWarnings(members: Pick<Member, 'memberId' | 'role' | 'kind'>[], excluded: ReadonlySet<string> = new Set(), procedure: Procedure = 'open_tender'): string[] {
  const active = members.filter((m) => !excluded.has(m.memberId));
  const w: string[] = [];
  const n = active.length;
  const p = PROCEDURES[procedure];
  if (n < p.min) w.push(`评审委员会现有 ${n} 人，少于 ${p.min} 人（${p.label}：${p.basis}）。`);
  if (n > 0 && n % 2 === 0) w.push(`评审委员会现有 ${n} 人，为偶数，应为单数（${p.basis}）。`);
  const experts = active.filter((m) => m.kind === 'expert').length;
  if (n > 0 && experts * 3 < n * 2) w.push(`评审专家 ${experts} 人，不足成员总数的三分之二（${procedure === 'consultation' ? '财库〔2014〕214号第十四条' : procedure === 'negotiation' ? '财政部令第74号第七条' : '87号令第四十五条'}）。`);
  const chairs = active.filter((m) => m.role === 'chair');
  if (n > 0 && chairs.length === 0) w.push('尚未指定评审组长。');
  if (chairs.length > 1) w.push(`指定了 ${chairs.length} 名组长，只能有一名。`);
  if (chairs.some((m) => m.kind === 'purchaser_rep')) w.push('采购人代表不得担任评审组长（87号令第四十五条）。');
  return w;
}
