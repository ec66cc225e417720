import type { Criterion, Scheme } from './scheme';
import type { Aggregation, SelectionOptions } from './evaluation';
import type { Finding, Results } from './engine';

/**
 * Everything the 评审报告 prints (评标委员会规定 art. 42; 87号令 art. 58), as one typed structure the memo module
 * (issue 6) lays out. Produced by `services.selection.reportContent(caseId)`; no layout here, only content.
 */
export interface SelectionReportContent {
  caseId: string;
  caseTitle: string;
  generatedAt: string;
  /** False while a member has not submitted, scores are missing or an abnormally low price is pending. */
  final: boolean;
  /** Why it is not final (empty when final); printed with the not-final mark on every page. */
  pendingReasons: string[];
  committee: {
    members: ReportMember[];
    /** Committee-composition warnings after recusals (art. 9 / art. 45). */
    warnings: string[];
  };
  method: {
    name: '综合评分法';
    scheme: Scheme;
    aggregation: Aggregation;
    /** The aggregation stated in words, for the report. */
    aggregationText: string;
    options: SelectionOptions;
    /** 基准价 and the formula in words, when the scheme has a price part. */
    priceRule: string | null;
  };
  applicants: ReportApplicant[];
  /** Each member's sheet: points per applicant per criterion, and totals. */
  memberSheets: {
    memberId: string;
    memberName: string;
    submittedAt: string | null;
    /** 代录: the secretary transcribed this member's paper sheet (no key); never the member's own signed sheet. */
    transcribed?: { operator: string; reason: string; paperRef: string } | null;
    /** notes: what the member wrote beside a score, by criterion id. */
    rows: { applicantId: string; applicantName: string; scores: Record<string, number | null>; notes: Record<string, string>; total: number | null }[];
  }[];
  /** The summary table: aggregated points per criterion, price score, total, rank. */
  summary: {
    applicantId: string;
    applicantName: string;
    criteria: Record<string, number>;
    priceScore: number | null;
    total: number;
    rank: number;
    recommended: boolean;
  }[];
  criteria: Criterion[];
  /** The art. 64 checks as shown to the committee (never auto-applied). */
  findings: Finding[];
  corrections: ReportCorrection[];
  ranking: Results['ranking'];
  recommended: { rank: number; applicantId: string; name: string; total: number }[];
}

export interface ReportMember {
  memberId: string;
  name: string;
  unit: string;
  title: string;
  expertNo: string;
  role: '组长' | '成员';
  kind: '评审专家' | '采购人代表';
  /** Set when the member declared a conflict and left the scoring (财库〔2016〕198号 art. 16). */
  recusal: { applicantName: string; relation: string; note: string; declaredAt: string } | null;
  /** 代录 of this member's 回避声明 from paper, when the secretary transcribed it. */
  recusalTranscribed?: { operator: string; reason: string; paperRef: string } | null;
  /** A 替补专家: the name of the recused member replaced. */
  substituteFor: string | null;
}

export interface ReportApplicant {
  applicantId: string;
  name: string;
  price: number | null;
  qualification: { item: string; passed: boolean; reason: string }[];
  conformity: { item: string; passed: boolean; reason: string }[];
  /** scored, or why not (failed review with its reason, invalid price). */
  status: 'scored' | 'excluded' | 'price_invalid';
  reason: string | null;
  /** The checks not yet recorded (words), when not excluded: such a bid has not passed the review. */
  reviewPending: string | null;
  abnormalLow: { othersMeanPrice: number; explanation: string } | null;
}

export interface ReportCorrection {
  memberName: string;
  applicantName: string;
  criterionName: string;
  /** Which art. 64 case it was. */
  kind: string;
  oldValue: number | null;
  newValue: number;
  reason: string;
  by: string;
  at: string;
}
