import { createContext, useContext } from 'react';
import type { AppContract, ResponseOf } from '../shared/api/index';

export type AppInfo = ResponseOf<AppContract['app.info']>;
export const AppInfoContext = createContext<AppInfo | null>(null);
export const useAppInfo = () => useContext(AppInfoContext)!;
