import { useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, List, Select, Space, Switch, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AppContract, ResponseOf } from '../../../shared/api/index';
import type { OutputRef } from '../../../shared/api/files';
import { copyNumber } from '../../../shared/domain/meeting';
import { ApiError, errorText, request } from '../../api/client';
import { printOutput, saveOutput, saveOutputs } from '../../api/files';
import { useAppInfo } from '../../AppContext';
import { useCase } from '../CaseContext';
import { JobBar, useJob } from '../../components/JobProgress';

type Detail = ResponseOf<AppContract['meetings.get']>;
type Packet = ResponseOf<AppContract['meetings.buildPacket']>;
type Act = (fn: () => Promise<unknown>, ok?: string) => Promise<boolean>;

/**
 * 生成会议材料: the packet and its numbered copies, with a progress bar that names the step (layout, merge, each
 * copy) and 取消 (nothing is written then); the distribution register below.
 */
export function PacketCard({ detail, act }: { detail: Detail; act: Act }) {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  const everyone = useMemo(() => [...detail.meeting.members, ...detail.meeting.attendees, ...(detail.meeting.recorder ? [detail.meeting.recorder] : [])], [detail.meeting]);
  const [recipients, setRecipients] = useState<string[]>(everyone);
  // Back to the meeting's people only when they change (or another meeting is picked): every save reloads the
  // meeting, and a recipient typed in here (the recorder's spare copy) must survive that.
  const everyoneKey = `${detail.meeting.meetingId}\u0000${everyone.join('\u0000')}`;
  useEffect(() => setRecipients(everyone), [everyoneKey]);
  const [packet, setPacket] = useState<Packet | null>(null);
  const [busy, setBusy] = useState(false);
  const job = useJob();
  const save = async (ref: OutputRef) => {
    try {
      const p = await saveOutput(ref, appInfo.nativeDialogs);
      if (p) message.success(`已保存：${p}`);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const print = async (ref: OutputRef | Promise<OutputRef>) => {
    try {
      await printOutput(await ref, appInfo.nativeDialogs);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const meetingId = detail.meeting.meetingId;
  // onlyMissing (补发): a forgotten person gets a copy without a second one for everyone already holding this version
  const build = async (onlyMissing: boolean) => {
    setBusy(true);
    setPacket(null);
    let cancelled = false;
    const ok = await act(async () => {
      try {
        setPacket(await job.run((jobId) => request('meetings.buildPacket', { caseId, meetingId, recipients, onlyMissing, jobId })));
      } catch (e) {
        if (!(e instanceof ApiError && e.error.code === 'JOB_CANCELLED')) throw e;
        cancelled = true;
      }
    });
    if (cancelled) message.info('已取消生成会议材料，未生成任何文件，分发登记未改变');
    else if (ok) message.success(onlyMissing ? '补发完成' : '会议材料已生成');
    setBusy(false);
  };
  return (
    <Card title="生成会议材料" style={{ marginTop: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <span>编号份领取人（每人一份，份号按顺序从 000001 起；不填则只生成不编号的会议材料）：</span>
        <Select mode="tags" open={false} style={{ width: '100%' }} value={recipients} onChange={setRecipients} data-testid="packet-recipients" />
        <Space wrap>
          <Button type="primary" loading={busy} data-testid="packet-build" onClick={() => build(false)}>生成会议材料</Button>
          {detail.copies.length > 0 && (
            <Button loading={busy} data-testid="packet-reissue" onClick={() => build(true)} title="只给名单上尚无本版未收回编号份的人发新份，已持有者不重发">补发（仅尚无本版编号份者）</Button>
          )}
        </Space>
        {busy && job.status && <JobBar status={job.status} onCancel={() => void job.cancel()} testId="packet" />}
        {packet && (
          <div data-testid="packet-result">
            {packet.warnings.map((w) => <Alert key={w} type="warning" showIcon message={w} style={{ marginBottom: 8 }} data-testid="packet-warning" />)}
            <Space wrap>
              <Typography.Text strong>共 {packet.pageCount} 页</Typography.Text>
              <Button onClick={() => save(packet.packet)} data-testid="packet-save">保存会议材料（不编号）</Button>
              <Button onClick={() => print(packet.packet)} data-testid="packet-print">打印会议材料</Button>
              {packet.register && <Button onClick={() => save(packet.register!)}>保存分发回收登记表</Button>}
              {packet.copies.length > 0 && (
                <Button type="primary" data-testid="copies-save-all" onClick={async () => {
                  try {
                    const where = await saveOutputs([...packet.copies.map((c) => c.output), ...(packet.register ? [packet.register] : [])], `${detail.meeting.name}-编号份及登记表`, appInfo.nativeDialogs);
                    if (where) message.success(`已保存 ${packet.copies.length} 份编号材料和登记表：${where}`);
                  } catch (e) {
                    message.error(errorText(e));
                  }
                }}>{appInfo.nativeDialogs ? '全部编号份和登记表保存到文件夹' : '全部编号份和登记表打包下载（ZIP）'}</Button>
              )}
            </Space>
            <List size="small" header="目录" dataSource={packet.toc} style={{ marginTop: 8 }} data-testid="packet-toc"
              renderItem={(e) => <List.Item style={{ paddingLeft: e.level === 1 ? 0 : 24 }} extra={<span>{e.page}</span>}>{e.title}</List.Item>} />
            {packet.copies.length > 0 && (
              <Space wrap style={{ marginTop: 8 }}>
                {packet.copies.map((c) => (
                  <Space.Compact key={c.copyNo} size="small">
                    <Button size="small" onClick={() => save(c.output)}>份号 {copyNumber(c.copyNo)} {c.recipient}</Button>
                    <Button size="small" onClick={() => print(c.output)} data-testid={`copy-print-${c.copyNo}`}>打印</Button>
                  </Space.Compact>
                ))}
              </Space>
            )}
          </div>
        )}
        {detail.copies.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 8 }}>分发回收登记</Typography.Title>
            <Table size="small" pagination={false} rowKey="copyNo" dataSource={detail.copies} data-testid="register"
              columns={[
                { title: '份号', dataIndex: 'copyNo', render: (n: number) => copyNumber(n), width: 90 },
                { title: '领取人', dataIndex: 'recipient' },
                { title: '材料版本', dataIndex: 'version', render: (v: number) => `第${v}版`, width: 90 },
                { title: '分发时间', dataIndex: 'issuedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'), width: 150 },
                {
                  title: '已收回', dataIndex: 'returnedAt', width: 170,
                  render: (v: string | null, c) => (
                    <Space>
                      <Switch size="small" checked={!!v} data-testid={`returned-${c.copyNo}`} onChange={(on) => act(() => request('meetings.setReturned', { caseId, meetingId, copyNo: c.copyNo, returned: on }))} />
                      {v ? dayjs(v).format('MM-DD HH:mm') : '未收回'}
                    </Space>
                  ),
                },
              ]}
            />
            <Space>
              <Button data-testid="register-print" onClick={() => print(request('meetings.register', { caseId, meetingId }))}>打印登记表</Button>
              <Button onClick={async () => { try { await save(await request('meetings.register', { caseId, meetingId })); } catch (e) { message.error(errorText(e)); } }}>保存登记表（PDF）</Button>
            </Space>
          </>
        )}
      </Space>
    </Card>
  );
}
