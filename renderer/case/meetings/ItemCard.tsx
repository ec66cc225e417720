import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Modal, Row, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ATTACHMENT_KINDS, EXPLANATION_SECTIONS, EXPECTED_KINDS, RISK_LEVELS, SECRECY_LEVELS, explanationLength, type AttachmentKind, type ExplanationSection, type Item, type Meeting, type RiskLevel } from '../../../shared/domain/meeting';
import { request } from '../../api/client';
import { toFileRef } from '../../api/files';
import { useCase } from '../CaseContext';
import { opts, type Act } from './common';

export function ItemCard({ item, index, meeting, act, reason }: { item: Item; index: number; meeting: Meeting; act: Act; reason: { changeReason?: string } }) {
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
  const [sources, setSources] = useState<{ value: string; label: string; disabled?: boolean }[]>([]);
  const loadSources = async () => {
    try {
      const [docs, memos] = await Promise.all([request('documents.list', { caseId }), request('memos.list', { caseId })]);
      setSources([
        ...docs.documents.flatMap((d) => {
          const v = d.versions[d.versions.length - 1];
          return v && (v.format === 'pdf' || v.format === 'docx') ? [{ value: `doc:${v.versionId}`, label: `案卷文件：${d.title}（第${v.version}版，${v.fileName}）` }] : [];
        }),
        // An unsigned memo is listed but not pickable, saying why: otherwise the secretary looks for it in vain.
        ...memos.memos.map((m) => (m.signatures.length > 0
          ? { value: `memo:${m.memoId}`, label: `已签署意见书：${m.label}（第${m.version}版，${m.signatures.length}人签署）` }
          : { value: `memo:${m.memoId}`, label: `意见书：${m.label}（第${m.version}版，未签署；在“意见书”页签署后才能附上）`, disabled: true })),
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
