import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, List, Space, Tag, Typography, App as AntApp } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';
import { toFileRef } from '../../api/files';
import type { ResponseOf, AppContract } from '../../../shared/api/index';
import { REVIEW_KINDS } from '../../../shared/review/ruleset';

type RulesetView = ResponseOf<AppContract['review.ruleset']>;

/** View a ruleset (items and red lines with their basis and guidance) and import a new version of one. */
export function RulesetDrawer({ id, open, onClose, onImported }: { id: string; open: boolean; onClose(): void; onImported(): void }) {
  const [view, setView] = useState<RulesetView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { message } = AntApp.useApp();

  useEffect(() => {
    if (!open) return;
    setError(null);
    request('review.ruleset', { id }).then(setView, (e) => setError(errorText(e)));
  }, [id, open]);

  const importFile = async (file: File) => {
    setError(null);
    try {
      const info = await request('review.importRuleset', { file: await toFileRef(file) });
      message.success(`已导入规则集 ${info.name} ${info.version}`);
      onImported();
      setView(await request('review.ruleset', { id: info.id }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Drawer title="规则集" open={open} onClose={onClose} width={720} data-testid="ruleset-drawer"
      extra={
        <>
          <input ref={input} type="file" accept=".yaml,.yml" hidden data-testid="ruleset-file" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} />
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} data-testid="import-ruleset">导入新版本</Button>
        </>
      }>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="ruleset-error" />}
      {view && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="名称">{view.info.name}</Descriptions.Item>
            <Descriptions.Item label="版本">{view.info.version}（{view.info.origin === 'bundled' ? '内置' : '导入'}）</Descriptions.Item>
            <Descriptions.Item label="继承" span={2}>{view.ruleset.lineage.join(' → ')}</Descriptions.Item>
            <Descriptions.Item label="说明" span={2}>{view.info.description}</Descriptions.Item>
          </Descriptions>
          {(['plan', 'agreement'] as const).map((k) => (
            <div key={k}>
              <Typography.Title level={5} style={{ marginTop: 16 }}>{REVIEW_KINDS[k]}应有内容</Typography.Title>
              <List size="small" dataSource={view.ruleset.items.filter((i) => i.kind === k)} renderItem={(i, n) => (
                <List.Item>
                  <List.Item.Meta title={<Space>{n + 1}. {i.title}{i.generic && <Tag>通用</Tag>}</Space>}
                    description={<><div>依据：{i.basis.map((b) => b.label).join('；')}</div><div>{i.guidance}</div></>} />
                </List.Item>
              )} />
            </div>
          ))}
          <Typography.Title level={5} style={{ marginTop: 16 }}>红线</Typography.Title>
          <List size="small" dataSource={view.ruleset.flags} renderItem={(f) => (
            <List.Item>
              <List.Item.Meta title={<Space><Tag color={f.severity === 'red' ? 'red' : 'orange'}>{f.severity === 'red' ? '红线' : '提示'}</Tag>{f.title}<Typography.Text type="secondary">（{f.appliesTo.map((k) => REVIEW_KINDS[k]).join('、')}）</Typography.Text></Space>}
                description={<><div>依据：{f.basis.map((b) => b.label).join('；')}</div><div>{f.guidance}</div></>} />
            </List.Item>
          )} />
        </>
      )}
    </Drawer>
  );
}
