import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, List, Modal, Space, Tag, Tooltip, Typography, App as AntApp } from 'antd';
import { FileAddOutlined, FolderOpenOutlined, DeleteOutlined, LockOutlined, AuditOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { CASE_TYPES, type RecentCase } from '../../shared/domain/case';
import { request, errorText } from '../api/client';
import { useAppInfo } from '../AppContext';
import { navigate } from '../router';
import { CaseInfoFields } from '../components/CaseInfoFields';
import { NewPassphraseFields } from '../components/PassphraseInput';

export function StartPage() {
  const info = useAppInfo();
  const [recent, setRecent] = useState<RecentCase[]>([]);
  const [creating, setCreating] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const load = useCallback(() => void request('cases.recent', {}).then(setRecent, () => setRecent([])), []);
  useEffect(load, [load]);

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
      {creating && <NewCaseModal onClose={() => setCreating(false)} />}
      {opening !== null && <OpenCaseModal initialPath={opening} onClose={() => setOpening(null)} />}
    </div>
  );
}

function PathField({ mode }: { mode: 'open' | 'save' }) {
  const info = useAppInfo();
  const form = Form.useFormInstance();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Form.Item name="path" noStyle rules={mode === 'open' ? [{ required: true, message: '请填写案卷文件位置' }] : []}>
        <Input placeholder={mode === 'save' ? `留空则保存到 ${info.defaultCaseDir}` : '案卷文件的完整路径，如 D:\\评审\\某方案.rdcase'} data-testid="case-path" />
      </Form.Item>
      {info.nativeDialogs && (
        <Button
          onClick={async () => {
            const { path } = await request('files.chooseCasePath', { mode, defaultPath: form.getFieldValue('path') || info.defaultCaseDir });
            if (path) form.setFieldValue('path', path);
          }}
        >
          浏览…
        </Button>
      )}
    </Space.Compact>
  );
}

function NewCaseModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const s = await request('cases.create', {
        info: { title: v.title, caseType: v.caseType, jurisdiction: v.jurisdiction, implementingAgency: v.implementingAgency ?? '' },
        passphrase: v.passphrase,
        passphraseConfirm: v.passphraseConfirm,
        path: v.path?.trim() || undefined,
      });
      navigate({ page: 'case', caseId: s.caseId, module: 'info' });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="新建评审案卷" okText="创建案卷" cancelText="取消" onOk={submit} onCancel={onClose} confirmLoading={busy} width={640} maskClosable={false} okButtonProps={{ 'data-testid': 'create-submit' }}>
      <Form form={form} name="new-case" layout="vertical" initialValues={{ caseType: 'plan_review', jurisdiction: 'national' }} requiredMark>
        <CaseInfoFields />
        <Form.Item label="保存位置">
          <PathField mode="save" />
        </Form.Item>
        <NewPassphraseFields />
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="form-error" />}
    </Modal>
  );
}

function OpenCaseModal({ initialPath, onClose }: { initialPath: string; onClose: () => void }) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = AntApp.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const s = await request('cases.open', { path: v.path.trim(), passphrase: v.passphrase });
      if (!s.auditIntact) message.warning('注意：该案卷的审计日志校验未通过，文件可能在评审台之外被改动过。');
      navigate({ page: 'case', caseId: s.caseId, module: 'info' });
    } catch (e) {
      setError(errorText(e));
      form.setFieldValue('passphrase', '');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="打开案卷" okText="打开" cancelText="取消" onOk={submit} onCancel={onClose} confirmLoading={busy} maskClosable={false} okButtonProps={{ 'data-testid': 'open-submit' }}>
      <Form form={form} name="open-case" layout="vertical" initialValues={{ path: initialPath }} onFinish={submit}>
        <Form.Item label="案卷文件">
          <PathField mode="open" />
        </Form.Item>
        <Form.Item label="案卷口令" name="passphrase" rules={[{ required: true, message: '请输入案卷口令' }]}>
          <Input.Password autoFocus autoComplete="current-password" onPressEnter={submit} data-testid="open-passphrase" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="form-error" />}
    </Modal>
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
