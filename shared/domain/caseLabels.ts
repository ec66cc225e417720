// The case types' and jurisdictions' codes and labels, apart from their zod schemas (case.ts): the start page shows
// them, and its first bundle then need not carry zod.

/** 评审事项 (DOMAIN §1). Codes are stored in case files: never rename one. */
export const CASE_TYPES = {
  plan_review: '实施方案评审',
  agreement_review: '授权运营协议审查',
  operator_selection: '运营机构遴选评审',
  annual_evaluation: '年度运营评估',
} as const;

/** Jurisdictions whose rulesets the app knows; 秦皇岛市 falls under 河北省 rules (DOMAIN §2). */
export const JURISDICTIONS = {
  national: '国家通用',
  hebei: '河北省',
  qinhuangdao: '秦皇岛市',
  chongqing: '重庆市',
  guizhou: '贵州省',
  wenzhou: '温州市',
} as const;
