/**
 * The start page's data in the page itself (issue 14): the loopback host and the Electron main write the answers to
 * the start page's two reads (app.info, cases.recent) into index.html as they serve it, in a JSON data block the
 * page's script reads at once (renderer/api/early.ts), so the first render needs no round trip. A data block is not
 * run (the CSP's script-src is unchanged); it is written only into the HTML served to our own page (the loopback
 * host's token, the app:// scheme), never cached (no-store), and read then removed by the page's first script.
 */
export const START_DATA_ID = 'rd-start-data';

/**
 * JSON safe inside `<script type="application/json">`: `<`, `>` and `&` (so neither `</script>` nor `<!--` can end or
 * bend the element) and the two JavaScript line separators are written as \u escapes, which JSON.parse reads back.
 */
export function startDataJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** index.html with the data block just before `</head>`; unchanged (the page then asks) when there is no `</head>`. */
export function withStartData(html: string, data: unknown): string {
  const at = html.indexOf('</head>');
  if (at < 0) return html;
  return `${html.slice(0, at)}<script type="application/json" id="${START_DATA_ID}">${startDataJson(data)}</script>${html.slice(at)}`;
}
