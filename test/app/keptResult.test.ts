/**
 * The district keeps each scored school's result as bytes (app/keptResult.ts) and writes its two
 * 30,000-row sheets streamed: what the sheets show must not change by either.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { keepAsBytes } from '../../src/app/keptResult.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import type { DistrictSchool, DistrictView } from '../../src/sheets/layout/district/districtView.js';
import { districtSheets, layoutDistrict } from '../../src/sheets/layout/district/layoutDistrict.js';
import { sampleDistrict } from '../sheets/layout/district/fixture.js';

/** sampleDistrict with 梯队, a credit cycle and an optional field absent, as results have them. */
function richDistrict(): DistrictView {
  const view = sampleDistrict();
  const first = view.schools[0]?.result;
  if (!first) throw new Error('fixture changed');
  first.teachers.forEach((t, i) => {
    if (i === 0) t.echelon = '骨干教师';
    else if (i === 1) t.echelon = null;
    else delete t.echelon;
    if (i < 2) t.credits = { total: 30 + i, school: 10, status: i === 0 ? 'done' : 'behind', years: [] } as never;
  });
  return view;
}

function kept(view: DistrictView): DistrictView {
  for (const school of view.schools) keepAsBytes(school);
  return view;
}

async function parts(write: (host: XlsxHost) => Promise<unknown>): Promise<Record<string, string>> {
  const host = await XlsxHost.create();
  await write(host);
  const files = unzipSync(await host.save());
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

describe('a school result kept as bytes', () => {
  it('reads back as the result it was, with the school’s own issues array', () => {
    const plain = richDistrict().schools[0] as DistrictSchool;
    const school = richDistrict().schools[0] as DistrictSchool;
    const issues = school.issues;
    keepAsBytes(school);
    expect(school.result).toEqual(plain.result);
    expect(school.result?.issues).toBe(issues);
    // Read twice in a row: decoded once.
    expect(school.result).toBe(school.result);
  });

  it('is dropped by setting it to null (an older version superseded), and never replaced', () => {
    const school = richDistrict().schools[0] as DistrictSchool;
    keepAsBytes(school);
    school.result = null;
    expect(school.result).toBeNull();
    expect(() => {
      school.result = richDistrict().schools[1]?.result ?? null;
    }).toThrow(/only ever dropped/);
  });

  it('copies and clones as a plain result (the page sends a trimmed view to the pane)', () => {
    const school = richDistrict().schools[1] as DistrictSchool;
    const plain = structuredClone(school);
    keepAsBytes(school);
    expect(structuredClone(school)).toEqual(plain);
    expect({ ...school }).toEqual(plain);
  });

  it('leaves a school without a result as it was', () => {
    const school = richDistrict().schools[2] as DistrictSchool;
    keepAsBytes(school);
    expect(Object.getOwnPropertyDescriptor(school, 'result')?.value).toBeNull();
  });
});

describe('the district sheets', () => {
  it('lay out the same from a view kept as bytes', () => {
    expect(layoutDistrict(kept(richDistrict()))).toEqual(layoutDistrict(richDistrict()));
  });

  it('are written the same deferred and streamed as laid out whole, every part', async () => {
    const whole = await parts((host) => host.writeOutputs(layoutDistrict(richDistrict())));
    const streamed = await parts((host) => host.writeOutputs(districtSheets(kept(richDistrict()))));
    expect(Object.keys(streamed)).toEqual(Object.keys(whole));
    for (const name of Object.keys(whole)) {
      // docProps/core.xml carries the time of writing.
      if (name !== 'docProps/core.xml') expect(streamed[name], name).toBe(whole[name]);
    }
  });

  it('are each laid out once, only when the writer comes to it, in tab order', async () => {
    const laidOut: string[] = [];
    const sheets = districtSheets(richDistrict()).map((s) => ({ name: s.name, layout: () => (laidOut.push(s.name), s.layout()) }));
    const host = await XlsxHost.create();
    expect(laidOut).toEqual([]);
    await host.writeOutputs(sheets);
    expect(laidOut).toEqual((await host.listSheets()).map((s) => s.name));
  });
});
