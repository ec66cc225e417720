import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { Alert, Button, Input, Space, Tag, Typography, App as AntApp } from 'antd';
import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { errorText, request } from '../api/client';
import { toFileRef } from '../api/files';
import type { ExpertSession } from '../../shared/api/kits';

/** Idle minutes before the renderer signs an expert out (the service also expires idle sessions on its own). */
const IDLE_MS = 5 * 60_000;

// The signed-in expert of each open case, shared by the review and scoring pages.
const sessions = new Map<string, ExpertSession>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

export function useExpertSession(caseId: string) {
  const session = useSyncExternalStore(subscribe, () => sessions.get(caseId) ?? null);
  const signOut = useCallback(async () => {
    const s = sessions.get(caseId);
    sessions.delete(caseId);
    emit();
    if (s) await request('experts.signOut', { session: s.sessionId }).catch(() => {});
  }, [caseId]);
  /** After a submission the service has already ended the session: forget it here too. */
  const ended = useCallback(() => {
    sessions.delete(caseId);
    emit();
  }, [caseId]);
  return { session, signOut, ended };
}

/**
 * The bar above anything an expert records: who is signed in (and who operates the laptop), or the sign-in with the
 * expert's own key file and passphrase. Signs out after IDLE_MS without a key press or click.
 */
export function ExpertSignIn({ caseId, onSignedIn }: { caseId: string; onSignedIn?(s: ExpertSession): void }) {
  const { message } = AntApp.useApp();
  const { session, signOut } = useExpertSession(caseId);
  const [file, setFile] = useState<File | null>(null);
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!session) return;
    let timer = setTimeout(expire, IDLE_MS);
    function expire() {
      void signOut();
      message.info('专家登录因长时间未操作已自动退出。');
    }
    const poke = () => {
      clearTimeout(timer);
      timer = setTimeout(expire, IDLE_MS);
    };
    window.addEventListener('keydown', poke);
    window.addEventListener('mousedown', poke);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', poke);
      window.removeEventListener('mousedown', poke);
    };
  }, [session, signOut, message]);

  const signIn = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const s = await request('experts.signIn', { caseId, key: await toFileRef(file), passphrase: pass });
      sessions.set(caseId, s);
      emit();
      setPass('');
      onSignedIn?.(s);
      message.success(`${s.name} 已登录`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (session) {
    return (
      <Alert type="success" showIcon icon={<LockOutlined />} data-testid="expert-session"
        message={<Space wrap>
          <span>当前登录专家：<b data-testid="expert-name">{session.name}</b></span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>密钥指纹 {session.fingerprint.slice(0, 19)}…</Typography.Text>
          <Tag>操作人：{session.operator}</Tag>
        </Space>}
        action={<Button size="small" icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="expert-sign-out">退出登录</Button>} />
    );
  }
  return (
    <Alert type="info" showIcon data-testid="expert-sign-in"
      message="已登记签名密钥的专家，须本人用密钥登录后才能作回避声明、记录意见、评分和提交；提交后或 5 分钟无操作自动退出。"
      description={<Space wrap>
        <Button size="small" onClick={() => document.getElementById(`expert-key-${caseId}`)?.click()}>{file ? file.name : '选择本人密钥文件'}</Button>
        <input id={`expert-key-${caseId}`} type="file" accept=".rdkey,.json" hidden data-testid="expert-key-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <Input.Password size="small" placeholder="密钥口令" value={pass} onChange={(e) => setPass(e.target.value)} style={{ width: 180 }} data-testid="expert-pass" onPressEnter={() => void signIn()} />
        <Button size="small" type="primary" disabled={!file || !pass} loading={busy} onClick={() => void signIn()} data-testid="expert-sign-in-button">登录</Button>
      </Space>} />
  );
}
