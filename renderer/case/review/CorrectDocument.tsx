import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Typography, App as AntApp } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';
import type { AppContract, ResponseOf } from '../../../shared/api/index';
import { DOCUMENT_ROLES, blockText, type DocumentRole } from '../../../shared/domain/document';

type Got = ResponseOf<AppContract['documents.get']>;

/** How many blocks the start can be chosen among: a wrapper never reaches further. */
const CHOICES = 80;

/**
 * Correcting what the reader found before the review runs: the document's own title, where it starts (what is above is
 * the wrapper — a website header, a 征求意见 notice — and is never evidence) and its role. Audited in the case.
 */
export function CorrectDocument({ caseId, got, onSaved }: { caseId: string; got: Got; onSaved(g: Got): void }) {
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ title: string; bodyStart: number; role: DocumentRole; reason: string }>();
  const { message } = AntApp.useApp();
  const { extracted, document: d, version: v } = got;

  const save = async () => {
    const f = await form.validateFields();
    setSaving(true);
    try {
      const res = await request('documents.correct', { caseId, versionId: v.versionId, title: f.title, bodyStart: f.bodyStart, role: f.role !== d.role ? f.role : undefined, reason: f.reason ?? '' });
      message.success('已更正；重新审查后生效，意见书将使用更正后的标题。');
      setOpen(false);
      onSaved(res);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="correct-document">
        更正标题和正文起点
      </Button>
      <Modal title="更正文件的标题、正文起点和类别" open={open} onCancel={() => setOpen(false)} onOk={save} confirmLoading={saving} okText="保存更正" cancelText="取消" width={640} destroyOnHidden>
        <Typography.Paragraph type="secondary">
          从网站复制的文件常带有网站页眉、征求意见公告、附件信息等。正文起点之前的内容会标为“文首附带内容”，不作为审查依据。
        </Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ title: extracted.title, bodyStart: extracted.bodyStart ?? 0, role: d.role, reason: '' }}>
          <Form.Item name="title" label="文件标题" rules={[{ required: true, whitespace: true, message: '请填写文件自己的标题' }]}>
            <Input maxLength={200} data-testid="correct-title" />
          </Form.Item>
          <Form.Item name="bodyStart" label="正文从哪一段开始（通常是文件标题所在段）">
            <Select
              data-testid="correct-start"
              options={extracted.blocks.slice(0, CHOICES).map((b, i) => ({ value: i, label: `第 ${i + 1} 段：${blockText(b).replace(/\s+/g, ' ').slice(0, 40)}` }))}
            />
          </Form.Item>
          <Form.Item name="role" label="文件类别">
            <Select options={Object.entries(DOCUMENT_ROLES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="reason" label="更正原因（记入操作记录）">
            <Input maxLength={500} placeholder="如：网站页眉被识别为标题" data-testid="correct-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
