import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../main/docs/extract';
import { toSimplifiedConverter } from '../../../main/docs/chinese';
import { reviewDocument } from '../../../shared/review/engine';
import { ROOT, bundledRuleset } from '../../helpers/reviewCorpus';

/** 6. Encodings: the same agreement saved as GBK, Big5 (traditional), UTF-16 without a BOM and UTF-16BE with one. */
const dir = path.join(ROOT, 'test', 'fixtures', 'encodings');
const read = (f: string) => extractFile(path.join(dir, f));

describe('6. encodings', () => {
  it('reads GBK, UTF-16LE without a BOM and UTF-16BE with one', async () => {
    for (const f of ['agreement-gbk.txt', 'agreement-utf16le-nobom.txt', 'agreement-utf16be-bom.txt']) {
      const doc = await read(f);
      expect(doc.title, f).toBe('测试授权运营协议');
      expect(doc.warnings, f).toEqual([]);
    }
  });
  it('reads Big5, says so, keeps the traditional text shown and matches it as simplified', async () => {
    const doc = await read('agreement-big5.txt');
    expect(doc.title).toBe('測試授權運營協議');
    expect(doc.warnings.join('')).toContain('Big5');
    const r = reviewDocument(doc, bundledRuleset('hebei'), 'agreement', { toSimplified: await toSimplifiedConverter() });
    const sub = r.flags.find((f) => f.id === 'sub_authorization');
    expect(sub).toBeTruthy();
    const grant = sub!.evidence.find((e) => e.excerpt.includes('經甲方書面同意'));
    expect(grant).toMatchObject({ reading: 'permission' });
    expect(grant!.condition).toContain('经甲方书面同意');
    expect(r.flags.map((f) => f.id)).not.toContain('no_destruction');
    // Without conversion the same text is not read: the conversion is what makes it match.
    expect(reviewDocument(doc, bundledRuleset('hebei'), 'agreement').flags.map((f) => f.id)).not.toContain('sub_authorization');
  });
});
