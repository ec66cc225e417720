import type { ReactNode } from 'react';
import { InfoCircleOutlined, FileTextOutlined, AuditOutlined, CalculatorOutlined, FileDoneOutlined, TeamOutlined, FieldTimeOutlined, MoneyCollectOutlined } from '@ant-design/icons';
import { BasicInfoPage } from './BasicInfoPage';
import { DocumentsPage } from './DocumentsPage';
import { ReviewPage } from './review/ReviewPage';
import { MeetingsPage } from './MeetingsPage';
import { MemosPage } from './MemosPage';
import { SelectionPage } from './SelectionPage';
import { DeadlinesPage } from './DeadlinesPage';
import { PricePage } from './PricePage';

export interface CaseModule {
  key: string;
  label: string;
  icon: ReactNode;
  render(): ReactNode;
}

/** The case sidebar, in order: one page per module. */
export const CASE_MODULES: CaseModule[] = [
  { key: 'info', label: '基本信息', icon: <InfoCircleOutlined />, render: () => <BasicInfoPage /> },
  { key: 'documents', label: '文件', icon: <FileTextOutlined />, render: () => <DocumentsPage /> },
  { key: 'review', label: '合规审查', icon: <AuditOutlined />, render: () => <ReviewPage /> },
  { key: 'scoring', label: '评分', icon: <CalculatorOutlined />, render: () => <SelectionPage /> },
  { key: 'memos', label: '意见书', icon: <FileDoneOutlined />, render: () => <MemosPage /> },
  { key: 'meetings', label: '会议材料', icon: <TeamOutlined />, render: () => <MeetingsPage /> },
  { key: 'deadlines', label: '时限', icon: <FieldTimeOutlined />, render: () => <DeadlinesPage /> },
  { key: 'price', label: '收费测算', icon: <MoneyCollectOutlined />, render: () => <PricePage /> },
];
