import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Layout, Menu, Spin, Tag, Tooltip } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import type { CaseSummary } from '../../shared/domain/case';
import { CASE_TYPES, JURISDICTIONS } from '../../shared/domain/case';
import { request, errorText } from '../api/client';
import { navigate } from '../router';
import { CaseContext } from './CaseContext';
import { CASE_MODULES } from './modules';
import { KeptModules } from './KeptModules';
import { forgetPdfs } from './documents/PdfPages';

export function CaseLayout({ caseId, module }: { caseId: string; module: string }) {
  const [summary, setSummary] = useState<CaseSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setSummary(await request('cases.get', { caseId }));
    } catch (e) {
      setError(errorText(e));
    }
  }, [caseId]);
  useEffect(() => void refresh(), [refresh]);
  useEffect(() => () => forgetPdfs(caseId), [caseId]);
  // One context value per summary: a tab switch re-renders this layout, and must not re-render every kept module.
  const context = useMemo(() => (summary ? { caseId, summary, refresh } : null), [caseId, summary, refresh]);
  const content = useRef<HTMLElement>(null);
  const scroller = useCallback(() => content.current, []);

  if (error)
    return (
      <Alert type="warning" showIcon style={{ margin: 48 }} message={error} action={<Button onClick={() => navigate({ page: 'start' })}>返回首页</Button>} />
    );
  if (!summary || !context) return <Spin size="large" style={{ display: 'block', marginTop: 120 }} />;
  const current = CASE_MODULES.find((m) => m.key === module) ?? CASE_MODULES[0];

  const close = async () => {
    await request('cases.close', { caseId });
    navigate({ page: 'start' });
  };

  return (
    <CaseContext.Provider value={context}>
      <Layout style={{ height: '100%' }}>
        <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #eee' }} className="rd-no-print">
          <div style={{ padding: '16px 20px', fontSize: 20, fontWeight: 700, color: '#9a2a2a', letterSpacing: 4 }}>评审台</div>
          <Menu
            mode="inline"
            selectedKeys={[current.key]}
            items={CASE_MODULES.map((m) => ({ key: m.key, icon: m.icon, label: m.label }))}
            onClick={({ key }) => navigate({ page: 'case', caseId, module: key })}
            data-testid="case-sidebar"
          />
        </Layout.Sider>
        <Layout>
          <div className="rd-case-header rd-no-print">
            <LockOutlined style={{ color: '#9a2a2a' }} />
            <span className="title" data-testid="case-header-title">{summary.title}</span>
            <Tag>{CASE_TYPES[summary.caseType]}</Tag>
            <Tag>{JURISDICTIONS[summary.jurisdiction]}</Tag>
            {summary.auditIntact ? (
              <Tooltip title="审计日志哈希链校验通过">
                <SafetyCertificateOutlined style={{ color: '#389e0d' }} />
              </Tooltip>
            ) : (
              <Tooltip title="审计日志校验未通过：文件可能在评审台之外被改动过">
                <WarningOutlined style={{ color: '#cf1322' }} />
              </Tooltip>
            )}
            <Button onClick={close} data-testid="close-case">
              关闭案卷
            </Button>
          </div>
          <Layout.Content className="rd-content" ref={content}>
            <KeptModules modules={CASE_MODULES} current={current.key} scroller={scroller} />
          </Layout.Content>
        </Layout>
      </Layout>
    </CaseContext.Provider>
  );
}
