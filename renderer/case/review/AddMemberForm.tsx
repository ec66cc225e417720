import { Alert, Button, Form, Input, Radio, App as AntApp } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { request, errorText } from '../../api/client';

/**
 * Adds experts from the review page itself while the committee is small: the first one as 组长 or 成员, then more
 * (up to five; the 基本信息 page holds the full committee). 工作单位 and 职称 are asked here too: the memo's 专家组成员
 * table and 签字表 print them (a blank one prints as 未填写).
 */
export function AddMemberForm({ caseId, count, onAdded, noUnit = [] }: { caseId: string; count: number; onAdded: () => Promise<unknown>; noUnit?: string[] }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const gap = noUnit.length > 0 && (
    <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="members-no-unit"
      message={`${noUnit.join('、')}未填写工作单位：意见书的专家组成员表和签字表将印为“（未填写）”。请在“基本信息”的评审委员会中补充。`} />
  );
  if (count >= 5) return gap || null;
  const first = count === 0;
  return (
    <>
    {gap}
    <Form form={form} name={first ? 'review-first-member' : 'review-more-members'} layout="inline" style={{ marginBottom: 12 }} data-testid="add-member-form"
      onFinish={async (v) => {
        try {
          await request('committee.save', { caseId, member: { name: v.name, unit: v.unit ?? '', title: v.title ?? '', role: first ? v.role : 'member' } });
          form.resetFields();
          await onAdded();
        } catch (e) {
          message.error(errorText(e));
        }
      }}>
      <Form.Item name="name" rules={[{ required: true, message: '请输入专家姓名' }]}><Input placeholder={first ? '专家姓名' : '再添加一位专家'} data-testid="member-name" /></Form.Item>
      <Form.Item name="unit"><Input placeholder="工作单位（印在意见书上）" style={{ width: 220 }} data-testid="member-unit" /></Form.Item>
      <Form.Item name="title"><Input placeholder="职称/职务" style={{ width: 130 }} data-testid="member-title" /></Form.Item>
      {first && <Form.Item name="role" initialValue="chair"><Radio.Group options={[{ value: 'chair', label: '组长' }, { value: 'member', label: '成员' }]} /></Form.Item>}
      <Button htmlType="submit" icon={<PlusOutlined />} data-testid="add-member">添加专家</Button>
    </Form>
    </>
  );
}
