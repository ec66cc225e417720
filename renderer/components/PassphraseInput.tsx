import { Form, Input, Progress, Typography } from 'antd';
import { passphraseStrength } from '../../shared/passphrase';

const COLORS = ['#cf1322', '#fa541c', '#faad14', '#52c41a', '#237804'];

/** Passphrase entered twice, with its strength shown as the user types. The same rule is enforced in main. */
export function NewPassphraseFields() {
  const form = Form.useFormInstance();
  const value: string = Form.useWatch('passphrase', form) ?? '';
  const s = passphraseStrength(value);
  return (
    <>
      <Form.Item
        label="案卷口令"
        name="passphrase"
        rules={[
          { required: true, message: '请设置案卷口令' },
          { validator: (_, v: string) => (!v || passphraseStrength(v).acceptable ? Promise.resolve() : Promise.reject(new Error('口令强度不足：至少 8 位，且包含字母、数字或符号中的两类以上'))) },
        ]}
        extra="口令用于加密案卷文件，遗失后无法找回，请妥善保管。"
      >
        <Input.Password autoComplete="new-password" data-testid="passphrase" />
      </Form.Item>
      {value && (
        <div style={{ margin: '-12px 0 16px' }} data-testid="strength">
          <Progress percent={(s.score + 1) * 20} steps={5} showInfo={false} strokeColor={COLORS[s.score]} size="small" />
          <Typography.Text style={{ marginLeft: 8, color: COLORS[s.score] }}>口令强度：{s.label}</Typography.Text>
          {s.hints.length > 0 && <Typography.Text type="secondary">（建议：{s.hints.join('；')}）</Typography.Text>}
        </div>
      )}
      <Form.Item
        label="再次输入口令"
        name="passphraseConfirm"
        dependencies={['passphrase']}
        rules={[
          { required: true, message: '请再次输入口令' },
          ({ getFieldValue }) => ({
            validator: (_, v) => (!v || v === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error('两次输入的口令不一致'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="passphrase-confirm" />
      </Form.Item>
    </>
  );
}
