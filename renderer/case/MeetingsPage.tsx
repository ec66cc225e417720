import { useCallback, useEffect, useState } from 'react';
import {
  Alert, App as AntApp, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Modal, Row, Select, Space, Switch, Table, Tag, Typography, Upload,
} from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { AppContract, ResponseOf } from '../../shared/api/index';
import {
  ATTACHMENT_KINDS, DECISIONS, EXPLANATION_SECTIONS, EXPECTED_KINDS, MEETING_KINDS, MEETING_STATUS, POSITIONS, RISK_LEVELS, SECRECY_LEVELS,
  explanationLength, type AttachmentKind, type ExplanationSection, type Item, type Meeting, type MeetingRecord, type RiskLevel,
} from '../../shared/domain/meeting';
import { errorText, request } from '../api/client';
import { useRequestId } from '../api/requestId';
import { printOutput, saveOutput, toFileRef } from '../api/files';
import { useAppInfo } from '../AppContext';
import { useCase } from './CaseContext';
import { PacketCard } from './meetings/PacketCard';

type Detail = ResponseOf<AppContract['meetings.get']>;
const opts = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label: label || '非密' }));

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

type Act = (fn: () => Promise<unknown>, ok?: string) => Promise<boolean>;

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

function ItemCard({ item, index, meeting, act, reason }: { item: Item; index: number; meeting: Meeting; act: Act; reason: { changeReason?: string } }) {
  const { caseId } = useCase();
  const [approval, setApproval] = useState(item.approval);
  const [explanation, setExplanation] = useState(item.explanation);
  useEffect(() => {
    setApproval(item.approval);
    setExplanation(item.explanation);
  }, [item]);
  const count = explanationLength(explanation);
  const over = count > meeting.explanationLimit;
  const dirty = JSON.stringify(approval) !== JSON.stringify(item.approval) || JSON.stringify(explanation) !== JSON.stringify(item.explanation);
  const setA = (k: keyof typeof approval) => (e: { target: { value: string } }) => setApproval({ ...approval, [k]: e.target.value });

  return (
    <Card
      style={{ marginTop: 16 }}
      data-testid={`item-${index}`}
      title={<Space>{`议题${index + 1}`}<span>{item.approval.title}</span>{item.linkedToCase ? <Tag>关联本案卷</Tag> : <Tag>独立议题</Tag>}</Space>}
      extra={
        <Space>
          {item.onAgenda ? <Tag color="green">已列入议程</Tag> : <Tag>未列入议程</Tag>}
          <Button
            data-testid={`item-${index}-agenda`}
            onClick={() => act(() => request('meetings.setOnAgenda', { caseId, itemId: item.itemId, onAgenda: !item.onAgenda, ...reason }), item.onAgenda ? '已撤出议程' : '已列入议程')}
          >
            {item.onAgenda ? '撤出议程' : '列入议程'}
          </Button>
        </Space>
      }
    >
      {item.gate.length > 0 && (
        <Alert type="error" showIcon data-testid={`item-${index}-gate`} message="暂不能列入议程" description={<ul style={{ margin: 0, paddingLeft: 18 }}>{item.gate.map((g) => <li key={g}>{g}</li>)}</ul>} style={{ marginBottom: 12 }} />
      )}
      <Typography.Title level={5}>议题审批表</Typography.Title>
      <Row gutter={12}>
        <Col span={12}><Form.Item label="议题名称" layout="vertical"><Input value={approval.title} onChange={setA('title')} data-testid={`item-${index}-title`} /></Form.Item></Col>
        <Col span={6}><Form.Item label="提出单位" layout="vertical"><Input value={approval.proposingUnit} onChange={setA('proposingUnit')} data-testid={`item-${index}-unit`} /></Form.Item></Col>
        <Col span={6}><Form.Item label="汇报人" layout="vertical"><Input value={approval.presenter} onChange={setA('presenter')} data-testid={`item-${index}-presenter`} /></Form.Item></Col>
        <Col span={12}><Form.Item label="分管领导意见" layout="vertical"><Input.TextArea rows={2} value={approval.leaderOpinion} onChange={setA('leaderOpinion')} /></Form.Item></Col>
        <Col span={8}><Form.Item label="列席单位" layout="vertical"><Input value={approval.attendingUnits} onChange={setA('attendingUnits')} /></Form.Item></Col>
        <Col span={4}><Form.Item label="密级" layout="vertical"><Select value={approval.secrecy} onChange={(v) => setApproval({ ...approval, secrecy: v })} options={opts(SECRECY_LEVELS)} /></Form.Item></Col>
      </Row>
      <Typography.Title level={5}>
        议题说明{' '}
        <Typography.Text type={over ? 'danger' : 'secondary'} data-testid={`item-${index}-count`} style={{ fontSize: 14, fontWeight: 'normal' }}>
          {count} / {meeting.explanationLimit} 字{over ? `，超出 ${count - meeting.explanationLimit} 字` : ''}
        </Typography.Text>
      </Typography.Title>
      <Row gutter={12}>
        {(Object.keys(EXPLANATION_SECTIONS) as ExplanationSection[]).map((k) => (
          <Col span={12} key={k}>
            <Form.Item label={EXPLANATION_SECTIONS[k]} layout="vertical">
              <Input.TextArea rows={3} value={explanation[k]} onChange={(e) => setExplanation({ ...explanation, [k]: e.target.value })} data-testid={`item-${index}-${k}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Space>
        <Button type="primary" disabled={!dirty} data-testid={`item-${index}-save`} onClick={() => act(() => request('meetings.saveItem', { caseId, itemId: item.itemId, approval, explanation, ...reason }), '审批表和议题说明已保存')}>
          保存审批表和说明
        </Button>
        <Button danger onClick={() => Modal.confirm({ title: '删除该议题？', content: '议题的审批表、说明和材料将一并删除。', okText: '删除', onOk: () => act(() => request('meetings.removeItem', { caseId, itemId: item.itemId, ...reason }), '已删除议题') })}>
          删除议题
        </Button>
      </Space>
      <Typography.Title level={5} style={{ marginTop: 16 }}>材料</Typography.Title>
      <Attachments item={item} index={index} act={act} reason={reason} />
    </Card>
  );
}

function Attachments({ item, index, act, reason }: { item: Item; index: number; act: Act; reason: { changeReason?: string } }) {
  const { caseId } = useCase();
  const [risk, setRisk] = useState<RiskLevel | undefined>();
  const [notRequired, setNotRequired] = useState<AttachmentKind | null>(null);
  const [why, setWhy] = useState('');
  const [sources, setSources] = useState<{ value: string; label: string }[]>([]);
  const loadSources = async () => {
    try {
      const [docs, memos] = await Promise.all([request('documents.list', { caseId }), request('memos.list', { caseId })]);
      setSources([
        ...docs.documents.flatMap((d) => {
          const v = d.versions[d.versions.length - 1];
          return v && (v.format === 'pdf' || v.format === 'docx') ? [{ value: `doc:${v.versionId}`, label: `案卷文件：${d.title}（第${v.version}版，${v.fileName}）` }] : [];
        }),
        ...memos.memos.filter((m) => m.signatures.length > 0).map((m) => ({ value: `memo:${m.memoId}`, label: `已签署意见书：${m.label}（第${m.version}版，${m.signatures.length}人签署）` })),
      ]);
    } catch {
      setSources([]); // intake or memos not available: imported files only
    }
  };
  const fromCase = (kind: AttachmentKind) => async (v: string) => {
    const [type, id] = v.split(':');
    const extra = { riskLevel: kind === 'risk_assessment' ? risk ?? null : undefined, ...reason };
    await act(
      () => (type === 'doc'
        ? request('meetings.attachCaseDocument', { caseId, itemId: item.itemId, kind, versionId: id, ...extra })
        : request('meetings.attachMemo', { caseId, itemId: item.itemId, kind, memoId: id, ...extra })),
      '已附上',
    );
  };
  const kinds: AttachmentKind[] = [...EXPECTED_KINDS, 'other'];
  const rows = kinds.map((kind) => ({ kind, list: item.attachments.filter((a) => a.kind === kind) }));
  const upload = (kind: AttachmentKind) => async (file: File) => {
    await act(async () => {
      const ref = await toFileRef(file);
      await request('meetings.attach', { caseId, itemId: item.itemId, kind, file: ref, riskLevel: kind === 'risk_assessment' ? risk ?? null : undefined, ...reason });
    }, `已附上：${file.name}`);
    return false;
  };
  return (
    <>
      <Table
        size="small"
        pagination={false}
        rowKey="kind"
        dataSource={rows}
        data-testid={`item-${index}-attachments`}
        columns={[
          { title: '材料', dataIndex: 'kind', width: 170, render: (k: AttachmentKind) => <>{ATTACHMENT_KINDS[k]}{k === 'legal_review' && <Tag color="red" style={{ marginLeft: 6 }}>必备</Tag>}</> },
          {
            title: '情况',
            render: (_: unknown, r: (typeof rows)[number]) =>
              r.list.length === 0 ? (
                r.kind === 'other' ? <Typography.Text type="secondary">（可选）</Typography.Text> : <Typography.Text type="warning">未标明</Typography.Text>
              ) : (
                <Space direction="vertical" size={2}>
                  {r.list.map((a) => (
                    <Space key={a.attachmentId}>
                      {a.status === 'provided' ? <Tag color="green">已提供</Tag> : <Tag>无需提供</Tag>}
                      <span>{a.status === 'provided' ? `${a.fileName}${a.pageCount ? `（${a.pageCount} 页）` : ''}${a.riskLevel ? `，${RISK_LEVELS[a.riskLevel]}` : ''}` : `理由：${a.reason}`}</span>
                      <Button size="small" type="link" danger onClick={() => act(() => request('meetings.removeAttachment', { caseId, attachmentId: a.attachmentId, ...reason }), '已移除')}>移除</Button>
                    </Space>
                  ))}
                </Space>
              ),
          },
          {
            title: '操作',
            width: 470,
            render: (_: unknown, r: (typeof rows)[number]) => (
              <Space>
                {r.kind === 'risk_assessment' && (
                  <Select placeholder="风险等级" style={{ width: 100 }} size="small" value={risk} onChange={setRisk} options={opts(RISK_LEVELS)} data-testid={`item-${index}-risk`} />
                )}
                {item.linkedToCase && (
                  <Select size="small" style={{ width: 130 }} placeholder="从本案卷选取" value={null} onDropdownVisibleChange={(o) => o && void loadSources()}
                    onChange={fromCase(r.kind)} options={sources} popupMatchSelectWidth={420} notFoundContent="本案卷没有可用的 PDF/DOCX 文件或已签署的意见书" data-testid={`item-${index}-from-case-${r.kind}`} />
                )}
                <Upload accept=".pdf,.docx" showUploadList={false} beforeUpload={upload(r.kind)}>
                  <Button size="small" icon={<UploadOutlined />} data-testid={`item-${index}-upload-${r.kind}`}>附上 PDF/DOCX</Button>
                </Upload>
                {r.kind !== 'legal_review' && r.kind !== 'other' && (
                  <Button size="small" data-testid={`item-${index}-nr-${r.kind}`} onClick={() => { setNotRequired(r.kind); setWhy(''); }}>无需提供</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!notRequired}
        title={notRequired ? `${ATTACHMENT_KINDS[notRequired]}：无需提供` : ''}
        okText="确定"
        okButtonProps={{ 'data-testid': 'nr-ok' } as Record<string, string>}
        onCancel={() => setNotRequired(null)}
        onOk={async () => {
          if (await act(() => request('meetings.markNotRequired', { caseId, itemId: item.itemId, kind: notRequired!, reason: why, ...reason }), '已标明无需提供')) setNotRequired(null);
        }}
      >
        <Input.TextArea rows={3} placeholder="请写明无需提供的理由（必填）" value={why} onChange={(e) => setWhy(e.target.value)} data-testid="nr-reason" />
      </Modal>
    </>
  );
}

function RecordCard({ detail, act }: { detail: Detail; act: Act }) {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  const agenda = detail.items.filter((i) => i.onAgenda);
  const initial = (): MeetingRecord => detail.record ?? {
    startedAt: '', present: detail.meeting.members, absent: [], attending: detail.meeting.attendees,
    items: agenda.map((it) => ({ itemId: it.itemId, recusals: [], positions: detail.meeting.members.map((name) => ({ name, position: 'agree' as const, remarks: '' })), dissent: '', decision: null, decisionText: '' })),
  };
  const [rec, setRec] = useState<MeetingRecord>(initial);
  // a fresh form whenever the meeting is reloaded
  useEffect(() => setRec(initial()), [detail]);
  const meetingId = detail.meeting.meetingId;
  const itemRec = (itemId: string) => rec.items.find((x) => x.itemId === itemId) ?? { itemId, recusals: [], positions: [], dissent: '', decision: null, decisionText: '' };
  const setItem = (itemId: string, patch: Partial<MeetingRecord['items'][number]>) =>
    setRec({ ...rec, items: [...rec.items.filter((x) => x.itemId !== itemId), { ...itemRec(itemId), ...patch }] });
  const render = async (which: 'record' | 'minutes', format: 'pdf' | 'docx', print = false) => {
    try {
      await request('meetings.saveRecord', { caseId, meetingId, record: rec });
      const ref = await request('meetings.renderAfter', { caseId, meetingId, which, format });
      if (print) return await printOutput(ref, appInfo.nativeDialogs);
      const p = await saveOutput(ref, appInfo.nativeDialogs);
      if (p) message.success(`已保存：${p}`);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  if (agenda.length === 0) return null;
  return (
    <Card title="会后：会议记录与纪要" style={{ marginTop: 16 }} data-testid="record-card">
      <Row gutter={12}>
        <Col span={8}><Form.Item label="开会时间" layout="vertical"><Input value={rec.startedAt} onChange={(e) => setRec({ ...rec, startedAt: e.target.value })} placeholder="如：2026年3月10日上午9:00" /></Form.Item></Col>
        <Col span={16}><Form.Item label="出席" layout="vertical"><Select mode="tags" open={false} value={rec.present} onChange={(v) => setRec({ ...rec, present: v })} /></Form.Item></Col>
        <Col span={12}><Form.Item label="缺席（姓名：原因）" layout="vertical">
          <Select mode="tags" open={false} value={rec.absent.map((a) => (a.reason ? `${a.name}：${a.reason}` : a.name))}
            onChange={(v: string[]) => setRec({ ...rec, absent: v.map((s) => { const [name, ...r] = s.split(/[:：]/); return { name: name.trim(), reason: r.join('：').trim() }; }) })} />
        </Form.Item></Col>
        <Col span={12}><Form.Item label="列席" layout="vertical"><Select mode="tags" open={false} value={rec.attending} onChange={(v) => setRec({ ...rec, attending: v })} /></Form.Item></Col>
      </Row>
      {agenda.map((it, i) => {
        const r = itemRec(it.itemId);
        return (
          <Card key={it.itemId} size="small" type="inner" title={`议题${i + 1}：${it.approval.title}`} style={{ marginBottom: 12 }}>
            <Row gutter={12}>
              <Col span={8}><Form.Item label="主持人归纳" layout="vertical">
                <Select value={r.decision ?? undefined} placeholder="通过 / 原则通过 / …" onChange={(v) => setItem(it.itemId, { decision: v })} options={opts(DECISIONS)} data-testid={`record-${i}-decision`} />
              </Form.Item></Col>
              <Col span={16}><Form.Item label="决定事项" layout="vertical"><Input value={r.decisionText} onChange={(e) => setItem(it.itemId, { decisionText: e.target.value })} /></Form.Item></Col>
              <Col span={24}><Form.Item label="回避（姓名：原因）" layout="vertical">
                <Select mode="tags" open={false} value={r.recusals.map((a) => (a.reason ? `${a.name}：${a.reason}` : a.name))}
                  onChange={(v: string[]) => setItem(it.itemId, { recusals: v.map((s) => { const [name, ...x] = s.split(/[:：]/); return { name: name.trim(), reason: x.join('：').trim() }; }) })} />
              </Form.Item></Col>
            </Row>
            <Space wrap style={{ marginBottom: 8 }}>
              {detail.meeting.members.map((name) => {
                const pos = r.positions.find((p) => p.name === name);
                return (
                  <Space key={name} size={4}>
                    <span>{name}</span>
                    <Select size="small" style={{ width: 120 }} value={pos?.position} placeholder="表态" options={opts(POSITIONS)}
                      onChange={(v) => setItem(it.itemId, { positions: [...r.positions.filter((p) => p.name !== name), { name, position: v, remarks: pos?.remarks ?? '' }] })} />
                  </Space>
                );
              })}
            </Space>
            <Form.Item label="不同意见（照录原话）" layout="vertical"><Input.TextArea rows={2} value={r.dissent} onChange={(e) => setItem(it.itemId, { dissent: e.target.value })} data-testid={`record-${i}-dissent`} /></Form.Item>
          </Card>
        );
      })}
      <Space wrap>
        <Button type="primary" data-testid="record-save" onClick={() => act(() => request('meetings.saveRecord', { caseId, meetingId, record: rec }), '会议记录已保存')}>保存会议记录</Button>
        <Button onClick={() => render('record', 'pdf')}>会议记录 PDF</Button>
        <Button onClick={() => render('record', 'docx')}>会议记录 DOCX</Button>
        <Button onClick={() => render('minutes', 'pdf')}>纪要 PDF</Button>
        <Button onClick={() => render('minutes', 'docx')}>纪要 DOCX</Button>
        <Button onClick={() => render('record', 'pdf', true)}>打印会议记录</Button>
        <Button onClick={() => render('minutes', 'pdf', true)} data-testid="minutes-print">打印纪要</Button>
      </Space>
    </Card>
  );
}
