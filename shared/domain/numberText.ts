/**
 * A number as a tired user types or pastes it from Word or WPS: full-width digits (１００), a full-width point (９５．５),
 * thousands separators (1,000 / 1，000), spaces, and the field's own unit written after it (100万元 in a 万元 field,
 * 22分 in a score cell). Only the field's own unit is dropped: "1000000元" in a 万元 field is not read as 1000000 万元,
 * it stays unreadable and the field says so. Returns the plain number text ('' when nothing is left).
 */
export function numberText(text: string, units: readonly string[] = []): string {
  let s = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[\s\u3000]/g, '');
  for (const u of [...units].sort((a, b) => b.length - a.length)) {
    if (u && s.endsWith(u)) {
      s = s.slice(0, -u.length);
      break;
    }
  }
  if (/^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[,，]/g, '');
  return s;
}
