import { describe, it, expect } from 'vitest';
import { cellText, headerKey, isBlank, isIdeographs, normalizeText } from '../../../src/sheets/normalize/text.js';

describe('normalizeText (SPEC §3: NFKC, trim)', () => {
  it.each([
    ['full-width to half-width', 'ＡＢＣ１２３', 'ABC123'],
    ['trims', '  张三 ', '张三'],
    ['ideographic spaces', '\u3000张三\u3000', '张三'],
    ['zero-width characters', '张\u200B三\uFEFF', '张三'],
    ['full-width brackets', '张伟（T012）', '张伟(T012)'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('headerKey', () => {
  it('ignores spaces, width and case', () => {
    expect(headerKey(' 教 师 姓 名 ')).toBe(headerKey('教师姓名'));
    expect(headerKey('ＲatioGood')).toBe('ratiogood');
  });
});

describe('cellText / isBlank', () => {
  it('prints numbers plainly', () => {
    expect(cellText(1001)).toBe('1001');
    expect(cellText(null)).toBe('');
  });
  it('sees zero-width-only cells as blank', () => {
    expect(isBlank('\u200B')).toBe(true);
    expect(isBlank(' ')).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
});

describe('isIdeographs (names that need no normalising)', () => {
  it.each([
    ['张三', true],
    ['欧阳娜娜', true],
    ['', false],
    ['张 三', false],
    ['张\u200B三', false],
    ['买买提·艾力', false],
    ['T012', false],
  ])('%s → %s', (text, expected) => {
    expect(isIdeographs(text)).toBe(expected);
    if (expected) expect(normalizeText(text)).toBe(text);
  });
});
