import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Button, Card, Empty, Input, List, Modal, Space, Tag, Tooltip, Typography, App as AntApp } from 'antd';
import { FileAddOutlined, FolderOpenOutlined, DeleteOutlined, LockOutlined, AuditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { RecentCase } from '../../shared/domain/case';
import { CASE_TYPES } from '../../shared/domain/caseLabels';
import { request, errorText } from '../api/client';
import { earlyAnswer, earlyRead } from '../api/early';
import { useAppInfo } from '../AppContext';
import { navigate } from '../router';

// The two dialogs (their forms, selects and passphrase meter) load when first opened, or before when the page is idle
// (App.tsx prefetches them): the start page's first bundle holds only what it shows.
export const loadCaseDialogs = () => import('./CaseDialogs');
const NewCaseModal = lazy(() => loadCaseDialogs().then((m) => ({ default: m.NewCaseModal })));
const OpenCaseModal = lazy(() => loadCaseDialogs().then((m) => ({ default: m.OpenCaseModal })));
const ReceivedMemoCheck = lazy(() => import('../components/ReceivedMemoCheck').then((m) => ({ default: m.ReceivedMemoCheck })));

export function StartPage() {
  const info = useAppInfo();
  const [first] = useState(() => earlyAnswer('cases.recent'));
  const [recent, setRecent] = useState<RecentCase[]>(first ?? []);
  const [creating, setCreating] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const load = useCallback(() => void request('cases.recent', {}).then(setRecent, () => setRecent([])), []);
  // The first read was sent when the page's script started (early.ts), and has usually arrived by the first render;
  // later ones ask again.
  useEffect(() => void (first ?? earlyRead('cases.recent').then(setRecent, () => setRecent([]))), [first]);

  return (
    <div className="rd-start">
      <div className="rd-brand">
        <h1>评审台</h1>
        <span>公共数据资源授权运营 · 方案评审 · 协议审查 · 运营机构遴选</span>
      </div>
      <Space size="middle" style={{ marginBottom: 24 }}>
        <Button type="primary" size="large" icon={<FileAddOutlined />} onClick={() => setCreating(true)} data-testid="new-case">
          新建案卷
        </Button>
        <Button size="large" icon={<FolderOpenOutlined />} onClick={() => setOpening('')} data-testid="open-case">
          打开案卷
        </Button>
        <Tooltip title="评审专家在本人电脑上打开秘书导出的专家包，填写意见并签署回执；无需案卷和案卷口令">
          <Button size="large" icon={<AuditOutlined />} onClick={() => navigate({ page: 'expert' })} data-testid="open-kit-start">
            打开专家包
          </Button>
        </Tooltip>
        <Tooltip title="校验收到的已签署意见书 PDF：谁签署、何时、用哪把密钥，签署后是否被改动；不需要打开案卷">
          <Button size="large" icon={<SafetyCertificateOutlined />} onClick={() => setChecking(true)} data-testid="verify-memo-start">
            校验意见书签名
          </Button>
        </Tooltip>
      </Space>
      <Card title="最近的案卷" data-testid="recent-cases">
        {recent.length === 0 ? (
          <Empty description="还没有案卷。新建一个案卷，或打开已有的 .rdcase 文件。" />
        ) : (
          <List
            dataSource={recent}
            renderItem={(r) => (
              <List.Item
                data-testid="recent-item"
                actions={[
                  <Button key="open" type="link" disabled={!r.exists} onClick={() => setOpening(r.path)}>
                    打开
                  </Button>,
                  <Tooltip key="forget" title="从列表中移除（不删除文件）">
                    <Button type="text" icon={<DeleteOutlined />} aria-label="从列表中移除" onClick={() => request('cases.forgetRecent', { path: r.path }).then(load)} />
                  </Tooltip>,
                ]}
              >
                <List.Item.Meta
                  avatar={<LockOutlined style={{ fontSize: 20, color: '#9a2a2a' }} />}
                  title={
                    <Space>
                      <span>{r.fileName}</span>
                      {r.caseType && <Tag>{CASE_TYPES[r.caseType]}</Tag>}
                      {!r.exists && <Tag color="red">文件不在原位置</Tag>}
                    </Space>
                  }
                  description={
                    <Typography.Text type="secondary" ellipsis>
                      {r.path} · 最近打开 {dayjs(r.lastOpenedAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <UserNameLine initial={info.userName} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        数据目录：{info.dataDir}。案卷为加密文件，可复制到其他电脑用口令打开；本程序不联网。
      </Typography.Paragraph>
      <Suspense fallback={null}>
        {creating && <NewCaseModal onClose={() => setCreating(false)} />}
        {opening !== null && <OpenCaseModal initialPath={opening} onClose={() => setOpening(null)} />}
        {checking && (
          <Modal open title="校验收到的意见书 PDF" footer={null} width={720} onCancel={() => setChecking(false)}>
            <ReceivedMemoCheck />
          </Modal>
        )}
      </Suspense>
    </div>
  );
}

/**
 * Who uses this laptop, as the 操作记录 and the printed memos name them (an expert's ruling: 经…核实). It starts as the
 * system's login name (root, Administrator), which no memo should print: the user sets their own name here.
 */
function UserNameLine({ initial }: { initial: string }) {
  const { message } = AntApp.useApp();
  const [name, setName] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  // The app's info was read at start; a name set since (then a case opened and closed) is read again.
  useEffect(() => void request('app.info', {}).then((i) => setName(i.userName), () => {}), []);
  const save = async () => {
    try {
      const r = await request('app.setUserName', { userName: (editing ?? '').trim() });
      setName(r.userName);
      setEditing(null);
      message.success(`本机使用人已改为“${r.userName}”`);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <div style={{ marginTop: 16 }} data-testid="user-name-line">
      {editing === null ? (
        <Typography.Text type="secondary">
          本机使用人：<b data-testid="user-name">{name}</b>（记入操作记录，意见书中改判人等处印出此姓名）
          <Button type="link" size="small" onClick={() => setEditing(name)} data-testid="user-name-edit">修改</Button>
        </Typography.Text>
      ) : (
        <Space>
          <span>本机使用人姓名</span>
          <Input autoFocus maxLength={50} value={editing} onChange={(e) => setEditing(e.target.value)} onPressEnter={() => void save()} style={{ width: 200 }} data-testid="user-name-input" />
          <Button type="primary" disabled={!editing.trim()} onClick={() => void save()} data-testid="user-name-save">保存</Button>
          <Button onClick={() => setEditing(null)}>取消</Button>
        </Space>
      )}
    </div>
  );
}
