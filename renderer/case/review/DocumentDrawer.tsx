import { useEffect, useRef } from 'react';
import { Drawer, Typography } from 'antd';
import type { ExtractedDocument } from '../../../shared/domain/document';

/** The reviewed document, block by block; `focus` scrolls to and highlights the paragraph a finding points at. */
export function DocumentDrawer({ doc, focus, open, onClose }: { doc: ExtractedDocument | null; focus: string | null; open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open || !focus) return;
    const t = setTimeout(() => ref.current?.querySelector(`[data-block="${focus}"]`)?.scrollIntoView({ block: 'center' }), 50);
    return () => clearTimeout(t);
  }, [open, focus]);
  return (
    <Drawer title={doc?.title ?? '原文'} open={open} onClose={onClose} width={640} data-testid="document-drawer">
      <div ref={ref}>
        {doc?.blocks.map((b) => {
          const active = b.id === focus;
          const style = { padding: '2px 6px', borderRadius: 4, background: active ? '#fff1b8' : undefined, outline: active ? '2px solid #faad14' : undefined };
          if (b.kind === 'heading')
            return (
              <Typography.Title key={b.id} level={Math.min(5, b.level + 2) as 3 | 4 | 5} data-block={b.id} data-active={active || undefined} style={{ ...style, marginTop: 12 }}>
                {b.numbering}
                {b.text}
              </Typography.Title>
            );
          if (b.kind === 'table')
            return (
              <table key={b.id} data-block={b.id} style={{ ...style, borderCollapse: 'collapse', margin: '6px 0' }}>
                <tbody>
                  {b.rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((c, j) => (
                        <td key={j} style={{ border: '1px solid #ddd', padding: '2px 6px' }}>
                          {c}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          return (
            <p key={b.id} data-block={b.id} data-active={active || undefined} style={{ ...style, textIndent: '2em' }}>
              {b.text}
            </p>
          );
        })}
      </div>
    </Drawer>
  );
}
