import { createContext, useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ConfigProvider } from 'antd';
import { onRequestDone } from '../api/client';
import { changesNothing } from '../api/reads';

const ShownContext = createContext<() => boolean>(() => true);
/**
 * Whether the module this is called in is the one on screen now (a function, so that showing or hiding the module
 * re-renders nothing): a listener of a hidden module can skip its work, as the module is re-mounted after a change.
 */
export const useIsShown = () => useContext(ShownContext);

/** The part of a case module (modules.tsx) kept here. */
interface CaseModule {
  key: string;
  render(): ReactNode;
}

function ModuleView({ module }: { module: CaseModule }) {
  return <>{module.render()}</>;
}

interface Kept {
  /** The module's own DOM: in the page while the module is shown, detached (but still mounted in React) otherwise. */
  host: HTMLDivElement;
  /** Bumped to re-mount the module when something it shows may have changed while it was hidden. */
  generation: number;
  scrollTop: number;
  isShown(): boolean;
  /**
   * The module's element, made once per generation: the same element at every render of the layout, so React does
   * not re-render the module on a tab switch. Its dialogs, drawers and drop-downs open inside its own DOM, so they
   * leave the page with it (a closed dialog of a hidden module is not in the document either).
   */
  view: { generation: number; node: ReactNode } | null;
}

/**
 * The case's modules, each kept mounted after its first visit: switching back to a module moves its DOM back into the
 * page instead of re-mounting and re-rendering it (and re-registering antd's styles), so a tab switch costs a layout,
 * not a React tree. A hidden module's DOM is detached from the document (a portal into a loose div), so it is neither
 * laid out nor found by queries of the page. What it shows stays fresh: any call that may change the case (every call
 * but the plain reads of renderer/api/reads.ts) made while a module is hidden re-mounts that module on its next visit, which reads it
 * all again as before.
 */
export function KeptModules({ modules, current, scroller }: { modules: CaseModule[]; current: string; scroller: () => HTMLElement | null }) {
  const kept = useRef(new Map<string, Kept>());
  const stale = useRef(new Set<string>());
  const shown = useRef(current);
  shown.current = current;

  useEffect(
    () =>
      onRequestDone((method) => {
        if (changesNothing(method)) return;
        for (const key of kept.current.keys()) if (key !== shown.current) stale.current.add(key);
      }),
    [],
  );

  let entry = kept.current.get(current);
  if (!entry) {
    const key = current;
    entry = { host: document.createElement('div'), generation: 0, scrollTop: 0, isShown: () => shown.current === key, view: null };
    kept.current.set(current, entry);
  } else if (stale.current.has(current)) {
    stale.current.delete(current);
    entry.generation++;
    entry.scrollTop = 0;
  }

  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = slot.current!;
    const e = kept.current.get(current)!;
    el.appendChild(e.host);
    const box = scroller();
    if (box) box.scrollTop = e.scrollTop;
    return () => {
      e.scrollTop = box?.scrollTop ?? 0;
      if (e.host.parentNode === el) el.removeChild(e.host);
    };
  }, [current, scroller]);

  const portals: ReactNode[] = [];
  for (const [key, e] of kept.current) {
    const module = modules.find((m) => m.key === key);
    if (!module) continue;
    if (e.view?.generation !== e.generation) {
      const host = e.host;
      e.view = {
        generation: e.generation,
        node: (
          <ShownContext.Provider value={e.isShown}>
            <ConfigProvider getPopupContainer={() => host}>
              <ModuleView key={e.generation} module={module} />
            </ConfigProvider>
          </ShownContext.Provider>
        ),
      };
    }
    portals.push(createPortal(e.view.node, e.host, key));
  }
  return (
    <>
      <div ref={slot} data-testid="module-slot" />
      {portals}
    </>
  );
}
