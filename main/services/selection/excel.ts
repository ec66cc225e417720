import type ExcelJS from 'exceljs';

// Loaded on first use: exceljs costs every CLI command and host start half a second of CPU.
const excel = async () => (await import('exceljs')).default;
import { round2, type Scheme } from '../../../shared/scoring/scheme';
import { FINDING_LABELS, type Results } from '../../../shared/scoring/engine';
import { priceText, type PriceUnit } from '../../../shared/scoring/evaluation';
import type { Correction } from '../../../shared/api/selection';
import { chineseDateTime } from '../../../shared/memo/model';

/** Where things are on a blank sheet; import reads the same places. */
const META = '_meta';
const HEADER_ROW = 4;
const ID_ROW = 5;
const FIRST_ROW = 6;
const FIRST_SCORE_COL = 3;
const colName = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

export interface SheetTarget {
  caseId: string;
  caseTitle: string;
  memberId: string;
  memberName: string;
  scheme: Scheme;
  applicants: { applicantId: string; name: string }[];
}

/** A blank score sheet for one member: criteria with their ranges, one row per applicant, data validation on every cell. */
export async function blankSheet(t: SheetTarget): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = '评审台';
  const ws = wb.addWorksheet('评分表', { views: [{ state: 'frozen', xSplit: 2, ySplit: ID_ROW }] });
  const crit = t.scheme.criteria.filter((c) => c.kind !== 'price');
  const totalCol = FIRST_SCORE_COL + crit.length;
  ws.getCell('A1').value = `${t.caseTitle} — 评分表`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = `评审成员：${t.memberName}。请在每个评分项下填写分值（可含两位小数），“合计”可不填；填好后在评审台中导入。`;
  ws.getRow(HEADER_ROW).values = ['申报单位编号', '申报单位', ...crit.map((c) => `${c.name}（0～${c.max}分${c.kind === 'objective' ? '，客观分' : ''}）`), '合计（选填）'];
  ws.getRow(HEADER_ROW).font = { bold: true };
  ws.getRow(HEADER_ROW).alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(ID_ROW).values = ['（评分项编号，请勿修改）', '', ...crit.map((c) => c.id), 'total'];
  ws.getRow(ID_ROW).font = { color: { argb: 'FF888888' }, size: 9 };
  // The keys import reads stay in the file but out of the member's sight and off the printed sheet: a UUID column
  // and a row of English ids are nothing a member can act on.
  ws.getRow(ID_ROW).hidden = true;
  ws.getColumn(1).hidden = true;
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 28;
  for (let i = 0; i < crit.length; i++) ws.getColumn(FIRST_SCORE_COL + i).width = 16;
  ws.getColumn(totalCol).width = 12;
  t.applicants.forEach((a, i) => {
    const r = FIRST_ROW + i;
    ws.getCell(r, 1).value = a.applicantId;
    ws.getCell(r, 2).value = a.name;
    crit.forEach((c, j) => {
      ws.getCell(r, FIRST_SCORE_COL + j).dataValidation = {
        type: 'decimal', operator: 'between', allowBlank: false, formulae: [0, c.max], showErrorMessage: true, errorStyle: 'stop',
        errorTitle: '分值超出范围', error: `“${c.name}”的分值应在 0～${c.max} 之间。`, showInputMessage: true, promptTitle: c.name, prompt: (c.guidance || `0～${c.max} 分`).slice(0, 250),
      };
    });
    ws.getCell(r, totalCol).dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], showErrorMessage: true, error: '合计应在 0～100 之间。' };
  });
  const meta = wb.addWorksheet(META, { state: 'veryHidden' });
  meta.addRows([['caseId', t.caseId], ['memberId', t.memberId], ['memberName', t.memberName], ['format', 'review-desk-score-sheet-1']]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetProblem {
  cell: string;
  message: string;
}

export interface ParsedSheet {
  caseId: string | null;
  memberId: string | null;
  problems: SheetProblem[];
  scores: Record<string, Record<string, number>>;
  statedTotals: Record<string, number>;
}

const cellNumber = (v: ExcelJS.CellValue): number | null | 'nan' => {
  if (v == null || v === '') return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && 'result' in v) return typeof v.result === 'number' ? v.result : 'nan';
  if (typeof v === 'string' && v.trim() === '') return null;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return 'nan';
};
const text = (v: ExcelJS.CellValue) => (v == null ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v)).trim();

/**
 * Reads a filled sheet and lists every problem by cell, against what the case expects. Nothing is written here; the
 * service imports only when `problems` is empty.
 */
export async function readSheet(data: Buffer, expect: { caseId: string; scheme: Scheme; applicants: { applicantId: string; name: string }[] }): Promise<ParsedSheet> {
  const out: ParsedSheet = { caseId: null, memberId: null, problems: [], scores: {}, statedTotals: {} };
  const wb = new (await excel()).Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    out.problems.push({ cell: '（文件）', message: '不是有效的 Excel（.xlsx）文件。' });
    return out;
  }
  const meta = wb.getWorksheet(META);
  const ws = wb.getWorksheet('评分表');
  if (!meta || !ws || text(meta.getCell('B4').value) !== 'review-desk-score-sheet-1') {
    out.problems.push({ cell: '（文件）', message: '不是评审台导出的评分表，请使用“导出空白评分表”得到的文件填写。' });
    return out;
  }
  out.caseId = text(meta.getCell('B1').value);
  out.memberId = text(meta.getCell('B2').value);
  if (out.caseId !== expect.caseId) {
    out.problems.push({ cell: '（文件）', message: `该评分表属于另一个案卷（案卷编号 ${out.caseId}），不能导入本案卷。` });
    return out;
  }
  const crit = expect.scheme.criteria.filter((c) => c.kind !== 'price');
  const totalCol = FIRST_SCORE_COL + crit.length;
  crit.forEach((c, j) => {
    const addr = `${colName(FIRST_SCORE_COL + j)}${ID_ROW}`;
    const got = text(ws.getCell(addr).value);
    if (got !== c.id) out.problems.push({ cell: addr, message: `评分项应为“${c.id}”（${c.name}），实为“${got || '空'}”：评分表与本案评分办法不一致，请重新导出。` });
  });
  if (out.problems.length) return out;
  const expected = new Map(expect.applicants.map((a) => [a.applicantId, a]));
  const seen = new Set<string>();
  for (let r = FIRST_ROW; r <= Math.max(ws.rowCount, FIRST_ROW + expect.applicants.length - 1); r++) {
    const id = text(ws.getCell(r, 1).value);
    const name = text(ws.getCell(r, 2).value);
    const anyScore = crit.some((_, j) => cellNumber(ws.getCell(r, FIRST_SCORE_COL + j).value) !== null);
    if (!id && !name && !anyScore) continue;
    const a = expected.get(id);
    if (!a) {
      out.problems.push({ cell: `A${r}`, message: `申报单位“${name || id}”不在本案卷的评分范围内（可能已被排除或不是本案的申报单位）。` });
      continue;
    }
    if (seen.has(id)) {
      out.problems.push({ cell: `A${r}`, message: `申报单位“${a.name}”重复出现。` });
      continue;
    }
    seen.add(id);
    if (name && name !== a.name) out.problems.push({ cell: `B${r}`, message: `申报单位名称“${name}”与编号对应的“${a.name}”不一致。` });
    const row: Record<string, number> = {};
    crit.forEach((c, j) => {
      const addr = `${colName(FIRST_SCORE_COL + j)}${r}`;
      const v = cellNumber(ws.getCell(addr).value);
      if (v === null) out.problems.push({ cell: addr, message: `${a.name}“${c.name}”未填写。` });
      else if (v === 'nan') out.problems.push({ cell: addr, message: `${a.name}“${c.name}”不是数字。` });
      else if (v < 0 || v > c.max) out.problems.push({ cell: addr, message: `${a.name}“${c.name}”${v} 分超出 0～${c.max} 分。` });
      else row[c.id] = v;
    });
    out.scores[id] = row;
    const t = cellNumber(ws.getCell(r, totalCol).value);
    if (t === 'nan') out.problems.push({ cell: `${colName(totalCol)}${r}`, message: `${a.name}的合计不是数字。` });
    else if (t !== null) out.statedTotals[id] = t;
  }
  for (const a of expect.applicants) if (!seen.has(a.applicantId)) out.problems.push({ cell: `第${FIRST_ROW}行起`, message: `缺少申报单位“${a.name}”的评分行。` });
  return out;
}

/** The results workbook: summary, each member's sheet, the art. 64 findings and the corrections. */
export async function resultsWorkbook(x: {
  /** False: every sheet says so in its first rows and in its printed page header (every page). */
  final: boolean;
  pendingReasons: string[];
  caseTitle: string;
  scheme: Scheme;
  results: Results;
  members: { memberId: string; name: string; scores: Record<string, Record<string, number | null>>; notes: Record<string, Record<string, string>> }[];
  corrections: Correction[];
  aggregationText: string;
  /** The case's price unit: the price column says it, the prices are as entered. */
  priceUnit: PriceUnit;
  /** A joint rank at the last recommended place, in words (engine `tieAtCut`), printed under the summary. */
  tieNote?: string | null;
}): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = '评审台';
  const crit = x.scheme.criteria.filter((c) => c.kind !== 'price');
  const pc = x.scheme.criteria.find((c) => c.kind === 'price');
  const notFinal = x.final ? '' : `非最终结果：${x.pendingReasons.join('')}`;
  const sheet = (name: string) => {
    const ws = wb.addWorksheet(name);
    // The page header prints on every page of every sheet, so no printed page of a draft can pass as final.
    if (notFinal) ws.headerFooter = { oddHeader: '&C&"-,Bold"&14非最终结果（评审尚未完成，不得作为评审结论）', evenHeader: '&C&"-,Bold"&14非最终结果（评审尚未完成，不得作为评审结论）' };
    return ws;
  };
  const sum = sheet('汇总');
  sum.addRow([`${x.caseTitle} — 评审结果汇总${notFinal ? '（非最终结果）' : ''}`]).font = { bold: true, size: 14 };
  sum.addRow([`汇总方式：${x.aggregationText}${x.results.basePrice != null ? `；评标基准价：${priceText(x.results.basePrice, x.priceUnit)}` : ''}`]);
  const status = sum.addRow([notFinal]);
  if (notFinal) status.font = { bold: true, color: { argb: 'FFC00000' } };
  sum.addRow(['排名', '申报单位', ...crit.map((c) => `${c.name}（${c.max}）`), ...(pc ? [`报价（${x.priceUnit}）`, `${pc.name}得分（${pc.max}）`] : []), '总分', '推荐']).font = { bold: true };
  for (const r of x.results.ranking) {
    const a = x.results.applicants.find((y) => y.applicantId === r.applicantId)!;
    sum.addRow([r.rank, r.name, ...crit.map((c) => round2(a.criteria.find((k) => k.criterionId === c.id)?.value ?? 0)), ...(pc ? [a.price, a.priceScore == null ? null : round2(a.priceScore)] : []), r.total, r.recommended ? '推荐' : '']);
  }
  // Not ranked (price undecided): the members' points are listed, the price part and the total are not.
  for (const a of x.results.applicants.filter((y) => y.status === 'scored' && y.total == null)) {
    sum.addRow(['待定', a.name, ...crit.map((c) => round2(a.criteria.find((k) => k.criterionId === c.id)?.value ?? 0)), ...(pc ? [a.price, '待定'] : []), '待定', '']);
  }
  for (const a of x.results.applicants.filter((y) => y.status !== 'scored')) sum.addRow(['—', a.name, `未进入评分：${a.reason}`]);
  if (x.tieNote) sum.addRow([x.tieNote]).font = { bold: true, color: { argb: 'FFC00000' } };
  sum.getColumn(2).width = 28;
  for (const m of x.members) {
    const ws = sheet(`成员-${m.name}`.replace(/[\\/?*[\]:]/g, '').slice(0, 31));
    if (notFinal) ws.addRow([notFinal]).font = { bold: true, color: { argb: 'FFC00000' } };
    ws.addRow(['申报单位', ...crit.map((c) => `${c.name}（${c.max}）`), '合计', '评分说明']).font = { bold: true };
    for (const a of x.results.applicants.filter((y) => y.status === 'scored')) {
      const s = m.scores[a.applicantId] ?? {};
      const notes = crit.filter((c) => m.notes[a.applicantId]?.[c.id]).map((c) => `${c.name}：${m.notes[a.applicantId][c.id]}`).join('\n');
      ws.addRow([a.name, ...crit.map((c) => s[c.id] ?? null), a.memberTotals[m.memberId] == null ? null : round2(a.memberTotals[m.memberId]!), notes || null]);
    }
    ws.getColumn(1).width = 28;
    ws.getColumn(crit.length + 3).width = 60;
    ws.getColumn(crit.length + 3).alignment = { wrapText: true, vertical: 'top' };
  }
  const f = sheet('复核提示');
  if (notFinal) f.addRow([notFinal]).font = { bold: true, color: { argb: 'FFC00000' } };
  f.addRow(['类别（87号令第六十四条）', '说明']).font = { bold: true };
  for (const k of x.results.findings) f.addRow([FINDING_LABELS[k.kind], k.message]);
  f.getColumn(1).width = 30;
  f.getColumn(2).width = 90;
  const c = sheet('更正记录');
  c.addRow(['时间（北京时间）', '评审成员', '申报单位', '评分项', '类别', '原分值', '更正后', '理由', '操作人']).font = { bold: true };
  for (const k of x.corrections) c.addRow([chineseDateTime(k.at), k.memberName, k.applicantName, k.criterionName, FINDING_LABELS[k.kind as keyof typeof FINDING_LABELS] ?? k.kind, k.oldValue, k.newValue, k.reason, k.actor]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
