import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, List, Radio, Select, Space, Table, Tabs, Tag, Typography, App as AntApp } from 'antd';
import { FileSearchOutlined, ReloadOutlined, BookOutlined, PlusOutlined, DeleteOutlined, ArrowUpOutlined, ArrowDownOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { request, errorText, ApiError } from '../../api/client';
import { toFileRef } from '../../api/files';
import { useCase } from '../CaseContext';
import { earlierLabel, type ReviewState, type RulesetInfo, type Opinion } from '../../../shared/api/review';
import type { Member } from '../../../shared/domain/committee';
import type { Evidence, ItemFinding } from '../../../shared/review/report';
import { REVIEW_KINDS, type ReviewKind } from '../../../shared/review/ruleset';
import { CONCLUSIONS, VERDICTS } from '../../../shared/review/verdicts';
import { AutoResult, ChecklistTable, GivenOnEarlier, ItemEvidence, ItemTitle, MemberVerdict, VerdictCell, VerdictsContext, type RuleItem, type SaveVerdict } from './ChecklistCells';
import { EarlierVerdictsAlert } from './EarlierVerdictsAlert';
import { DocumentDrawer } from './DocumentDrawer';
import { RulesetDrawer } from './RulesetDrawer';
import { FlagRuling } from './FlagRuling';
import { EvidenceLinks } from './EvidenceLinks';
import { ExpertSignIn, useExpertSession } from '../ExpertSignIn';
import { useAfterPaint } from '../../components/useAfterPaint';
import { SignedRecordsCard } from '../SignedRecordsCard';
import { KitsCard } from '../KitsCard';
import { NewerVersionAlert } from './NewerVersionAlert';
import { EarlierRulingsAlert } from './EarlierRulingsAlert';
import { ReviewDocumentPick } from './ReviewDocumentPick';
import { AdoptAgreed, AdoptedTag } from './AdoptAgreed';
import { agreementOf } from '../../../shared/review/agreement';
import { TranscriptionFields } from './TranscriptionFields';
import type { Transcription } from '../../../shared/api/kits';

const NO_ITEMS: ItemFinding[] = [];
/** A verdict the host refused: the cell shows the recorded one again, and the message says so and why. */
const NOT_SAVED = '意见未保存，已恢复为原来的选择：';
const NO_TRANSCRIPTION: Transcription = { reason: '', paperRef: '' };

export function ReviewPage() {
  const { caseId, summary } = useCase();
  const { message } = AntApp.useApp();
  const [state, setState] = useState<ReviewState | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [rulesets, setRulesets] = useState<RulesetInfo[]>([]);
  const [rulesetId, setRulesetId] = useState<string>(summary.jurisdiction);
  const [kind, setKind] = useState<ReviewKind>(summary.caseType === 'agreement_review' ? 'agreement' : 'plan');
  const [versionId, setVersionId] = useState<string | undefined>();
  const [memberId, setMemberId] = useState<string | undefined>();
  // 代录 fields per member: each member's paper form is their own, so switching member never carries one member's
  // reason and paper reference onto another's verdicts (it did, silently: the memo then said that 王丽's opinions were
  // transcribed from 张明's form). Switching back shows what was typed for that member.
  const [transcriptions, setTranscriptions] = useState<Record<string, Transcription>>({});
  const transcription = useMemo<Transcription>(() => (memberId && transcriptions[memberId]) || NO_TRANSCRIPTION, [memberId, transcriptions]);
  const setTranscription = useCallback((t: Transcription) => {
    if (memberId) setTranscriptions((all) => ({ ...all, [memberId]: t }));
  }, [memberId]);
  const expert = useExpertSession(caseId);
  const later = useAfterPaint(state !== null); // the records, kits and conclusion below the checklist: after the checklist is painted
  const [recordsKey, setRecordsKey] = useState(0);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [docOpen, setDocOpen] = useState(false);
  const [rulesetOpen, setRulesetOpen] = useState(false);
  const [opinions, setOpinions] = useState<Opinion[]>([]);
  const [dirty, setDirty] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [memberForm] = Form.useForm();

  const loadRulesets = useCallback(() => request('review.rulesets', {}).then((r) => setRulesets(r.rulesets)), []);
  const loadMembers = useCallback(
    () => request('committee.list', { caseId }).then((r) => {
      setMembers(r.members);
      setMemberId((cur) => cur ?? r.members[0]?.memberId);
    }),
    [caseId],
  );
  /** A run's report and document never change: an answer for the same run keeps the objects already shown (the memoised rows then re-render only where a verdict or ruling changed). */
  const apply = useCallback((s: ReviewState) => {
    setState((prev) => {
      if (!(prev?.run && s.run && prev.run.runId === s.run.runId)) return s;
      // The other parts too keep their objects where their content is the same: a saved verdict then changes only
      // `verdicts`, and the memoised tables, lists and cards that do not show verdicts are not re-rendered.
      const same = <T,>(a: T, b: T) => (JSON.stringify(a) === JSON.stringify(b) ? a : b);
      return {
        ...s, report: prev.report, document: prev.document, run: same(prev.run, s.run), verdicts: same(prev.verdicts, s.verdicts),
        committee: same(prev.committee, s.committee), voters: same(prev.voters, s.voters), conclusion: same(prev.conclusion, s.conclusion),
        opinions: same(prev.opinions, s.opinions), flagRulings: same(prev.flagRulings, s.flagRulings),
      };
    });
    if (s.run) {
      setRulesetId(s.run.ruleset.id);
      setKind(s.run.kind);
    }
  }, []);

  useEffect(() => {
    void loadRulesets();
    void loadMembers();
    request('review.get', { caseId }).then((s) => {
      apply(s);
      setOpinions(s.opinions);
    }, (e) => setError(errorText(e)));
  }, [caseId, apply, loadRulesets, loadMembers]);

  const run = async (file?: File) => {
    setRunning(true);
    setError(null);
    try {
      const s = await request('review.run', { caseId, kind, rulesetId, ...(file ? { file: await toFileRef(file) } : versionId ? { versionId } : {}) });
      apply(s);
      message.success(`审查完成：${s.report!.items.filter((i) => i.status === 'missing').length} 项缺失，${s.report!.flags.length} 条红线`);
    } catch (e) {
      // An upload that failed before reaching the service carries its own Chinese message.
      setError(e instanceof ApiError || !(e instanceof Error) ? errorText(e) : e.message);
    } finally {
      setRunning(false);
    }
  };

  const jump = useCallback((e: Evidence) => {
    if (!e.blockId) return;
    setFocus(e.blockId);
    setDocOpen(true);
  }, []);

  /** Runs a change and shows its answer; true once the host has recorded it, false (the reason said) if refused. */
  const act = useCallback(async (fn: () => Promise<ReviewState>, failed = '') => {
    try {
      apply(await fn());
      return true;
    } catch (e) {
      message.error(failed + errorText(e));
      return false;
    }
  }, [apply, message]);

  const report = state?.report;
  const verdicts = useMemo(() => new Map((state?.verdicts ?? []).map((v) => [`${v.itemId}\u0000${v.memberId}`, v])), [state?.verdicts]);
  const verdictOf = (itemId: string, mId: string) => verdicts.get(`${itemId}\u0000${mId}`);
  const committee = useMemo(() => new Map((state?.committee ?? []).map((c) => [c.itemId, c])), [state?.committee]);
  const committeeOf = (itemId: string) => committee.get(itemId);
  const memberNames = useMemo(() => new Map(members.map((m) => [m.memberId, m.name])), [members]);
  const rulings = useMemo(() => new Map((state?.flagRulings ?? []).map((r) => [r.flagId, r])), [state?.flagRulings]);
  const sessionId = expert.session?.sessionId;
  const ruleItem = useCallback<RuleItem>(async (itemId, r, reason, location) => void (await act(() => request('review.ruleFlag', { caseId, flagId: itemId, ruling: r, reason, location }))), [act, caseId]);
  const saveVerdict = useCallback<SaveVerdict>(
    (itemId, v, c, earlier) => {
      if (!memberId) return Promise.resolve(false);
      // A 代录's reason and paper reference go with each verdict; the service uses them only for a member without a key.
      // Confirming a 代录 made on an earlier version with the fields left empty keeps its paper reference, and says so.
      const t = transcription.reason.trim() && transcription.paperRef.trim() ? { transcription }
        : earlier ? { transcription: { reason: `${earlier.reason}；按本版确认沿用先前版本的意见`, paperRef: earlier.paperRef } } : {};
      return act(() => request('review.saveVerdict', { caseId, itemId, memberId, verdict: v, comment: c, session: sessionId, ...t }), NOT_SAVED);
    },
    [act, caseId, memberId, sessionId, transcription],
  );
  const saveCommittee = useCallback<SaveVerdict>((itemId, v, c) => act(() => request('review.saveCommitteeVerdict', { caseId, itemId, verdict: v, comment: c }), NOT_SAVED), [act, caseId]);

  const itemColumns = useMemo(() => [
    { title: '序号', width: 56, render: (_: unknown, __: ItemFinding, i: number) => i + 1 },
    { title: '审查项', render: (_: unknown, i: ItemFinding) => <ItemTitle item={i} /> },
    { title: '自动结果', width: 150, render: (_: unknown, i: ItemFinding) => <AutoResult item={i} ruling={rulings.get(i.id)} onRule={ruleItem} /> },
    { title: '证据 / 查找内容', width: 320, render: (_: unknown, i: ItemFinding) => <ItemEvidence item={i} onJump={jump} /> },
  ], [rulings, ruleItem, jump]);
  const expertColumns = useMemo(() => [
    ...itemColumns,
    {
      title: '专家意见',
      width: 220,
      render: (_: unknown, i: ItemFinding) =>
        memberId ? <MemberVerdict itemId={i.id} memberId={memberId} onSave={saveVerdict} /> : <Typography.Text type="secondary">请先添加专家</Typography.Text>,
    },
  ], [itemColumns, memberId, saveVerdict]);

  const submitVerdicts = async () => {
    if (!expert.session) return;
    try {
      const r = await request('experts.submitVerdicts', { caseId, session: expert.session.sessionId });
      expert.ended();
      setRecordsKey((k) => k + 1);
      message.success(`${r.record.memberName}的审查意见已提交并签名（SM3 ${r.record.digest.slice(0, 8).toUpperCase()}），已自动退出登录。`);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const expertTab = (
    <>
      <div style={{ marginBottom: 12 }}><ExpertSignIn caseId={caseId} onSignedIn={(s) => setMemberId(s.memberId)} /></div>
      <Space style={{ marginBottom: 12 }}>
        <span>记录意见的专家：</span>
        <Select style={{ width: 200 }} value={expert.session?.memberId ?? memberId} onChange={setMemberId} data-testid="member-select" disabled={!!expert.session}
          options={members.map((m) => ({ value: m.memberId, label: `${m.name}${m.role === 'chair' ? '（组长）' : ''}` }))} placeholder="请先添加专家" />
        {expert.session && <Button type="primary" onClick={() => void submitVerdicts()} data-testid="submit-verdicts">提交并签署本人意见</Button>}
      </Space>
      <TranscriptionFields caseId={caseId} memberId={memberId} memberName={members.find((m) => m.memberId === memberId)?.name ?? ''} signedIn={!!expert.session} value={transcription} onChange={setTranscription} />
      <VerdictsContext.Provider value={verdicts}>
        <ChecklistTable items={report?.items ?? NO_ITEMS} columns={expertColumns} testId="checklist" />
      </VerdictsContext.Provider>
    </>
  );

  // Rows where the voting members differ are highlighted for the chair; recused members are not counted.
  const differ = new Set(report && state ? agreementOf(report.items.map((i) => i.id), state.verdicts, state.voters).filter((a) => a.state === 'differ').map((a) => a.itemId) : []);
  const chairTab = (
    <>
    <AdoptAgreed caseId={caseId} onState={apply} />
    <Table size="small" rowKey="id" pagination={false} dataSource={report?.items ?? []} data-testid="committee-table" scroll={{ x: true }} className="rd-checklist"
      onRow={(i: ItemFinding) => (differ.has(i.id) ? { style: { background: '#fffbe6' }, 'data-differ': 'true' } as React.HTMLAttributes<HTMLElement> : {})}
      columns={[
        itemColumns[0],
        itemColumns[1],
        itemColumns[2],
        ...members.map((m) => ({
          title: m.name,
          width: 110,
          render: (_: unknown, i: ItemFinding) => {
            const v = verdictOf(i.id, m.memberId);
            if (state && !state.voters.includes(m.memberId)) return <Typography.Text type="secondary">回避</Typography.Text>;
            return v ? (
              <div data-testid={`side-${i.id}-${m.name}`}>
                <Tag color={v.verdict === 'fails' ? 'red' : v.verdict === 'mostly' ? 'gold' : v.verdict === 'conforms' ? 'green' : 'default'}>{VERDICTS[v.verdict]}</Tag>
                {v.earlier && <Tag color="orange" title={`针对${earlierLabel(v.earlier)}录入，尚未按本版确认`}>先前版本</Tag>}
                {v.entry === 'transcribed' && <Tag color="gold" title={v.transcribed ? `由${v.transcribed.operator}代录：${v.transcribed.paperRef}；${v.transcribed.reason}` : undefined}>代录</Tag>}
                {v.comment && <div style={{ fontSize: 12 }}>{v.comment}</div>}
              </div>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            );
          },
        })),
        {
          title: '专家组意见',
          width: 220,
          render: (_: unknown, i: ItemFinding) => (
            <>
              {differ.has(i.id) && <Tag color="orange" data-testid={`differ-tag-${i.id}`}>意见不一致</Tag>}
              {committeeOf(i.id)?.source === 'adopted' && <AdoptedTag />}
              <VerdictCell testId={`committee-${i.id}`} itemId={i.id} value={committeeOf(i.id)?.verdict} comment={committeeOf(i.id)?.comment ?? ''} onSave={saveCommittee} />
              {((c) => c?.earlier && <GivenOnEarlier itemId={`committee-${i.id}`} earlier={c.earlier} onConfirm={() => saveCommittee(i.id, c.verdict, c.comment)} />)(committeeOf(i.id))}
            </>
          ),
        },
      ]} />
    </>
  );

  const targets = useMemo(() => (report ? [...report.flags.map((f) => ({ id: f.id, title: `红线：${f.title}`, basis: f.basis })), ...report.items.map((i) => ({ id: i.id, title: i.title, basis: i.basis }))] : []), [report]);
  const editOpinions = useCallback((next: Opinion[]) => {
    setOpinions(next);
    setDirty(true);
  }, []);

  // The cards around the checklist, each made again only when what it shows changed: saving a verdict re-renders
  // the verdict's cell, not the red lines, the records or the conclusion.
  const flagsCard = useMemo(() => report && (
    <Card title={`红线（${report.flags.length}）`} data-testid="flags">
      {report.flags.length === 0 ? <Typography.Text type="success">未发现触及红线的约定。</Typography.Text> : (
        <List dataSource={report.flags} renderItem={(f) => {
          const ruling = rulings.get(f.id);
          const rule = <FlagRuling flagId={f.id} ruling={ruling}
            onRule={async (r, reason) => void (await act(() => request('review.ruleFlag', { caseId, flagId: f.id, ruling: r, reason })))} />;
          // A recorded ruling carries the expert's reason, often a long sentence: it goes under the finding, full width.
          // As a list action it took the row's width and squeezed the red line into a column one character wide.
          return (
            <List.Item data-testid={`flag-${f.id}`} actions={ruling ? undefined : [<span key="rule">{rule}</span>]}>
              <List.Item.Meta
                title={<Space><Tag color={f.severity === 'red' ? 'red' : 'orange'}>{f.severity === 'red' ? '红线' : '提示'}</Tag>{f.title}</Space>}
                description={<><div>{f.message}</div><div style={{ fontSize: 12 }}>依据：{f.basis.map((b) => b.label).join('；')}</div><EvidenceLinks evidence={f.evidence} onJump={jump} />
                  {ruling && <div style={{ marginTop: 8 }}>{rule}</div>}</>} />
            </List.Item>
          );
        }} />
      )}
    </Card>
  ), [report, rulings, act, caseId, jump]);
  const hasRun = !!state?.run;
  const recordsAndKits = useMemo(() => (
    <>
      {later && <SignedRecordsCard caseId={caseId} kinds={['verdicts']} reloadKey={recordsKey} />}
      {later && hasRun && (
        <KitsCard caseId={caseId} members={members} onImported={() => {
          setRecordsKey((k) => k + 1);
          request('review.get', { caseId }).then(apply, (e) => message.error(errorText(e)));
        }} />
      )}
    </>
  ), [later, caseId, recordsKey, hasRun, members, apply, message]);
  const conclusion = state?.conclusion;
  const conclusionCard = useMemo(() => (
    <Card title="专家组结论与修改意见" data-testid="conclusion-card">
    <Space style={{ marginBottom: 12 }}>
      <span>结论</span>
      <Radio.Group value={conclusion?.value} optionType="button" buttonStyle="solid" data-testid="conclusion"
        options={Object.entries(CONCLUSIONS).map(([value, label]) => ({ value, label }))}
        onChange={(e) => void act(() => request('review.setConclusion', { caseId, conclusion: e.target.value }))} />
      {conclusion && <Typography.Text type="secondary">{conclusion.decidedBy} {dayjs(conclusion.decidedAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>}
    </Space>
    {conclusion?.earlier && (
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="conclusion-earlier"
        message={`该结论是针对${earlierLabel(conclusion.earlier)}作出的，本次审查的是另一文本，尚未按本版确认。`}
        action={<Button size="small" onClick={() => void act(() => request('review.setConclusion', { caseId, conclusion: conclusion.value }))} data-testid="conclusion-confirm">按本版确认</Button>} />
    )}
    <List
      header={
        <Space>
          <Button onClick={async () => { try { editOpinions((await request('review.draftOpinions', { caseId })).opinions); } catch (e) { message.error(errorText(e)); } }} data-testid="draft-opinions">根据审查结果起草</Button>
          <Select style={{ width: 320 }} placeholder="添加一条意见：选择审查项" value={null} data-testid="add-opinion"
            options={targets.map((t) => ({ value: t.id, label: t.title }))}
            onChange={(id) => { const t = targets.find((x) => x.id === id)!; editOpinions([...opinions, { itemId: t.id, itemTitle: t.title, basis: t.basis, text: '' }]); }} />
          <Button type="primary" disabled={!dirty} data-testid="save-opinions"
            onClick={async () => {
              try {
                const s = await request('review.saveOpinions', { caseId, opinions });
                apply(s);
                setOpinions(s.opinions);
                setDirty(false);
                message.success('修改意见已保存');
              } catch (e) {
                message.error(errorText(e));
              }
            }}>保存修改意见</Button>
          {dirty && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
        </Space>
      }
      dataSource={opinions}
      locale={{ emptyText: '暂无修改意见' }}
      renderItem={(o, i) => (
        <List.Item data-testid="opinion" actions={[
          <Button key="up" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => { const n = [...opinions]; [n[i - 1], n[i]] = [n[i], n[i - 1]]; editOpinions(n); }} />,
          <Button key="down" size="small" icon={<ArrowDownOutlined />} disabled={i === opinions.length - 1} onClick={() => { const n = [...opinions]; [n[i + 1], n[i]] = [n[i], n[i + 1]]; editOpinions(n); }} />,
          <Button key="del" size="small" danger icon={<DeleteOutlined />} onClick={() => editOpinions(opinions.filter((_, j) => j !== i))} />,
        ]}>
          <div style={{ width: '100%' }}>
            <div style={{ fontSize: 12, color: '#888' }}>{i + 1}. {o.itemTitle} · 依据：{o.basis.map((b) => b.label).join('；') || '—'}</div>
            <Input.TextArea rows={1} className="rd-grow" value={o.text} status={o.text.trim() ? undefined : 'error'} placeholder="请填写修改意见" data-testid="opinion-text"
              onChange={(e) => editOpinions(opinions.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} />
          </div>
        </List.Item>
      )}
    />
    </Card>
  ), [conclusion, opinions, dirty, targets, act, caseId, apply, message, editOpinions]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1280 }}>
      <Card title="合规审查" extra={<Button icon={<BookOutlined />} onClick={() => setRulesetOpen(true)} data-testid="view-ruleset">查看规则集</Button>}>
        <Space wrap>
          <span>审查类型</span>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)} optionType="button" data-testid="review-kind"
            options={Object.entries(REVIEW_KINDS).map(([value, label]) => ({ value, label }))} />
          <span>规则集</span>
          <Select style={{ width: 220 }} value={rulesetId} onChange={setRulesetId} data-testid="ruleset-select"
            options={rulesets.map((r) => ({ value: r.id, label: `${r.name}（${r.version}）` }))} />
          <input ref={fileInput} type="file" hidden accept=".txt,.md,.docx,.pdf" data-testid="review-file"
            onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void run(f); }} />
          <Button type="primary" icon={<FileSearchOutlined />} loading={running} onClick={() => fileInput.current?.click()} data-testid="choose-document">选择文件并审查</Button>
          <ReviewDocumentPick caseId={caseId} kind={kind} value={versionId} onChange={setVersionId} />
          <Button icon={<ReloadOutlined />} disabled={running} onClick={() => void run()} data-testid="rerun">{state?.run ? '按所选规则集重新审查' : '审查案卷中已导入的文件'}</Button>
        </Space>
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} data-testid="review-error" />}
        {state?.run && (
          <div style={{ marginTop: 12 }} data-testid="run-info">
            <Typography.Text>
              审查文件：<b>{state.run.documentName}</b>（{REVIEW_KINDS[state.run.kind]}） · 规则集：{state.run.ruleset.name} {state.run.ruleset.id}@{state.run.ruleset.version} · {dayjs(state.run.createdAt).format('YYYY-MM-DD HH:mm')}{state.run.createdBy ? ` · 审查人：${state.run.createdBy}` : ''}
            </Typography.Text>
            <Button type="link" size="small" onClick={() => { setFocus(null); setDocOpen(true); }}>查看原文</Button>
          </div>
        )}
        {state?.run && <NewerVersionAlert caseId={caseId} sha256={state.run.documentSha256} runAt={state.run.createdAt} />}
        {state?.run && <EarlierRulingsAlert earlier={state.earlierRulings} />}
        {state?.run && <EarlierVerdictsAlert state={state} memberNames={memberNames} />}
        {report?.warnings.map((w, i) => <Alert key={i} type="warning" showIcon message={w} style={{ marginTop: 8 }} data-testid="review-warning" />)}
      </Card>

      {!report ? (
        <Card><Empty description="尚未审查。请选择实施方案或授权运营协议文件（DOCX、PDF、TXT、Markdown），或审查已在“文件”页导入的文件。" /></Card>
      ) : (
        <>
          {flagsCard}

          <Card title="逐项审查">
            {members.length === 0 && (
              <Form form={memberForm} name="review-first-member" layout="inline" style={{ marginBottom: 12 }} data-testid="add-member-form"
                onFinish={async (v) => {
                  try {
                    await request('committee.save', { caseId, member: { name: v.name, role: v.role } });
                    memberForm.resetFields();
                    await loadMembers();
                  } catch (e) {
                    message.error(errorText(e));
                  }
                }}>
                <Form.Item name="name" rules={[{ required: true, message: '请输入专家姓名' }]}><Input placeholder="专家姓名" data-testid="member-name" /></Form.Item>
                <Form.Item name="role" initialValue="chair"><Radio.Group options={[{ value: 'chair', label: '组长' }, { value: 'member', label: '成员' }]} /></Form.Item>
                <Button htmlType="submit" icon={<PlusOutlined />} data-testid="add-member">添加专家</Button>
              </Form>
            )}
            {members.length > 0 && members.length < 5 && (
              <Form form={memberForm} name="review-more-members" layout="inline" style={{ marginBottom: 12 }} data-testid="add-member-form"
                onFinish={async (v) => {
                  try {
                    await request('committee.save', { caseId, member: { name: v.name, role: 'member' } });
                    memberForm.resetFields();
                    await loadMembers();
                  } catch (e) {
                    message.error(errorText(e));
                  }
                }}>
                <Form.Item name="name" rules={[{ required: true, message: '请输入专家姓名' }]}><Input placeholder="再添加一位专家" data-testid="member-name" /></Form.Item>
                <Button htmlType="submit" icon={<PlusOutlined />} data-testid="add-member">添加专家</Button>
              </Form>
            )}
            <Tabs items={[{ key: 'expert', label: '专家意见', children: expertTab }, { key: 'chair', label: '组长汇总（并列对比）', children: chairTab }]} data-testid="review-tabs" />
            {recordsAndKits}
          </Card>

          {later && conclusionCard}
        </>
      )}
      <DocumentDrawer doc={state?.document ?? null} focus={focus} open={docOpen} onClose={() => setDocOpen(false)} />
      <RulesetDrawer id={rulesetId} open={rulesetOpen} onClose={() => setRulesetOpen(false)} onImported={() => void loadRulesets()} />
    </Space>
  );
}
