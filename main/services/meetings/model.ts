import type { OutputRef } from '../../../shared/api/files';
import type { Attachment, AttachmentKind, Meeting, PacketCopy, RiskLevel } from '../../../shared/domain/meeting';
import { neutralizeName } from '../../../shared/fileName';
import type { TocEntry } from './packet';

/** The meeting tables' rows, the domain objects read from them, and what the meeting service hands back. */

export type MeetingRow = {
  meeting_id: string; name: string; kind: string; date: string; place: string; chair: string; members: string; attendees: string;
  recorder: string; secrecy: string; explanation_limit: number; status: string; version: number; record: string | null;
  created_at: string; updated_at: string;
};
export type ItemRow = { item_id: string; meeting_id: string; sort: number; linked_to_case: number; on_agenda: number; approval: string; explanation: string };
export type AttRow = {
  attachment_id: string; item_id: string; kind: string; status: string; title: string; reason: string; risk_level: string | null;
  source: string; file_name: string; blob_sha256: string | null; page_count: number | null; sort: number;
};
export type CopyRow = { copy_no: number; recipient: string; version: number; sha256: string; issued_at: string; returned_at: string | null };

export const toMeeting = (r: MeetingRow): Meeting => ({
  meetingId: r.meeting_id, name: r.name, kind: r.kind as Meeting['kind'], date: r.date, place: r.place, chair: r.chair,
  members: JSON.parse(r.members), attendees: JSON.parse(r.attendees), recorder: r.recorder, secrecy: r.secrecy as Meeting['secrecy'],
  explanationLimit: r.explanation_limit, status: r.status as Meeting['status'], version: r.version, createdAt: r.created_at, updatedAt: r.updated_at,
});
export const toAttachment = (r: AttRow): Attachment => ({
  attachmentId: r.attachment_id, kind: r.kind as AttachmentKind, status: r.status as Attachment['status'], title: r.title, reason: r.reason,
  riskLevel: r.risk_level as RiskLevel | null, source: r.source as Attachment['source'], fileName: r.file_name === null ? r.file_name : neutralizeName(r.file_name), sha256: r.blob_sha256,
  pageCount: r.page_count, sort: r.sort,
});
export const toCopy = (r: CopyRow): PacketCopy => ({ copyNo: r.copy_no, recipient: r.recipient, version: r.version, sha256: r.sha256, issuedAt: r.issued_at, returnedAt: r.returned_at });

export interface PacketResult {
  packet: OutputRef;
  pageCount: number;
  toc: TocEntry[];
  copies: (PacketCopy & { output: OutputRef })[];
  register: OutputRef | null;
  warnings: string[];
}

export interface AttachInput {
  kind: AttachmentKind;
  title?: string;
  riskLevel?: RiskLevel | null;
}
