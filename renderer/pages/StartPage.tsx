import { Suspense, useCallback, useEffect, useState } from 'react';
import { FileAddOutlined, FolderOpenOutlined, DeleteOutlined, LockOutlined, AuditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { RecentCase } from '../../shared/domain/case';
import { CASE_TYPES } from '../../shared/domain/caseLabels';
import { request } from '../api/client';
import { earlyAnswer, earlyRead } from '../api/early';
import { useAppInfo } from '../AppContext';
import { inAntShell } from '../inAntShell';
import { navigate } from '../router';
import { EmptyImage } from './EmptyImage';
import './start.css';

// The start page is the first thing a cold start shows, so it is drawn in plain React with CSS in antd's look
// (start.css): its first bundle carries neither antd nor its runtime styles. What it opens (the two case dialogs, the
// memo check, the name editor) is drawn with antd and loads when first opened, or before when the page is idle
// (App.tsx prefetches it).
export const loadCaseDialogs = () => import('./CaseDialogs');
const NewCaseModal = inAntShell(() => loadCaseDialogs().then((m) => m.NewCaseModal));
const OpenCaseModal = inAntShell(() => loadCaseDialogs().then((m) => m.OpenCaseModal));
const MemoCheckModal = inAntShell(() => loadCaseDialogs().then((m) => m.MemoCheckModal));
const UserNameEditor = inAntShell(() => loadCaseDialogs().then((m) => m.UserNameEditor));

/** 2026-12-02 14:05, local time (what dayjs' 'YYYY-MM-DD HH:mm' gave; dayjs is not in the first bundle). */
const two = (n: number) => String(n).padStart(2, '0');
export const openedAt = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

export function StartPage() {
  const info = useAppInfo();
  const [first] = useState(() => earlyAnswer('cases.recent'));
  const [recent, setRecent] = useState<RecentCase[]>(first ?? []);
  const [creating, setCreating] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const load = useCallback(() => void request('cases.recent', {}).then(setRecent, () => setRecent([])), []);
  // The first read was sent when the page's script started (early.ts), and has usually arrived by the first render;
  // later ones ask again.
  useEffect(() => void (first ?? earlyRead('cases.recent').then(setRecent, () => setRecent([]))), [first]);

  return (
    <div className="rd-start">
      <div className="rd-brand">
        <h1>评审台</h1>
        <span>公共数据资源授权运营 · 方案评审 · 协议审查 · 运营机构遴选</span>
      </div>
      <div className="rd-start-actions">
        <button type="button" className="rd-btn rd-btn-lg rd-btn-primary" onClick={() => setCreating(true)} data-testid="new-case">
          <FileAddOutlined />
          <span>新建案卷</span>
        </button>
        <button type="button" className="rd-btn rd-btn-lg" onClick={() => setOpening('')} data-testid="open-case">
          <FolderOpenOutlined />
          <span>打开案卷</span>
        </button>
        <span className="rd-tip" data-tip="评审专家在本人电脑上打开秘书导出的专家包，填写意见并签署回执；无需案卷和案卷口令">
          <button type="button" className="rd-btn rd-btn-lg" onClick={() => navigate({ page: 'expert' })} data-testid="open-kit-start">
            <AuditOutlined />
            <span>打开专家包</span>
          </button>
        </span>
        <span className="rd-tip" data-tip="校验收到的已签署意见书 PDF：谁签署、何时、用哪把密钥，签署后是否被改动；不需要打开案卷">
          <button type="button" className="rd-btn rd-btn-lg" onClick={() => setChecking(true)} data-testid="verify-memo-start">
            <SafetyCertificateOutlined />
            <span>校验意见书签名</span>
          </button>
        </span>
      </div>
      <section className="rd-card" data-testid="recent-cases">
        <div className="rd-card-head">最近的案卷</div>
        <div className="rd-card-body">
          {recent.length === 0 ? (
            <div className="rd-empty">
              <EmptyImage />
              <div>还没有案卷。新建一个案卷，或打开已有的 .rdcase 文件。</div>
            </div>
          ) : (
            <ul className="rd-list">
              {recent.map((r) => (
                <li key={r.path} className="rd-list-item" data-testid="recent-item">
                  <LockOutlined className="rd-list-avatar" />
                  <div className="rd-list-meta">
                    <div className="rd-list-title">
                      <span>{r.fileName}</span>
                      {r.caseType && <span className="rd-tag">{CASE_TYPES[r.caseType]}</span>}
                      {!r.exists && <span className="rd-tag rd-tag-red">文件不在原位置</span>}
                    </div>
                    <div className="rd-list-description" title={r.path}>
                      {r.path} · 最近打开 {openedAt(r.lastOpenedAt)}
                    </div>
                  </div>
                  <ul className="rd-list-actions">
                    <li>
                      <button type="button" className="rd-btn rd-btn-link" disabled={!r.exists} onClick={() => setOpening(r.path)}>
                        <span>打开</span>
                      </button>
                    </li>
                    <li>
                      <span className="rd-tip" data-tip="从列表中移除（不删除文件）">
                        <button type="button" className="rd-btn rd-btn-text rd-btn-icon" aria-label="从列表中移除" onClick={() => void request('cases.forgetRecent', { path: r.path }).then(load)}>
                          <DeleteOutlined />
                        </button>
                      </span>
                    </li>
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
      <UserNameLine initial={info.userName} />
      <div className="rd-secondary rd-start-note">数据目录：{info.dataDir}。案卷为加密文件，可复制到其他电脑用口令打开；本程序不联网。</div>
      <Suspense fallback={null}>
        {creating && <NewCaseModal onClose={() => setCreating(false)} />}
        {opening !== null && <OpenCaseModal initialPath={opening} onClose={() => setOpening(null)} />}
        {checking && <MemoCheckModal onClose={() => setChecking(false)} />}
      </Suspense>
    </div>
  );
}

/**
 * Who uses this laptop, as the 操作记录 and the printed memos name them (an expert's ruling: 经…核实). It starts as the
 * system's login name (root, Administrator), which no memo should print: the user sets their own name here.
 */
function UserNameLine({ initial }: { initial: string }) {
  const [name, setName] = useState(initial);
  const [editing, setEditing] = useState(false);
  // The app's info was read at start; a name set since (then a case opened and closed) is read again.
  useEffect(() => void request('app.info', {}).then((i) => setName(i.userName), () => {}), []);
  const line = (
    <span className="rd-secondary">
      本机使用人：<b data-testid="user-name">{name}</b>（记入操作记录，意见书中改判人等处印出此姓名）
      <button type="button" className="rd-btn rd-btn-link rd-btn-sm" onClick={() => setEditing(true)} data-testid="user-name-edit">
        <span>修改</span>
      </button>
    </span>
  );
  return (
    <div className="rd-user-name" data-testid="user-name-line">
      {editing ? (
        // Until the editor's chunk is there (a click right after the start), the line stays as it was.
        <Suspense fallback={line}>
          <UserNameEditor initial={name} onDone={(saved) => { if (saved !== null) setName(saved); setEditing(false); }} />
        </Suspense>
      ) : (
        line
      )}
    </div>
  );
}
