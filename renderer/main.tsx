// First: sends the start page's reads before React and antd are evaluated (see early.ts).
import { earlyAnswered } from './api/early';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { App } from './App';
import './styles.css';

dayjs.locale('zh-cn');

/** How long the first render waits for the start page's reads; a host that has them at once answers in a few ms. */
const START_READS_WAIT_MS = 200;

// The first render waits a moment for the start page's reads, so that it is the start page itself rather than a
// spinner, then an empty page, then the list (three renders of antd's components on the slowest path of a start).
const render = () => createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <ConfigProvider
      locale={zhCN}
      // antd puts a space between two-character Chinese button labels ("打 开"); official UIs do not.
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
          colorPrimary: '#9a2a2a',
          borderRadius: 4,
          // No open/close animations. antd hides a closed modal or drawer only when its CSS animation reports its end;
          // when that event is lost (closing while it is still opening, a busy machine) the closed dialog stays on
          // screen, invisible or not, over the page, and the page no longer takes clicks (seen with 无需提供 in
          // meetings). Without motion a dialog's visibility follows React state alone; on old office PCs it is also faster.
          motion: false,
        },
      }}
    >
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </React.StrictMode>,
);
void earlyAnswered(START_READS_WAIT_MS).then(render);
