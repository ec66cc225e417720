import { fault } from '../../shared/api/errors';
import type { CaseStore } from '../store/caseStore';

/** The cases open in this process, by case id. Every module's service reaches its case through here. */
export class OpenCases {
  private readonly byId = new Map<string, CaseStore>();

  add(caseId: string, store: CaseStore) {
    this.byId.set(caseId, store);
  }

  get(caseId: string): CaseStore {
    const store = this.byId.get(caseId);
    if (!store) throw fault('CASE_NOT_OPEN');
    return store;
  }

  findByPath(path: string) {
    for (const [id, s] of this.byId) if (s.path === path) return id;
    return undefined;
  }

  has(caseId: string) {
    return this.byId.has(caseId);
  }

  close(caseId: string) {
    this.byId.get(caseId)?.close();
    this.byId.delete(caseId);
  }

  closeAll() {
    for (const id of [...this.byId.keys()]) this.close(id);
  }
}
