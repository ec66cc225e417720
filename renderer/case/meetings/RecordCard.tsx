import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { DECISIONS, POSITIONS, itemVoters, recordProblems, type MeetingRecord } from '../../../shared/domain/meeting';
import { errorText, request } from '../../api/client';
import { printOutput, saveOutput } from '../../api/files';
import { useAppInfo } from '../../AppContext';
import { useCase } from '../CaseContext';
import { opts, type Act, type Detail } from './common';

export function RecordCard({ detail, act }: { detail: Detail; act: Act }) {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  const agenda = detail.items.filter((i) => i.onAgenda);
  // No position until one is taken down: a default 同意 would print a vote nobody cast.
  const initial = (): MeetingRecord => detail.record ?? {
    startedAt: '', present: detail.meeting.members, absent: [], attending: detail.meeting.attendees,
    items: agenda.map((it) => ({ itemId: it.itemId, recusals: [], positions: [], dissent: '', decision: null, decisionText: '' })),
  };
  const [rec, setRec] = useState<MeetingRecord>(initial);
  const [issueNo, setIssueNo] = useState<number | null>(null);
  // A fresh form when another meeting is picked or the saved record changes; not on every reload of the meeting
  // (marking a copy 已收回 reloads it), which would throw away what is being typed.
  const savedKey = `${detail.meeting.meetingId}\u0000${JSON.stringify(detail.record)}\u0000${agenda.map((i) => i.itemId).join(',')}`;
  useEffect(() => setRec(initial()), [savedKey]);
  const meetingId = detail.meeting.meetingId;
  const itemRec = (itemId: string) => rec.items.find((x) => x.itemId === itemId) ?? { itemId, recusals: [], positions: [], dissent: '', decision: null, decisionText: '' };
  const setItem = (itemId: string, patch: Partial<MeetingRecord['items'][number]>) =>
    setRec({ ...rec, items: [...rec.items.filter((x) => x.itemId !== itemId), { ...itemRec(itemId), ...patch }] });
  const render = async (which: 'record' | 'minutes', format: 'pdf' | 'docx', print = false) => {
    try {
      await request('meetings.saveRecord', { caseId, meetingId, record: rec });
      const ref = await request('meetings.renderAfter', { caseId, meetingId, which, format, ...(which === 'minutes' && issueNo ? { issueNo } : {}) });
      if (print) return await printOutput(ref, appInfo.nativeDialogs);
      const p = await saveOutput(ref, appInfo.nativeDialogs);
      if (p) message.success(`已保存：${p}`);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const problems = recordProblems(rec, agenda.map((it) => ({ itemId: it.itemId, title: it.approval.title })));
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
              {/* Those who vote on this item, and anyone (absent, recused) with a position still on record, to clear it. */}
              {[...new Set([...itemVoters(rec, it.itemId), ...r.positions.map((p) => p.name)])].map((name) => {
                const pos = r.positions.find((p) => p.name === name);
                return (
                  <Space key={name} size={4}>
                    <span>{name}</span>
                    <Select size="small" style={{ width: 120 }} value={pos?.position} placeholder="未记录" allowClear options={opts(POSITIONS)} data-testid={`record-${i}-position-${name}`}
                      onChange={(v) => setItem(it.itemId, { positions: [...r.positions.filter((p) => p.name !== name), ...(v ? [{ name, position: v, remarks: pos?.remarks ?? '' }] : [])] })} />
                  </Space>
                );
              })}
            </Space>
            <Form.Item label="不同意见（照录原话）" layout="vertical"><Input.TextArea rows={2} value={r.dissent} onChange={(e) => setItem(it.itemId, { dissent: e.target.value })} data-testid={`record-${i}-dissent`} /></Form.Item>
          </Card>
        );
      })}
      {problems.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="record-problems" message="会议记录尚不完整，补记后才能生成会议记录和纪要（可先保存）"
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
      )}
      <Space wrap>
        <Button type="primary" data-testid="record-save" onClick={() => act(() => request('meetings.saveRecord', { caseId, meetingId, record: rec }), '会议记录已保存')}>保存会议记录</Button>
        <Button onClick={() => render('record', 'pdf')}>会议记录 PDF</Button>
        <Button onClick={() => render('record', 'docx')}>会议记录 DOCX</Button>
        <InputNumber min={1} max={9999} precision={0} value={issueNo} onChange={(v) => setIssueNo(v)} addonBefore="纪要第" addonAfter="期" placeholder="不填则不印期号" style={{ width: 230 }} data-testid="minutes-issue-no" />
        <Button onClick={() => render('minutes', 'pdf')}>纪要 PDF</Button>
        <Button onClick={() => render('minutes', 'docx')}>纪要 DOCX</Button>
        <Button onClick={() => render('record', 'pdf', true)}>打印会议记录</Button>
        <Button onClick={() => render('minutes', 'pdf', true)} data-testid="minutes-print">打印纪要</Button>
      </Space>
    </Card>
  );
}
