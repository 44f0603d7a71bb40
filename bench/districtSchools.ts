/**
 * The district bench's school workbooks (issue 13): `count` schools of 80–120 teachers (about 100 on
 * average), each a bench school of its own size, made byte-distinct by a 说明 sheet naming the school
 * (the same bytes twice would be counted once). Cached in bench/.cache/district-<count>/.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDistrict } from './district.js';
import { CACHE_DIR, GENERATOR_VERSION, writeBenchWorkbook } from './generate.js';

/** Teachers of school `i`: 80..120, cycling, so the mean is 100. */
export function schoolSize(i: number): number {
  return 80 + (i % 41);
}

/** The school files, generating those missing. */
export async function ensureDistrictSchools(count: number, log: (text: string) => void): Promise<string[]> {
  const dir = join(CACHE_DIR, `district-${count}-v${GENERATOR_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  const files: string[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const name = `school-${String(i + 1).padStart(3, '0')}.xlsx`;
    const file = join(dir, name);
    if (!have.has(name) || !existsSync(file)) {
      await writeBenchWorkbook(buildDistrict(schoolSize(i)), file, {
        extraSheets: async (workbook) => {
          const sheet = workbook.addWorksheet('说明');
          sheet.addRow([`第 ${i + 1} 所学校`]).commit();
          await sheet.commit();
        },
      });
      if ((i + 1) % 50 === 0) log(`   generated ${i + 1}/${count} schools (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    files.push(file);
  }
  return files;
}
