import { describe, expect, it } from 'vitest';
import { guessRole } from '../../../renderer/case/documents/format';

// Walk 11: plan-h5a-jiaoyu-qhd.txt and agreement-h5a-gangkou-qhd.txt, dropped together, both came in as 其他附件.
describe('the import queue guesses a file’s role from its name', () => {
  it('reads Chinese names as before', () => {
    expect(guessRole('某市实施方案（送审稿）.docx')).toBe('plan');
    expect(guessRole('授权运营协议.pdf')).toBe('agreement');
    expect(guessRole('甲公司申报材料.pdf')).toBe('bid');
    expect(guessRole('合法性审查意见.pdf')).toBe('legal_review');
    expect(guessRole('会议纪要.docx')).toBe('other');
  });

  it('reads English and pinyin words of Latin-letter names, whole words only', () => {
    expect(guessRole('plan-h5a-jiaoyu-qhd.txt')).toBe('plan');
    expect(guessRole('agreement-h5a-gangkou-qhd.txt')).toBe('agreement');
    expect(guessRole('shouquan_xieyi_v2.docx')).toBe('agreement');
    expect(guessRole('Implementation Plan.pdf')).toBe('plan');
    expect(guessRole('bid_jia.pdf')).toBe('bid');
    expect(guessRole('legal-opinion.pdf')).toBe('legal_review');
    // a word inside a longer one is not the word
    expect(guessRole('planning-notes.txt')).toBe('other');
    expect(guessRole('airplane.pdf')).toBe('other');
    expect(guessRole('scan001.pdf')).toBe('other');
  });
});
