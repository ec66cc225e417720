import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Modal, Row, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { MEETING_KINDS, MEETING_STATUS, SECRECY_LEVELS, type Meeting } from '../../shared/domain/meeting';
import { errorText, request } from '../api/client';
import { useRequestId } from '../api/requestId';
import { useCase } from './CaseContext';
import { PacketCard } from './meetings/PacketCard';
import { ItemCard } from './meetings/ItemCard';
import { RecordCard } from './meetings/RecordCard';
import { opts, type Detail } from './meetings/common';

/** 会议材料: meetings, agenda items with their 审批表, 说明 and attachments, the gate, the packet and copies, lock, record. */
export function MeetingsPage() {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const [meetings, setMeetings] = useState<Meeting[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  // One id per save and per added item: the server creates once however often the same one is sent.
  const [saveId, renewSaveId] = useRequestId();
  const [addItemId, renewAddItemId] = useRequestId();
  const [changeReason, setChangeReason] = useState('');

  const loadList = useCallback(async () => {
    const r = await request('meetings.list', { caseId });
    setMeetings(r.meetings);
    setCurrent((c) => c ?? r.meetings[0]?.meetingId ?? null);
  }, [caseId]);
  const load = useCallback(async () => {
    if (current) setDetail(await request('meetings.get', { caseId, meetingId: current }));
    else setDetail(null);
  }, [caseId, current]);
  useEffect(() => void loadList().catch((e) => message.error(errorText(e))), [loadList, message]);
  useEffect(() => void load().catch((e) => message.error(errorText(e))), [load, message]);

  const held = detail?.meeting.status === 'held';
  const reason = held ? { changeReason } : {};
  /** Runs an action, shows its error in Chinese, and reloads. */
  const act = useCallback(async (fn: () => Promise<unknown>, ok?: string) => {
    try {
      await fn();
      if (ok) message.success(ok);
      await load();
      return true;
    } catch (e) {
      message.error({ content: errorText(e), duration: 8 });
      return false;
    }
  }, [load, message]);

  return (
    <div style={{ maxWidth: 1100 }} data-testid="meetings-page">
      <Card
        title="会议材料（三重一大）"
        extra={<Button type="primary" onClick={() => setEditing('new')} data-testid="meeting-new">新建会议</Button>}
      >
        {meetings.length === 0 ? (
          <Empty description="还没有会议。新建会议后添加议题、填写审批表和议题说明、附上材料，再生成会议材料。" />
        ) : (
          <Space wrap>
            <Select
              style={{ minWidth: 360 }}
              value={current ?? undefined}
              onChange={setCurrent}
              data-testid="meeting-select"
              options={meetings.map((m) => ({ value: m.meetingId, label: `${m.date} ${m.name}（${MEETING_STATUS[m.status]}）` }))}
            />
            {detail && (
              <>
                <Tag color={held ? 'red' : 'blue'} data-testid="meeting-status">{MEETING_STATUS[detail.meeting.status]}</Tag>
                <Typography.Text type="secondary">第 {detail.meeting.version} 版</Typography.Text>
                <Button onClick={() => setEditing(detail.meeting)}>会议信息</Button>
                {!held && (
                  <Button danger data-testid="meeting-lock" onClick={() => Modal.confirm({
                    title: '标记为已上会？',
                    content: '标记后议题和材料即锁定；之后的任何修改都须填写理由，并作为新版本记录。',
                    okText: '标记已上会',
                    onOk: () => act(() => request('meetings.lock', { caseId, meetingId: detail.meeting.meetingId }), '已标记为已上会，材料已锁定'),
                  })}>标记已上会</Button>
                )}
              </>
            )}
          </Space>
        )}
        {held && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            message="该会议已上会，材料已锁定"
            description={
              <Space direction="vertical" style={{ width: '100%' }}>
                <span>如确需修改，请先填写修改理由；每次修改都作为新版本记录，原版本留存备查。</span>
                <Input placeholder="修改理由" value={changeReason} onChange={(e) => setChangeReason(e.target.value)} data-testid="change-reason" maxLength={500} />
                {detail!.versions.length > 0 && (
                  <span>历次修改：{detail!.versions.map((v) => `第${v.version}版→第${v.version + 1}版（${v.actor}，${dayjs(v.at).format('MM-DD HH:mm')}）：${v.reason}`).join('；')}</span>
                )}
              </Space>
            }
          />
        )}
      </Card>

      {detail && (
        <>
          {detail.items.map((it, i) => (
            <ItemCard key={it.itemId} index={i} item={it} meeting={detail.meeting} act={act} reason={reason} />
          ))}
          <AddItem onAdd={async (title, linked) => (await act(() => request('meetings.addItem', { caseId, meetingId: detail.meeting.meetingId, title, linkedToCase: linked, requestId: addItemId, ...reason }), '已添加议题')) && (renewAddItemId(), true)} />
          <PacketCard detail={detail} act={act} />
          <RecordCard detail={detail} act={act} />
        </>
      )}

      {editing && (
        <MeetingForm
          meeting={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSave={async (m) => {
            try {
              const saved = await request('meetings.save', { caseId, meeting: m, requestId: saveId, ...(editing !== 'new' && held ? { changeReason } : {}) });
              renewSaveId();
              setEditing(null);
              setCurrent(saved.meetingId);
              await loadList();
              await load();
              message.success('会议信息已保存');
            } catch (e) {
              message.error({ content: errorText(e), duration: 8 });
            }
          }}
        />
      )}
    </div>
  );
}


function MeetingForm({ meeting, onClose, onSave }: { meeting: Meeting | null; onClose: () => void; onSave: (m: Parameters<typeof request<'meetings.save'>>[1]['meeting']) => Promise<void> | void }) {
  const [form] = Form.useForm();
  // 保存 is busy (and ignores further clicks) until the save has finished: a double click must not create two meetings.
  const [saving, setSaving] = useState(false);
  return (
    <Modal open title={meeting ? '会议信息' : '新建会议'} onCancel={onClose} okText="保存" width={680} confirmLoading={saving}
      onOk={async () => {
        if (saving) return;
        const v = await form.validateFields();
        setSaving(true);
        try {
          await onSave({ ...v, meetingId: meeting?.meetingId, date: (v.date as dayjs.Dayjs).format('YYYY-MM-DD') });
        } finally {
          setSaving(false);
        }
      }}
      okButtonProps={{ 'data-testid': 'meeting-save' } as Record<string, string>}
    >
      <Form form={form} name="meeting" layout="vertical" initialValues={meeting ? { ...meeting, date: dayjs(meeting.date.slice(0, 10)) } : { kind: 'party_group', secrecy: 'internal', explanationLimit: 1500, date: dayjs(), members: [], attendees: [] }}>
        <Form.Item label="会议名称" name="name" rules={[{ required: true, message: '请填写会议名称' }]}><Input data-testid="meeting-name" placeholder="如：2026年第3次党组会" /></Form.Item>
        <Row gutter={12}>
          <Col span={8}><Form.Item label="会议类型" name="kind"><Select options={opts(MEETING_KINDS)} /></Form.Item></Col>
          <Col span={8}><Form.Item label="日期" name="date" rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={8}><Form.Item label="密级" name="secrecy"><Select options={opts(SECRECY_LEVELS)} /></Form.Item></Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}><Form.Item label="地点" name="place"><Input data-testid="meeting-place" /></Form.Item></Col>
          <Col span={12}><Form.Item label="主持人" name="chair"><Input data-testid="meeting-chair" /></Form.Item></Col>
        </Row>
        <Form.Item label="参会成员（有表决权，回车添加）" name="members"><Select mode="tags" open={false} data-testid="meeting-members" /></Form.Item>
        <Form.Item label="列席人员（无表决权）" name="attendees"><Select mode="tags" open={false} /></Form.Item>
        <Row gutter={12}>
          <Col span={12}><Form.Item label="记录人" name="recorder"><Input /></Form.Item></Col>
          <Col span={12}><Form.Item label="议题说明字数上限" name="explanationLimit"><InputNumber min={100} max={20000} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  );
}

function AddItem({ onAdd }: { onAdd: (title: string, linked: boolean) => Promise<boolean> }) {
  const [title, setTitle] = useState('');
  const [linked, setLinked] = useState(true);
  return (
    <Card size="small" style={{ marginTop: 16 }}>
      <Space wrap>
        <Input style={{ width: 460 }} placeholder="议题名称，如：关于市公共数据授权运营实施方案的议题" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="item-title-new" />
        <Switch checked={linked} onChange={setLinked} checkedChildren="关联本案卷" unCheckedChildren="独立议题" />
        <Button type="primary" disabled={!title.trim()} data-testid="item-add" onClick={async () => (await onAdd(title.trim(), linked)) && setTitle('')}>添加议题</Button>
      </Space>
    </Card>
  );
}
