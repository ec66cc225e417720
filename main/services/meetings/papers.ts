import {
  ATTACHMENT_KINDS, DECISIONS, EXPLANATION_SECTIONS, MEETING_KINDS, POSITIONS, RISK_LEVELS, SECRECY_LEVELS, VOTE_OPTIONS,
  copyNumber, type ExplanationSection, type Item, type Meeting, type MeetingRecord, type PacketCopy,
} from '../../../shared/domain/meeting';
import { fault } from '../../../shared/api/errors';
import { chineseDateTime, cnNumber, type PrintBlock, type PrintDoc } from '../../../shared/memo/model';
import type { TocEntry } from './packet';

/** The generated pages of a packet and the after-meeting papers, as PrintDocs. Wording follows DOMAIN §6. */

export const itemLabel = (i: number) => `议题${cnNumber(i + 1)}`;
/** "关于X的议题" → "X", so that "关于…的说明" does not read "关于关于…的议题的说明". */
export const itemSubject = (title: string) => title.trim().replace(/^关于/, '').replace(/的?议题$/, '') || title;
const secrecyText = (s: Meeting['secrecy']) => SECRECY_LEVELS[s] || '';
const dateCn = (d: string) => {
  const [y, mo, da] = d.slice(0, 10).split('-').map(Number);
  return `${y}年${mo}月${da}日${d.length > 10 ? ` ${d.slice(11)}` : ''}`;
};
/** A typed sentence closed with 。 once: "同意。" typed in the record must not print as "同意。。". */
export const sentence = (s: string) => (/[。！？；.!?;]$/.test(s.trim()) ? s.trim() : `${s.trim()}。`);
const p = (text: string, align: 'indent' | 'left' | 'center' | 'right' = 'left', keepWithPrevious = false): PrintBlock => ({ kind: 'paragraph', text, align, ...(keepWithPrevious ? { keepWithPrevious } : {}) });
const blank: PrintBlock = { kind: 'paragraph', text: ' ', align: 'left' };
const kv = (rows: [string, string][]): PrintBlock => ({ kind: 'table', rows: rows.map(([k, v]) => [k, v || ' ']), widths: [1, 3] });

/**
 * The cover. Its first line is left blank for the 份号 a numbered copy stamps there (GB/T 9704: 6 digits, top left,
 * first line); the 密级 goes on the second line.
 */
export function coverDoc(m: Meeting, items: Item[]): PrintDoc {
  return {
    title: `${m.name}\n会议材料`,
    secrecy: ' ',
    // GB/T 9704 keeps ★ for 密级★保密期限; 会后收回 is a handling note, set apart by a space, not a 保密期限.
    urgency: `${secrecyText(m.secrecy) ? `${secrecyText(m.secrecy)}\u3000` : ''}会后收回`,
    blocks: [
      blank,
      p(`（${MEETING_KINDS[m.kind]}）`, 'center'),
      blank,
      kv([
        ['会议时间', dateCn(m.date)],
        ['会议地点', m.place],
        ['主持人', m.chair],
        ['议题数', `${items.length} 项`],
      ]),
      blank,
      p('本材料供会议审议使用，请勿复制、摘抄、带离会场，会后由会议记录人统一收回。', 'indent'),
    ],
    meta: { subject: `${m.name} 会议材料` },
  };
}

export function tocDoc(entries: TocEntry[]): PrintDoc {
  return {
    title: '目\u3000\u3000录',
    blocks: [{ kind: 'table', header: [['内容', '页码']], rows: entries.map((e) => [`${e.level === 1 ? '' : '\u3000\u3000'}${e.title}`, String(e.page)]), widths: [6, 1] }],
  };
}

export function agendaDoc(m: Meeting, items: Item[]): PrintDoc {
  return {
    title: '会议议程',
    blocks: [
      p(`时间：${dateCn(m.date)}`),
      p(`地点：${m.place}`),
      p(`主持：${m.chair}`),
      p(`出席：${m.members.join('、')}`),
      ...(m.attendees.length ? [p(`列席：${m.attendees.join('、')}`)] : []),
      p(`记录：${m.recorder}`),
      blank,
      ...items.map((it, i) =>
        p(`${cnNumber(i + 1)}、${it.approval.title}（汇报人：${it.approval.presenter || '—'}${it.approval.attendingUnits ? `；列席单位：${it.approval.attendingUnits}` : ''}）`, 'indent'),
      ),
    ],
  };
}

export function approvalDoc(m: Meeting, it: Item, index: number): PrintDoc {
  const a = it.approval;
  const materials = it.attachments
    .map((x) => `${ATTACHMENT_KINDS[x.kind]}：${x.status === 'provided' ? `已提供（${x.title || x.fileName}${x.riskLevel ? `，${RISK_LEVELS[x.riskLevel]}` : ''}）` : `无需提供（${x.reason}）`}`)
    .join('\n');
  return {
    title: '议题审批表',
    ...(secrecyText(a.secrecy) ? { secrecy: secrecyText(a.secrecy) } : {}),
    blocks: [
      kv([
        ['会议', `${m.name}（${MEETING_KINDS[m.kind]}）`],
        ['议题名称', `${itemLabel(index)}：${a.title}`],
        ['提出单位', a.proposingUnit],
        ['汇报人', a.presenter],
        ['列席单位', a.attendingUnits],
        ['密级', secrecyText(a.secrecy) || '非密'],
        ['分管领导意见', a.leaderOpinion],
        ['前置材料', materials],
      ]),
    ],
  };
}

export function explanationDoc(it: Item): PrintDoc {
  const blocks: PrintBlock[] = [];
  let n = 0;
  for (const k of Object.keys(EXPLANATION_SECTIONS) as ExplanationSection[]) {
    const body = it.explanation[k].trim();
    if (!body) continue;
    blocks.push({ kind: 'heading', level: 1, numbering: `${cnNumber(++n)}、`, text: EXPLANATION_SECTIONS[k] });
    for (const para of body.split(/\n+/)) if (para.trim()) blocks.push(p(para.trim(), 'indent'));
  }
  return { title: `关于${itemSubject(it.approval.title)}的说明`, blocks };
}

/** One ballot per voting member (each on its own page): every agenda item, the choices (VOTE_OPTIONS), a line for reasons. */
export function ballotDoc(m: Meeting, items: Item[]): PrintDoc {
  const blocks: PrintBlock[] = [];
  m.members.forEach((member, mi) => {
    if (mi > 0) blocks.push({ kind: 'pageBreak' }, p('表\u3000决\u3000票', 'center'), blank);
    blocks.push(p(`${m.name}\u3000${dateCn(m.date)}`, 'center'));
    blocks.push(p(`表决人：${member}`));
    blocks.push({
      kind: 'table',
      header: [['议题', '表决意见（在□内打√）', '理由']],
      rows: items.map((it, i) => [`${cnNumber(i + 1)}、${it.approval.title}`, VOTE_OPTIONS.map((v) => `□${v}`).join('\n'), '\n\n\n']),
      widths: [3, 2, 3],
    });
    blocks.push(p('表决人签字：\u3000\u3000\u3000\u3000\u3000\u3000日期：\u3000\u3000年\u3000月\u3000日'));
  });
  return { title: '表\u3000决\u3000票', blocks };
}

/** Times are Beijing time whatever zone the laptop is set to, as on the signature pages (shared chineseDateTime). */
export function registerDoc(m: Meeting, copies: PacketCopy[]): PrintDoc {
  const versions = [...new Set(copies.map((c) => c.version))].sort((a, b) => a - b);
  return {
    title: '会议材料分发回收登记表',
    blocks: [
      p(`${m.name}（${dateCn(m.date)}），密级：${secrecyText(m.secrecy) || '非密'}，材料版本：${(versions.length ? versions : [m.version]).map((v) => `第${v}版`).join('、')}，时间为北京时间`),
      {
        kind: 'table',
        header: [['份号', '领取人', '版本', '分发时间', '领取签字', '收回时间', '收回签字']],
        rows: copies.map((c) => [copyNumber(c.copyNo), c.recipient, `第${c.version}版`, chineseDateTime(c.issuedAt), '', c.returnedAt ? chineseDateTime(c.returnedAt) : '未收回', '']),
        // In points at the table's 12 pt, less 6.5 pt of padding and rules each: the time columns hold the widest
        // date, "2026年12月14日" (7 characters), on one line, the time under it (date and time side by side would leave
        // no room for the rest); 领取人 a name of 5 characters ("办公室张秘书" takes two lines); 份号 its 6 digits; 版本
        // "第1版"; the signature columns their 4-character heads.
        widths: [43, 67, 38, 91.5, 55.5, 91.5, 56],
      },
      p(`共${copies.length}份，已收回${copies.filter((c) => c.returnedAt).length}份。`),
    ],
  };
}

export function recordDoc(m: Meeting, items: Item[], r: MeetingRecord): PrintDoc {
  const blocks: PrintBlock[] = [
    kv([
      ['时间', r.startedAt || dateCn(m.date)],
      ['地点', m.place],
      ['主持人', m.chair],
      ['出席', r.present.join('、')],
      ['缺席', r.absent.map((a) => `${a.name}${a.reason ? `（${a.reason}）` : ''}`).join('、') || '无'],
      ['列席', r.attending.join('、') || '无'],
      ['记录人', m.recorder],
    ]),
  ];
  items.forEach((it, i) => {
    const ri = r.items.find((x) => x.itemId === it.itemId);
    blocks.push({ kind: 'heading', level: 1, numbering: `${cnNumber(i + 1)}、`, text: it.approval.title });
    if (!ri) {
      blocks.push(p('（未记录）', 'indent'));
      return;
    }
    if (ri.recusals.length) blocks.push(p(`回避：${ri.recusals.map((x) => `${x.name}${x.reason ? `（${x.reason}）` : ''}`).join('、')}`, 'indent'));
    // In the order of the 出席 list, not the order the positions were picked in.
    const order = (n: string) => (r.present.indexOf(n) + 1 || Infinity);
    const positions = [...ri.positions].sort((a, b) => order(a.name) - order(b.name));
    if (positions.length) blocks.push({ kind: 'table', header: [['成员', '表态', '意见']], rows: positions.map((x) => [x.name, POSITIONS[x.position], x.remarks]), widths: [2, 2, 5] });
    if (ri.dissent.trim()) blocks.push(p(`不同意见（原话）：“${ri.dissent.trim()}”`, 'indent'));
    blocks.push(p(`主持人归纳：${ri.decision ? DECISIONS[ri.decision] : '（未定）'}${ri.decisionText ? `。${ri.decisionText}` : ''}`, 'indent'));
  });
  // The signing line never opens a page alone (GB/T 9704's 落款): it takes the record's last lines with it.
  blocks.push(blank, p(`记录人：${m.recorder}\u3000\u3000主持人：${m.chair}`, 'right', true));
  return { title: `${m.name}\n会议记录`, ...(secrecyText(m.secrecy) ? { secrecy: secrecyText(m.secrecy) } : {}), blocks };
}

/**
 * A 纪要 records what the meeting decided on each 议题 it studied: with none on the agenda there is nothing to record,
 * and a 纪要 "研究了等事项" going to the archive would read as a paper with its matters lost. Refused, with the way on.
 */
export const noMinutesWithoutItems = () =>
  fault('MEETING_EMPTY_AGENDA', '本次会议没有列入议程的议题，纪要无事项可记，未生成纪要。请先将议题列入议程，会后记录各议题的表态和决定后再生成纪要。');

/**
 * 纪要 (GB/T 9704 §10.3): the red 版头 — 纪要标志 "XX党组会纪要" and, under it, 期号 and issuer with date, then the red
 * separator line — then the body by item, and 出席/请假/列席 at the end.
 */
export function minutesDoc(m: Meeting, items: Item[], r: MeetingRecord, issuer: string, issueNo?: number): PrintDoc {
  if (!items.length) throw noMinutesWithoutItems();
  const kind = MEETING_KINDS[m.kind];
  // An issuer already naming a meeting ("…第5次党组会议", "…党组会") takes 纪要 as it is: no "党组会议党组会纪要".
  const mark = `${/会议?$/.test(issuer.trim()) ? issuer.trim() : `${issuer.trim()}${kind}`}纪要`;
  const blocks: PrintBlock[] = [
    p(`${dateCn(m.date)}，${m.chair}主持召开${MEETING_KINDS[m.kind]}，研究了${items.map((it) => it.approval.title).join('、')}等事项。现纪要如下：`, 'indent'),
  ];
  items.forEach((it, i) => {
    const ri = r.items.find((x) => x.itemId === it.itemId);
    blocks.push({ kind: 'heading', level: 1, numbering: `${cnNumber(i + 1)}、`, text: `关于${itemSubject(it.approval.title)}` });
    const decided = ri?.decision ? `会议${DECISIONS[ri.decision]}${it.approval.title}。` : '会议对该议题进行了研究。';
    blocks.push(p(`会议听取了${it.approval.proposingUnit || '有关单位'}的汇报。${decided}${ri?.decisionText ? sentence(ri.decisionText) : ''}`, 'indent'));
    if (ri?.recusals.length) blocks.push(p(`${ri.recusals.map((x) => x.name).join('、')}同志对本议题回避。`, 'indent'));
  });
  blocks.push(
    blank,
    p(`出席：${(r.present.length ? r.present : m.members).join('、')}`),
    ...(r.absent.length ? [p(`请假：${r.absent.map((a) => `${a.name}${a.reason ? `（${a.reason}）` : ''}`).join('、')}`)] : []),
    ...(r.attending.length || m.attendees.length ? [p(`列席：${(r.attending.length ? r.attending : m.attendees).join('、')}`)] : []),
    p(`记录：${m.recorder}`, 'left', true),
  );
  return {
    title: mark,
    // 期号 only when given: a blank 期号 on paper going to the archive reads as a form never filled in.
    masthead: { mark, lines: [...(issueNo ? [`〔${m.date.slice(0, 4)}〕第${issueNo}期`] : []), `${issuer}\u3000\u3000\u3000\u3000${dateCn(m.date)}`] },
    ...(secrecyText(m.secrecy) ? { secrecy: secrecyText(m.secrecy) } : {}),
    blocks,
  };
}
