import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openXlsxFile, readTablesStreaming, saveXlsxFile } from '../../../src/hosts/xlsx/nodeFile.js';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost.js';
import { RESULTS } from './sampleOutputs.js';

const FIXTURE = new URL('../../fixtures/school-features.xlsx', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'xlsx-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeFile', () => {
  it('streams the wanted sheets, in tab order, as the same Tables readSheet gives', async () => {
    const host = await XlsxHost.open(readFileSync(FIXTURE));
    const streamed = [];
    for await (const table of readTablesStreaming(FIXTURE, ['签到表', '教师名册'])) streamed.push(table);
    expect(streamed.map((t) => t.name)).toEqual(['教师名册', '签到表']);
    expect(streamed[0]).toEqual(await host.readSheet('教师名册'));
    expect(streamed[1]).toEqual(await host.readSheet('签到表'));
  });

  it('saves to a path and opens it again', async () => {
    const host = await openXlsxFile(FIXTURE);
    await host.writeOutputs([RESULTS]);
    const out = join(dir, 'out.xlsx');
    await saveXlsxFile(host, out);
    expect((await (await openXlsxFile(out)).listSheets()).map((s) => s.name)).toContain('考核结果');
  });
});
