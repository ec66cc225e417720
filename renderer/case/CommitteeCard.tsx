import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, App as AntApp } from 'antd';
import { MEMBER_KINDS, MEMBER_ROLES, type Member } from '../../shared/domain/committee';
import { ApiError, request, errorText } from '../api/client';
import { useRequestId } from '../api/requestId';
import { useCase } from './CaseContext';

const opts = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

/** 评审委员会: members, and the composition checks (art. 9 / art. 45). Used by plan reviews and selections alike. */
export function CommitteeCard() {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const [members, setMembers] = useState<Member[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [editing, setEditing] = useState<Partial<Member> | null>(null);
  const [form] = Form.useForm();
  const load = useCallback(async () => {
    const r = await request('committee.list', { caseId });
    setMembers(r.members);
    setWarnings(r.warnings);
  }, [caseId]);
  useEffect(() => void load().catch(() => {}), [load]);

  const [saveId, renewSaveId] = useRequestId();
  const open = (m: Partial<Member>) => {
    setEditing(m);
    form.setFieldsValue({ role: 'member', kind: 'expert', unit: '', title: '', expertNo: '', ...m });
  };
  const save = async () => {
    const v = await form.validateFields();
    try {
      await request('committee.save', { caseId, member: { ...v, memberId: editing?.memberId }, requestId: saveId });
      renewSaveId();
      setEditing(null);
      await load();
      message.success('已保存评审委员会成员');
    } catch (e) {
      message.error(errorText(e));
    }
  };
  // A refusal (work on file) or the question (kit out) stays on screen until read: not a passing toast.
  const [refused, setRefused] = useState<string | null>(null);
  const [kitOut, setKitOut] = useState<{ member: Member; text: string; reason: string } | null>(null);
  const remove = async (m: Member, reason = '') => {
    try {
      await request('committee.remove', { caseId, memberId: m.memberId, reason });
      setKitOut(null);
      await load();
      message.success(`已移除 ${m.name}`);
    } catch (e) {
      const code = e instanceof ApiError ? e.error.code : '';
      if (code === 'COMMITTEE_MEMBER_KIT_OUT') setKitOut({ member: m, text: errorText(e), reason: '' });
      else if (code === 'COMMITTEE_MEMBER_HAS_RECORDS') setRefused(errorText(e));
      else message.error(errorText(e));
    }
  };

  return (
    <Card title="评审委员会" style={{ maxWidth: 820, marginTop: 16 }} extra={<Button onClick={() => open({})} data-testid="add-member">添加成员</Button>} data-testid="committee-card">
      {warnings.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="组成检查" description={<ul style={{ margin: 0, paddingLeft: 18 }}>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>} data-testid="committee-warnings" />}
      <Table
        size="small"
        rowKey="memberId"
        pagination={false}
        dataSource={members}
        locale={{ emptyText: '尚未添加成员' }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '单位', dataIndex: 'unit' },
          { title: '职称', dataIndex: 'title' },
          { title: '专家编号', dataIndex: 'expertNo' },
          { title: '角色', dataIndex: 'role', render: (v: Member['role'], m) => `${MEMBER_ROLES[v]}${m.kind === 'purchaser_rep' ? '（采购人代表）' : ''}` },
          {
            title: '', width: 120,
            render: (_, m) => (
              <Space>
                <a onClick={() => open(m)}>修改</a>
                <Popconfirm title={`移除 ${m.name}？`} onConfirm={() => remove(m)} okText="移除" cancelText="取消"><a>移除</a></Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={!!refused} title="不能移除该成员" onOk={() => setRefused(null)} onCancel={() => setRefused(null)} okText="知道了" cancelButtonProps={{ style: { display: 'none' } }} data-testid="member-remove-refused">
        <Alert type="warning" showIcon message={refused} />
      </Modal>
      <Modal open={!!kitOut} title={`移除 ${kitOut?.member.name ?? ''}：专家包尚未交回`} okText="确认移除" cancelText="取消" okButtonProps={{ danger: true, disabled: !kitOut?.reason.trim() }}
        onOk={() => kitOut && void remove(kitOut.member, kitOut.reason)} onCancel={() => setKitOut(null)} data-testid="member-remove-kit-out">
        <Alert type="warning" showIcon message={kitOut?.text} style={{ marginBottom: 12 }} />
        <Input.TextArea rows={2} maxLength={500} placeholder="移除理由（记入操作记录），如：专家因病无法参加评审" value={kitOut?.reason ?? ''}
          onChange={(e) => setKitOut((k) => (k ? { ...k, reason: e.target.value } : k))} data-testid="member-remove-reason" />
      </Modal>
      <Modal open={!!editing} title={editing?.memberId ? '修改成员' : '添加成员'} onOk={save} onCancel={() => setEditing(null)} okText="保存" cancelText="取消" forceRender>
        <Form form={form} name="committee-member" layout="vertical">
          <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50 }]}><Input data-testid="member-name" /></Form.Item>
          <Form.Item label="单位" name="unit"><Input data-testid="member-unit" /></Form.Item>
          <Form.Item label="职称" name="title"><Input /></Form.Item>
          <Form.Item label="专家编号" name="expertNo"><Input /></Form.Item>
          <Space size="large">
            <Form.Item label="角色" name="role"><Select options={opts(MEMBER_ROLES)} style={{ width: 140 }} data-testid="member-role" /></Form.Item>
            <Form.Item label="身份" name="kind"><Select options={opts(MEMBER_KINDS)} style={{ width: 160 }} data-testid="member-kind" /></Form.Item>
          </Space>
        </Form>
      </Modal>
    </Card>
  );
}
