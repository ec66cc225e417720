import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider, message, type ConfigProviderProps } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

/** The app's font stack; styles.css repeats it for the parts drawn without antd (keep the two equal). */
const FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/**
 * antd's theme, locale and App context (message, modal) around every part of the app drawn with antd: an open case,
 * the expert's screen, the start page's dialogs. It is not in the first bundle: the start page itself is plain React
 * and CSS (StartPage.tsx), so a cold start evaluates neither antd nor its runtime styles before the first paint; this
 * module comes with the first chunk that needs it, or with the idle prefetch (App.tsx).
 */
export function AntShell({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider {...config}>
      <AntApp message={MESSAGES}>{children}</AntApp>
    </ConfigProvider>
  );
}

// A quick run of saves (a score sheet filled cell by cell) would otherwise stack one toast per save over the table
// being filled; the newest three are all a reader takes in.
const MESSAGES = { maxCount: 3 };

const config: ConfigProviderProps = {
  locale: zhCN,
  // antd puts a space between two-character Chinese button labels ("打 开"); official UIs do not.
  button: { autoInsertSpace: false },
  theme: {
    token: {
      fontFamily: FONT_FAMILY,
      colorPrimary: '#9a2a2a',
      borderRadius: 4,
      // No open/close animations. antd hides a closed modal or drawer only when its CSS animation reports its end;
      // when that event is lost (closing while it is still opening, a busy machine) the closed dialog stays on
      // screen, invisible or not, over the page, and the page no longer takes clicks (seen with 无需提供 in
      // meetings). Without motion a dialog's visibility follows React state alone; on old office PCs it is also faster.
      motion: false,
    },
  },
};

// antd's static message (a notice that outlives the dialog it comes from: the page changes right after) in the same
// theme and locale.
ConfigProvider.config({ holderRender: (children) => <ConfigProvider {...config}>{children}</ConfigProvider> });
message.config(MESSAGES);

