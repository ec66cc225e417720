import { useRef } from 'react';
import dayjs from 'dayjs';
import { Alert, Button, Card, Radio, Segmented, Select, Space, Typography } from 'antd';
import { FileSearchOutlined, ReloadOutlined, BookOutlined } from '@ant-design/icons';
import type { ReviewState, RulesetInfo } from '../../../shared/api/review';
import { REVIEW_KINDS, type ReviewKind } from '../../../shared/review/ruleset';
import { NewerVersionAlert } from './NewerVersionAlert';
import { EarlierRulingsAlert } from './EarlierRulingsAlert';
import { EarlierVerdictsAlert } from './EarlierVerdictsAlert';
import { ReviewDocumentPick } from './ReviewDocumentPick';

/**
 * 合规审查: what is reviewed (kind, ruleset, a file or a document of the case), the run it gave, and the warnings about
 * that run (a newer version imported, rulings or verdicts made on an earlier text).
 */
export function ReviewRunCard({ caseId, state, kind, onKind, onShow, rulesetId, onRuleset, rulesets, versionId, onVersion, running, error, memberNames, onRun, onOpenDocument, onOpenRuleset }: {
  caseId: string;
  state: ReviewState | null;
  kind: ReviewKind;
  onKind: (k: ReviewKind) => void;
  /** Shows the latest review of that kind (both the plan and the agreement reviewed: each keeps its own). */
  onShow: (k: ReviewKind) => void;
  rulesetId: string;
  onRuleset: (id: string) => void;
  rulesets: RulesetInfo[];
  versionId: string | undefined;
  onVersion: (id: string | undefined) => void;
  running: boolean;
  error: string | null;
  memberNames: Map<string, string>;
  onRun: (file?: File) => void;
  onOpenDocument: () => void;
  onOpenRuleset: () => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const report = state?.report;
  return (
    <Card title="合规审查" extra={<Button icon={<BookOutlined />} onClick={onOpenRuleset} data-testid="view-ruleset">查看规则集</Button>}>
      <Space wrap>
        <span>审查类型</span>
        <Radio.Group value={kind} onChange={(e) => onKind(e.target.value)} optionType="button" data-testid="review-kind"
          options={Object.entries(REVIEW_KINDS).map(([value, label]) => ({ value, label }))} />
        <span>规则集</span>
        <Select style={{ width: 220 }} value={rulesetId} onChange={onRuleset} data-testid="ruleset-select"
          options={rulesets.map((r) => ({ value: r.id, label: `${r.name}（${r.version}）` }))} />
        <input ref={fileInput} type="file" hidden accept=".txt,.md,.docx,.pdf" data-testid="review-file"
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) onRun(f); }} />
        <Button type="primary" icon={<FileSearchOutlined />} loading={running} onClick={() => fileInput.current?.click()} data-testid="choose-document">选择文件并审查</Button>
        <ReviewDocumentPick caseId={caseId} kind={kind} value={versionId} onChange={onVersion} />
        <Button icon={<ReloadOutlined />} disabled={running} onClick={() => onRun()} data-testid="rerun">{state?.run ? '按所选规则集重新审查' : '审查案卷中已导入的文件'}</Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} data-testid="review-error" />}
      {state?.run && state.kinds.length > 1 && (
        <Space style={{ marginTop: 12 }}>
          <span>查看审查结果</span>
          <Segmented value={state.run.kind} onChange={(v) => onShow(v as ReviewKind)} data-testid="review-show-kind"
            options={state.kinds.map((k) => ({ value: k, label: REVIEW_KINDS[k] }))} />
          <Typography.Text type="secondary">两份文件的审查结果、专家意见、结论和修改意见各自保存</Typography.Text>
        </Space>
      )}
      {state?.run && (
        <div style={{ marginTop: 12 }} data-testid="run-info">
          <Typography.Text>
            审查文件：<b>{state.run.documentName}</b>（{REVIEW_KINDS[state.run.kind]}） · 规则集：{state.run.ruleset.name} {state.run.ruleset.id}@{state.run.ruleset.version} · {dayjs(state.run.createdAt).format('YYYY-MM-DD HH:mm')}{state.run.createdBy ? ` · 审查人：${state.run.createdBy}` : ''}
          </Typography.Text>
          <Button type="link" size="small" onClick={onOpenDocument}>查看原文</Button>
        </div>
      )}
      {state?.run && <NewerVersionAlert caseId={caseId} sha256={state.run.documentSha256} runAt={state.run.createdAt} />}
      {state?.run && <EarlierRulingsAlert earlier={state.earlierRulings} />}
      {state?.run && <EarlierVerdictsAlert state={state} memberNames={memberNames} />}
      {report?.warnings.map((w, i) => <Alert key={i} type="warning" showIcon message={w} style={{ marginTop: 8 }} data-testid="review-warning" />)}
    </Card>
  );
}
