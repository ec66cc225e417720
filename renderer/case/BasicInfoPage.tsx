import { useEffect, useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Table, App as AntApp } from 'antd';
import dayjs from 'dayjs';
import { request, errorText, onRequestDone } from '../api/client';
import { CaseInfoFields } from '../components/CaseInfoFields';
import { useCase } from './CaseContext';
import { useIsShown } from './KeptModules';
import { auditActionText } from '../../shared/domain/audit';
import { CommitteeCard } from './CommitteeCard';

type AuditRow = { seq: number; at: string; actor: string; action: string; detail?: unknown };


export function BasicInfoPage() {
  const { caseId, summary, refresh } = useCase();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [audit, setAudit] = useState<AuditRow[]>([]);
  const { message } = AntApp.useApp();
  const isShown = useIsShown();

  useEffect(() => {
    form.setFieldsValue(summary);
  }, [summary, form]);
  // 操作记录 follows every action (a member added in the card below, a document removed elsewhere), not only this form.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => void request('cases.audit', { caseId, limit: 50 }).then((a) => setAudit(a.entries as AuditRow[]), () => setAudit([]));
    load();
    const off = onRequestDone((method) => {
      // Reads, and the polls of long jobs, change nothing to show.
      if (method === 'cases.audit' || method === 'jobs.status' || method === 'ocr.status') return;
      // Hidden (kept mounted), the page is re-mounted on its next visit after a change: nothing to read now.
      if (!isShown()) return;
      clearTimeout(timer);
      timer = setTimeout(load, 300);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [caseId, isShown]);

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await request('cases.update', { caseId, info: v });
      await refresh();
      message.success('基本信息已保存');
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Card title="基本信息" style={{ maxWidth: 820 }}>
        <Form form={form} name="case-info" layout="vertical" initialValues={summary}>
          <CaseInfoFields />
          <Form.Item label="备注" name="description" rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} data-testid="case-description" />
          </Form.Item>
          <Button type="primary" onClick={save} loading={saving} data-testid="save-info">
            保存
          </Button>
        </Form>
      </Card>
      <CommitteeCard />
      <Card title="案卷文件" style={{ maxWidth: 820, marginTop: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="位置">{summary.path}</Descriptions.Item>
          <Descriptions.Item label="创建时间">{dayjs(summary.createdAt).format('YYYY-MM-DD HH:mm:ss')}</Descriptions.Item>
          <Descriptions.Item label="最近修改">{dayjs(summary.updatedAt).format('YYYY-MM-DD HH:mm:ss')}</Descriptions.Item>
          <Descriptions.Item label="格式版本">{summary.schemaVersion}</Descriptions.Item>
          <Descriptions.Item label="审计日志">{summary.auditIntact ? '哈希链校验通过' : '校验未通过：文件可能在评审台之外被改动过'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="操作记录" style={{ maxWidth: 820, marginTop: 16 }}>
        <Table
          size="small"
          rowKey="seq"
          pagination={{ pageSize: 10 }}
          dataSource={audit}
          data-testid="audit-log"
          columns={[
            { title: '序号', dataIndex: 'seq', width: 70 },
            { title: '时间', dataIndex: 'at', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'), width: 180 },
            { title: '操作人', dataIndex: 'actor', width: 120 },
            { title: '操作', dataIndex: 'action', render: (v: string, e) => auditActionText(v, e.detail) },
          ]}
        />
      </Card>
    </>
  );
}
