/**
 * 插入示例数据: add the sample school's input sheets, for trying the product out.
 */
import type { Host } from './host.js';
import { sampleSchoolSheets } from './sample/sampleSchool.js';

/**
 * Add the sample school's input sheets (SPEC §9 `demo`) whose names are free.
 * @example await insertSample(host); await run(host);
 */
export async function insertSample(host: Host): Promise<{ inserted: string[]; skipped: string[] }> {
  return host.insertSheets(sampleSchoolSheets());
}
