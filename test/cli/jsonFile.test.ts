/**
 * The JSON output file in pieces (jsonFileChunks, issue 23: `score --json` at 20,000 teachers was one
 * 27-million-character string beside the workbook): joined, the pieces are exactly what
 * `${JSON.stringify(value, null, 2)}\n` wrote before, for every shape JSON.stringify handles.
 */
import { describe, expect, it } from 'vitest';
import { insertSample } from '../../src/app/insertSample.js';
import { run } from '../../src/app/run.js';
import { jsonFileChunks } from '../../src/cli/jsonFile.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';

const before = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const joined = (value: unknown) => [...jsonFileChunks(value)].join('');

const nullPrototype = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });

describe('jsonFileChunks', () => {
  it.each<[string, unknown]>([
    ['a plain result-like object', { schema: 'x/1', period: { from: '2023-09-01', to: null }, teachers: [{ id: 'T1', total: 91.75, items: [{ n: 1 }] }], groups: [] }],
    ['empty containers at every depth', { a: [], b: {}, c: [[], {}], d: { e: [], f: {} } }],
    ['members JSON.stringify leaves out (undefined, functions, symbols)', { a: undefined, b: () => 1, c: Symbol('s'), d: 1, e: { f: undefined } }],
    ['an object whose every member is left out', { a: { b: undefined }, c: [{ d: undefined }] }],
    ['array elements written as null (undefined, functions, holes)', { a: [undefined, () => 1, , 3], b: [[undefined]] }], // eslint-disable-line no-sparse-arrays
    ['a Date, a toJSON, boxed values, a Map', { a: new Date(Date.UTC(2023, 9, 10)), b: { toJSON: () => 'own' }, c: [new Number(2), new String('s')], d: new Map([[1, 2]]) }],
    ['a toJSON that gives undefined', { a: { toJSON: () => undefined }, b: [{ toJSON: () => undefined }] }],
    ['an object with no prototype', { a: nullPrototype, b: [nullPrototype] }],
    ['numbers JSON cannot hold, and -0', { a: [NaN, Infinity, -0, 1e21, 0.1 + 0.2] }],
    ['strings with newlines, quotes, U+2028 and emoji', { '名\n"字"': ['a\nb', 'x\u2028y\u2029z', '😀', '\r\t\\'], c: { d: 'e\nf' } }],
    ['nesting deeper than the opened levels', { a: [{ b: [{ c: [{ d: 1 }] }] }] }],
    ['a bare array, string, number, null at the top', [1, 'a', null]],
    ['a string at the top', '张三'],
    ['null at the top', null],
    ['an empty object at the top', {}],
  ])('writes %s character for character', (_, value) => {
    expect(joined(value)).toBe(before(value));
  });

  it('hands a large result on in pieces of about 32 K characters, each member whole', () => {
    const teachers = Array.from({ length: 2_000 }, (_, i) => ({ id: `T${i}`, name: `教师${i}`, explanation: '出勤 '.repeat(40) }));
    const value = { schema: 'yanxiu.result/1', teachers };
    const chunks = [...jsonFileChunks(value)];
    expect(chunks.join('')).toBe(before(value));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThan(32 * 1024 + 1000);
  });

  it('writes the sample school’s result as JSON.stringify did', async () => {
    const host = await XlsxHost.create({ charts: null });
    await insertSample(host);
    const report = await run(host);
    expect(report.score).not.toBeNull();
    expect(joined(report.score?.result)).toBe(before(report.score?.result));
  });
});
