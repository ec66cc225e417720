import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { FolderOpenOutlined, KeyOutlined, UnlockOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, errorText, request } from '../api/client';
import { toFileRef } from '../api/files';
import { asKitView, readKitHead, type KitHead, type KitView } from './kitView';

export type Unlock = 'key' | 'code';

/**
 * Step one on the expert's laptop: pick the kit file, then unlock it with one's own key file and passphrase, or with
 * the one-time kit code the secretary handed over. A refusal says why and keeps everything typed.
 */
export function OpenKitForm({ onOpened }: { onOpened(kit: KitView, keyFile: File | null, kitFile: File): void }) {
  const [form] = Form.useForm<{ passphrase?: string; code?: string }>();
  const [kitFile, setKitFile] = useState<File | null>(null);
  const [head, setHead] = useState<KitHead | null>(null);
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Unlock>('key');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pickKit = async (f: File | undefined) => {
    if (!f) return;
    setKitFile(f);
    setError(null);
    const h = readKitHead(await f.text());
    setHead(h);
    if (h) setMode(h.method === 'sm2' ? 'key' : 'code');
  };

  const open = async () => {
    if (!kitFile) return setError('请先选择秘书交给您的专家包文件（.rdkit）。');
    const v = await form.validateFields();
    if (mode === 'key' && !keyFile) return setError('请选择本人的签名密钥文件（.rdkey）。');
    setBusy(true);
    setError(null);
    try {
      const file = await toFileRef(kitFile);
      const r = await request('experts.openKit', mode === 'key'
        ? { file, key: await toFileRef(keyFile!), passphrase: v.passphrase ?? '' }
        : { file, code: v.code ?? '' });
      onOpened(asKitView(r.kit), mode === 'key' ? keyFile : null, kitFile);
    } catch (e) {
      // An upload that failed before reaching the service carries its own Chinese message.
      setError(e instanceof ApiError || !(e instanceof Error) ? errorText(e) : e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="打开专家包" style={{ maxWidth: 720 }} data-testid="open-kit">
      <Typography.Paragraph type="secondary">
        专家包是秘书为您一人导出的加密文件，内含待审文件、规则集和自动审查结果、您的意见表。打开后内容只在本机内存中，不写入磁盘；
        本机不需要案卷，也不需要案卷口令。
      </Typography.Paragraph>
      <Form form={form} name="open-kit" layout="vertical" onFinish={() => void open()} requiredMark={false}>
        <Form.Item label="专家包文件" htmlFor="kit-file-button" extra={kitFile ? undefined : '通常名为“专家包-姓名-编号.rdkit”'}>
          <Space wrap>
            <Button id="kit-file-button" icon={<FolderOpenOutlined />} onClick={() => document.getElementById('kit-file-input')?.click()} data-testid="kit-file-button">
              {kitFile ? kitFile.name : '选择专家包文件'}
            </Button>
            <input id="kit-file-input" type="file" accept=".rdkit,.json" hidden style={{ display: 'none' }} data-testid="kit-file" onChange={(e) => { void pickKit(e.target.files?.[0]); e.target.value = ''; }} />
            {head && (
              <Typography.Text data-testid="kit-head">
                发给 <b>{head.memberName}</b>
                {head.method === 'sm2' ? '，已加密给其签名密钥' : '，以一次性专家包口令加密'}
                {head.exportedAt ? `，${dayjs(head.exportedAt).format('YYYY-MM-DD HH:mm')} 导出` : ''}
              </Typography.Text>
            )}
          </Space>
        </Form.Item>
        <Form.Item label="解锁方式" htmlFor="kit-unlock-mode">
          <Radio.Group id="kit-unlock-mode" value={mode} onChange={(e) => { setMode(e.target.value); setError(null); }} optionType="button" data-testid="kit-unlock-mode"
            options={[{ value: 'key', label: '本人签名密钥' }, { value: 'code', label: '一次性专家包口令' }]} />
        </Form.Item>
        {mode === 'key' ? (
          <>
            <Form.Item label="签名密钥文件" htmlFor="kit-key-button">
              <Button id="kit-key-button" icon={<KeyOutlined />} onClick={() => document.getElementById('kit-key-input')?.click()} data-testid="kit-key-button">
                {keyFile ? keyFile.name : '选择本人密钥文件（.rdkey）'}
              </Button>
              <input id="kit-key-input" type="file" accept=".rdkey,.json" hidden style={{ display: 'none' }} data-testid="kit-key-file" onChange={(e) => { setKeyFile(e.target.files?.[0] ?? null); e.target.value = ''; }} />
            </Form.Item>
            <Form.Item label="密钥口令" name="passphrase" rules={[{ required: true, message: '请输入本人签名密钥的口令' }]}>
              <Input.Password autoComplete="off" data-testid="kit-passphrase" style={{ maxWidth: 320 }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item label="专家包口令" name="code" extra="秘书当面交给您的 20 位口令，形如 ABCD-EFGH-…，大小写和连字符不限。"
            rules={[{ required: true, message: '请输入秘书当面交付的专家包口令' }]}>
            <Input autoComplete="off" spellCheck={false} data-testid="kit-code-input" style={{ maxWidth: 320, fontFamily: 'monospace' }} />
          </Form.Item>
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="open-kit-error" role="alert" />}
        <Button type="primary" htmlType="submit" icon={<UnlockOutlined />} loading={busy} disabled={!kitFile} data-testid="kit-open">
          解锁并打开
        </Button>
      </Form>
    </Card>
  );
}
