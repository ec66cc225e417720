import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeadlineRules } from '../../../main/services/deadlines/rules';

/**
 * The quotes of the bundled 时限 rules, word for word against the regulation texts in shared/regulations (beside the
 * repository: ../shared in CI, ../../shared from a worktree), and under the article the rule names.
 */
function regulationsDir(): string | null {
  for (let dir = path.resolve('.'); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const p = path.join(dir, 'shared', 'regulations');
    if (fs.existsSync(p)) return p;
  }
  return null;
}

const dir = regulationsDir();
const rules = loadDeadlineRules(path.resolve('templates/deadlines')).rules.filter((r) => r.basis.file);
const squash = (s: string) => s.replace(/[\s*]/g, '').replace(/[()（）]/g, '');

describe.skipIf(!dir)('citations of the 时限 rules (regulation texts found beside the repository)', () => {
  it('has rules with bundled sources to check', () => expect(rules.length).toBeGreaterThanOrEqual(5));

  for (const r of rules) {
    it(`${r.id}: ${r.basis.article} quoted as written`, () => {
      const text = fs.readFileSync(path.join(dir!, r.basis.file!), 'utf8');
      const lines = text.split(/\r?\n/);
      expect(squash(text)).toContain(squash(r.basis.document));
      const articles = r.basis.article.split('、');
      for (const part of r.basis.quote.split('……')) {
        const at = lines.findIndex((l) => l.includes(part));
        expect(at, `“${part}” not found in ${r.basis.file}`).toBeGreaterThanOrEqual(0);
        // the nearest article heading above the quote is the one cited
        const heading = lines.slice(0, at + 1).reverse().map((l) => /第[一二三四五六七八九十百]+条/.exec(l)?.[0]).find(Boolean);
        expect(articles, `${part} sits under ${heading}`).toContain(heading);
      }
    });
  }
});
