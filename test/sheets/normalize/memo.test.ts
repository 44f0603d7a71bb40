import { describe, expect, it } from 'vitest';
import { TextMemo } from '../../../src/sheets/normalize/memo.js';

describe('TextMemo', () => {
  it('computes each distinct text once', () => {
    let calls = 0;
    const memo = new TextMemo((s) => {
      calls++;
      return s.trim();
    });
    expect([' a', ' a', 'b', ' a'].map((s) => memo.get(s))).toEqual(['a', 'a', 'b', 'a']);
    expect(calls).toBe(2);
  });

  it('starts over when full, and still answers right', () => {
    let calls = 0;
    const memo = new TextMemo((s) => {
      calls++;
      return s.length;
    }, 2);
    expect(['a', 'bb', 'ccc', 'a', 'bb'].map((s) => memo.get(s))).toEqual([1, 2, 3, 1, 2]);
    expect(calls).toBe(5);
  });

  it('does not keep long texts', () => {
    let calls = 0;
    const memo = new TextMemo((s) => {
      calls++;
      return s.length;
    });
    const long = 'x'.repeat(300);
    memo.get(long);
    memo.get('a');
    memo.get(long);
    expect(calls).toBe(3);
  });

  it('answers a repeat of the previous text without a lookup, and stays right after it', () => {
    let calls = 0;
    const memo = new TextMemo((s) => {
      calls++;
      return s.toUpperCase();
    });
    expect(['a', 'a', 'b', 'a', 'b'].map((s) => memo.get(s))).toEqual(['A', 'A', 'B', 'A', 'B']);
    expect(calls).toBe(2);
  });
});
