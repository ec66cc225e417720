import type { SelectionState } from '../../../shared/scoring/selection';

/** What each tab of the 专家抽取 page gets: the selection as loaded, and a way to load it again after a change. */
export interface TabProps {
  state: SelectionState;
  reload(): Promise<void>;
}
