import { useState } from 'react';
import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { navigate } from '../router';
import { request } from '../api/client';
import { OpenKitForm } from './OpenKitForm';
import { KitWorkspace } from './KitWorkspace';
import type { KitView } from './kitView';

/**
 * The expert's own screen, reached from the start page with no case open: an expert's laptop has the kit file and
 * their key, never the case or its passphrase.
 */
export function ExpertPage() {
  const [opened, setOpened] = useState<{ kit: KitView; keyFile: File | null; kitFile: File } | null>(null);
  if (opened) return <KitWorkspace key={opened.kit.kitId} kit={opened.kit} keyFile={opened.keyFile} kitFile={opened.kitFile} onClose={() => { void request('experts.closeKit', { kitId: opened.kit.kitId }).catch(() => {}); setOpened(null); navigate({ page: 'start' }); }} />;
  return (
    <div className="rd-start">
      <div className="rd-brand">
        <h1>评审台</h1>
        <span>专家评审 · 在本人电脑上打开专家包、填写意见、签署回执</span>
      </div>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0, marginBottom: 12 }} onClick={() => navigate({ page: 'start' })} data-testid="expert-back">返回首页</Button>
      <OpenKitForm onOpened={(kit, keyFile, kitFile) => setOpened({ kit, keyFile, kitFile })} />
    </div>
  );
}
