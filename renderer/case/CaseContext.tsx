import { createContext, useContext } from 'react';
import type { CaseSummary } from '../../shared/domain/case';

export interface CaseContextValue {
  caseId: string;
  summary: CaseSummary;
  /** Re-reads the case summary after a change. */
  refresh(): Promise<void>;
}
export const CaseContext = createContext<CaseContextValue | null>(null);
export const useCase = () => useContext(CaseContext)!;
