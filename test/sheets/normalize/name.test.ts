import { describe, it, expect } from 'vitest';
import { idLookupKey, normalizeId, normalizeName, splitNameAndId } from '../../../src/sheets/normalize/name.js';

describe('normalizeName (SPEC §3: internal white space removed)', () => {
  it.each([
    ['张 三', '张三'],
    ['张\u3000三', '张三'],
    [' 欧阳 娜娜 ', '欧阳娜娜'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('工号', () => {
  it('drops white space', () => {
    expect(normalizeId(' T 012 ')).toBe('T012');
  });
  it('looks up all-digit ids without leading zeros and letters case-blind', () => {
    expect(idLookupKey('007')).toBe(idLookupKey('7'));
    expect(idLookupKey('t012')).toBe(idLookupKey('T012'));
    expect(idLookupKey('0')).toBe('0');
  });
  it.each([
    ['T012', 'T012'],
    ['t012', 'T012'],
    ['ß1', 'SS1'],
    ['A-0_9', 'A-0_9'],
  ])('upper-cases %s as toUpperCase does', (id, key) => {
    expect(idLookupKey(id)).toBe(key);
  });
});

describe('splitNameAndId', () => {
  it.each([
    ['张伟(T012)', { name: '张伟', id: 'T012' }],
    ['张伟()', null],
    ['(T012)', null],
    ['张伟', null],
  ])('%s', (input, expected) => {
    expect(splitNameAndId(input)).toEqual(expected);
  });
});
