import { useEffect, useRef, useState } from 'react';
import { Alert, Input, Modal } from 'antd';
import { errorText, onUserNameRequired, request } from '../api/client';

/**
 * Asks for the user's own name the first time something is to be printed with it (an expert's ruling, a 代录): the
 * memo must never print the system login (root, Administrator). Saved as the laptop's user name; the request that
 * needed it is then made again, so nothing the user entered is lost.
 */
export function AskUserName() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const answer = useRef<((ok: boolean) => void) | null>(null);
  useEffect(
    () =>
      onUserNameRequired(
        () =>
          new Promise<boolean>((resolve) => {
            answer.current?.(false);
            answer.current = resolve;
            setError(null);
            setOpen(true);
          }),
      ),
    [],
  );
  const finish = (ok: boolean) => {
    setOpen(false);
    answer.current?.(ok);
    answer.current = null;
  };
  const save = async () => {
    if (!name.trim()) return setError('请填写您的姓名。');
    setSaving(true);
    try {
      await request('app.setUserName', { userName: name.trim() });
      finish(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={open} title="请填写您的姓名" okText="保存并继续" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={() => finish(false)} data-testid="ask-user-name">
      <p>这项记录（专家改判、代录等）要连同记录人的姓名印在意见书上。本机还没有填写使用人姓名，不能印系统登录名。</p>
      <Input autoFocus maxLength={50} placeholder="例如：李秘书" value={name} onChange={(e) => setName(e.target.value)} onPressEnter={() => void save()} data-testid="ask-user-name-input" />
      <p style={{ marginTop: 8, color: '#888' }}>保存后记入本机设置，首页“本机使用人”处可修改。取消则这项记录不保存，已保存的内容不变。</p>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}
