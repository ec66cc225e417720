import { z } from 'zod';
import { codesOf } from './codes';

/**
 * "三重一大" meetings (DOMAIN §6): a collective decision meeting, its agenda items (议题), each item's 审批表, 说明 and
 * attachments, the packet members read, and the record of what was decided. Codes are stored in case files: never
 * rename one.
 */

export const MEETING_KINDS = { party_group: '党组会', party_committee: '党委会', executive: '常务会', director: '局长办公会', other: '其他会议' } as const;
export type MeetingKind = keyof typeof MEETING_KINDS;
export const MeetingKindSchema = codesOf(MEETING_KINDS);

export const SECRECY_LEVELS = { none: '', internal: '内部', secret: '秘密', confidential: '机密' } as const;
export type Secrecy = keyof typeof SECRECY_LEVELS;
export const SecrecySchema = codesOf(SECRECY_LEVELS);

export const MEETING_STATUS = { draft: '筹备中', held: '已上会' } as const;
export type MeetingStatus = keyof typeof MEETING_STATUS;

/** The materials the rules expect per item, in the order they are bound into the packet. */
export const ATTACHMENT_KINDS = {
  legal_review: '合法性审查意见',
  fair_competition: '公平竞争审查意见',
  expert_opinion: '专家论证意见',
  risk_assessment: '风险评估报告',
  consultation: '征求意见及采纳情况',
  integrity: '廉洁性审查意见',
  other: '其他附件',
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;
export const AttachmentKindSchema = codesOf(ATTACHMENT_KINDS);
/** Every item must say, for each of these, provided or not required (and why). 合法性审查意见 must be provided. */
export const EXPECTED_KINDS: AttachmentKind[] = ['legal_review', 'fair_competition', 'expert_opinion', 'risk_assessment', 'consultation', 'integrity'];

export const RISK_LEVELS = { low: '低风险', medium: '中风险', high: '高风险' } as const;
export type RiskLevel = keyof typeof RISK_LEVELS;
export const RiskLevelSchema = codesOf(RISK_LEVELS);

export const ATTACHMENT_SOURCES = { import_pdf: '导入的 PDF', import_docx: '导入的 DOCX', case_document: '案卷文件', memo: '签署的意见书', none: '无需提供' } as const;
export type AttachmentSource = keyof typeof ATTACHMENT_SOURCES;

/**
 * The ballot's choices, one for each decision of DOMAIN §6 in a member's words: 同意 (通过), 原则同意 (原则通过: agreed
 * as a whole, with changes the record states), 不同意 (不通过), 修改后再议, 暂缓.
 */
export const VOTE_OPTIONS = ['同意', '原则同意', '不同意', '修改后再议', '暂缓'] as const;
export const DECISIONS = { passed: '通过', passed_in_principle: '原则通过', revise: '修改后再议', deferred: '暂缓', rejected: '不通过' } as const;
export type Decision = keyof typeof DECISIONS;
export const DecisionSchema = codesOf(DECISIONS);
export const POSITIONS = { agree: '同意', agree_in_principle: '原则同意', disagree: '不同意', revise: '修改后再议', defer: '暂缓', abstain: '弃权' } as const;
export type Position = keyof typeof POSITIONS;
export const PositionSchema = codesOf(POSITIONS);

export const DEFAULT_EXPLANATION_LIMIT = 1500;

const name = z.string().trim().min(1).max(50);
const text = (max: number) => z.string().max(max).default('');

export const MeetingInputSchema = z.object({
  meetingId: z.string().optional(),
  name: z.string().trim().min(1, '请填写会议名称').max(100),
  kind: MeetingKindSchema.default('party_group'),
  /** YYYY-MM-DD, optionally with HH:mm. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/, '日期格式应为 YYYY-MM-DD'),
  place: text(100),
  chair: z.string().trim().max(50).default(''),
  /** Voting members, in seating order. */
  members: z.array(name).max(60).default([]),
  /** 列席 (attend without a vote). */
  attendees: z.array(name).max(60).default([]),
  recorder: z.string().trim().max(50).default(''),
  secrecy: SecrecySchema.default('internal'),
  explanationLimit: z.number().int().min(100).max(20000).default(DEFAULT_EXPLANATION_LIMIT),
});
export type MeetingInput = z.input<typeof MeetingInputSchema>;

export const MeetingSchema = MeetingInputSchema.extend({
  meetingId: z.string(),
  status: z.enum(['draft', 'held']),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.output<typeof MeetingSchema>;

/** 议题审批表 (呈批表). */
export const ApprovalFormSchema = z.object({
  title: z.string().trim().max(200).default(''),
  proposingUnit: text(100),
  presenter: text(50),
  leaderOpinion: text(1000),
  attendingUnits: text(300),
  secrecy: SecrecySchema.default('internal'),
});
export type ApprovalForm = z.output<typeof ApprovalFormSchema>;

/** 议题说明: its six parts in the order DOMAIN §6 lists them. */
export const EXPLANATION_SECTIONS = {
  background: '背景',
  basis: '依据',
  content: '主要内容',
  decisions: '需议定事项',
  alternatives: '备选方案',
  disagreements: '分歧意见',
} as const;
export type ExplanationSection = keyof typeof EXPLANATION_SECTIONS;
export const ExplanationSchema = z.object({
  background: text(20000),
  basis: text(20000),
  content: text(20000),
  decisions: text(20000),
  alternatives: text(20000),
  disagreements: text(20000),
});
export type Explanation = z.output<typeof ExplanationSchema>;

/** Characters of the 说明 as a reader counts them: every character but whitespace, across all six parts. */
export function explanationLength(e: Partial<Explanation>): number {
  let n = 0;
  for (const k of Object.keys(EXPLANATION_SECTIONS) as ExplanationSection[]) n += [...(e[k] ?? '').replace(/\s+/gu, '')].length;
  return n;
}

export const AttachmentSchema = z.object({
  attachmentId: z.string(),
  kind: AttachmentKindSchema,
  status: z.enum(['provided', 'not_required']),
  title: z.string(),
  reason: z.string(),
  riskLevel: RiskLevelSchema.nullable(),
  source: codesOf(ATTACHMENT_SOURCES),
  fileName: z.string(),
  sha256: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  sort: z.number().int(),
});
export type Attachment = z.output<typeof AttachmentSchema>;

export const ItemSchema = z.object({
  itemId: z.string(),
  meetingId: z.string(),
  sort: z.number().int(),
  /** Linked to the review case this meeting lives in, or a standalone item with imported files. */
  linkedToCase: z.boolean(),
  onAgenda: z.boolean(),
  approval: ApprovalFormSchema,
  explanation: ExplanationSchema,
  attachments: z.array(AttachmentSchema),
  /** Why the item cannot (yet) go on the agenda; empty when it can. */
  gate: z.array(z.string()),
  explanationLength: z.number().int(),
});
export type Item = z.output<typeof ItemSchema>;

/**
 * The gate an item passes before it is put on the agenda: a title, the 说明 within its limit, 合法性审查意见 provided
 * (DOMAIN §6: a hard gate), and every other expected material either provided or "not required" with a reason.
 * Returns the reasons it fails, in Chinese, empty when it passes.
 */
export function itemGate(item: Pick<Item, 'approval' | 'explanation' | 'attachments'>, limit: number): string[] {
  const out: string[] = [];
  if (!item.approval.title.trim()) out.push('议题审批表未填写议题名称。');
  const len = explanationLength(item.explanation);
  if (len === 0) out.push('议题说明尚未填写。');
  if (len > limit) out.push(`议题说明 ${len} 字，超过 ${limit} 字的上限，请精简 ${len - limit} 字。`);
  const legal = item.attachments.filter((a) => a.kind === 'legal_review' && a.status === 'provided');
  if (legal.length === 0) out.push('缺少合法性审查意见：未经合法性审查的议题不得提交会议审议，请先附上合法性审查意见。');
  const missing = EXPECTED_KINDS.filter((k) => k !== 'legal_review' && !item.attachments.some((a) => a.kind === k));
  if (missing.length) out.push(`以下材料尚未标明“已提供”或“无需提供（附理由）”：${missing.map((k) => ATTACHMENT_KINDS[k]).join('、')}。`);
  for (const a of item.attachments) {
    if (a.kind === 'risk_assessment' && a.status === 'provided' && !a.riskLevel) out.push('风险评估报告未标明风险等级。');
  }
  return out;
}

/**
 * The lines of a 议题审批表 the packet would print blank that DOMAIN §6 expects filled by the office (提出单位, 汇报人).
 * Not a gate (some offices write them in by hand), but said when the packet is made: walk 9b built and numbered a
 * packet whose 审批表 had both blank without a word. 分管领导意见 is the leader's own, and 列席单位 may be none.
 */
export function approvalBlanks(approval: Pick<ApprovalForm, 'proposingUnit' | 'presenter'>): string[] {
  return [
    ...(approval.proposingUnit.trim() ? [] : ['提出单位']),
    ...(approval.presenter.trim() ? [] : ['汇报人']),
  ];
}

export const RecordSchema = z.object({
  startedAt: text(40),
  present: z.array(name).default([]),
  absent: z.array(z.object({ name, reason: text(200) })).default([]),
  attending: z.array(name).default([]),
  items: z
    .array(
      z.object({
        itemId: z.string(),
        recusals: z.array(z.object({ name, reason: text(200) })).default([]),
        positions: z.array(z.object({ name, position: PositionSchema, remarks: text(2000) })).default([]),
        /** Dissent as spoken, verbatim. */
        dissent: text(5000),
        decision: DecisionSchema.nullable().default(null),
        decisionText: text(2000),
      }),
    )
    .default([]),
});
export type MeetingRecord = z.output<typeof RecordSchema>;

/** "罗文斌：…" / "罗文斌同志:" opening the text or a sentence of it: the words are that member's. */
const speaksIn = (text: string, name: string) =>
  text.split(/[\n。；;]/).some((s) => { const t = s.trim(); return t.startsWith(name) && /^(同志)?\s*[:：]/.test(t.slice(name.length)); });

/** Who votes on an item: present, not absent, not recused. */
export function itemVoters(r: MeetingRecord, itemId: string): string[] {
  const absent = new Set(r.absent.map((a) => a.name));
  const recused = new Set(r.items.find((x) => x.itemId === itemId)?.recusals.map((x) => x.name) ?? []);
  return r.present.filter((n) => !absent.has(n) && !recused.has(n));
}

/**
 * What keeps a 会议记录 from being printed as final (DOMAIN §6: each member's position, dissent verbatim). A record
 * shows only votes cast: a present member who did not recuse needs a recorded position, nobody absent or recused has
 * one, and a dissent on record cannot sit beside a unanimous 同意, nor a member named in it (“罗文斌：…”) be 同意.
 * One message per problem, in the words the secretary acts on.
 */
export function recordProblems(r: MeetingRecord, agenda: { itemId: string; title: string }[]): string[] {
  const out: string[] = [];
  const absent = new Set(r.absent.map((a) => a.name));
  agenda.forEach((it, i) => {
    const label = `议题${i + 1}“${it.title}”`;
    const ri = r.items.find((x) => x.itemId === it.itemId);
    const recused = new Set(ri?.recusals.map((x) => x.name) ?? []);
    const voters = itemVoters(r, it.itemId);
    const positions = ri?.positions ?? [];
    const missing = voters.filter((n) => !positions.some((p) => p.name === n));
    if (missing.length) out.push(`${label}：${missing.join('、')}的表态尚未记录，请逐一选择表态。`);
    const stray = positions.filter((p) => !voters.includes(p.name)).map((p) => `${p.name}（${absent.has(p.name) ? '缺席' : recused.has(p.name) ? '已回避' : '未列为出席'}）`);
    if (stray.length) out.push(`${label}：${stray.join('、')}记有表态，请删去其表态或改正出席、回避情况。`);
    const dissent = ri?.dissent.trim() ?? '';
    if (!dissent) return;
    const agreed = positions.filter((p) => p.position === 'agree').map((p) => p.name);
    const named = agreed.filter((n) => speaksIn(dissent, n));
    if (named.length) out.push(`${label}：不同意见记为${named.join('、')}的发言，其表态却为“同意”，请改正表态（如不同意、原则同意）或改正不同意见。`);
    else if (positions.length && positions.every((p) => p.position === 'agree')) out.push(`${label}：记有不同意见，但表态均为“同意”，请将提出不同意见的成员的表态改正。`);
  });
  return out;
}

/** A row of the distribution and return register (分发回收登记). */
export const CopySchema = z.object({
  copyNo: z.number().int().positive(),
  recipient: z.string(),
  version: z.number().int(),
  sha256: z.string(),
  issuedAt: z.string(),
  returnedAt: z.string().nullable(),
});
export type PacketCopy = z.output<typeof CopySchema>;

/**
 * Materials reach members at least 3 days before the meeting (DOMAIN §6): a warning, not a refusal, when the packet is
 * made later than that. Calendar days, by the meeting's date.
 */
export function materialsLeadWarning(meetingDate: string, now: Date, calendar?: MeetingDayCalendar): string[] {
  const day = meetingDate.slice(0, 10);
  const [y, m, d] = day.split('-').map(Number);
  const meeting = Date.UTC(y, m - 1, d);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((meeting - today) / 86_400_000);
  const out: string[] = [];
  if (days < 0) out.push(`会议日期（${day}）已过，请核对会议日期。`);
  else if (days < 3) out.push(`距会议仅 ${days} 天：会议材料一般应至少提前 3 天送达参会人员。`);
  // A date typed one off (10-02 for 10-12) lands on a holiday: said here, before the cover and the ballots go to print.
  if (calendar && !calendar.isWorkday(day)) {
    const what = calendar.describe(day) ?? (new Date(meeting).getUTCDay() === 0 ? '星期日' : '星期六');
    out.push(`会议日期（${day}）是${what}，不是工作日：请核对会议日期；确需当日开会的可不理会此提示。`);
  }
  return out;
}

/** What the lead-time check needs of the working-day calendar (shared/workdays/calendar.ts WorkCalendar). */
export interface MeetingDayCalendar {
  isWorkday(date: string): boolean;
  describe(date: string): string | null;
}

/** 份号: six digits (GB/T 9704 §7.2.1). */
export const copyNumber = (n: number) => String(n).padStart(6, '0');
