import {
  ATTACHMENT_KINDS, DECISIONS, EXPLANATION_SECTIONS, MEETING_KINDS, POSITIONS, RISK_LEVELS, SECRECY_LEVELS, VOTE_OPTIONS,
  copyNumber, type ExplanationSection, type Item, type Meeting, type MeetingRecord, type PacketCopy,
} from '../../../shared/domain/meeting';
import type { Paper, PaperBlock } from './paper';
import type { TocEntry } from './packet';

/** The generated pages of a packet and the after-meeting papers, as PaperBlocks. Wording follows DOMAIN §6. */

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function cnNumber(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
}
export const itemLabel = (i: number) => `议题${cnNumber(i + 1)}`;
const secrecyLine = (m: { secrecy: Meeting['secrecy'] }) => (SECRECY_LEVELS[m.secrecy] ? `${SECRECY_LEVELS[m.secrecy]}★会后收回` : '会后收回');
const dateCn = (d: string) => {
  const [y, mo, da] = d.slice(0, 10).split('-').map(Number);
  return `${y}年${mo}月${da}日${d.length > 10 ? ` ${d.slice(11)}` : ''}`;
};

export function coverPaper(m: Meeting, items: Item[], fontNote: string | null): Paper {
  return {
    title: `${m.name} 会议材料`,
    blocks: [
      // line 1 is left free for the 份号 a numbered copy stamps there
      { t: 'topLeft', lines: [' ', secrecyLine(m)] },
      { t: 'space', lines: 3 },
      { t: 'title', text: m.name },
      { t: 'para', text: `（${MEETING_KINDS[m.kind]}）会议材料`, align: 'center', indent: false, size: 18 },
      { t: 'space', lines: 3 },
      { t: 'kv', rows: [
        ['会议时间', dateCn(m.date)],
        ['会议地点', m.place],
        ['主持人', m.chair],
        ['议题数', `${items.length} 项`],
      ] },
      { t: 'space', lines: 3 },
      { t: 'para', text: '本材料为会议审议用，请勿复制、摘抄、带离会场，会后由会议记录人统一收回。', indent: false, size: 14 },
      ...(fontNote ? [{ t: 'para', text: fontNote, indent: false, size: 10 } as PaperBlock] : []),
    ],
  };
}

export function tocPaper(entries: TocEntry[]): Paper {
  return { title: '目录', blocks: [{ t: 'title', text: '目  录' }, { t: 'toc', entries }] };
}

export function agendaPaper(m: Meeting, items: Item[]): Paper {
  return {
    title: '会议议程',
    blocks: [
      { t: 'title', text: '会议议程' },
      { t: 'para', text: `时间：${dateCn(m.date)}`, indent: false },
      { t: 'para', text: `地点：${m.place}`, indent: false },
      { t: 'para', text: `主持：${m.chair}`, indent: false },
      { t: 'para', text: `出席：${m.members.join('、')}`, indent: false },
      ...(m.attendees.length ? [{ t: 'para', text: `列席：${m.attendees.join('、')}`, indent: false } as PaperBlock] : []),
      { t: 'para', text: `记录：${m.recorder}`, indent: false },
      { t: 'space', lines: 1 },
      ...items.map((it, i): PaperBlock => ({
        t: 'para',
        text: `${cnNumber(i + 1)}、${it.approval.title}（汇报人：${it.approval.presenter || '—'}${it.approval.attendingUnits ? `；列席单位：${it.approval.attendingUnits}` : ''}）`,
      })),
    ],
  };
}

export function approvalPaper(m: Meeting, it: Item, index: number): Paper {
  const a = it.approval;
  const materials = it.attachments
    .map((x) => `${ATTACHMENT_KINDS[x.kind]}：${x.status === 'provided' ? `已提供（${x.title || x.fileName}${x.riskLevel ? `，${RISK_LEVELS[x.riskLevel]}` : ''}）` : `无需提供（${x.reason}）`}`)
    .join('\n');
  return {
    title: `${itemLabel(index)} 议题审批表`,
    blocks: [
      { t: 'topLeft', lines: [SECRECY_LEVELS[a.secrecy] ? `${SECRECY_LEVELS[a.secrecy]}` : ' '] },
      { t: 'title', text: '议题审批表' },
      { t: 'kv', rows: [
        ['会议', `${m.name}（${MEETING_KINDS[m.kind]}）`],
        ['议题名称', `${itemLabel(index)}：${a.title}`],
        ['提出单位', a.proposingUnit],
        ['汇报人', a.presenter],
        ['列席单位', a.attendingUnits],
        ['密级', SECRECY_LEVELS[a.secrecy] || '非密'],
        ['分管领导意见', a.leaderOpinion],
        ['前置材料', materials],
      ] },
    ],
  };
}

export function explanationPaper(it: Item, index: number): Paper {
  const blocks: PaperBlock[] = [{ t: 'title', text: `关于${it.approval.title}的说明` }];
  let n = 0;
  for (const k of Object.keys(EXPLANATION_SECTIONS) as ExplanationSection[]) {
    const body = it.explanation[k].trim();
    if (!body) continue;
    blocks.push({ t: 'heading', text: `${cnNumber(++n)}、${EXPLANATION_SECTIONS[k]}` });
    for (const p of body.split(/\n+/)) if (p.trim()) blocks.push({ t: 'para', text: p.trim() });
  }
  return { title: `${itemLabel(index)} 议题说明`, blocks };
}

/** One ballot per voting member, every agenda item with the four choices and a line for reasons. */
export function ballotPaper(m: Meeting, items: Item[]): Paper {
  const blocks: PaperBlock[] = [];
  m.members.forEach((member, mi) => {
    if (mi > 0) blocks.push({ t: 'pageBreak' });
    blocks.push({ t: 'title', text: '表  决  票' });
    blocks.push({ t: 'para', text: `${m.name}\u3000${dateCn(m.date)}`, align: 'center', indent: false, size: 14 });
    blocks.push({ t: 'para', text: `表决人：${member}`, indent: false, size: 14 });
    blocks.push({
      t: 'table',
      header: true,
      widths: ['*', 150, 120],
      rows: [['议题', '表决意见（在□内打√）', '理由'], ...items.map((it, i) => [`${cnNumber(i + 1)}、${it.approval.title}`, VOTE_OPTIONS.map((v) => `□${v}`).join('\n'), ' \n \n '])],
    });
    blocks.push({ t: 'para', text: '表决人签字：________________\u3000\u3000日期：____年__月__日', indent: false, size: 14 });
  });
  return { title: '表决票', blocks };
}

export function registerPaper(m: Meeting, copies: PacketCopy[]): Paper {
  return {
    title: `${m.name} 会议材料分发回收登记表`,
    blocks: [
      { t: 'title', text: '会议材料分发回收登记表' },
      { t: 'para', text: `${m.name}（${dateCn(m.date)}）\u3000密级：${SECRECY_LEVELS[m.secrecy] || '非密'}\u3000材料版本：第 ${copies[0]?.version ?? m.version} 版`, indent: false, size: 12 },
      {
        t: 'table',
        header: true,
        widths: [46, '*', 76, 56, 76, 56],
        size: 11,
        rows: [
          ['份号', '领取人', '分发时间', '领取签字', '收回时间', '收回签字'],
          ...copies.map((c) => [copyNumber(c.copyNo), c.recipient, c.issuedAt.slice(0, 16).replace('T', ' '), '', c.returnedAt ? c.returnedAt.slice(0, 16).replace('T', ' ') : '未收回', '']),
        ],
      },
      { t: 'para', text: `共 ${copies.length} 份，已收回 ${copies.filter((c) => c.returnedAt).length} 份。`, indent: false, size: 12 },
    ],
  };
}

export function recordPaper(m: Meeting, items: Item[], r: MeetingRecord): Paper {
  const blocks: PaperBlock[] = [
    { t: 'title', text: `${m.name}会议记录` },
    { t: 'kv', rows: [
      ['时间', r.startedAt || dateCn(m.date)],
      ['地点', m.place],
      ['主持人', m.chair],
      ['出席', r.present.join('、')],
      ['缺席', r.absent.map((a) => `${a.name}${a.reason ? `（${a.reason}）` : ''}`).join('、') || '无'],
      ['列席', r.attending.join('、') || '无'],
      ['记录人', m.recorder],
    ] },
  ];
  items.forEach((it, i) => {
    const ri = r.items.find((x) => x.itemId === it.itemId);
    blocks.push({ t: 'heading', text: `${cnNumber(i + 1)}、${it.approval.title}` });
    if (!ri) {
      blocks.push({ t: 'para', text: '（未记录）' });
      return;
    }
    if (ri.recusals.length) blocks.push({ t: 'para', text: `回避：${ri.recusals.map((x) => `${x.name}${x.reason ? `（${x.reason}）` : ''}`).join('、')}` });
    if (ri.positions.length) {
      blocks.push({ t: 'table', header: true, widths: [90, 90, '*'], rows: [['成员', '表态', '意见'], ...ri.positions.map((p) => [p.name, POSITIONS[p.position], p.remarks])] });
    }
    if (ri.dissent.trim()) blocks.push({ t: 'para', text: `不同意见（原话）：“${ri.dissent.trim()}”` });
    blocks.push({ t: 'para', text: `主持人归纳：${ri.decision ? DECISIONS[ri.decision] : '（未定）'}${ri.decisionText ? `。${ri.decisionText}` : ''}` });
  });
  blocks.push({ t: 'space', lines: 1 }, { t: 'para', text: `记录人：${m.recorder}\u3000\u3000主持人：${m.chair}`, align: 'right', indent: false });
  return { title: `${m.name}会议记录`, blocks };
}

/** 纪要 in GB/T 9704 纪要 layout: red 发文机关 title, 期号, red rule, body by item, 出席/列席 at the end. */
export function minutesPaper(m: Meeting, items: Item[], r: MeetingRecord, issuer: string): Paper {
  const blocks: PaperBlock[] = [
    { t: 'topLeft', lines: [SECRECY_LEVELS[m.secrecy] || ' '] },
    { t: 'title', text: `${MEETING_KINDS[m.kind]}纪要`, red: true },
    { t: 'para', text: `〔${m.date.slice(0, 4)}〕第\u3000期`, align: 'center', indent: false },
    { t: 'para', text: `${issuer}\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000${dateCn(m.date)}`, align: 'center', indent: false, size: 14 },
    { t: 'rule', red: true },
    { t: 'para', text: `${dateCn(m.date)}，${m.chair}主持召开${MEETING_KINDS[m.kind]}，研究了${items.map((it) => it.approval.title).join('、')}等事项。纪要如下：` },
  ];
  items.forEach((it, i) => {
    const ri = r.items.find((x) => x.itemId === it.itemId);
    blocks.push({ t: 'heading', text: `${cnNumber(i + 1)}、关于${it.approval.title}` });
    const decided = ri?.decision ? `会议${DECISIONS[ri.decision]}${it.approval.title}。` : '会议对该议题进行了研究。';
    blocks.push({ t: 'para', text: `会议听取了${it.approval.proposingUnit || '有关单位'}的汇报。${decided}${ri?.decisionText ?? ''}` });
    if (ri?.recusals.length) blocks.push({ t: 'para', text: `${ri.recusals.map((x) => x.name).join('、')}同志对本议题回避。` });
  });
  blocks.push(
    { t: 'space', lines: 1 },
    { t: 'para', text: `出席：${r.present.join('、') || m.members.join('、')}`, indent: false },
    ...(r.absent.length ? [{ t: 'para', text: `请假：${r.absent.map((a) => `${a.name}${a.reason ? `（${a.reason}）` : ''}`).join('、')}`, indent: false } as PaperBlock] : []),
    ...((r.attending.length || m.attendees.length) ? [{ t: 'para', text: `列席：${(r.attending.length ? r.attending : m.attendees).join('、')}`, indent: false } as PaperBlock] : []),
    { t: 'para', text: `记录：${m.recorder}`, indent: false },
  );
  return { title: `${m.name}纪要`, blocks };
}
