import type { AppContract, ResponseOf } from '../../../shared/api/index';

/** What the 会议材料 page and its cards share: the meeting as shown, the way an action runs (a toast, the meeting reloaded). */
export type Detail = ResponseOf<AppContract['meetings.get']>;
export type Act = (fn: () => Promise<unknown>, ok?: string) => Promise<boolean>;
/** Select options from a label map; an empty label (no secrecy level) reads 非密. */
export const opts = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label: label || '非密' }));
