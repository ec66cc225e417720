import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fault } from '../../shared/api/errors';
import { CaseInfoSchema, type CaseInfo, type CaseSummary, type RecentCase } from '../../shared/domain/case';
import { passphraseStrength } from '../../shared/passphrase';
import { CaseStore } from '../store/caseStore';
import type { OpenCases } from './openCases';
import type { Settings } from './settings';
import { recentCases } from './startReads';

export const CASE_EXTENSION = '.rdcase';

export interface CaseServiceDeps {
  openCases: OpenCases;
  settings: Settings;
  defaultCaseDir: string;
  appVersion: string;
  now?: () => Date;
}

type InfoRow = {
  case_id: string; title: string; case_type: string; jurisdiction: string; implementing_agency: string;
  description: string; created_at: string; updated_at: string;
};

/**
 * A neutral file name (评审案卷-20260315.rdcase), never the title: the path lands in settings.json, in clear, and a
 * case's title can itself be confidential. Nothing existing is overwritten.
 */
export function suggestCasePath(dir: string, now = new Date()) {
  const base = `评审案卷-${now.toISOString().slice(0, 10).replace(/-/g, '')}`;
  let candidate = path.join(dir, base + CASE_EXTENSION);
  for (let i = 2; fs.existsSync(candidate); i++) candidate = path.join(dir, `${base}（${i}）${CASE_EXTENSION}`);
  return candidate;
}

export class CaseService {
  private readonly now: () => Date;
  constructor(private readonly deps: CaseServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  private get actor() {
    return this.deps.settings.userName();
  }

  create(req: { info: CaseInfo; passphrase: string; passphraseConfirm: string; path?: string }): CaseSummary {
    if (req.passphrase !== req.passphraseConfirm) throw fault('PASSPHRASE_MISMATCH');
    if (!passphraseStrength(req.passphrase).acceptable) throw fault('PASSPHRASE_TOO_WEAK');
    const info = CaseInfoSchema.parse(req.info);
    let file = req.path ? path.resolve(req.path) : suggestCasePath(this.deps.defaultCaseDir, this.now());
    if (!file.toLowerCase().endsWith(CASE_EXTENSION)) file += CASE_EXTENSION;
    if (!fs.existsSync(path.dirname(file))) throw fault('CASE_LOCATION_UNWRITABLE');
    const store = CaseStore.create(file, req.passphrase);
    const caseId = crypto.randomUUID();
    const at = this.now().toISOString();
    try {
      store.tx(() => {
        store.db
          .prepare(`INSERT INTO case_info (id, case_id, title, case_type, jurisdiction, implementing_agency, description, created_at, updated_at)
                    VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(caseId, info.title, info.caseType, info.jurisdiction, info.implementingAgency, info.description, at, at);
        store.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('createdBy', this.deps.appVersion);
        store.audit(this.actor, 'case.create', { info }, at);
      });
    } catch (e) {
      store.close();
      fs.rmSync(file, { force: true });
      throw e;
    }
    this.deps.openCases.add(caseId, store);
    this.remember(file, info.caseType);
    return this.summary(caseId);
  }

  open(req: { path: string; passphrase: string }): CaseSummary {
    const file = path.resolve(req.path);
    const already = this.deps.openCases.findByPath(file);
    if (already) {
      // The passphrase is checked even here: the caseId is the key to everything in the case (host mode serves many
      // requests, and a wrong passphrase must not learn it).
      CaseStore.verifyPassphrase(file, req.passphrase);
      throw fault('CASE_ALREADY_OPEN', undefined, { caseId: already });
    }
    const store = CaseStore.open(file, req.passphrase);
    const row = store.db.prepare('SELECT case_id FROM case_info WHERE id = 1').get() as { case_id: string } | undefined;
    if (!row) {
      store.close();
      throw fault('CASE_DAMAGED', '案卷缺少基本信息，可能已损坏，无法打开。请使用备份副本。');
    }
    if (this.deps.openCases.has(row.case_id)) {
      store.close();
      throw fault('CASE_ALREADY_OPEN', '同一案卷的另一个副本已经打开，请先关闭它。', { caseId: row.case_id });
    }
    this.deps.openCases.add(row.case_id, store);
    // Recorded with the first change, not on open: a read (case info, a refused import) leaves the file's bytes as they were.
    const at = this.now().toISOString();
    store.beforeFirstWrite = () => store.audit(this.actor, 'case.open', {}, at);
    const s = this.summary(row.case_id);
    this.remember(file, s.caseType);
    return s;
  }

  summary(caseId: string): CaseSummary {
    const store = this.deps.openCases.get(caseId);
    const r = store.db.prepare('SELECT * FROM case_info WHERE id = 1').get() as InfoRow;
    const appVersion = (store.db.prepare("SELECT value FROM meta WHERE key = 'createdBy'").get() as { value: string } | undefined)?.value ?? '';
    return {
      caseId: r.case_id,
      path: store.path,
      title: r.title,
      caseType: r.case_type as CaseSummary['caseType'],
      jurisdiction: r.jurisdiction as CaseSummary['jurisdiction'],
      implementingAgency: r.implementing_agency,
      description: r.description,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
      appVersion,
      auditIntact: store.verifyAudit().intact,
    };
  }

  update(caseId: string, patch: Partial<CaseInfo>): CaseSummary {
    const store = this.deps.openCases.get(caseId);
    const before = this.summary(caseId);
    const next = CaseInfoSchema.parse({ ...before, ...patch });
    const changed = (Object.keys(next) as (keyof CaseInfo)[]).filter((k) => next[k] !== before[k]);
    if (changed.length === 0) return before;
    const at = this.now().toISOString();
    store.tx(() => {
      store.db
        .prepare(`UPDATE case_info SET title = ?, case_type = ?, jurisdiction = ?, implementing_agency = ?, description = ?, updated_at = ? WHERE id = 1`)
        .run(next.title, next.caseType, next.jurisdiction, next.implementingAgency, next.description, at);
      store.audit(this.actor, 'case.update', Object.fromEntries(changed.map((k) => [k, { from: before[k], to: next[k] }])), at);
    });
    return this.summary(caseId);
  }

  close(caseId: string) {
    this.deps.openCases.close(caseId);
    return {};
  }

  recent(): RecentCase[] {
    return recentCases(this.deps.settings);
  }

  forgetRecent(p: string) {
    this.deps.settings.forgetRecent(p);
    return {};
  }

  audit(caseId: string, limit: number) {
    const store = this.deps.openCases.get(caseId);
    return { intact: store.verifyAudit().intact, entries: store.auditEntries(limit) };
  }

  private remember(file: string, caseType: CaseSummary['caseType']) {
    this.deps.settings.touchRecent({ path: file, fileName: path.basename(file), caseType, lastOpenedAt: this.now().toISOString() });
  }
}
