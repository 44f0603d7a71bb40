import { describe, expect, it } from 'vitest';
import { decodeXml, escapeXml, escapeXstring, stripIllegalXmlChars } from '../../../../src/hosts/xlsx/package/xmlText.js';

describe('escapeXml', () => {
  it.each([
    ['a<b & "c"', 'a&lt;b &amp; &quot;c&quot;'],
    ['=1+1', '=1+1'],
    ['x\u0001y\u001Fz', 'xyz'],
    ['😀\uD800', '😀'],
    // Once the chart module's own copy: quotes, CJK, emoji and an already-escaped entity.
    [`A&B<"'>`, "A&amp;B&lt;&quot;'&gt;"],
    ['各组等级分布', '各组等级分布'],
    ['&amp;', '&amp;amp;'],
    ['tab\tand\rreturn', 'tab&#9;and&#13;return'],
    ['emoji 😀 stays', 'emoji 😀 stays'],
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

describe('escapeXstring', () => {
  it.each([
    ['王_x0041_老师', '王_x005F_x0041_老师'],
    ['_x0041_x0042_', '_x005F_x0041_x005F_x0042_'],
    ['a_x12_b', 'a_x12_b'],
    ['snake_case_x', 'snake_case_x'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(escapeXstring(text)).toBe(expected);
  });
});
