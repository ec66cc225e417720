import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, Spin } from 'antd';
import { errorText } from './api/client';
import { earlyAnswer, earlyRead } from './api/early';
import { AppInfoContext, type AppInfo } from './AppContext';
import { useRoute } from './router';
import { StartPage, loadCaseDialogs } from './pages/StartPage';
import { AskUserName } from './components/AskUserName';

// The start page is in the first bundle; an open case (its eight modules, charts, tables, the PDF viewer) and the
// expert's screen are chunks of their own, fetched and compiled while the start page sits idle (`prefetchPages`), so
// the first page waits only for what it shows and opening a case does not wait for a download.
const loadCase = () => import('./case/CaseLayout');
const loadExpert = () => import('./expert/ExpertPage');
const CaseLayout = lazy(() => loadCase().then((m) => ({ default: m.CaseLayout })));
const ExpertPage = lazy(() => loadExpert().then((m) => ({ default: m.ExpertPage })));

/** After the first page is painted, when the browser is idle (or after 2 s at the latest): load the other pages' code. */
function prefetchPages() {
  const go = () => void Promise.all([loadCaseDialogs(), loadCase(), loadExpert()]).catch(() => {});
  if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 2000 });
  else setTimeout(go, 200);
}

const spin = <Spin size="large" style={{ display: 'block', marginTop: 120 }} />;

export function App() {
  const route = useRoute();
  // Usually here before the first render (main.tsx waits a moment for it): then the first render is the start page.
  const [first] = useState(() => earlyAnswer('app.info'));
  const [info, setInfo] = useState<AppInfo | null>(first ?? null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!first) earlyRead('app.info').then(setInfo, (e) => setError(errorText(e)));
  }, [first]);
  useEffect(() => {
    if (!info) return;
    const frame = requestAnimationFrame(() => setTimeout(prefetchPages));
    return () => cancelAnimationFrame(frame);
  }, [info]);
  if (error) return <Alert type="error" showIcon message="无法启动评审台" description={error} style={{ margin: 48 }} />;
  if (!info) return spin;
  return (
    <AppInfoContext.Provider value={info}>
      <Suspense fallback={spin}>
        {route.page === 'case' ? <CaseLayout key={route.caseId} caseId={route.caseId} module={route.module} /> : route.page === 'expert' ? <ExpertPage /> : <StartPage />}
      </Suspense>
      <AskUserName />
    </AppInfoContext.Provider>
  );
}
