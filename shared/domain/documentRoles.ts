/** Document roles in a case, `{ code: 中文名称 }`. Kept apart from the schemas so the CLI's help can list them without loading zod. */
export const DOCUMENT_ROLES = {
  plan: '实施方案',
  agreement: '授权运营协议',
  bid: '申报材料',
  legal_review: '合法性审查意见',
  other: '其他附件',
} as const;
export type DocumentRole = keyof typeof DOCUMENT_ROLES;
