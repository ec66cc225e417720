import { Suspense, useEffect, useState } from 'react';
import { errorText } from './api/client';
import { earlyAnswer, earlyRead } from './api/early';
import { AppInfoContext, type AppInfo } from './AppContext';
import { useRoute } from './router';
import { StartPage, loadCaseDialogs } from './pages/StartPage';
import { inAntShell, loadAntShell } from './inAntShell';

// The first bundle holds the start page, drawn without antd (StartPage.tsx). An open case (its eight modules, charts,
// tables, the PDF viewer), the expert's screen, the start page's dialogs and antd itself are chunks of their own,
// fetched and compiled once the start page is painted and the browser is idle (`prefetchPages`), so the first page
// waits only for what it shows and opening a case does not wait for a download.
const loadCase = () => import('./case/CaseLayout');
const loadExpert = () => import('./expert/ExpertPage');
const loadAskUserName = () => import('./components/AskUserName');
const CaseLayout = inAntShell(() => loadCase().then((m) => m.CaseLayout));
const ExpertPage = inAntShell(() => loadExpert().then((m) => m.ExpertPage));
const AskUserName = inAntShell(() => loadAskUserName().then((m) => m.AskUserName));

/** After the first page is painted, when the browser is idle (or after 2 s at the latest): load the other pages' code. */
function prefetchPages(then: () => void) {
  const go = () => void Promise.all([loadAntShell(), loadCaseDialogs(), loadCase(), loadExpert(), loadAskUserName()]).then(then, () => {});
  if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 2000 });
  else setTimeout(go, 200);
}

// antd's large Spin, drawn with CSS (styles.css): shown only while a page's chunk or a slow host's first answer comes.
const spin = (
  <div className="rd-spin" role="status" aria-label="加载中">
    <i /><i /><i /><i />
  </div>
);

export function App() {
  const route = useRoute();
  // Usually here before the first render (main.tsx waits a moment for it): then the first render is the start page.
  const [first] = useState(() => earlyAnswer('app.info'));
  const [info, setInfo] = useState<AppInfo | null>(first ?? null);
  const [error, setError] = useState<string | null>(null);
  // Set once the other pages' code is loaded; any page but the start page loads it anyway.
  const [prefetched, setPrefetched] = useState(false);
  useEffect(() => {
    if (!first) earlyRead('app.info').then(setInfo, (e) => setError(errorText(e)));
  }, [first]);
  useEffect(() => {
    if (!info) return;
    const frame = requestAnimationFrame(() => setTimeout(() => prefetchPages(() => setPrefetched(true))));
    return () => cancelAnimationFrame(frame);
  }, [info]);
  if (error) {
    return (
      <div className="rd-alert-error" role="alert">
        <b>无法启动评审台</b>
        <div>{error}</div>
      </div>
    );
  }
  if (!info) return spin;
  return (
    <AppInfoContext.Provider value={info}>
      <Suspense fallback={spin}>
        {route.page === 'case' ? <CaseLayout key={route.caseId} caseId={route.caseId} module={route.module} /> : route.page === 'expert' ? <ExpertPage /> : <StartPage />}
      </Suspense>
      {/* Asks for the user's name when a ruling needs it (inside a case only): mounted once antd is loaded anyway. */}
      {(prefetched || route.page !== 'start') && (
        <Suspense fallback={null}>
          <AskUserName />
        </Suspense>
      )}
    </AppInfoContext.Provider>
  );
}
