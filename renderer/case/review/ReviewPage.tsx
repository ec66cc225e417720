import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Card, Empty, Select, Space, Tabs, Typography, App as AntApp } from 'antd';
import { request, errorText, ApiError } from '../../api/client';
import { toFileRef } from '../../api/files';
import { useCase } from '../CaseContext';
import type { ReviewState, RulesetInfo, Opinion } from '../../../shared/api/review';
import type { Member } from '../../../shared/domain/committee';
import type { Evidence, ItemFinding } from '../../../shared/review/report';
import type { ReviewKind } from '../../../shared/review/ruleset';
import { AutoResult, ChecklistTable, ItemEvidence, ItemTitle, MemberVerdict, VerdictsContext, type RuleItem, type SaveVerdict } from './ChecklistCells';
import { DocumentDrawer } from './DocumentDrawer';
import { RulesetDrawer } from './RulesetDrawer';
import { ExpertSignIn, useExpertSession } from '../ExpertSignIn';
import { useAfterPaint } from '../../components/useAfterPaint';
import { SignedRecordsCard } from '../SignedRecordsCard';
import { KitsCard } from '../KitsCard';
import { TranscriptionFields } from './TranscriptionFields';
import type { Transcription } from '../../../shared/api/kits';
import { ReviewRunCard } from './ReviewRunCard';
import { FlagsCard } from './FlagsCard';
import { ChairTable } from './ChairTable';
import { ConclusionCard } from './ConclusionCard';
import { AddMemberForm } from './AddMemberForm';

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

  const shown = state?.run?.kind;
  /** Another kind's review on screen: its own 修改意见 replace the list (the page keeps unsaved edits of one kind only). */
  const showOpinionsOf = useCallback((s: ReviewState) => {
    if (s.run?.kind === shown) return;
    setOpinions(s.opinions);
    setDirty(false);
  }, [shown]);

  const run = async (file?: File) => {
    setRunning(true);
    setError(null);
    try {
      if (dirty && kind !== shown) throw new Error('修改意见尚未保存。请先保存（或放弃修改）后再审查另一份文件。');
      const s = await request('review.run', { caseId, kind, rulesetId, ...(file ? { file: await toFileRef(file) } : versionId ? { versionId } : {}) });
      showOpinionsOf(s);
      apply(s);
      message.success(`审查完成：${s.report!.items.filter((i) => i.status === 'missing').length} 项缺失，${s.report!.flags.length} 条红线`);
    } catch (e) {
      // An upload that failed before reaching the service carries its own Chinese message.
      setError(e instanceof ApiError || !(e instanceof Error) ? errorText(e) : e.message);
    } finally {
      setRunning(false);
    }
  };

  /** The switch between the plan's review and the agreement's, once both are reviewed. */
  const show = (k: ReviewKind) => {
    if (k === shown) return;
    if (dirty) {
      message.warning('修改意见尚未保存，请先保存后再切换。');
      return;
    }
    request('review.get', { caseId, kind: k }).then((s) => {
      showOpinionsOf(s);
      apply(s);
    }, (e) => message.error(errorText(e)));
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
  const committee = useMemo(() => new Map((state?.committee ?? []).map((c) => [c.itemId, c])), [state?.committee]);
  const memberNames = useMemo(() => new Map(members.map((m) => [m.memberId, m.name])), [members]);
  const rulings = useMemo(() => new Map((state?.flagRulings ?? []).map((r) => [r.flagId, r])), [state?.flagRulings]);
  const sessionId = expert.session?.sessionId;
  const ruleItem = useCallback<RuleItem>(async (itemId, r, reason, location) => void (await act(() => request('review.ruleFlag', { caseId, flagId: itemId, ruling: r, reason, location, kind: shown }))), [act, caseId, shown]);
  const saveVerdict = useCallback<SaveVerdict>(
    (itemId, v, c, earlier) => {
      if (!memberId) return Promise.resolve(false);
      // A 代录's reason and paper reference go with each verdict; the service uses them only for a member without a key.
      // Confirming a 代录 made on an earlier version with the fields left empty keeps its paper reference, and says so.
      const t = transcription.reason.trim() && transcription.paperRef.trim() ? { transcription }
        : earlier ? { transcription: { reason: `${earlier.reason}；按本版确认沿用先前版本的意见`, paperRef: earlier.paperRef } } : {};
      return act(() => request('review.saveVerdict', { caseId, itemId, memberId, verdict: v, comment: c, session: sessionId, kind: shown, ...t }), NOT_SAVED);
    },
    [act, caseId, memberId, sessionId, transcription, shown],
  );
  const saveCommittee = useCallback<SaveVerdict>((itemId, v, c) => act(() => request('review.saveCommitteeVerdict', { caseId, itemId, verdict: v, comment: c, kind: shown }), NOT_SAVED), [act, caseId, shown]);

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
      const r = await request('experts.submitVerdicts', { caseId, session: expert.session.sessionId, kind: shown });
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

  const chairTab = <ChairTable caseId={caseId} report={report} state={state} members={members} verdicts={verdicts} committee={committee} itemColumns={itemColumns} saveCommittee={saveCommittee} onState={apply} />;

  const targets = useMemo(() => (report ? [...report.flags.map((f) => ({ id: f.id, title: `红线：${f.title}`, basis: f.basis })), ...report.items.map((i) => ({ id: i.id, title: i.title, basis: i.basis }))] : []), [report]);
  const editOpinions = useCallback((next: Opinion[]) => {
    setOpinions(next);
    setDirty(true);
  }, []);

  // The cards around the checklist, each made again only when what it shows changed: saving a verdict re-renders
  // the verdict's cell, not the red lines, the records or the conclusion.
  const ruleFlag = useCallback(async (flagId: string, r: 'dismissed' | 'upheld' | null, reason: string) => void (await act(() => request('review.ruleFlag', { caseId, flagId, ruling: r, reason, kind: shown }))), [act, caseId, shown]);
  const hasRun = !!state?.run;
  const recordsAndKits = useMemo(() => (
    <>
      {later && <SignedRecordsCard caseId={caseId} kinds={['verdicts']} reloadKey={recordsKey} />}
      {later && hasRun && (
        <KitsCard caseId={caseId} kind={shown} members={members} onImported={() => {
          setRecordsKey((k) => k + 1);
          request('review.get', { caseId, kind: shown }).then(apply, (e) => message.error(errorText(e)));
        }} />
      )}
    </>
  ), [later, caseId, recordsKey, hasRun, members, apply, message, shown]);
  const savedOpinions = useCallback((s: ReviewState) => {
    apply(s);
    setOpinions(s.opinions);
    setDirty(false);
  }, [apply]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1280 }}>
      <ReviewRunCard caseId={caseId} state={state} kind={kind} onKind={setKind} onShow={show} rulesetId={rulesetId} onRuleset={setRulesetId} rulesets={rulesets}
        versionId={versionId} onVersion={setVersionId} running={running} error={error} memberNames={memberNames} onRun={(f) => void run(f)}
        onOpenDocument={() => { setFocus(null); setDocOpen(true); }} onOpenRuleset={() => setRulesetOpen(true)} />

      {!report ? (
        <Card><Empty description="尚未审查。请选择实施方案或授权运营协议文件（DOCX、PDF、TXT、Markdown），或审查已在“文件”页导入的文件。" /></Card>
      ) : (
        <>
          <FlagsCard report={report} rulings={rulings} onRule={ruleFlag} onJump={jump} />

          <Card title="逐项审查">
            <AddMemberForm caseId={caseId} count={members.length} onAdded={loadMembers} noUnit={members.filter((m) => !m.unit).map((m) => m.name)} />
            <Tabs items={[{ key: 'expert', label: '专家意见', children: expertTab }, { key: 'chair', label: '组长汇总（并列对比）', children: chairTab }]} data-testid="review-tabs" />
            {recordsAndKits}
          </Card>

          {later && <ConclusionCard caseId={caseId} kind={shown} conclusion={state?.conclusion ?? null} opinions={opinions} dirty={dirty} targets={targets} act={act} editOpinions={editOpinions} onSaved={savedOpinions} />}
        </>
      )}
      <DocumentDrawer doc={state?.document ?? null} focus={focus} open={docOpen} onClose={() => setDocOpen(false)} />
      <RulesetDrawer id={rulesetId} open={rulesetOpen} onClose={() => setRulesetOpen(false)} onImported={() => void loadRulesets()} />
    </Space>
  );
}
