import path from 'node:path';
import { CaseService } from './cases';
import { CommitteeService } from './committee';
import { DocumentService } from './documents';
import { stopWorkers } from './worker';
import { MemoService, optionalContent } from './memos/index';
import { selectionSources } from '../../shared/memo/sources';
import { reviewMemoSources } from './memos/reviewContent';
import { SelectionService } from './selection/service';
import { MeetingService } from './meetings/service';
import { FileStaging } from './files';
import { OpenCases } from './openCases';
import { Settings, type KeyValueStore } from './settings';
import { ensureDataDirs } from './dataDir';
import { RulesetStore } from './review/rulesets';
import { ReviewService } from './review/service';
import { HolidayStore } from './deadlines/holidays';
import { DeadlineService } from './deadlines/service';
import { PriceService } from './price/service';
import { OcrService } from './ocr';
import { JobRegistry } from './jobs';
import { ExpertSessions } from './kits/session';
import { ExpertRecords } from './kits/submissions';
import { KitExporter, type BidSource } from './kits/export';
import { KitStatusService } from './kits/status';
import { KitImporter } from './kits/import';
import { ExpertDesk } from './kits/return';
import { appRoot } from './appRoot';
import { REVIEW_KINDS, type ReviewKind } from '../../shared/review/ruleset';

/** What only the Electron shell can do; the loopback host and the CLI pass `null`. */
export interface NativeDialogs {
  chooseCasePath(mode: 'open' | 'save', defaultPath?: string): Promise<string | null>;
  saveFile(suggestedName: string, data: Uint8Array): Promise<string | null>;
  /** Several files into one folder the user picks (a new subfolder `folderName` in it); the folder's path or null. */
  saveFiles(folderName: string, files: { name: string; data: Uint8Array }[]): Promise<string | null>;
  /** Shows a PDF in a print window (the PDF viewer) and opens the system print dialog for it. */
  printPdf(name: string, data: Uint8Array): Promise<void>;
}

export interface ServiceOptions {
  dataDir: string;
  settingsStore: KeyValueStore;
  appVersion: string;
  dialogs: NativeDialogs | null;
}

/** The composition root of the business: every transport (IPC, loopback host, CLI) builds its services here. */
export function createServices(opts: ServiceOptions) {
  const dirs = ensureDataDirs(opts.dataDir);
  const settings = new Settings(opts.settingsStore);
  const openCases = new OpenCases();
  const files = new FileStaging(dirs.tmp);
  const cases = new CaseService({ openCases, settings, defaultCaseDir: dirs.cases, appVersion: opts.appVersion });
  const committee = new CommitteeService({ openCases, settings });
  const documents = new DocumentService({ openCases, settings, files });
  const templatesDir = path.resolve(process.env.REVIEW_DESK_TEMPLATES_DIR ?? path.join(appRoot(), 'templates'));
  const rulesets = new RulesetStore({ bundledDir: path.join(templatesDir, 'rulesets'), importedDir: path.join(dirs.dataDir, 'rulesets') });
  const holidays = new HolidayStore({ importedDir: path.join(dirs.dataDir, 'holidays') });
  const deadlines = new DeadlineService({ openCases, settings, cases, holidays, files, templatesDir });
  const deadlineContext = (caseId: string | null, j: string) => deadlines.checkContext(caseId, j);
  // Who records what under a member's name (issue 13): consulted by review and selection before they write.
  const experts = new ExpertSessions({ openCases, settings, committee });
  const review = new ReviewService({ openCases, settings, cases, committee, files, documents, rulesets, deadlineContext, experts });
  // A member sees an applicant's 申报材料 (imported with that applicant's name as bidder) only after declaring.
  const bidDocuments = {
    forApplicant: (caseId: string, name: string) =>
      documents.list(caseId).filter((d) => d.role === 'bid' && d.bidder === name).map((d) => ({ documentId: d.documentId, title: d.title })),
  };
  const selection = new SelectionService({ openCases, settings, committee, files, templatesDir, bidDocuments, experts });
  // What goes into a kit for an applicant: the current version of each of its bid documents, with its SHA-256.
  const bids: BidSource = (caseId, name) =>
    documents.list(caseId).filter((d) => d.role === 'bid' && d.bidder === name).flatMap((d) => {
      const v = d.versions[d.versions.length - 1];
      return v ? [{ name: d.title, sha256: v.sha256, document: documents.get(caseId, v.versionId).extracted }] : [];
    });
  // The memo's subject is the title of the document its review read (the memo prints that run's findings), as the
  // documents module holds it (one place, user-correctable); before any review, the latest document of that role.
  const reviewedDocument = (caseId: string, role: string) => {
    const docs = documents.list(caseId).filter((d) => d.role === role);
    const run = role in REVIEW_KINDS ? review.reviewed(caseId, role as ReviewKind) : null;
    if (!run) return { title: docs.at(-1)?.title ?? null };
    const read = run.sha256 ? docs.find((d) => d.versions.some((v) => v.sha256 === run.sha256)) : undefined;
    return { title: read?.title ?? (run.title || null), ...(run.unlike ? { caution: `最近一次审查的是“${run.documentName}”：${run.unlike.replace(/请确认.*$/, '')}意见书将写入该次审查的结果。如审查错了文件，请先在“合规审查”页选择正确的文件重新审查，再生成意见书。` } : {}) };
  };
  // A member who recused from the selection (财库〔2016〕198号 art. 16) took no part: they do not sign its report.
  const notSigning = (caseId: string) => {
    if (cases.summary(caseId).caseType !== 'operator_selection') return new Map<string, string>();
    let members: { memberId: string; recusal: { applicantName: string; relation: string } | null }[];
    try {
      members = selection.state(caseId).members;
    } catch {
      return new Map<string, string>(); // no scoring set up yet: nobody has recused
    }
    return new Map(members.flatMap((m) => (m.recusal ? [[m.memberId, `已回避（与${m.recusal.applicantName}：${m.recusal.relation}）`] as const] : [])));
  };
  const memos = new MemoService({ openCases, settings, cases, committee, templatesDir, reviewedDocument, notSigning });
  memos.addProvider(optionalContent('REVIEW_NOT_RUN', (caseId, ctx) => reviewMemoSources((kind) => review.memoContent(caseId, kind), (kind) => review.kinds(caseId).includes(kind), ctx)));
  memos.addProvider(optionalContent(null, (caseId) => (cases.summary(caseId).caseType === 'operator_selection' ? selectionSources(selection.reportContent(caseId)) : {})));
  const price = new PriceService({ openCases, settings, cases, templatesDir });
  memos.addProvider(optionalContent(null, (caseId) => price.memoSources(caseId)));
  return {
    ...opts,
    dirs,
    settings,
    openCases,
    files,
    cases,
    committee,
    documents,
    memos,
    rulesets,
    review,
    selection,
    holidays,
    deadlines,
    price,
    ocr: new OcrService({ openCases, settings, documents }),
    // Progress and cancel of the long jobs a user waits for (import, packets), polled like OCR.
    jobs: new JobRegistry(),
    experts,
    expertRecords: new ExpertRecords({ openCases, sessions: experts, review }),
    // Expert kits (专家包) out, returns (回执) in; the desk is the expert's side, on their own laptop.
    kitExporter: new KitExporter({ openCases, settings, committee, review, selection, memos, bids }),
    kitImporter: new KitImporter({ openCases, settings, review, selection, bids }),
    kitStatus: new KitStatusService({ openCases, committee, selection }),
    expertDesk: new ExpertDesk({ operator: () => settings.userName() }),
    meetings: new MeetingService({ openCases, settings, files, documents, memos, templatesDir, calendar: () => holidays.calendar() }),
    templatesDir,
    shutdown() {
      openCases.closeAll();
      stopWorkers();
    },
  };
}
export type Services = ReturnType<typeof createServices>;

export { appRoot } from './appRoot';
