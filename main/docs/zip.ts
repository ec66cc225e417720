import JSZip from 'jszip';

/** Characters no Windows file name may hold; "/" would also make JSZip create a folder. */
const UNSAFE = /[\\/:*?"<>|]/g;

/**
 * A ZIP archive of files stored as they are (no compression: PDFs are compressed already), for "save all copies and
 * the register in one go" in browser mode. JSZip sets the UTF-8 flag (bit 11) on non-ASCII names, so Chinese file
 * names survive on Windows and macOS. Two files of the same name become "名称（2）.pdf" rather than one hiding the other.
 */
export async function zipFiles(files: { name: string; data: Uint8Array }[], now = new Date()): Promise<Buffer> {
  // JSZip writes the DOS time from the date's UTC fields; shifted, the archive shows the local time of saving.
  const date = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  const zip = new JSZip();
  const seen = new Set<string>();
  for (const f of files) {
    const safe = f.name.replace(UNSAFE, '_');
    let name = safe;
    for (let k = 2; seen.has(name); k++) name = safe.replace(/(\.[^.]*)?$/, `（${k}）$1`);
    seen.add(name);
    zip.file(name, f.data, { binary: true, date, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', platform: 'DOS' });
}
