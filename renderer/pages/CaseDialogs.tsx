import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, message } from 'antd';
import { request, errorText } from '../api/client';
import { useAppInfo } from '../AppContext';
import { navigate } from '../router';
import { CaseInfoFields } from '../components/CaseInfoFields';
import { NewPassphraseFields } from '../components/PassphraseInput';

/**
 * What the start page opens, drawn with antd (a chunk of its own with antd, StartPage.tsx): 新建案卷, 打开案卷, the
 * received memo check and the name editor. Each is drawn in its own AntShell, which goes when it closes: a notice that
 * must outlive it (the page changes right after) is antd's static `message`, themed by antShell.tsx.
 */
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

export function NewCaseModal({ onClose }: { onClose: () => void }) {
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

export function OpenCaseModal({ initialPath, onClose }: { initialPath: string; onClose: () => void }) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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

const ReceivedMemoCheck = lazy(() => import('../components/ReceivedMemoCheck').then((m) => ({ default: m.ReceivedMemoCheck })));

export function MemoCheckModal({ onClose }: { onClose: () => void }) {
  return (
    <Modal open title="校验收到的意见书 PDF" footer={null} width={720} onCancel={onClose}>
      <Suspense fallback={null}>
        <ReceivedMemoCheck />
      </Suspense>
    </Modal>
  );
}

/** 本机使用人 being edited on the start page; `onDone` gets the saved name, or null when cancelled. */
export function UserNameEditor({ initial, onDone }: { initial: string; onDone: (saved: string | null) => void }) {
  const [editing, setEditing] = useState(initial);
  const save = async () => {
    try {
      const r = await request('app.setUserName', { userName: editing.trim() });
      message.success(`本机使用人已改为“${r.userName}”`);
      onDone(r.userName);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Space>
      <span>本机使用人姓名</span>
      <Input autoFocus maxLength={50} value={editing} onChange={(e) => setEditing(e.target.value)} onPressEnter={() => void save()} style={{ width: 200 }} data-testid="user-name-input" />
      <Button type="primary" disabled={!editing.trim()} onClick={() => void save()} data-testid="user-name-save">保存</Button>
      <Button onClick={() => onDone(null)}>取消</Button>
    </Space>
  );
}
