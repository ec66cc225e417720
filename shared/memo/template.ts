import { z } from 'zod';
import { cnNumber, type PrintBlock, type PrintDoc } from './model';

/**
 * A memo template (templates/memos/<type>.yaml, documented in docs/memos.md): fixed wording with {{placeholders}},
 * and sections whose content comes from named sources — the case, the committee, the review and selection modules
 * (`review.*`, `selection.*`), or text the secretary typed (`input.*`). The first non-empty source of a section wins.
 */
export const MemoTemplateSchema = z.object({
  type: z.string().regex(/^[a-z_]+$/),
  label: z.string().min(1),
  caseTypes: z.array(z.string()).min(1),
  title: z.string().min(1),
  /**
   * Whose title is the memo's subject ({{subject}}): the case document of this role (plan, agreement, …), as the
   * documents module holds it. Without one, or before that document is imported, the case title stands in.
   */
  subjectRole: z.string().optional(),
  signingBy: z.string().default(''),
  sections: z.array(
    z.object({
      heading: z.string().min(1),
      paragraphs: z.array(z.string()).optional(),
      table: z.enum(['committee']).optional(),
      content: z.array(z.string()).optional(),
      required: z.boolean().default(false),
      whenEmpty: z.string().optional(),
    }),
  ),
  attachments: z.array(z.string()).default([]),
  signLines: z.boolean().default(false),
  /**
   * The memo is the experts' own judgement (专家论证意见: the 专家委员会 assesses 合规性、可行性和安全风险, Chongqing art.
   * 11–12, each expert marking the checklist): printed from a review no expert gave any verdict on, it is not signable.
   */
  needsExpertVerdicts: z.boolean().default(false),
});
export type MemoTemplate = z.output<typeof MemoTemplateSchema>;

/** What a source gives a section: paragraphs, tables, or both. Empty means "not available". */
export interface SectionContent {
  paragraphs?: string[];
  tables?: { caption?: string; header: string[][]; rows: string[][]; widths?: number[] }[];
  /** Only under the key MEMBER_NOTES: a note beside a member in the committee table, by the member's name. */
  memberNotes?: Record<string, string>;
}

/**
 * The source key whose `memberNotes` annotate the committee table (a member who withdrew, the 替补 who replaced them):
 * not a section. The table takes a 备注 column only when a member has a note, so other memos print as before.
 */
export const MEMBER_NOTES = 'committee.memberNotes';

export interface MemoData {
  /** Values for {{placeholders}}: case.title, case.implementingAgency, committee.count, date, … */
  values: Record<string, string>;
  /** `signNote`: printed in the 签字 cell instead of a blank line, for a member who does not sign (已回避). */
  committee: { name: string; unit: string; title: string; roleLabel: string; signNote?: string }[];
  /**
   * Content by source key (review.opinion, selection.scores, input.opinion, …). The key `doc.pageMark` is not a section:
   * its first paragraph becomes the PrintDoc's mark on every page (a module's result that is not final).
   */
  sources: Record<string, SectionContent | undefined>;
}

const fill = (s: string, values: Record<string, string>) => s.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, k: string) => values[k] ?? '');
const isEmpty = (c: SectionContent | undefined) => !c || (!(c.paragraphs ?? []).some((p) => p.trim()) && !(c.tables ?? []).length);

/** Printed where a member's 工作单位 or 职称 was never entered: on paper the gap is said, never left blank. */
export const NOT_GIVEN = '（未填写）';
/** A member's 工作单位 or 职称 as every printed table shows it: the value, or NOT_GIVEN. */
export const orNotGiven = (s: string | null | undefined) => s?.trim() || NOT_GIVEN;

/**
 * Builds the PrintDoc of a memo, or lists what required content is missing (in Chinese, naming each section), so the
 * user can supply it. Pure: the service gathers `data`, the renderers print the result.
 */
export function buildMemoDoc(t: MemoTemplate, data: MemoData, extra: Partial<PrintDoc> = {}): { doc: PrintDoc; missing: string[] } {
  const missing: string[] = [];
  const blocks: PrintBlock[] = [];
  t.sections.forEach((s, i) => {
    blocks.push({ kind: 'heading', level: 1, numbering: `${cnNumber(i + 1)}、`, text: s.heading });
    let filled = false;
    for (const p of s.paragraphs ?? []) {
      blocks.push({ kind: 'paragraph', text: fill(p, data.values) });
      filled = true;
    }
    if (s.table === 'committee') {
      if (data.committee.length) {
        const notes = data.sources[MEMBER_NOTES]?.memberNotes ?? {};
        const noted = data.committee.some((m) => notes[m.name]);
        blocks.push({
          kind: 'table',
          header: [['序号', '姓名', '工作单位', '职称/职务', '角色', ...(noted ? ['备注'] : [])]],
          rows: data.committee.map((m, k) => [String(k + 1), m.name, orNotGiven(m.unit), orNotGiven(m.title), m.roleLabel, ...(noted ? [notes[m.name] ?? ''] : [])]),
          widths: noted ? [1.2, 1.8, 3.8, 2.2, 1.4, 4] : [1, 2, 5, 3, 2],
        });
        filled = true;
      }
    }
    const src = (s.content ?? []).map((k) => data.sources[k]).find((c) => !isEmpty(c));
    if (src) {
      for (const p of src.paragraphs ?? []) if (p.trim()) blocks.push({ kind: 'paragraph', text: p.trim() });
      for (const tb of src.tables ?? []) blocks.push({ kind: 'table', ...tb });
      filled = true;
    }
    // An optional section with nothing to say says so ("无。") rather than leaving a bare heading on paper.
    if (!filled && (s.whenEmpty || !s.required)) {
      blocks.push({ kind: 'paragraph', text: s.whenEmpty ?? '无。' });
      filled = true;
    }
    if (!filled && s.required) missing.push(`“${s.heading}”${s.table === 'committee' ? '（评审委员会成员尚未登记）' : ''}`);
  });
  const appendix: PrintBlock[] = [];
  if (t.signLines && data.committee.length) {
    appendix.push({ kind: 'paragraph', text: '附件', align: 'left' });
    appendix.push({ kind: 'paragraph', text: t.attachments[0] ?? '签字表', align: 'center' });
    appendix.push({ kind: 'signLines', people: data.committee.map((m) => ({ name: m.name, unit: [m.unit || `工作单位${NOT_GIVEN}`, m.title].filter(Boolean).join(' '), role: m.roleLabel, note: m.signNote ?? '' })) });
  }
  const doc: PrintDoc = {
    title: fill(t.title, data.values),
    blocks,
    attachments: t.attachments,
    appendix,
    signing: { by: fill(t.signingBy, data.values), date: data.values.date ?? '' },
    meta: { subject: t.label, keywords: t.type, ...(data.values.subject ? { about: data.values.subject } : {}) },
    ...(data.sources['doc.pageMark']?.paragraphs?.[0] ? { pageMark: data.sources['doc.pageMark'].paragraphs[0] } : {}),
    ...extra,
  };
  return { doc, missing };
}
