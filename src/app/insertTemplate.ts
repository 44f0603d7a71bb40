/**
 * 插入标准模板: add the blank standard sheets whose names are free; existing sheets are never touched.
 */
import type { Host } from './host.js';
import { templateSheets } from '../sheets/template/template.js';

/**
 * Add the blank standard sheets (SPEC §9 `template`) that the workbook does not have yet.
 * @example const { inserted, skipped } = await insertTemplate(host);
 */
export async function insertTemplate(host: Host): Promise<{ inserted: string[]; skipped: string[] }> {
  return host.insertSheets(templateSheets());
}
