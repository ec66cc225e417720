import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { errorText, request } from '../api/client';
import { saveOutput, toFileRef } from '../api/files';
import { useAppInfo } from '../AppContext';
import { useCase } from './CaseContext';
import type { Member } from '../../shared/domain/committee';

type Key = { memberId: string; name: string; unit: string; algorithm: string; fingerprint: string };

/**
 * Signer keys: a member makes their own key pair on this machine (the private key is saved encrypted with their
 * passphrase, to a place they choose, never into the case), and the secretary registers members' public certificates.
 */
export function MemoKeysCard() {
  const { caseId } = useCase();
  const appInfo = useAppInfo();
  const { message } = AntApp.useApp();
  const [members, setMembers] = useState<Member[]>([]);
  const [keys, setKeys] = useState<Key[]>([]);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [algorithm, setAlgorithm] = useState<'sm2' | 'ed25519'>('sm2');
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [memberId, setMemberId] = useState<string>();

  const reload = useCallback(async () => {
    const [m, k] = await Promise.all([request('committee.list', { caseId }), request('memos.keys', { caseId })]);
    setMembers(m.members);
    setKeys(k.keys);
  }, [caseId]);
  useEffect(() => {
    reload().catch((e) => message.error(errorText(e)));
  }, [reload, message]);

  const create = async () => {
    if (pass !== pass2) return message.error('两次输入的口令不一致，请重新输入。');
    try {
      const r = await request('keys.create', { name, unit, algorithm, passphrase: pass });
      await saveOutput(r.key, appInfo.nativeDialogs);
      await saveOutput(r.certificate, appInfo.nativeDialogs);
      setPass('');
      setPass2('');
      message.success(`已创建签名密钥，指纹 ${r.fingerprint}。请妥善保管密钥文件和口令；公钥证书交经办人登记。`);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const register = async (file?: File) => {
    if (!file || !memberId) return;
    try {
      const r = await request('memos.registerKey', { caseId, memberId, certificate: await toFileRef(file) });
      message.success(`已登记公钥，指纹 ${r.fingerprint}`);
      await reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card title="签名密钥" size="small" data-testid="memo-keys">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">每位成员在本人电脑上创建密钥；私钥以本人口令加密保存在本人选择的位置，不进入案卷。</Typography.Text>
        <Space wrap>
          <Input placeholder="姓名" value={name} onChange={(e) => setName(e.target.value)} style={{ width: 120 }} data-testid="key-name" />
          <Input placeholder="单位" value={unit} onChange={(e) => setUnit(e.target.value)} style={{ width: 200 }} data-testid="key-unit" />
          <Select value={algorithm} onChange={setAlgorithm} style={{ width: 150 }} options={[{ value: 'sm2', label: 'SM2/SM3（默认）' }, { value: 'ed25519', label: 'Ed25519' }]} />
          <Input.Password placeholder="密钥口令（至少 8 位）" value={pass} onChange={(e) => setPass(e.target.value)} style={{ width: 190 }} data-testid="key-pass" />
          <Input.Password placeholder="再次输入口令" value={pass2} onChange={(e) => setPass2(e.target.value)} style={{ width: 160 }} data-testid="key-pass2" />
          <Button onClick={create} disabled={!name.trim() || pass.length < 8} data-testid="key-create">创建并保存密钥</Button>
        </Space>
        <Space wrap>
          <Select placeholder="登记公钥给成员" data-testid="key-member" value={memberId} onChange={setMemberId} style={{ width: 180 }} options={members.map((m) => ({ value: m.memberId, label: m.name }))} />
          <Button disabled={!memberId} onClick={() => document.getElementById('memo-cert-input')?.click()}>选择公钥证书并登记</Button>
          <input id="memo-cert-input" type="file" accept=".json" hidden onChange={(e) => register(e.target.files?.[0])} />
        </Space>
        <Table<Key> size="small" rowKey="fingerprint" pagination={false} dataSource={keys}
          columns={[{ title: '成员', dataIndex: 'name' }, { title: '单位', dataIndex: 'unit' }, { title: '算法', dataIndex: 'algorithm' }, { title: '指纹', dataIndex: 'fingerprint' }]} />
      </Space>
    </Card>
  );
}
