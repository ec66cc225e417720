import { Result } from 'antd';

/** Shown for a sidebar module that this version does not have yet, so the layout stays whole. */
export function ModulePending({ name }: { name: string }) {
  return <Result status="info" title={`“${name}”功能尚未开放`} subTitle="该功能将在后续版本提供。案卷中的其他内容不受影响。" />;
}
