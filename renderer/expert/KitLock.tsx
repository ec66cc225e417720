import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { ApiError, errorText, request } from '../api/client';
import { toFileRef } from '../api/files';
import type { KitView } from './kitView';

/** Idle minutes before an open kit hides its contents (as the case's expert sign-in signs out after 5). */
export const KIT_IDLE_MS = 5 * 60_000;

/**
 * True once nobody has pressed a key, clicked, scrolled or touched for KIT_IDLE_MS while `active`; `unlocked()`
 * starts the count again.
 */
export function useIdleLock(active = true) {
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    if (!active || locked) return;
    let timer = setTimeout(() => setLocked(true), KIT_IDLE_MS);
    const poke = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setLocked(true), KIT_IDLE_MS);
    };
    const events = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, poke, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, poke);
    };
  }, [active, locked]);
  return { locked, unlocked: () => setLocked(false) };
}

/**
 * What stays on screen while the kit is locked: no document, finding, verdict or score, only who it is for and the
 * unlock with the secret that opened it. What was filled in is kept (in the service and in the hidden form).
 */
export function KitLock({ kit, kitFile, keyFile, onUnlocked }: { kit: KitView; kitFile: File; keyFile: File | null; onUnlocked(): void }) {
  const [form] = Form.useForm<{ secret: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const byKey = !!keyFile;

  const unlock = async ({ secret }: { secret: string }) => {
    setBusy(true);
    setError(null);
    try {
      const file = await toFileRef(kitFile);
      await request('experts.unlockKit', byKey
        ? { kitId: kit.kitId, file, key: await toFileRef(keyFile!), passphrase: secret }
        : { kitId: kit.kitId, file, code: secret });
      onUnlocked();
    } catch (e) {
      setError(e instanceof ApiError || !(e instanceof Error) ? errorText(e) : e.message);
      form.setFieldValue('secret', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="rd-content" data-testid="kit-locked">
      <Card style={{ maxWidth: 560, margin: '48px auto' }} title={<><LockOutlined /> 专家包已锁定</>}>
        <Typography.Paragraph>
          已 5 分钟无操作，为防他人看到评审内容，专家包内容已隐藏。已填写的意见、评分等仍保留，解锁后继续。
        </Typography.Paragraph>
        <Form form={form} name="kit-unlock" layout="vertical" onFinish={(v) => void unlock(v)} requiredMark={false}>
          <Form.Item name="secret" label={byKey ? `本人签名密钥口令（${keyFile!.name}）` : '专家包口令（秘书当面交付的 20 位口令）'}
            rules={[{ required: true, message: byKey ? '请输入本人签名密钥的口令' : '请输入专家包口令' }]}>
            {byKey
              ? <Input.Password autoComplete="off" autoFocus data-testid="kit-unlock-secret" />
              : <Input autoComplete="off" spellCheck={false} autoFocus data-testid="kit-unlock-secret" style={{ fontFamily: 'monospace' }} />}
          </Form.Item>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="kit-unlock-error" role="alert" />}
          <Button type="primary" htmlType="submit" icon={<UnlockOutlined />} loading={busy} data-testid="kit-unlock">解锁</Button>
        </Form>
      </Card>
    </div>
  );
}
