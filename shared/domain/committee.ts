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
 * The committee checks of 评标委员会规定 art. 9 and 87号令 art. 45, as warnings the secretary sees: odd and at least
 * five, experts at least two thirds, one chair, not a 采购人代表. `excluded` are members removed by recusal.
 */
export function committeeWarnings(members: Pick<Member, 'memberId' | 'role' | 'kind'>[], excluded: ReadonlySet<string> = new Set()): string[] {
  const active = members.filter((m) => !excluded.has(m.memberId));
  const w: string[] = [];
  const n = active.length;
  if (n < 5) w.push(`评审委员会现有 ${n} 人，少于 5 人（评标委员会规定第九条、87号令第四十五条）。`);
  if (n > 0 && n % 2 === 0) w.push(`评审委员会现有 ${n} 人，为偶数，应为单数（评标委员会规定第九条）。`);
  const experts = active.filter((m) => m.kind === 'expert').length;
  if (n > 0 && experts * 3 < n * 2) w.push(`评审专家 ${experts} 人，不足成员总数的三分之二（87号令第四十五条）。`);
  const chairs = active.filter((m) => m.role === 'chair');
  if (n > 0 && chairs.length === 0) w.push('尚未指定评审组长。');
  if (chairs.length > 1) w.push(`指定了 ${chairs.length} 名组长，只能有一名。`);
  if (chairs.some((m) => m.kind === 'purchaser_rep')) w.push('采购人代表不得担任评审组长（87号令第四十五条）。');
  return w;
}
