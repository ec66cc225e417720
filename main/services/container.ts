import fs from 'node:fs';
import path from 'node:path';
import { CaseService } from './cases';
import { CommitteeService } from './committee';
import { MemoService, optionalContent } from './memos/index';
import { reviewSources, selectionSources } from '../../shared/memo/sources';
import { SelectionService } from './selection/service';
import { DocumentService } from './documents';
import { stopWorkers } from './worker';
import { MeetingService } from './meetings/service';
import { FileStaging } from './files';
import { OpenCases } from './openCases';
import { Settings, type KeyValueStore } from './settings';
import { ensureDataDirs } from './dataDir';
import { RulesetStore } from './review/rulesets';
import { ReviewService } from './review/service';

/** What only the Electron shell can do; the loopback host and the CLI pass `null`. */
export interface NativeDialogs {
  chooseCasePath(mode: 'open' | 'save', defaultPath?: string): Promise<string | null>;
  saveFile(suggestedName: string, data: Uint8Array): Promise<string | null>;
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
  const templatesDir = path.resolve(process.env.REVIEW_DESK_TEMPLATES_DIR ?? path.join(appRoot(), 'templates'));
  const rulesets = new RulesetStore({ bundledDir: path.join(templatesDir, 'rulesets'), importedDir: path.join(dirs.dataDir, 'rulesets') });
  const review = new ReviewService({ openCases, settings, cases, committee, files, rulesets });
  const selection = new SelectionService({ openCases, settings, committee, files, templatesDir });
  const memos = new MemoService({ openCases, settings, cases, committee, templatesDir });
  const documents = new DocumentService({ openCases, settings, files });
  memos.addProvider(optionalContent('REVIEW_NOT_RUN', (caseId) => reviewSources(review.memoContent(caseId))));
  memos.addProvider(optionalContent(null, (caseId) => (cases.summary(caseId).caseType === 'operator_selection' ? selectionSources(selection.reportContent(caseId)) : {})));
  return {
    ...opts,
    dirs,
    settings,
    openCases,
    files,
    cases,
    committee,
    memos,
    rulesets,
    review,
    selection,
    templatesDir,
    documents,
    meetings: new MeetingService({ openCases, settings, files, documents, memos, templatesDir, tmpDir: dirs.tmp }),
    shutdown() {
      openCases.closeAll();
      stopWorkers();
    },
  };
}
export type Services = ReturnType<typeof createServices>;

/**
 * The folder that holds package.json and templates/: the Electron shell sets REVIEW_DESK_APP_ROOT to its app path;
 * the CLI, the host and the tests find it by walking up from the script that started them.
 */
export function appRoot(): string {
  if (process.env.REVIEW_DESK_APP_ROOT) return process.env.REVIEW_DESK_APP_ROOT;
  for (const start of [process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : '', process.cwd()]) {
    for (let dir = start; dir && dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'templates')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    }
  }
  return process.cwd();
}
