/**
 * SPEC §11, issue 19 item 6: shared strings cost what the cells use. A sharedStrings part beyond
 * SHARED_STRINGS_WHOLE_BYTES keeps only the items some cell refers to; the Tables read are the same.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../../../src/hosts/xlsx/package/opcPackage.js';
import { parseRelationships } from '../../../../src/hosts/xlsx/package/relationships.js';
import { loadScanContext, SHARED_STRINGS_WHOLE_BYTES } from '../../../../src/hosts/xlsx/read/sheetReader.js';
import { XlsxHost } from '../../../../src/hosts/xlsx/xlsxHost.js';
import { editPart, sharedStringsWorkbook } from '../../../robustness/hostileFiles.js';

/** The workbook with `extra` unused items appended to its sharedStrings part. */
async function withUnusedStrings(bytes: Uint8Array, extra: number): Promise<Uint8Array> {
  return editPart(bytes, 'xl/sharedStrings.xml', (xml) => {
    const items: string[] = [];
    for (let i = 0; i < extra; i++) items.push(`<si><t>没有单元格用到的文字${i}</t></si>`);
    return xml.replace('</sst>', `${items.join('')}</sst>`);
  });
}

async function context(bytes: Uint8Array) {
  const pkg = await OpcPackage.load(bytes);
  const rels = parseRelationships(await pkg.text('xl/_rels/workbook.xml.rels'));
  return { pkg, ctx: await loadScanContext(pkg, 'xl/workbook.xml', rels, false) };
}

describe('shared strings are held only as far as cells use them', () => {
  it('keeps a small sharedStrings part whole', async () => {
    const { ctx } = await context(await withUnusedStrings(await sharedStringsWorkbook(), 1000));
    expect(Object.keys(ctx.sharedStrings).length).toBe(ctx.sharedStrings.length);
  });

  it('of a sharedStrings part beyond the limit, keeps the items cells use; the Tables are the same', async () => {
    const plain = await sharedStringsWorkbook();
    // ~36 bytes an item: past the limit with room to spare.
    const big = await withUnusedStrings(plain, Math.ceil((SHARED_STRINGS_WHOLE_BYTES * 1.1) / 36));
    const { pkg, ctx } = await context(big);
    expect(pkg.declaredSize('xl/sharedStrings.xml')).toBeGreaterThan(SHARED_STRINGS_WHOLE_BYTES);
    const used = Object.keys(ctx.sharedStrings).length;
    // The school's own few hundred strings are all used; none of the million unused ones is held.
    expect(used).toBeGreaterThan(30);
    expect(used).toBeLessThan(1000);
    expect(ctx.sharedStrings.length).toBeGreaterThan(1_000_000);
    const [a, b] = [await XlsxHost.open(plain), await XlsxHost.open(big)];
    for (const sheet of await a.listSheets()) expect(await b.readSheet(sheet.name)).toEqual(await a.readSheet(sheet.name));
  }, 120_000);
});
