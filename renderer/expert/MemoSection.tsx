import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Radio, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { ApiError, errorText, request } from '../api/client';
import { printOutput } from '../api/files';
import { useAppInfo } from '../AppContext';
import type { KitDraft } from '../../shared/api/kits';
import { groupedHash, type KitView } from './kitView';

type Decision = 'agree' | 'dissent' | 'none';

/**
 * The memo version to sign through the kit: read the exact PDF, then agree, or dissent with written reasons (87号令
 * art. 58: a dissenter signs with reasons). The signature itself is made with the return.
 */
export function MemoSection({ kit, draft, onDraft }: { kit: KitView; draft: KitDraft | null; onDraft(d: KitDraft): void }) {
  const m = kit.memo!;
  const appInfo = useAppInfo();
  const [decision, setDecision] = useState<Decision>(draft?.memo?.decision ?? 'none');
  const [reasons, setReasons] = useState(draft?.memo?.reasons ?? '');
  const [error, setError] = useState<string | null>(null);

  const send = async (d: Decision, why: string) => {
    if (d === 'dissent' && !why.trim()) return;
    try {
      onDraft(await request('experts.kitMemo', { kitId: kit.kitId, decision: d === 'none' ? null : d, reasons: d === 'dissent' ? why : '' }));
      setError(null);
    } catch (e) {
      setError(`${e instanceof ApiError ? e.message : errorText(e)}（您的选择和理由仍保留在屏幕上）`);
    }
  };
  const read = async () => {
    try {
      await printOutput((await request('experts.kitMemoPdf', { kitId: kit.kitId })).file, appInfo.nativeDialogs);
    } catch (e) {
      setError(e instanceof ApiError || !(e instanceof Error) ? errorText(e) : e.message);
    }
  };

  return (
    <Card size="small" title={`签署意见书 · ${m.label}`} data-testid="kit-memo"
      extra={draft?.ready.memo ? <Tag color="green" data-testid="kit-memo-recorded">{draft.memo?.decision === 'dissent' ? '持不同意见签署' : '同意签署'}，随回执签名</Tag> : <Tag>尚未决定</Tag>}>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}
        items={[
          { key: 't', label: '标题', children: m.title },
          { key: 'v', label: '版本', children: `第 ${m.version} 版${m.pages ? `，共 ${m.pages} 页` : ''}` },
          { key: 'h', label: 'PDF SHA-256', span: 2, children: <Typography.Text code style={{ fontSize: 12 }}>{groupedHash(m.pdfSha256)}</Typography.Text> },
        ]} />
      <Button icon={<FilePdfOutlined />} onClick={() => void read()} data-testid="kit-memo-read" style={{ marginBottom: 12 }}>阅读意见书 PDF</Button>
      <div>
        <div className="rd-kit-label" id="kit-memo-decision-label">本人意见</div>
        <Radio.Group aria-labelledby="kit-memo-decision-label" value={decision} data-testid="kit-memo-decision"
          onChange={(e) => { setDecision(e.target.value); void send(e.target.value, reasons); }}
          options={[{ value: 'agree', label: '同意，签署' }, { value: 'dissent', label: '有不同意见，签署并写明理由' }, { value: 'none', label: '暂不签署' }]} />
      </div>
      {decision === 'dissent' && (
        <div style={{ marginTop: 8 }}>
          <label htmlFor="kit-memo-reasons" className="rd-kit-label">不同意见及理由（必填）</label>
          <Input.TextArea id="kit-memo-reasons" autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} value={reasons} status={reasons.trim() ? undefined : 'error'}
            onChange={(e) => setReasons(e.target.value)} onBlur={() => void send('dissent', reasons)} data-testid="kit-memo-reasons" />
        </div>
      )}
      {error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={error} role="alert" />}
    </Card>
  );
}
