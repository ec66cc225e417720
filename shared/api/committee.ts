import { z } from 'zod';
import { CaseRef, RequestId, method } from './contract';
import { MemberInputSchema, MemberSchema } from '../domain/committee';

export const committeeMethods = {
  'committee.list': method(() => ({
    summary: '评审委员会成员及组成检查',
    request: CaseRef,
    response: z.object({ members: z.array(MemberSchema), warnings: z.array(z.string()) }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'committee.save': method(() => ({
    summary: '添加或修改评审委员会成员',
    request: CaseRef.extend({ member: MemberInputSchema, ...RequestId }),
    response: MemberSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
    idempotent: 'sync',
  })),
  'committee.remove': method(() => ({
    summary: '移除评审委员会成员（已有评审记录的不能移除；专家包未交回的须说明理由）',
    request: CaseRef.extend({ memberId: z.string(), reason: z.string().trim().max(500).default('') }),
    response: z.object({}),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'CONFLICT', 'COMMITTEE_MEMBER_HAS_RECORDS', 'COMMITTEE_MEMBER_KIT_OUT'],
  })),
};
