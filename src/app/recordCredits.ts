/**
 * 登记本学期学分 / `record-credits` (SPEC §7): score the workbook, then append this term's credits (类别
 * 校本 and 其他, 来源 `研修考核助手 <学年> <学期>`) to 学分登记 — creating it when missing — replacing the
 * rows written for the same term before. The only write to an input sheet; never part of 开始计算.
 * Two steps, so a UI can show what will change before anything does: plan, then record.
 */
import type { Host } from './host.js';
import type { InspectOptions, ParseTables } from './inspect.js';
import { readInputs, readTables } from './inspect.js';
import type { Issue } from '../engine/issues.js';
import { score } from '../engine/score.js';
import { SHEET_NAMES } from '../sheets/words/vocabulary.js';
import { confirmText, planCreditRecord, termEntries, type CreditRecordPlan } from '../sheets/record/creditRecord.js';
import { inputSheet } from '../sheets/template/template.js';
import { CREDIT_SHEET_DEF } from '../sheets/template/creditSheets.js';
import { sheetKey } from '../sheets/layout/ownership.js';

export type CreditPlanResult =
  | { ok: true; plan: CreditRecordPlan; confirm: string }
  /** Why nothing can be recorded: the data cannot be scored (the errors), or the term is unknown. */
  | { ok: false; reason: string; errors: Issue[] };

/**
 * What recording this term's credits would add or replace; writes nothing.
 * @example const p = await planCredits(host); if (p.ok) window.confirm(p.confirm)
 */
export async function planCredits(host: Host, options: InspectOptions = {}, parse: ParseTables = readTables): Promise<CreditPlanResult> {
  const read = await readInputs(host, options, parse);
  if (!read.canScore) {
    return { ok: false, reason: '数据无法计算，不能登记本学期学分。', errors: read.issues.filter((i) => i.severity === 'error') };
  }
  const run = score(read.dataset, read.rules);
  const term = run.term ?? null;
  if (term === null) {
    return { ok: false, reason: '无法确定本学期是哪一学年、哪一学期：请在考核规则中填写考核开始日期和考核结束日期。', errors: [] };
  }
  const entries = termEntries(run, read.rules);
  const existing = read.report.sheetsOf.credits[0];
  const wanted = SHEET_NAMES.credits[0] ?? '学分登记';
  if (existing === undefined) {
    const taken = (await host.listSheets()).some((s) => sheetKey(s.name) === sheetKey(wanted));
    if (taken) {
      return { ok: false, reason: `工作簿中已有“${wanted}”表，但它的表头不符合学分登记（需要 姓名/工号、学年、类别、学分或学时），未写入。请按标准模板修改表头后再登记。`, errors: [] };
    }
  }
  const table = existing === undefined ? null : await host.readSheet(existing);
  const plan = planCreditRecord(table, wanted, term, entries, read.rules);
  return { ok: true, plan, confirm: confirmText(plan) };
}

/**
 * Carry out a plan from planCredits (the workbook must not have changed in between).
 * @example await recordPlannedCredits(host, plan)
 */
export async function recordPlannedCredits(host: Host, plan: CreditRecordPlan): Promise<void> {
  if (plan.create) {
    const sheet = inputSheet(CREDIT_SHEET_DEF, (plan.newSheet ?? []).slice(1).map((r) => r.map((c) => (c instanceof Date || typeof c === 'boolean' ? String(c) : c))));
    const { skipped } = await host.insertSheets([sheet]);
    if (skipped.length > 0) throw new Error(`recordPlannedCredits: sheet ${plan.sheet} appeared since the plan`);
    return;
  }
  if (plan.write === undefined) return;
  if (host.writeCreditRows === undefined) throw new Error('recordPlannedCredits: this host cannot write an input sheet');
  await host.writeCreditRows({ sheet: plan.sheet, ...plan.write });
}

/**
 * Plan and record in one go (the CLI). Returns the plan carried out, or why nothing was written.
 * @example const r = await recordCredits(host); if (r.ok) console.log(r.confirm)
 */
export async function recordCredits(host: Host, options: InspectOptions = {}): Promise<CreditPlanResult> {
  const planned = await planCredits(host, options);
  if (planned.ok) await recordPlannedCredits(host, planned.plan);
  return planned;
}
