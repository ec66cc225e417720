import { useCallback, useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { App as AntApp, Alert, Button, Card, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { errorText, request } from '../api/client';
import { useRequestId } from '../api/requestId';
import { printOutput, saveOutput, toFileRef } from '../api/files';
import { useAppInfo } from '../AppContext';
import { useCase } from './CaseContext';
import { MemoKeysCard } from './MemoKeysCard';
import { ReceivedMemoCheck } from '../components/ReceivedMemoCheck';
import type { AppContract, ResponseOf } from '../../shared/api/index';

type Memo = ResponseOf<AppContract['memos.list']>['memos'][number];
type Preview = ResponseOf<AppContract['memos.preview']>;
type Verify = ResponseOf<AppContract['memos.verify']>;
const STATUS = { draft: ['未签署', 'blue'], locked: ['已锁定', 'green'], superseded: ['已被新版本取代', 'default'] } as const;
const DECISION = { agree: '同意', dissent: '有不同意见', refused: '拒签（视为同意）' } as const;

/** 意见书: generate from the case, preview before signing, save as PDF/DOCX, sign per member, verify. */
export function MemosPage() {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  const [templates, setTemplates] = useState<{ type: string; label: string; applicable: boolean }[]>([]);
  const [type, setType] = useState<string>();
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [subject, setSubject] = useState('');
  const [subjectSource, setSubjectSource] = useState<'document' | 'case'>();
  const [subjectCaution, setSubjectCaution] = useState<string>();
  const [memos, setMemos] = useState<Memo[]>([]);
  const [current, setCurrent] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const [verify, setVerify] = useState<Verify>();
  const [busy, setBusy] = useState(false);
  const [keyFile, setKeyFile] = useState<File>();
  const [keyPass, setKeyPass] = useState('');
  const [decision, setDecision] = useState<'agree' | 'dissent'>('agree');
  const [reasons, setReasons] = useState('');
  const [refuser, setRefuser] = useState<string>();
  const [members, setMembers] = useState<{ memberId: string; name: string }[]>([]);

  const reload = useCallback(async () => {
    const [t, l] = await Promise.all([request('memos.templates', { caseId }), request('memos.list', { caseId })]);
    setTemplates(t.templates);
    setType((x) => x ?? t.templates.find((a) => a.applicable)?.type);
    setMemos(l.memos);
    setMembers((await request('committee.list', { caseId })).members);
  }, [caseId]);
  useEffect(() => {
    reload().catch((e) => message.error(errorText(e)));
  }, [reload, message]);

  // The subject (the reviewed document's own title) is shown and editable before anything is generated.
  useEffect(() => {
    if (!type) return;
    request('memos.subject', { caseId, type })
      .then((r) => {
        setSubject(r.subject);
        setSubjectSource(r.source);
        setSubjectCaution(r.caution);
      })
      .catch((e) => message.error(errorText(e)));
  }, [caseId, type, message]);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const open = (memoId: string) => run(async () => {
    setCurrent(memoId);
    setVerify(undefined);
    setPreview(await request('memos.preview', { caseId, memoId }));
  });
  const [generateId, renewGenerateId] = useRequestId();
  // Why a memo was not generated (what is missing, what to do) stays under the button until the next try: as a passing
  // message it was gone before a busy secretary had read it, and the click looked like it had done nothing.
  const [generateError, setGenerateError] = useState<string | null>(null);
  const generate = async () => {
    setGenerateError(null);
    setBusy(true);
    try {
      const m = await request('memos.generate', { caseId, type: type!, inputs, subject, requestId: generateId });
      renewGenerateId();
      message.success(`已生成《${m.label}》第${m.version}版`);
      await reload();
      await open(m.memoId);
    } catch (e) {
      setGenerateError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (format: 'pdf' | 'docx' | 'signedPdf' | 'signaturePage' | 'sig') => run(async () => {
    const ref = await request('memos.export', { caseId, memoId: current!, format });
    const saved = await saveOutput(ref, appInfo.nativeDialogs);
    if (saved) message.success(`已保存：${saved}`);
  });
  const sign = () => run(async () => {
    const key = await toFileRef(keyFile!);
    await request('memos.sign', { caseId, memoId: current!, key, passphrase: keyPass, decision, reasons });
    setKeyPass('');
    setReasons('');
    message.success('已签署，本版本已锁定。');
    await reload();
  });
  const refuse = () => run(async () => {
    await request('memos.refuse', { caseId, memoId: current!, memberId: refuser! });
    setRefuser(undefined);
    message.success('已记录：该成员拒绝签字且未说明理由，视为同意。');
    await reload();
  });
  const doVerify = () => run(async () => setVerify(await request('memos.verify', { caseId, memoId: current! })));
  const memo = memos.find((m) => m.memoId === current);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title="生成意见书" size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select data-testid="memo-type" style={{ width: 320 }} value={type} onChange={setType}
            options={templates.map((t) => ({ value: t.type, label: `${t.label}${t.applicable ? '' : '（不适用于本案卷）'}` }))} />
          <label htmlFor="memo-subject">意见书主题（被审查文件的标题，印在标题和正文中）</label>
          <Input id="memo-subject" data-testid="memo-subject" value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)}
            status={subject.trim() ? undefined : 'error'} />
          <Typography.Text type="secondary">
            {subjectSource === 'document' ? '取自案卷中被审查文件的标题；如不准确，请在此修改。' : '案卷中尚无被审查文件，暂以案卷名称代替；请核对后修改为文件的正式标题。'}
          </Typography.Text>
          {subjectCaution && <Alert type="warning" showIcon data-testid="memo-subject-caution" message="所审查的文件可能选错了" description={subjectCaution} />}
          {(['opinion', 'revisions', 'dissent', 'conclusion'] as const).map((k) => (
            <Input.TextArea key={k} data-testid={`memo-input-${k}`} rows={k === 'opinion' ? 4 : 2} placeholder={{ opinion: '意见（评审/审查/评估意见）', revisions: '修改意见', dissent: '不同意见', conclusion: '结论' }[k]}
              value={inputs[k] ?? ''} onChange={(e) => setInputs({ ...inputs, [k]: e.target.value })} />
          ))}
          <Button type="primary" data-testid="memo-generate" loading={busy} disabled={!type || !subject.trim()} onClick={() => void generate()}>生成 PDF 定稿</Button>
          {generateError && <Alert type="error" showIcon closable onClose={() => setGenerateError(null)} message="未生成意见书" description={generateError} data-testid="memo-generate-error" />}
        </Space>
      </Card>
      <Table<Memo> size="small" rowKey="memoId" dataSource={memos} pagination={false} data-testid="memo-list"
        onRow={(m) => ({ onClick: () => open(m.memoId) })}
        columns={[
          { title: '意见书', render: (_, m) => `${m.label} 第${m.version}版` },
          { title: '主题', dataIndex: 'subject' },
          { title: '状态', render: (_, m) => <Tag color={STATUS[m.status][1]}>{STATUS[m.status][0]}</Tag> },
          { title: '签署', render: (_, m) => m.signatures.map((s) => `${s.name}（${DECISION[s.decision]}）`).join('、') || '—' },
          { title: '生成时间', dataIndex: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
        ]} />
      {memo && preview && (
        <Card title={`预览：${memo.label} 第${memo.version}版`} size="small" data-testid="memo-preview"
          extra={<Space>
            <Button onClick={() => exportAs('pdf')}>保存 PDF</Button>
            <Button onClick={() => exportAs('docx')}>保存 DOCX</Button>
            <Button disabled={!memo.signatures.length} onClick={() => exportAs('signedPdf')}>保存已签署 PDF</Button>
            <Button disabled={!memo.signatures.length} onClick={() => exportAs('signaturePage')}>保存签署页</Button>
            <Button disabled={!memo.signatures.some((x) => x.fingerprint)} onClick={() => exportAs('sig')}>保存签名文件</Button>
            <Button data-testid="memo-print" onClick={() => run(async () => {
              // The memo's own PDF (the signed copy with its filled 签字表 once signed), never the app screen.
              await printOutput(await request('memos.export', { caseId, memoId: current!, format: memo.signatures.length ? 'signedPdf' : 'pdf' }), appInfo.nativeDialogs);
            })}>打印</Button>
          </Space>}>
          {memo.cautions.length > 0 && <Alert type="error" showIcon data-testid="memo-cautions" style={{ marginBottom: 12 }} message="本版本不能签署" description={memo.cautions.join('')} />}
          {preview.fallbackNote && <Alert type="info" showIcon message={preview.fallbackNote} style={{ marginBottom: 12 }} />}
          <div style={{ fontFamily: 'FangSong, serif', maxWidth: 640, margin: '0 auto' }}>
            <Typography.Title level={3} style={{ textAlign: 'center', whiteSpace: 'pre-line' }}>{preview.doc.title}</Typography.Title>
            {preview.doc.blocks.map((b, i) =>
              b.kind === 'heading' ? <Typography.Text strong key={i} style={{ display: 'block', marginTop: 8 }}>{b.numbering}{b.text}</Typography.Text>
              : b.kind === 'paragraph' ? <p key={i} style={{ textIndent: b.align === 'indent' ? '2em' : 0 }}>{b.text}</p>
              : b.kind === 'table' ? <table key={i} style={{ borderCollapse: 'collapse', width: '100%', margin: '8px 0' }}><tbody>
                  {[...b.header, ...b.rows].map((r, k) => <tr key={k}>{r.map((c, j) => <td key={j} style={{ border: '1px solid #999', padding: 2, fontWeight: k < b.header.length ? 600 : 400 }}>{c}</td>)}</tr>)}
                </tbody></table>
              : null)}
            {preview.doc.attachments.length > 0 && <p style={{ textIndent: '2em' }}>附件：{preview.doc.attachments.join('；')}</p>}
            <p style={{ textAlign: 'right' }}>{preview.doc.signing?.by}<br />{preview.doc.signing?.date}</p>
          </div>
        </Card>
      )}
      {memo && memo.status !== 'superseded' && (
        <Card title="签署（每位成员用本人密钥文件和口令）" size="small" data-testid="memo-sign">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space>
              <Button onClick={() => document.getElementById('memo-key-input')?.click()}>选择本人密钥文件（.rdkey）</Button>
              <Typography.Text type={keyFile ? undefined : 'secondary'}>{keyFile?.name ?? '未选择'}</Typography.Text>
              <input id="memo-key-input" type="file" accept=".rdkey,.json" hidden data-testid="memo-key-file" onChange={(e) => setKeyFile(e.target.files?.[0])} />
            </Space>
            <Input.Password data-testid="memo-key-pass" placeholder="密钥口令" value={keyPass} onChange={(e) => setKeyPass(e.target.value)} />
            <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value)}>
              <Radio value="agree">同意</Radio>
              <Radio value="dissent">有不同意见（须写明理由）</Radio>
            </Radio.Group>
            {decision === 'dissent' && <Input.TextArea rows={2} placeholder="不同意见的理由" value={reasons} onChange={(e) => setReasons(e.target.value)} />}
            <Space>
              <Button type="primary" data-testid="memo-sign-button" disabled={!keyFile || !keyPass || memo.cautions.length > 0} loading={busy} onClick={sign}>签署</Button>
              <Button data-testid="memo-verify" onClick={doVerify}>校验签名</Button>
            </Space>
            <Space>
              <Select placeholder="拒绝签字且未说明理由的成员" style={{ width: 260 }} value={refuser} onChange={setRefuser}
                options={members.filter((x) => !memo.signatures.some((s) => s.memberId === x.memberId) && !memo.notSigning.some((n) => n.memberId === x.memberId)).map((x) => ({ value: x.memberId, label: x.name }))} />
              <Button disabled={!refuser || memo.cautions.length > 0} onClick={refuse}>记录拒签</Button>
            </Space>
            {/* A recused member is not a missing signature; the 签字表 says 已回避 for them. */}
            {memo.notSigning.length > 0 && (
              <Typography.Text type="secondary" data-testid="memo-not-signing">
                无需签署：{memo.notSigning.map((n) => `${n.name}${n.reason}`).join('；')}。签字表中注明“已回避”。
              </Typography.Text>
            )}
            {verify && (
              <Alert data-testid="memo-verify-result" type={verify.allValid ? 'success' : 'error'} showIcon
                message={verify.allValid ? '全部签名有效' : verify.items.length ? '存在无效签名' : '尚无签名'}
                description={verify.items.map((v, i) => <div key={i}>{v.valid ? '有效' : '无效'}：{v.signer}，{v.algorithm}，{dayjs(v.signedAt).format('YYYY-MM-DD HH:mm:ss')}{v.valid ? '' : `（${v.reason}）`}</div>)} />
            )}
          </Space>
        </Card>
      )}
      <Card title="校验收到的意见书 PDF" size="small" data-testid="received-card">
        <ReceivedMemoCheck caseId={caseId} />
      </Card>
      <MemoKeysCard />
    </Space>
  );
}
