import { useState } from 'react';
import { Button, Input, Modal, Typography, App as AntApp } from 'antd';
import { request, errorText } from '../../api/client';
import type { DocumentSummary } from '../../../shared/api/documents';

/** 删除 with a confirmation that asks for the reason (it goes into 操作记录); the service refuses once a review memo is signed. */
export function RemoveButton({ caseId, document, onRemoved }: { caseId: string; document: DocumentSummary; onRemoved: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { message } = AntApp.useApp();

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await request('documents.remove', { caseId, documentId: document.documentId, reason });
      setOpen(false);
      message.success(`已删除《${document.title}》及其 ${document.versions.length} 个版本`);
      await onRemoved();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" danger onClick={() => { setReason(''); setError(null); setOpen(true); }} data-testid="doc-remove">
        删除
      </Button>
      <Modal
        open={open}
        title={`删除《${document.title}》？`}
        okText="删除"
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy, ...{ 'data-testid': 'doc-remove-confirm' } }}
        cancelText="取消"
        onOk={remove}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          将删除该文件的全部 {document.versions.length} 个版本及其原件（其他地方未引用的）。删除记入操作记录；审查意见书已有专家签署的文件不能删除。
        </Typography.Paragraph>
        <label htmlFor="doc-remove-reason">删除原因</label>
        <Input.TextArea id="doc-remove-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="例如：误导入，与本案无关" data-testid="doc-remove-reason" />
        {error && <Typography.Text type="danger" data-testid="doc-remove-error">{error}</Typography.Text>}
      </Modal>
    </>
  );
}
