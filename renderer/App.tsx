import { useEffect, useState } from 'react';
import { Alert, Spin } from 'antd';
import { request, errorText } from './api/client';
import { AppInfoContext, type AppInfo } from './AppContext';
import { useRoute } from './router';
import { StartPage } from './pages/StartPage';
import { CaseLayout } from './case/CaseLayout';
import { ExpertPage } from './expert/ExpertPage';
import { AskUserName } from './components/AskUserName';

export function App() {
  const route = useRoute();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request('app.info', {}).then(setInfo, (e) => setError(errorText(e)));
  }, []);
  if (error) return <Alert type="error" showIcon message="无法启动评审台" description={error} style={{ margin: 48 }} />;
  if (!info) return <Spin size="large" style={{ display: 'block', marginTop: 120 }} />;
  return (
    <AppInfoContext.Provider value={info}>
      {route.page === 'case' ? <CaseLayout key={route.caseId} caseId={route.caseId} module={route.module} /> : route.page === 'expert' ? <ExpertPage /> : <StartPage />}
      <AskUserName />
    </AppInfoContext.Provider>
  );
}
