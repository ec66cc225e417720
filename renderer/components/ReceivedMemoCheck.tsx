import { useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { errorText, request } from '../api/client';
import { toFileRef } from '../api/files';
import { verifyReport, type VerifyReport } from '../../shared/memo/verifyReport';

/**
 * 校验收到的意见书: a signed memo PDF handed over on a stick (and, if it came that way, its .rdsig.json) is checked
 * before it goes into a packet. With a case open the keys are the case's registered member keys.
 */
export function ReceivedMemoCheck({ caseId }: { caseId?: string }) {
  const [pdf, setPdf] = useState<File>();
  const [sig, setSig] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<VerifyReport>();
  const [failure, setFailure] = useState<string>();
  const check = async () => {
    setBusy(true);
    setReport(undefined);
    setFailure(undefined);
    try {
      const file = await toFileRef(pdf!);
      const r = await request('memos.verifyFile', { file, ...(sig ? { sig: await toFileRef(sig) } : {}), ...(caseId ? { caseId } : {}) });
      setReport(verifyReport(r));
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const id = caseId ? 'case' : 'start';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="received-check">
      <Typography.Text type="secondary">
        收到专家或其他部门发来的已签署意见书（U 盘、光盘等）时，放入会议材料前先在此校验：谁签署、何时、用哪把密钥，签署后文件是否被改动。
      </Typography.Text>
      <Space wrap>
        <Button onClick={() => document.getElementById(`received-pdf-${id}`)?.click()}>选择意见书 PDF</Button>
        <Typography.Text type={pdf ? undefined : 'secondary'} data-testid="received-pdf-name">{pdf?.name ?? '未选择'}</Typography.Text>
        <input id={`received-pdf-${id}`} type="file" accept=".pdf,application/pdf" hidden data-testid="received-pdf"
          onChange={(e) => { setPdf(e.target.files?.[0]); setReport(undefined); setFailure(undefined); e.target.value = ''; }} />
      </Space>
      <Space wrap>
        <Button onClick={() => document.getElementById(`received-sig-${id}`)?.click()}>选择签名文件（可选，.rdsig.json）</Button>
        <Typography.Text type={sig ? undefined : 'secondary'}>{sig?.name ?? '未选择：使用 PDF 本身附带的签名'}</Typography.Text>
        {sig && <Button type="link" size="small" onClick={() => setSig(undefined)}>不用签名文件</Button>}
        <input id={`received-sig-${id}`} type="file" accept=".json,.rdsig.json" hidden data-testid="received-sig"
          onChange={(e) => { setSig(e.target.files?.[0]); setReport(undefined); setFailure(undefined); e.target.value = ''; }} />
      </Space>
      <Button type="primary" disabled={!pdf} loading={busy} onClick={() => void check()} data-testid="received-verify">校验</Button>
      {failure && <Alert type="error" showIcon message="无法校验" description={failure} data-testid="received-result" />}
      {report && (
        <Alert type={report.tone} showIcon message={report.headline} data-testid="received-result"
          description={<>
            {report.signers.map((l) => <div key={l}>{l}</div>)}
            <ul style={{ margin: '6px 0 0', paddingLeft: 18 }}>{report.facts.map((l) => <li key={l}>{l}</li>)}</ul>
            {report.advice.length > 0 && <div style={{ marginTop: 6 }}><b>怎么办：</b>{report.advice.map((l) => <div key={l}>{l}</div>)}</div>}
          </>} />
      )}
    </Space>
  );
}
