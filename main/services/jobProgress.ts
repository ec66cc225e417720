/** Where a long job is, for a progress bar: `step` is Chinese text a user reads ("读取第 3 页，共 200 页"). */
export interface JobProgress {
  step: string;
  done: number;
  total: number;
}
export type ReportProgress = (p: JobProgress) => void;
