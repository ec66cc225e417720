/**
 * Traditional → simplified conversion for matching (opencc-js). A plan copied from a Taiwan or Hong Kong source, or a
 * Big5 file, is matched against the rules after conversion; the text shown and stored stays as it was. Loaded on
 * first use: the dictionaries take a few hundred milliseconds to build.
 */
let pending: Promise<(s: string) => string> | null = null;

export function toSimplifiedConverter(): Promise<(s: string) => string> {
  pending ??= import('opencc-js/t2cn').then((m) => {
    const hk = m.Converter({ from: 'hk', to: 'cn' });
    const tw = m.Converter({ from: 'tw', to: 'cn' });
    return (s: string) => hk(tw(s));
  });
  return pending;
}
