import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../../src/hosts/xlsx/charts/escapeXml.js';

describe('escapeXml', () => {
  it.each([
    [`A&B<"'>`, 'A&amp;B&lt;&quot;&apos;&gt;'],
    ['各组等级分布', '各组等级分布'],
    ['&amp;', '&amp;amp;'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['emoji 😀 stays', 'emoji 😀 stays'],
  ])('%j → %j', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });

  describe('edge cases', () => {
    it('drops characters XML 1.0 forbids (control characters, lone surrogates)', () => {
      expect(escapeXml('语\u0007文\u0000组\uD800')).toBe('语文组');
    });
  });
});
