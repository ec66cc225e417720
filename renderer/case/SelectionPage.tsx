import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Spin, Tabs, App as AntApp } from 'antd';
import type { SelectionState } from '../../shared/scoring/selection';
import { request, errorText, onRequestDone } from '../api/client';
import { changesNothing } from '../api/reads';
import { keepIfEqual } from '../api/stable';
import { useCase } from './CaseContext';
import { SetupTab } from './selection/SetupTab';
import { ReviewTab } from './selection/ReviewTab';
import { MemberTab } from './selection/MemberTab';
import { ResultsTab } from './selection/ResultsTab';
import { KitsCard } from './KitsCard';

/** 评分: operator selection — set-up, qualification and conformity review, each member's declaration and sheet, results. */
export function SelectionPage() {
  const { caseId } = useCase();
  const [state, setState] = useState<SelectionState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState('setup');
  const reload = useCallback(async () => {
    try {
      setState(keepIfEqual<SelectionState | null>(await request('selection.state', { caseId })));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [caseId]);
  useEffect(() => void reload(), [reload, tab]);
  // 汇总与排名 stays mounted once opened (hidden on the other tabs), so opening it again shows the ranking and the
  // charts already drawn; any call that may change the case made on another tab unmounts it, to be read afresh.
  const [keepResults, setKeepResults] = useState(false);
  const onResults = tab === 'results';
  useEffect(() => {
    if (onResults) setKeepResults(true);
  }, [onResults]);
  useEffect(() => onRequestDone((method) => {
    if (!changesNothing(method)) setKeepResults(false);
  }), []);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!state) return <Spin />;
  const props = { state, reload };
  const unreplaced = state.members.filter((m) => m.recused && !state.members.some((x) => x.substituteFor === m.name));
  return (
    <>
      {state.committeeWarnings.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="评审委员会组成检查" data-testid="selection-committee-warnings"
          description={<>
            <ul style={{ margin: 0, paddingLeft: 18 }}>{state.committeeWarnings.map((w) => <li key={w}>{w}</li>)}</ul>
            {unreplaced.length > 0 && <Space style={{ marginTop: 8 }}>{unreplaced.map((m) => <SubstituteButton key={m.memberId} member={m} reload={reload} />)}</Space>}
          </>} />
      )}
      {/* The other tabs are made anew at each visit (their forms start from the saved state). */}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'setup', label: '评分办法与申报单位', children: tab === 'setup' && <SetupTab {...props} /> },
          { key: 'review', label: '资格与符合性审查', children: tab === 'review' && <ReviewTab {...props} /> },
          { key: 'member', label: '回避声明与评分', children: tab === 'member' && <MemberTab {...props} /> },
          { key: 'kits', label: '专家包与回执', children: tab === 'kits' && <KitsCard caseId={caseId} members={state.members} onImported={() => void reload()} /> },
          { key: 'results', label: '汇总与排名', children: (onResults || keepResults) && <ResultsTab {...props} /> },
        ]}
      />
    </>
  );
}

/** 添加替补专家 for a recused member: the committee checks re-run with the substitute (评标委员会规定 art. 9). */
function SubstituteButton({ member, reload }: { member: SelectionState['members'][number]; reload(): Promise<void> }) {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm();
  const save = async () => {
    const v = await form.validateFields();
    if (saving) return;
    setSaving(true);
    try {
      const { reason, ...m } = v;
      await request('selection.addSubstitute', { caseId, replacesMemberId: member.memberId, member: m, reason });
      setOpen(false);
      await reload();
      message.success('替补专家已加入评审委员会，请其先作回避声明再评分');
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" data-testid="add-substitute" onClick={() => { form.setFieldsValue({ name: '', unit: '', title: '', expertNo: '', reason: `${member.name}已声明回避，按规定补充评审专家` }); setOpen(true); }}>为 {member.name} 添加替补专家</Button>
      <Modal open={open} title={`添加替补专家（替补 ${member.name}）`} okText="添加" cancelText="取消" onOk={save} confirmLoading={saving} onCancel={() => setOpen(false)} forceRender>
        <Form form={form} name={`substitute-${member.memberId}`} layout="vertical">
          <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写替补专家姓名' }]}><Input data-testid="substitute-name" /></Form.Item>
          {/* Both print in the 评审报告's committee table and 签字表: asked for here, never left as （未填写）. */}
          <Form.Item label="工作单位" name="unit" rules={[{ required: true, whitespace: true, message: '请填写替补专家的工作单位（评审报告的成员表列出）' }]}><Input data-testid="substitute-unit" /></Form.Item>
          <Form.Item label="职称/职务" name="title" rules={[{ required: true, whitespace: true, message: '请填写替补专家的职称（如教授、高级工程师；评审报告的成员表列出）' }]}><Input data-testid="substitute-title" placeholder="如：教授、高级工程师、注册会计师" /></Form.Item>
          <Form.Item label="专家编号" name="expertNo"><Input /></Form.Item>
          <Form.Item label="替补理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明替补理由' }]}><Input.TextArea rows={2} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
