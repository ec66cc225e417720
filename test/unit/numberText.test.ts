import { describe, expect, it } from 'vitest';
import { numberText } from '../../shared/domain/numberText';

describe('numberText: a number pasted from Word or typed in full width', () => {
  it('reads full-width digits and points, thousands separators, spaces and the field’s own unit', () => {
    expect(numberText('１００万元', ['万元'])).toBe('100');
    expect(numberText('９５．５', ['万元'])).toBe('95.5');
    expect(numberText(' 1,250.5 万元 ', ['万元'])).toBe('1250.5');
    expect(numberText('1，250', ['万元'])).toBe('1250');
    expect(numberText('２２分', ['分'])).toBe('22');
    expect(numberText('22', ['分'])).toBe('22');
  });
  it('never guesses another unit: yuan in a 万元 field stays unreadable', () => {
    expect(Number.isNaN(Number(numberText('1000000元', ['万元'])))).toBe(true);
    expect(Number.isNaN(Number(numberText('约100', ['万元'])))).toBe(true);
    expect(numberText('1,25', ['万元'])).toBe('1,25'); // not a thousands separator: left as it is, unreadable
  });
});
