import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { AppContract, ResponseOf } from '../../shared/api/index';
import { START_KINDS, type StartKind } from '../../shared/deadlines/rules';
import { errorText, request } from '../api/client';
import { saveOutput, toFileRef } from '../api/files';
import { useAppInfo } from '../AppContext';
import { useCase } from './CaseContext';

type View = ResponseOf<AppContract['deadlines.list']>;
type Row = View['rows'][number];
const STATE_COLORS: Record<string, string> = {
  no_start: 'default', not_open: 'default', upcoming: 'blue', due_soon: 'orange', overdue: 'red', running: 'blue', ready: 'green',
  done: 'green', done_late: 'volcano', done_early: 'volcano', done_short: 'volcano',
};
const FMT = 'YYYY-MM-DD';
const cn = (d: string | null) => (d ? dayjs(d).format('YYYY年M月D日') : '—');

/** 时限: every deadline that applies to the case, counted in 工作日 with the holiday schedule, and the 时限表 to print. */
export function DeadlinesPage() {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  const [view, setView] = useState<View | null>(null);
  const [importErrors, setImportErrors] = useState<string | null>(null);
  const [meetings, setMeetings] = useState<{ meetingId: string; name: string; date: string }[]>([]);
  const [meetingId, setMeetingId] = useState<string>();
  const [notes, setNotes] = useState<Record<string, string>>({});

  const load = useCallback(async () => {
    setView(await request('deadlines.list', { caseId }));
    setMeetings((await request('meetings.list', { caseId })).meetings);
  }, [caseId]);
  useEffect(() => void load().catch((e) => message.error(errorText(e))), [load, message]);

  const act = async (fn: () => Promise<unknown>, ok?: string) => {
    try {
      await fn();
      if (ok) message.success(ok);
      await load();
    } catch (e) {
      message.error({ content: errorText(e), duration: 8 });
    }
  };

  /** One line per kind of start the applicable rules use: the date entered, or the one the case knows. */
  const starts = useMemo(() => {
    const out = new Map<StartKind, Row>();
    for (const r of view?.rows ?? []) if (!out.has(r.startKind)) out.set(r.startKind, r);
    return [...out.entries()];
  }, [view]);

  if (!view) return null;
  const cov = view.coverage;
  const first = cov.years[0]?.year;
  const sources = [...new Set(cov.years.map((y) => y.source))];
  const thisYear = Number(view.today.slice(0, 4));
  const pastData = view.rows.flatMap((r) => r.warnings.filter((w) => w.includes('节假日数据')));

  const importFile = async (file: File) => {
    setImportErrors(null);
    try {
      const r = await request('deadlines.importHolidays', { file: await toFileRef(file) });
      message.success(`已导入 ${r.year} 年节假日安排：放假 ${r.holidays} 天，调休上班 ${r.workdays} 天。`);
      await load();
    } catch (e) {
      setImportErrors(errorText(e));
    }
    return false;
  };
  const print = (which: 'case' | 'meeting') => act(async () => {
    const ref = which === 'case' ? await request('deadlines.print', { caseId }) : await request('deadlines.printMeeting', { caseId, meetingId: meetingId! });
    const saved = await saveOutput(ref, appInfo.nativeDialogs);
    if (saved) message.success(`已保存：${saved}`);
  });

  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 1200 }} size="middle" data-testid="deadlines-page">
      <Card size="small" title="节假日数据" data-testid="holiday-coverage"
        extra={<Upload accept=".txt" showUploadList={false} beforeUpload={importFile}>
          <Button size="small" icon={<UploadOutlined />} data-testid="holiday-import">导入新一年的节假日安排</Button>
        </Upload>}>
        <Typography.Text>
          工作日按国务院办公厅公布的节假日安排（含调休上班日）计算。现有数据覆盖 <b data-testid="coverage-years">{first ?? '—'}—{cov.lastYear ?? '—'} 年</b>
          （来源：{sources.join('；')}）。每年 11—12 月公布下一年安排后，请按说明（docs/deadlines.md）写成文本文件导入。
        </Typography.Text>
        {cov.lastYear !== null && cov.lastYear <= thisYear && (
          <Alert style={{ marginTop: 8 }} type="warning" showIcon data-testid="coverage-warning"
            message={`节假日数据只到 ${cov.lastYear} 年：${cov.lastYear + 1} 年的日期按周六、周日休息计算，可能不准。公布后请导入 ${cov.lastYear + 1} 年的安排。`} />
        )}
        {importErrors && <Alert style={{ marginTop: 8, whiteSpace: 'pre-line' }} type="error" showIcon closable onClose={() => setImportErrors(null)} message={importErrors} data-testid="holiday-import-errors" />}
      </Card>

      {pastData.length > 0 && <Alert type="warning" showIcon data-testid="deadline-past-data" message={[...new Set(pastData)].join('\n')} style={{ whiteSpace: 'pre-line' }} />}

      <Card size="small" title="起算日期" data-testid="deadline-starts">
        {starts.length === 0 && <Typography.Text type="secondary">本案卷的类型和地区没有适用的时限规则。</Typography.Text>}
        <Space direction="vertical">
          {starts.map(([kind, r]) => (
            <Space key={kind} wrap>
              <span style={{ display: 'inline-block', width: 220 }}>{START_KINDS[kind]}</span>
              <DatePicker data-testid={`start-${kind}`} format={FMT} allowClear value={r.startOrigin === 'user' && r.start ? dayjs(r.start) : null}
                placeholder={r.startOrigin === 'case' && r.start ? r.start : '选择日期'}
                onChange={(d) => void act(() => request('deadlines.setStart', { caseId, kind, date: d ? d.format(FMT) : null }), d ? `已填写${START_KINDS[kind]}` : undefined)} />
              {r.startOrigin === 'case' && <Tag color="cyan">本案卷已知：{cn(r.start)}（{r.startSource}）</Tag>}
            </Space>
          ))}
        </Space>
      </Card>

      <Card size="small" title={`时限（截至${cn(view.today)}，规则版本 ${view.rulesVersion}）`}
        extra={<Space>
          <Button size="small" icon={<PrinterOutlined />} data-testid="deadlines-print" onClick={() => void print('case')}>打印时限表</Button>
          <Select size="small" style={{ width: 220 }} placeholder="选择会议" value={meetingId} onChange={setMeetingId} data-testid="deadlines-meeting"
            options={meetings.map((m) => ({ value: m.meetingId, label: `${m.name}（${m.date.slice(0, 10)}）` }))} notFoundContent="本案卷还没有会议" />
          <Button size="small" icon={<PrinterOutlined />} disabled={!meetingId} data-testid="deadlines-print-meeting" onClick={() => void print('meeting')}>打印会议议题时限表</Button>
        </Space>}>
        <Table<Row> size="small" rowKey="ruleId" pagination={false} dataSource={view.rows} data-testid="deadline-table"
          columns={[
            { title: '事项', dataIndex: 'title', width: 120 },
            {
              title: '依据', width: 190,
              render: (_, r) => <Tooltip title={<>{r.quote}{r.note && <div style={{ marginTop: 4 }}>{r.note}</div>}</>}><span>{r.basis}</span></Tooltip>,
            },
            { title: '起算', width: 150, render: (_, r) => (r.start ? <>{cn(r.start)}<br /><Typography.Text type="secondary">{r.startLabel}</Typography.Text></> : <Typography.Text type="secondary">待填：{r.startLabel}</Typography.Text>) },
            {
              title: '到期日',
              render: (_, r) => r.due ? (
                <div data-testid={`due-${r.ruleId}`}>
                  <b>{r.dueLabel}：{cn(r.due)}（{r.dueWeekday}）</b>
                  {r.windowOpens && <div>申请期自{cn(r.windowOpens)}起</div>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.explanation}</Typography.Text>
                  {r.warnings.map((w) => <div key={w}><Typography.Text type="warning" style={{ fontSize: 12 }}>⚠ {w}</Typography.Text></div>)}
                </div>
              ) : '—',
            },
            { title: '状态', width: 140, render: (_, r) => <Tag color={STATE_COLORS[r.state]} data-testid={`state-${r.ruleId}`}>{r.stateLabel}{r.daysLeft !== null && !r.done && r.daysLeft >= 0 && ['upcoming', 'due_soon'].includes(r.state) ? `（还有 ${r.daysLeft} 天）` : ''}</Tag> },
            {
              title: '完成登记', width: 180,
              render: (_, r) => r.due ? (
                <Space direction="vertical" size={2}>
                  <DatePicker size="small" format={FMT} data-testid={`done-${r.ruleId}`} value={r.done ? dayjs(r.done) : null} placeholder="完成日期"
                    onChange={(d) => void act(() => request('deadlines.setDone', { caseId, ruleId: r.ruleId, date: d ? d.format(FMT) : null, note: notes[r.ruleId] ?? r.doneNote }), d ? '已登记完成日期' : '已撤销完成登记')} />
                  <Input size="small" placeholder="备注（如备案文号）" value={notes[r.ruleId] ?? r.doneNote} onChange={(e) => setNotes({ ...notes, [r.ruleId]: e.target.value })}
                    onBlur={() => r.done && notes[r.ruleId] !== undefined && notes[r.ruleId] !== r.doneNote && void act(() => request('deadlines.setDone', { caseId, ruleId: r.ruleId, date: r.done, note: notes[r.ruleId] }), '已保存备注')} />
                </Space>
              ) : null,
            },
          ]} />
      </Card>
    </Space>
  );
}
