import { useCallback, useEffect, useState } from 'react';
import { Alert, Spin, Tabs } from 'antd';
import type { SelectionState } from '../../shared/scoring/selection';
import { request, errorText } from '../api/client';
import { useCase } from './CaseContext';
import { SetupTab } from './selection/SetupTab';
import { ReviewTab } from './selection/ReviewTab';
import { MemberTab } from './selection/MemberTab';
import { ResultsTab } from './selection/ResultsTab';

/** 评分: operator selection — set-up, qualification and conformity review, each member's declaration and sheet, results. */
export function SelectionPage() {
  const { caseId } = useCase();
  const [state, setState] = useState<SelectionState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState('setup');
  const reload = useCallback(async () => {
    try {
      setState(await request('selection.state', { caseId }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [caseId]);
  useEffect(() => void reload(), [reload, tab]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!state) return <Spin />;
  const props = { state, reload };
  return (
    <>
      {state.committeeWarnings.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="评审委员会组成检查" data-testid="selection-committee-warnings"
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{state.committeeWarnings.map((w) => <li key={w}>{w}</li>)}</ul>} />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'setup', label: '评分办法与申报单位', children: <SetupTab {...props} /> },
          { key: 'review', label: '资格与符合性审查', children: <ReviewTab {...props} /> },
          { key: 'member', label: '回避声明与评分', children: <MemberTab {...props} /> },
          { key: 'results', label: '汇总与排名', children: <ResultsTab {...props} /> },
        ]}
      />
    </>
  );
}

export interface TabProps {
  state: SelectionState;
  reload(): Promise<void>;
}
