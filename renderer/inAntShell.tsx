import { lazy, type ComponentType } from 'react';

/** antd's theme and App context (antShell.tsx), a chunk of its own: the first bundle carries no antd. */
export const loadAntShell = () => import('./antShell');

/** A lazily loaded component drawn inside antd's theme; the component's chunk and antd's are fetched together. */
export function inAntShell<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [{ AntShell }, Component] = await Promise.all([loadAntShell(), load()]);
    return { default: (props: P) => <AntShell><Component {...props} /></AntShell> };
  });
}
