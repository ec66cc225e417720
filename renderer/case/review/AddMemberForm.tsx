import { Button, Form, Input, Radio, App as AntApp } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';

/**
 * Adds experts from the review page itself while the committee is small: the first one as 组长 or 成员, then more
 * (up to five; the 基本信息 page holds the full committee).
 */
export function AddMemberForm({ caseId, count, onAdded }: { caseId: string; count: number; onAdded: () => Promise<unknown> }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  if (count >= 5) return null;
  const first = count === 0;
  return (
    <Form form={form} name={first ? 'review-first-member' : 'review-more-members'} layout="inline" style={{ marginBottom: 12 }} data-testid="add-member-form"
      onFinish={async (v) => {
        try {
          await request('committee.save', { caseId, member: { name: v.name, role: first ? v.role : 'member' } });
          form.resetFields();
          await onAdded();
        } catch (e) {
          message.error(errorText(e));
        }
      }}>
      <Form.Item name="name" rules={[{ required: true, message: '请输入专家姓名' }]}><Input placeholder={first ? '专家姓名' : '再添加一位专家'} data-testid="member-name" /></Form.Item>
      {first && <Form.Item name="role" initialValue="chair"><Radio.Group options={[{ value: 'chair', label: '组长' }, { value: 'member', label: '成员' }]} /></Form.Item>}
      <Button htmlType="submit" icon={<PlusOutlined />} data-testid="add-member">添加专家</Button>
    </Form>
  );
}
