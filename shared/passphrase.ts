/**
 * Passphrase strength, shown while typing and enforced when a case is created. A case file travels on USB sticks,
 * so its passphrase is all that protects it: refuse the weak ones rather than warn.
 */
export type Strength = { score: 0 | 1 | 2 | 3 | 4; label: string; acceptable: boolean; hints: string[] };

const COMMON = ['12345678', 'password', 'qwertyui', '11111111', '88888888', 'abcdefgh', 'iloveyou', 'admin123', 'p@ssw0rd'];

export function passphraseStrength(p: string): Strength {
  const hints: string[] = [];
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(p)).length;
  const unique = new Set(p).size;
  let score = 0;
  if (p.length >= 8) score++;
  if (p.length >= 12) score++;
  if (classes >= 2) score++;
  if (classes >= 3 || p.length >= 16) score++;
  if (unique <= 3 || COMMON.some((c) => p.toLowerCase().includes(c))) score = Math.min(score, 1);
  if (p.length < 8) hints.push('至少 8 位');
  if (classes < 2) hints.push('混合使用字母、数字或符号');
  if (unique <= 3) hints.push('避免重复字符');
  const s = Math.max(0, Math.min(4, score)) as Strength['score'];
  const label = ['很弱', '弱', '一般', '强', '很强'][s];
  return { score: s, label, acceptable: p.length >= 8 && classes >= 2 && s >= 2, hints };
}
