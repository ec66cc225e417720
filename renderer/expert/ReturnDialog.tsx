import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { ApiError, errorText, request } from '../api/client';
import { saveOutput, toFileRef } from '../api/files';
import { useAppInfo } from '../AppContext';
import type { KitDraft } from '../../shared/api/kits';
import type { Entry } from './KitVerdicts';
import type { KitView } from './kitView';

export interface WrittenReturn {
  fileName: string;
  sha256: string;
  savedTo: string;
  contents: { verdicts: number; recusal: boolean; scores: boolean; memo: boolean };
}

/** “审查意见 12 项、回避声明、评分表、意见书签名”: what a return carries, in words. */
export const contentsText = (c: WrittenReturn['contents']) =>
  [c.verdicts ? `审查意见 ${c.verdicts} 项` : '', c.recusal ? '回避声明' : '', c.scores ? '评分表' : '', c.memo ? '意见书签名' : ''].filter(Boolean).join('、');

/**
 * 生成回执: signs everything filled in with the expert's own key (the passphrase is asked each time, never kept) and
 * saves the return file: a save dialog under Electron, a download in the browser. A refusal keeps the dialog open.
 */
export function ReturnDialog({ kit, defaultKeyFile, filled, total, commentsWithoutVerdict, flush, onClose, onWritten }: {
  kit: KitView;
  defaultKeyFile: File | null;
  filled: number;
  total: number;
  commentsWithoutVerdict: string[];
  flush(): Promise<Record<string, Entry>>;
  onClose(): void;
  onWritten(w: WrittenReturn, sent: Record<string, Entry>, draft: KitDraft): void;
}) {
  const appInfo = useAppInfo();
  const [form] = Form.useForm<{ passphrase: string }>();
  const [keyFile, setKeyFile] = useState<File | null>(defaultKeyFile);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // What a return written now would carry, after everything typed has reached the service.
  const [draft, setDraft] = useState<KitDraft | null>(null);
  useEffect(() => {
    void flush().then(() => request('experts.kitDraft', { kitId: kit.kitId })).then(setDraft, (e) => setError(errorText(e)));
  }, [flush, kit.kitId]);
  const ready = draft?.ready;
  const nothing = !!ready && !ready.verdicts && !ready.recusal && ready.scores !== 'complete' && !ready.memo;

  const sign = async () => {
    const v = await form.validateFields();
    if (!keyFile) return setError('请选择本人的签名密钥文件（.rdkey）。');
    setBusy(true);
    setError(null);
    try {
      const sent = await flush();
      const r = await request('experts.writeReturn', { kitId: kit.kitId, key: await toFileRef(keyFile), passphrase: v.passphrase });
      const savedTo = await saveOutput(r.file, appInfo.nativeDialogs);
      // Cancelled in the save dialog: the return is not kept anywhere; nothing else changes.
      if (savedTo === null) return setError('未保存回执文件（已取消）。可再次点击“签署并保存回执”。');
      onWritten({ fileName: r.file.fileName, sha256: r.file.sha256, savedTo, contents: r.contents }, sent, await request('experts.kitDraft', { kitId: kit.kitId }));
    } catch (e) {
      setError(e instanceof ApiError || !(e instanceof Error) ? errorText(e) : e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title="生成回执（本人签名）" onCancel={onClose} maskClosable={false} width={600} destroyOnClose
      footer={[
        <Button key="cancel" onClick={onClose}>取消</Button>,
        <Button key="ok" type="primary" loading={busy} disabled={!ready || nothing || ready.scores === 'incomplete'} onClick={() => void sign()} data-testid="return-sign">签署并保存回执</Button>,
      ]}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          回执用 <b>{kit.member.name}</b> 本人的签名密钥签署（SM2/SM3），注明专家包编号和所审文件的 SHA-256；签署后任何改动都会使签名失效。
        </Typography.Paragraph>
        {ready && !nothing && (
          <Alert type="info" showIcon data-testid="return-contents"
            message={<>本次回执将包含：<b>{contentsText({ verdicts: ready.verdicts, recusal: ready.recusal, scores: ready.scores === 'complete', memo: ready.memo })}</b></>}
            description={kit.form && filled < total ? `还有 ${total - filled} 个审查项未填写意见，回执中不包含这些项。` : undefined} />
        )}
        {nothing && <Alert type="warning" showIcon data-testid="return-nothing" message="还没有可签署的内容：请先填写审查意见、回避声明、评分表或意见书签署意见。" />}
        {ready?.scores === 'incomplete' && (
          <Alert type="warning" showIcon data-testid="return-gaps"
            message={`评分表尚未评完，不能签署：${ready.gaps.slice(0, 8).join('、')}${ready.gaps.length > 8 ? ` 等 ${ready.gaps.length} 项` : ''}。请补全，或清空评分后只签署其他内容。`} />
        )}
        {commentsWithoutVerdict.length > 0 && (
          <Alert type="warning" showIcon data-testid="return-orphan-comments"
            message={`以下审查项写了说明但未选择意见，说明不会进入回执：${commentsWithoutVerdict.join('、')}`} />
        )}
        <Form form={form} name="write-return" layout="vertical" onFinish={() => void sign()} requiredMark={false}>
          <Form.Item label="签名密钥文件" htmlFor="return-key-button">
            <Button id="return-key-button" icon={<KeyOutlined />} onClick={() => document.getElementById('return-key-input')?.click()} data-testid="return-key-button">
              {keyFile ? keyFile.name : '选择本人密钥文件（.rdkey）'}
            </Button>
            <input id="return-key-input" type="file" accept=".rdkey,.json" hidden style={{ display: 'none' }} data-testid="return-key-file" onChange={(e) => { setKeyFile(e.target.files?.[0] ?? null); e.target.value = ''; }} />
          </Form.Item>
          <Form.Item label="密钥口令" name="passphrase" rules={[{ required: true, message: '请输入本人签名密钥的口令' }]}>
            <Input.Password autoFocus autoComplete="off" data-testid="return-passphrase" style={{ maxWidth: 320 }} />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon message={error} data-testid="return-error" role="alert" />}
      </Space>
    </Modal>
  );
}
