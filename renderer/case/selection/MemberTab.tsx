import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Tooltip, Upload, App as AntApp } from 'antd';
import { RECUSAL_RELATIONS, type RecusalRelation } from '../../../shared/scoring/selection';
import { round2 } from '../../../shared/scoring/scheme';
import { priceText } from '../../../shared/scoring/evaluation';
import { numberText } from '../../../shared/domain/numberText';
import type { MemberView } from '../../../shared/api/selection';
import type { Transcription } from '../../../shared/api/kits';
import { request, errorText, ApiError } from '../../api/client';
import { saveOutput, toFileRef } from '../../api/files';
import { useAppInfo } from '../../AppContext';
import { useCase } from '../CaseContext';
import type { TabProps } from './tabProps';
import { ExpertSignIn, useExpertSession } from '../ExpertSignIn';
import { SignedRecordsCard } from '../SignedRecordsCard';
import { TranscriptionFields } from '../review/TranscriptionFields';

type Scores = Record<string, Record<string, number | null>>;
type Notes = Record<string, Record<string, string>>;

/**
 * One member at the laptop: first the 198号 declaration for every applicant (nothing of the bids is shown before),
 * then their own sheet. Others' scores appear only after this member has submitted.
 */
export function MemberTab({ state, reload }: TabProps) {
  const { caseId } = useCase();
  const expert = useExpertSession(caseId);
  const [memberId, setMemberId] = useState<string | undefined>(state.members[0]?.memberId);
  const shown = expert.session?.memberId ?? memberId;
  if (!state.members.length) return <Alert type="info" showIcon message="请先在“基本信息”中添加评审委员会成员。" />;
  if (!state.applicants.length) return <Alert type="info" showIcon message="请先添加申报单位。" />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1200 }}>
      <ExpertSignIn caseId={caseId} onSignedIn={(s) => setMemberId(s.memberId)} />
      <Space>
        <span>当前评审成员：</span>
        <Select style={{ width: 260 }} value={shown} onChange={setMemberId} data-testid="current-member" disabled={!!expert.session}
          options={state.members.map((m) => ({ value: m.memberId, label: `${m.label}${m.recused ? '（已回避）' : m.submittedAt ? '（已提交）' : m.declared ? '（已声明）' : '（未声明）'}` }))} />
      </Space>
      {shown && <MemberSheet key={shown} memberId={shown} state={state} reload={reload} />}
      <SignedRecordsCard caseId={caseId} kinds={['recusal', 'scores']} reloadKey={state} />
    </Space>
  );
}

function MemberSheet({ memberId, state, reload }: TabProps & { memberId: string }) {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message, modal } = AntApp.useApp();
  const expert = useExpertSession(caseId);
  const session = expert.session?.memberId === memberId ? expert.session.sessionId : undefined;
  const [view, setView] = useState<MemberView | null>(null);
  const [scores, setScores] = useState<Scores>({});
  const [notes, setNotes] = useState<Notes>({});
  const [busy, setBusy] = useState<string | null>(null);
  // 代录 (member without a key): why the secretary enters it and where the paper is, required before it is recorded.
  const [transcription, setTranscription] = useState<Transcription>({ reason: '', paperRef: '' });
  const load = useCallback(async () => {
    const v = await request('selection.memberView', { caseId, memberId });
    setView(v);
    setScores(v.scores);
    setNotes(v.notes);
  }, [caseId, memberId]);
  useEffect(() => void load().catch((e) => message.error(errorText(e))), [load, message]);
  // One action at a time: a second click while the first is running does nothing (the button shows it is busy).
  const act = async (fn: () => Promise<unknown>, ok?: string, key = 'act') => {
    if (busy) return;
    setBusy(key);
    try {
      await fn();
      await load();
      await reload();
      if (ok) message.success(ok);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  if (!view) return null;
  if (view.recused) return <Alert type="warning" showIcon data-testid="member-recused" message={`${view.name} 已声明存在利害关系并回避，不参加本次评分。`} />;
  const transcribing = !!view.keyless && !session;
  /** The 代录 to send with a declaration or a submitted sheet; refused here, before anything is sent, when incomplete. */
  const transcriptionFor = (paper: string) => {
    if (!transcribing) return {};
    if (!transcription.reason.trim() || !transcription.paperRef.trim()) {
      throw new ApiError({ code: 'TRANSCRIPTION_REQUIRED', message: `${view.name}未登记签名密钥，由秘书代录：请先在上方黄色提示中填写代录理由和${paper}的编号或存放位置，再提交；未作任何改动。` });
    }
    return { transcription: { reason: transcription.reason.trim(), paperRef: transcription.paperRef.trim() } };
  };
  const fields = (paper: string, what: string) => (
    <TranscriptionFields caseId={caseId} memberId={memberId} memberName={view.name} signedIn={!!session} keyless={!!view.keyless} value={transcription} onChange={setTranscription}
      paper={paper} what={what} printedIn="评审报告" />
  );
  if (!view.declared) return (
    <>
      {fields('纸质回避声明', '回避声明')}
      {/* The score sheet is another paper: what was typed for the declaration must not stand as the sheet's 代录. */}
      <Declaration view={view} transcription={() => transcriptionFor('纸质回避声明')} onDone={() => act(async () => setTranscription({ reason: '', paperRef: '' }), undefined)} />
    </>
  );

  const crit = state.scheme.criteria.filter((c) => c.kind !== 'price');
  const locked = !!view.submittedAt;
  // Out of range is shown where it was typed and refused on save; never clamped to the maximum behind the member's back.
  const outOfRange = view.applicants.flatMap((a) => crit.filter((c) => {
    const v = scores[a.applicantId]?.[c.id];
    return v != null && !(v >= 0 && v <= c.max);
  }).map((c) => `${a.name}“${c.name}”${scores[a.applicantId][c.id]} 分（应为 0～${c.max} 分）`));
  const save = async () => {
    if (outOfRange.length) throw new ApiError({ code: 'SELECTION_SCORE_INVALID', message: `以下评分超出评分标准规定的分值范围，未保存，请改正：${outOfRange.join('；')}。` });
    await request('selection.saveScores', { caseId, memberId, scores, notes, session });
  };
  // Bids whose 资格/符合性审查 is not recorded yet: scored as the sheet comes (paper is typed in any order), but the score
  // counts only if the bid passes, and the member and the secretary typing a sheet are told so on that bid.
  const unreviewed = view.applicants.filter((a) => a.reviewPending);
  const totalOf = (aid: string) => {
    const row = scores[aid] ?? {};
    return crit.every((c) => row[c.id] != null) ? round2(crit.reduce((s, c) => s + (row[c.id] ?? 0), 0)) : null;
  };
  return (
    <Card size="small" title={<Space>{view.name} 的评分表{locked ? <Tag color="blue">已提交 · 已锁定</Tag> : <Tag>未提交</Tag>}</Space>}
      extra={!locked && (
        <Space>
          <Button onClick={() => act(async () => saveOutput(await request('selection.exportSheet', { caseId, memberId }), appInfo.nativeDialogs))}>导出空白评分表</Button>
          <Upload accept=".xlsx" showUploadList={false} customRequest={async ({ file }) => {
            try {
              const r = await request('selection.importSheet', { caseId, file: await toFileRef(file as File) });
              await load();
              message.success(`已导入 ${r.memberName} 的 ${r.scores} 项评分`);
            } catch (e) {
              modal.error({ title: '评分表未导入', width: 640, content: <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }} data-testid="import-problems">{errorText(e)}</pre> });
            }
          }}><Button>导入评分表</Button></Upload>
        </Space>
      )}>
      {!locked && fields('纸质评分表', '评分')}
      {view.transcribed?.scores && locked && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="sheet-transcribed"
          message={`本评分表系代录：由${view.transcribed.scores.operator}根据${view.name}的纸质评分表录入（${view.transcribed.scores.paperRef}；理由：${view.transcribed.scores.reason}），非本人电子签署。`} />
      )}
      <Card size="small" type="inner" title="评分指引" style={{ marginBottom: 12 }} data-testid="guidance">
        {crit.map((c) => (
          <p key={c.id} style={{ margin: '0 0 6px' }}><b>{c.name}（0～{c.max} 分{c.kind === 'objective' ? '，客观分' : ''}）</b>：{c.guidance || '（评分办法未写明指引）'}</p>
        ))}
      </Card>
      {unreviewed.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="sheet-review-pending"
          message={`${unreviewed.map((a) => a.name).join('、')}的资格审查和符合性审查尚未记录完毕，对其评分可能不计入结果`}
          description={<>
            <ul style={{ margin: 0, paddingLeft: 18 }}>{unreviewed.map((a) => <li key={a.applicantId}>{a.name}：{a.reviewPending}未记录结论。</li>)}</ul>
            可以照常评分或录入纸质评分表；该单位如审查不通过，其评分不计入汇总，审查全部记录前评审结果不是最终结果。请秘书在“资格与符合性审查”页逐项记录“通过”或“不通过”。
          </>} />
      )}
      <Table size="small" rowKey="applicantId" pagination={false} dataSource={view.applicants} scroll={{ x: true }} data-testid="score-table"
        columns={[
          { title: '申报单位', dataIndex: 'name', fixed: 'left', width: 160, render: (v: string, a, ai: number) => <span>{v}{a.reviewPending && <div><Tooltip title={`${a.reviewPending}未记录结论；如审查不通过，本行评分不计入结果`}><Tag color="orange" data-testid={`review-pending-${ai}`}>审查未记录，评分可能不计</Tag></Tooltip></div>}{a.price != null && <div style={{ color: '#888', fontSize: 12 }}>报价 {priceText(a.price, state.options.priceUnit)}</div>}{a.documents?.map((d) => <div key={d.documentId} style={{ fontSize: 12 }}>{d.title}</div>)}</span> },
          ...crit.map((c) => ({
            title: <Tooltip title={c.guidance}><span>{c.name}<div style={{ color: '#888', fontWeight: 400, fontSize: 12 }}>0～{c.max}{c.kind === 'objective' ? ' 客观' : ''}</div></span></Tooltip>,
            key: c.id, width: 150,
            render: (_: unknown, a: MemberView['applicants'][number], ai: number) => {
              const v = scores[a.applicantId]?.[c.id];
              const bad = v != null && !(v >= 0 && v <= c.max);
              return (
                <div>
                  <InputNumber size="small" step={0.5} disabled={locked} value={v ?? null} style={{ width: 90 }} parser={(t) => numberText(t ?? '', ['分']) as unknown as number /* rc-input-number parses the text itself */} data-testid={`score-${ai}-${c.id}`} status={bad ? 'error' : undefined}
                    aria-label={`${a.name} ${c.name} 评分`} onChange={(x) => setScores({ ...scores, [a.applicantId]: { ...scores[a.applicantId], [c.id]: x == null ? null : Number(x) } })} />
                  {bad && <div style={{ color: '#c00', fontSize: 12 }} data-testid={`score-error-${ai}-${c.id}`}>超出 0～{c.max} 分，请改正</div>}
                  <Input.TextArea size="small" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder="评分说明（选填）" disabled={locked} style={{ marginTop: 4, fontSize: 12 }}
                    aria-label={`${a.name} ${c.name} 评分说明`} data-testid={`note-${ai}-${c.id}`} value={notes[a.applicantId]?.[c.id] ?? ''}
                    onChange={(e) => setNotes({ ...notes, [a.applicantId]: { ...notes[a.applicantId], [c.id]: e.target.value } })} />
                </div>
              );
            },
          })),
          { title: '合计', key: 'total', width: 80, render: (_: unknown, a) => <b data-testid="row-total">{totalOf(a.applicantId) ?? '—'}</b> },
        ]} />
      {!locked && (
        <Space style={{ marginTop: 12 }}>
          <Button loading={busy === 'save'} disabled={!!busy && busy !== 'save'} onClick={() => act(save, '已保存（未提交）', 'save')} data-testid="save-scores">保存</Button>
          <Popconfirm title="提交后评分表锁定，只能通过更正流程修改。确认提交？" okText="提交" cancelText="取消" onConfirm={() => act(async () => {
            const t = transcriptionFor('纸质评分表');
            await save();
            await request('selection.submit', { caseId, memberId, session, ...t });
            if (session) expert.ended();
          }, session ? '评分表已提交并签名，已自动退出登录' : '评分表已提交', 'submit')}>
            <Button type="primary" loading={busy === 'submit'} disabled={!!busy && busy !== 'submit'} data-testid="submit-sheet">提交评分表</Button>
          </Popconfirm>
        </Space>
      )}
      {view.others && (
        <Card size="small" type="inner" title="其他成员已提交的评分（提交本人评分表后可见）" style={{ marginTop: 12 }} data-testid="others">
          {view.others.length === 0 ? '其他成员尚未提交。' : (
            <Table size="small" pagination={false} rowKey={(r) => r.key}
              dataSource={view.others.flatMap((o) => view.applicants.map((a) => ({ key: `${o.memberId}/${a.applicantId}`, member: o.name, applicant: a.name, row: o.scores[a.applicantId] ?? {} })))}
              columns={[{ title: '成员', dataIndex: 'member' }, { title: '申报单位', dataIndex: 'applicant' }, ...crit.map((c) => ({ title: c.name, key: c.id, render: (_: unknown, r: { row: Record<string, number | null> }) => r.row[c.id] ?? '—' }))]} />
          )}
        </Card>
      )}
    </Card>
  );
}

function Declaration({ view, transcription, onDone }: { view: MemberView; transcription(): { transcription?: Transcription }; onDone(): Promise<void> }) {
  const { caseId } = useCase();
  const { message } = AntApp.useApp();
  const expert = useExpertSession(caseId);
  const [rows, setRows] = useState<Record<string, { relation?: RecusalRelation; note: string }>>(
    Object.fromEntries(view.applicants.map((a) => [a.applicantId, { relation: view.declarations.find((d) => d.applicantId === a.applicantId)?.relation as RecusalRelation | undefined, note: '' }])),
  );
  // A double click records one declaration: the second click finds the first still running and does nothing.
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const submit = async () => {
    const missing = view.applicants.filter((a) => !rows[a.applicantId]?.relation);
    if (missing.length) return message.warning(`请对每个申报单位作出声明：${missing.map((a) => a.name).join('、')}`);
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const session = expert.session?.memberId === view.memberId ? expert.session.sessionId : undefined;
      const r = await request('selection.declare', { caseId, memberId: view.memberId, session, ...(session ? {} : transcription()), declarations: view.applicants.map((a) => ({ applicantId: a.applicantId, relation: rows[a.applicantId].relation!, note: rows[a.applicantId].note })) });
      message[r.recused ? 'warning' : 'success'](r.recused ? '已记录利害关系，该成员回避，不参加评分。' : '回避声明已记录');
      await onDone();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={`${view.name}：回避声明（财库〔2016〕198号第十六条）`} data-testid="declaration">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message="查看投标文件和评分之前，须逐一声明与各申报单位是否存在下列关系。存在任一关系的，应当回避，不参加本次评分。" />
      <Table size="small" rowKey="applicantId" pagination={false} dataSource={view.applicants}
        columns={[
          { title: '申报单位', dataIndex: 'name', width: 220 },
          { title: '关系', render: (_, a, i) => <Select style={{ width: 420 }} placeholder="请选择" value={rows[a.applicantId]?.relation} data-testid={`declare-${i}`}
              options={Object.entries(RECUSAL_RELATIONS).map(([value, label]) => ({ value, label }))} onChange={(v) => setRows({ ...rows, [a.applicantId]: { ...rows[a.applicantId], relation: v } })} /> },
          { title: '说明', render: (_, a) => <Input size="small" placeholder={rows[a.applicantId]?.relation === 'other' ? '必填：具体情况' : '选填'} value={rows[a.applicantId]?.note} onChange={(e) => setRows({ ...rows, [a.applicantId]: { ...rows[a.applicantId], note: e.target.value } })} /> },
        ]} />
      <Button type="primary" style={{ marginTop: 12 }} onClick={submit} loading={busy} data-testid="submit-declaration">确认声明</Button>
    </Card>
  );
}
