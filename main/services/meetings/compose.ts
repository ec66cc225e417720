import type { Item, Meeting } from '../../../shared/domain/meeting';
import { loadFonts } from '../../docs/fonts';
import type { PrintDoc } from '../../../shared/memo/model';
import { docxToPrintDoc } from './attachments';
import { assemble, layoutToc, numberedCopies, partPageCount, type BuiltPacket, type PacketPart } from './packet';
import { renderPartPdf, renderPartsPdf } from './paper';
import type { ReportProgress } from '../jobProgress';
import { agendaDoc, approvalDoc, ballotDoc, coverDoc, explanationDoc, itemLabel, tocDoc } from './papers';

/** Everything a packet is made of, gathered from the case by the service; JSON-able plus bytes, so it can cross to a worker. */
export interface PacketInput {
  meeting: Meeting;
  agenda: Item[];
  /** Attachment bytes by attachment id; `docx` ones are laid out by the app first. */
  files: Record<string, { bytes: Uint8Array; docx: boolean }>;
  templatesDir: string;
  /** One numbered copy per recipient, made in the same worker (fonts already loaded). */
  recipients?: string[];
  /** 份号 of the first copy: numbers already issued for this meeting are never given out again. */
  firstCopyNo?: number;
}

/**
 * The packet in order: cover, TOC, agenda, per item its 审批表, 说明 and attachments, then the ballots. Runs in a
 * worker thread (workerTasks 'meetings.packet') so a 300-page packet does not freeze the window.
 */
export async function composePacket(input: PacketInput, progress?: ReportProgress): Promise<BuiltPacket & { copies: Uint8Array[] }> {
  const { meeting, agenda } = input;
  // Progress in rough units of work: one per DOCX attachment, 3 per layout pass, 1 for the TOC, 2 for merging, one per copy.
  const docxCount = agenda.reduce((n, it) => n + it.attachments.filter((a) => a.status === 'provided' && input.files[a.attachmentId]?.docx).length, 0);
  const copyCount = input.recipients?.length ?? 0;
  const total = docxCount + 3 + 1 + 3 + 2 + copyCount;
  let done = 0;
  const step = (text: string, units = 0) => progress?.({ step: text, done: (done += units), total });
  step('准备会议材料');
  const fonts = loadFonts(input.templatesDir);
  // Generated parts carry a PrintDoc and are laid out together in one document (each font embedded once);
  // attachment PDFs keep their own bytes and fonts.
  const parts: (PacketPart & { doc?: PrintDoc; fontNote?: boolean })[] = [
    { title: '封面', level: 1, inToc: false, doc: coverDoc(meeting, agenda), fontNote: true },
    { title: '目录', level: 1, inToc: false },
    { title: '会议议程', level: 1, inToc: true, doc: agendaDoc(meeting, agenda) },
  ];
  const TOC = 1;
  for (const [i, it] of agenda.entries()) {
    parts.push({ title: `${itemLabel(i)}：${it.approval.title}`, level: 1, inToc: true });
    parts.push({ title: '议题审批表', level: 2, inToc: true, doc: approvalDoc(meeting, it, i) });
    parts.push({ title: '议题说明', level: 2, inToc: true, doc: explanationDoc(it) });
    let n = 0;
    for (const a of it.attachments) {
      const f = input.files[a.attachmentId];
      if (a.status !== 'provided' || !f) continue;
      const title = `附件${++n}：${a.title}`;
      if (f.docx) {
        step(`排版附件“${a.title}”`);
        parts.push({ title, level: 2, inToc: true, doc: await docxToPrintDoc(Buffer.from(f.bytes), a.title) });
        step(`排版附件“${a.title}”`, 1);
      }
      else parts.push({ title, level: 2, inToc: true, pdf: f.bytes });
    }
  }
  parts.push({ title: '表决票', level: 1, inToc: true, doc: ballotDoc(meeting, agenda) });

  // Pass 1: the generated parts without the TOC, for their page counts; then the TOC settles on them.
  const generatedCounts = async (withToc: boolean) => {
    const idx = parts.flatMap((p, i) => (p.doc && (withToc || i !== TOC) ? [i] : []));
    const r = await renderPartsPdf(idx.map((i) => ({ doc: parts[i].doc!, fontNote: parts[i].fontNote })), fonts);
    const total = await partPageCount(r.pdf);
    const counts = new Map(idx.map((i, k) => [i, (k + 1 < idx.length ? r.starts[k + 1] : total) - r.starts[k]]));
    return { pdf: r.pdf, idx, starts: r.starts, counts };
  };
  step('排版封面、议程、审批表和表决票（第一遍，计算页数）');
  const first = await generatedCounts(false);
  step('排版目录', 3);
  const counts = await Promise.all(parts.map((p, i) => (first.counts.has(i) ? first.counts.get(i)! : p.pdf ? partPageCount(p.pdf) : 0)));
  const laid = await layoutToc(parts, counts, TOC, async (entries) => renderPartPdf(tocDoc(entries), fonts));
  parts[TOC].doc = tocDoc(laid.entries);
  step('排版全部生成页（第二遍，含目录）', 1);
  // Pass 2: all generated parts, TOC included, in one document; each part starts on a new page, so the counts hold.
  const final = await generatedCounts(true);
  for (const [k, i] of final.idx.entries()) {
    const c = final.counts.get(i)!;
    if (c !== (i === TOC ? laid.tocPages : counts[i])) throw new Error('packet parts paginated differently in the final layout');
    parts[i].pages = { from: final.starts[k], count: c };
  }
  step('合并附件并加连续页码', 3);
  const built = await assemble(parts, `${meeting.name} 会议材料`, fonts, final.pdf);
  if (copyCount) step(`生成编号份：第 1 份，共 ${copyCount} 份`, 2);
  const copies = copyCount
    ? await composeCopies({ base: built.pdf, recipients: input.recipients!, templatesDir: input.templatesDir, firstCopyNo: input.firstCopyNo }, (k, n) => step(k < n ? `生成编号份：第 ${k + 1} 份，共 ${n} 份` : `已生成 ${n} 份编号份`, 1))
    : [];
  return { ...built, copies };
}

/** Numbered copies of a built packet, one per recipient, 份号 from `firstCopyNo` (000001 for a meeting's first copies). */
export async function composeCopies(p: { base: Uint8Array; recipients: string[]; templatesDir: string; firstCopyNo?: number }, onCopy?: (done: number, total: number) => void): Promise<Uint8Array[]> {
  const fonts = loadFonts(p.templatesDir);
  const first = p.firstCopyNo ?? 1;
  return numberedCopies(p.base, p.recipients.map((r, i) => ({ copyNo: String(first + i).padStart(6, '0'), recipient: r })), fonts, onCopy);
}
