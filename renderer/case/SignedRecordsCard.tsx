import { useEffect, useState } from 'react';
import { Card, Table, Tag, Typography, App as AntApp } from 'antd';
import dayjs from 'dayjs';
import { errorText, request } from '../api/client';
import type { SignedRecordDto } from '../../shared/api/kits';

/** Every 回避声明, verdict set and score sheet an expert signed, each verified now against their registered key. */
export function SignedRecordsCard({ caseId, kinds, reloadKey }: { caseId: string; kinds: SignedRecordDto['kind'][]; reloadKey?: unknown }) {
  const { message } = AntApp.useApp();
  const [records, setRecords] = useState<SignedRecordDto[]>([]);
  // A string, not the array, so a new array with the same kinds does not reload.
  const kindKey = kinds.join(',');
  useEffect(() => {
    const wanted = kindKey.split(',');
    request('experts.records', { caseId }).then((r) => setRecords(r.records.filter((x) => wanted.includes(x.kind))), (e) => message.error(errorText(e)));
  }, [caseId, reloadKey, message, kindKey]);
  if (!records.length) return null;
  return (
    <Card size="small" title="专家签署记录（逐份校验签名）" style={{ marginTop: 16 }} data-testid="signed-records">
      <Table<SignedRecordDto> size="small" rowKey="recordId" pagination={false} dataSource={records}
        columns={[
          { title: '专家', dataIndex: 'memberName', width: 100 },
          { title: '内容', dataIndex: 'kindLabel', width: 90 },
          { title: '签署时间', dataIndex: 'signedAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
          { title: '操作人', dataIndex: 'operator', width: 100 },
          { title: 'SM3 摘要', dataIndex: 'digest', render: (v: string) => <Typography.Text code style={{ fontSize: 12 }}>{v.slice(0, 16).toUpperCase()}…</Typography.Text> },
          { title: '状态', key: 'state', width: 220, render: (_: unknown, r) => (
            <>
              {r.valid ? <Tag color="green" data-testid="record-valid">签名有效</Tag> : <Tag color="red" data-testid="record-invalid">校验失败</Tag>}
              {r.supersededBy && <Tag>已被新提交取代</Tag>}
              {r.problem && <div style={{ color: '#a8071a', fontSize: 12 }}>{r.problem}</div>}
            </>
          ) },
        ]} />
    </Card>
  );
}
