import type { Item, Meeting } from '../../../shared/domain/meeting';
import { loadFonts } from '../../docs/fonts';
import { docxToPdf } from './attachments';
import { assemble, layoutToc, numberedCopies, type BuiltPacket, type PacketPart } from './packet';
import { renderPartPdf } from './paper';
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
}

/**
 * The packet in order: cover, TOC, agenda, per item its 审批表, 说明 and attachments, then the ballots. Runs in a
 * worker thread (workerTasks 'meetings.packet') so a 300-page packet does not freeze the window.
 */
export async function composePacket(input: PacketInput): Promise<BuiltPacket & { copies: Uint8Array[] }> {
  const { meeting, agenda } = input;
  const fonts = loadFonts(input.templatesDir);
  const parts: PacketPart[] = [
    { title: '封面', level: 1, inToc: false, pdf: await renderPartPdf(coverDoc(meeting, agenda), fonts, { fontNote: true }) },
    { title: '目录', level: 1, inToc: false },
    { title: '会议议程', level: 1, inToc: true, pdf: await renderPartPdf(agendaDoc(meeting, agenda), fonts) },
  ];
  for (const [i, it] of agenda.entries()) {
    parts.push({ title: `${itemLabel(i)}：${it.approval.title}`, level: 1, inToc: true });
    parts.push({ title: '议题审批表', level: 2, inToc: true, pdf: await renderPartPdf(approvalDoc(meeting, it, i), fonts) });
    parts.push({ title: '议题说明', level: 2, inToc: true, pdf: await renderPartPdf(explanationDoc(it), fonts) });
    let n = 0;
    for (const a of it.attachments) {
      const f = input.files[a.attachmentId];
      if (a.status !== 'provided' || !f) continue;
      const pdf = f.docx ? await docxToPdf(Buffer.from(f.bytes), a.title, fonts) : f.bytes;
      parts.push({ title: `附件${++n}：${a.title}`, level: 2, inToc: true, pdf });
    }
  }
  parts.push({ title: '表决票', level: 1, inToc: true, pdf: await renderPartPdf(ballotDoc(meeting, agenda), fonts) });
  const laid = await layoutToc(parts, 1, async (entries) => renderPartPdf(tocDoc(entries), fonts));
  parts[1].pdf = laid.toc;
  const built = await assemble(parts, `${meeting.name} 会议材料`, fonts);
  const copies = input.recipients?.length ? await composeCopies({ base: built.pdf, recipients: input.recipients, templatesDir: input.templatesDir }) : [];
  return { ...built, copies };
}

/** Numbered copies of a built packet, one per recipient, 份号 from 000001. */
export async function composeCopies(p: { base: Uint8Array; recipients: string[]; templatesDir: string }): Promise<Uint8Array[]> {
  const fonts = loadFonts(p.templatesDir);
  return numberedCopies(p.base, p.recipients.map((r, i) => ({ copyNo: String(i + 1).padStart(6, '0'), recipient: r })), fonts);
}
