import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { errorText, request } from '../api/client';
import { saveOutput, toFileRef } from '../api/files';
import { useAppInfo } from '../AppContext';
import { useCase } from './CaseContext';
import { memberLabel, type Member } from '../../shared/domain/committee';
import { REPLACE_KEY_MEANING } from '../../shared/memo/signing';

type Key = { memberId: string; name: string; unit: string; algorithm: string; fingerprint: string; replacedAt: string | null };


/**
 * Signer keys. A member is picked from the committee (name and unit come from there); creating the key pair saves the
 * private key, encrypted with the member's passphrase, to a place they choose (never into the case) and registers the
 * public certificate with the case in the same step. A member who already has a key gets a new one only when replacing
 * is confirmed. A certificate made elsewhere can still be registered by file.
 */
export function MemoKeysCard() {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message, modal } = AntApp.useApp();
  const [members, setMembers] = useState<Member[]>([]);
  const [keys, setKeys] = useState<Key[]>([]);
  const [algorithm, setAlgorithm] = useState<'sm2' | 'ed25519'>('sm2');
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [memberId, setMemberId] = useState<string>();
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const [m, k] = await Promise.all([request('committee.list', { caseId }), request('memos.keys', { caseId })]);
    setMembers(m.members);
    setKeys(k.keys);
  }, [caseId]);
  useEffect(() => {
    reload().catch((e) => message.error(errorText(e)));
  }, [reload, message]);

  const member = members.find((m) => m.memberId === memberId);
  const current = keys.find((k) => k.memberId === memberId && !k.replacedAt);
  /** Asks before replacing a member's key, saying what it means for what they already signed. */
  const confirmReplace = (who: string, fingerprint: string) =>
    new Promise<boolean>((resolve) =>
      modal.confirm({
        title: `替换${who}的签名密钥？`,
        content: <div data-testid="replace-key-confirm">{who}已登记签名密钥（指纹 {fingerprint.slice(0, 19)}…）。{REPLACE_KEY_MEANING}</div>,
        okText: '替换原密钥',
        cancelText: '取消',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      }),
    );

  const create = async () => {
    if (!member) return;
    if (pass !== pass2) return message.error('两次输入的口令不一致，请重新输入。');
    const replace = !!current;
    if (current && !(await confirmReplace(member.name, current.fingerprint))) return;
    setBusy(true);
    try {
      const r = await request('memos.createMemberKey', { caseId, memberId: member.memberId, algorithm, passphrase: pass, replace });
      await saveOutput(r.key, appInfo.nativeDialogs);
      setPass('');
      setPass2('');
      await reload();
      message.success(`已为${member.name}创建签名密钥并登记公钥（指纹 ${r.fingerprint}）${r.replaced ? '，原密钥已停用' : ''}。请本人妥善保管密钥文件和口令。`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const register = async (file?: File) => {
    if (!file || !member) return;
    const replace = !!current;
    if (current && !(await confirmReplace(member.name, current.fingerprint))) return;
    try {
      const r = await request('memos.registerKey', { caseId, memberId: member.memberId, certificate: await toFileRef(file), replace });
      message.success(`已登记公钥，指纹 ${r.fingerprint}`);
      await reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card title="签名密钥" size="small" data-testid="memo-keys">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">选择评审委员会成员，由本人输入口令创建密钥：私钥以本人口令加密，保存到本人选择的位置，不进入案卷；公钥同时登记到本案卷。</Typography.Text>
        <Space wrap>
          <Select placeholder="选择成员" data-testid="key-member" value={memberId} onChange={setMemberId} style={{ width: 220 }}
            options={members.map((m) => ({ value: m.memberId, label: `${memberLabel(m)}${m.unit ? ` · ${m.unit}` : ''}${keys.some((k) => k.memberId === m.memberId && !k.replacedAt) ? '（已有密钥）' : ''}` }))} />
          <Select value={algorithm} onChange={setAlgorithm} style={{ width: 150 }} options={[{ value: 'sm2', label: 'SM2/SM3（默认）' }, { value: 'ed25519', label: 'Ed25519' }]} />
          <Input.Password placeholder="密钥口令（至少 8 位）" value={pass} onChange={(e) => setPass(e.target.value)} style={{ width: 190 }} data-testid="key-pass" />
          <Input.Password placeholder="再次输入口令" value={pass2} onChange={(e) => setPass2(e.target.value)} style={{ width: 160 }} data-testid="key-pass2" />
          <Button onClick={create} loading={busy} disabled={!member || pass.length < 8} data-testid="key-create">{current ? '替换密钥…' : '创建密钥并登记'}</Button>
          <Button disabled={!member} onClick={() => document.getElementById('memo-cert-input')?.click()} data-testid="key-register-file">已有公钥证书：选择文件登记</Button>
          <input id="memo-cert-input" type="file" accept=".json" hidden onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; void register(f); }} />
        </Space>
        {member && current && <Typography.Text type="warning" data-testid="key-existing">{member.name}已登记密钥（指纹 {current.fingerprint.slice(0, 19)}…）。再创建或登记将替换原密钥，须确认。</Typography.Text>}
        <Table<Key> size="small" rowKey="fingerprint" pagination={false} dataSource={keys} data-testid="key-table"
          columns={[
            { title: '成员', dataIndex: 'name' }, { title: '单位', dataIndex: 'unit' }, { title: '算法', dataIndex: 'algorithm' }, { title: '指纹', dataIndex: 'fingerprint' },
            { title: '状态', dataIndex: 'replacedAt', render: (v: string | null) => (v ? <Tag>已替换（仅用于核验）</Tag> : <Tag color="green">使用中</Tag>) },
          ]} />
      </Space>
    </Card>
  );
}
