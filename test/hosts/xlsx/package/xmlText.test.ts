import { describe, expect, it } from 'vitest';
import { decodeXml, escapeXml, stripIllegalXmlChars } from '../../../../src/hosts/xlsx/package/xmlText.js';

describe('escapeXml', () => {
  it.each([
    ['a<b & "c"', 'a&lt;b &amp; &quot;c&quot;'],
    ['=1+1', '=1+1'],
    ['x\u0001y\u001Fz', 'xyz'],
    ['😀\uD800', '😀'],
  ])('%j → %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe('stripIllegalXmlChars', () => {
  it('keeps tab, line feed, carriage return and CJK', () => {
    expect(stripIllegalXmlChars('\t\n\r张三\uFFFE')).toBe('\t\n\r张三');
  });
});

describe('decodeXml', () => {
  it('decodes the predefined entities and character references', () => {
    expect(decodeXml('&lt;&amp;&#24352;&#x4E09;&apos;')).toBe("<&张三'");
  });
});
