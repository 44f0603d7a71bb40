/**
 * Which sheet each output goes to on a run, from what the workbook has (names, visibility,
 * protection, loaded in one sync) and which sheets the ownership name lists. Pure: the shared rules
 * of src/sheets/layout/ownership.ts decide names; this only sorts sheets into reused, new and stale.
 */
import { isLegalSheetName, isVariantOf, sheetKey, staleOutputs, targetNames } from '../../sheets/layout/ownership.js';

/** The loaded state of a worksheet that the plan looks at. */
export interface SheetState {
  name: string;
  visibility: string;
  protection: { protected: boolean };
}

export interface WritePlan<S extends SheetState> {
  /** Output name → the sheet it is written to. */
  targets: Record<string, string>;
  /** Our sheets written again in place (same objects: references to them survive). */
  reused: { target: string; sheet: S }[];
  /** Sheets to add. */
  fresh: { target: string }[];
  /**
   * Sheets of ours that no output goes to any more: another copy of an output written now (考核结果(1)
   * once the school's 考核结果 is gone), or a 任务完成 / 学分台账 a school run no longer writes. Our
   * other sheets (a school's results when the district sheets are written) stay, as in the file host.
   */
  stale: string[];
  /** What the ownership name lists from the first change on: every target, our kept sheets, and stale sheets until removed. */
  claimed: string[];
  /** Keys of reused sheets the user has hidden: not activated. */
  hiddenTargets: Set<string>;
}

/**
 * @example writePlan([{ name: '考核结果' }], [{ name: '考核结果', visibility: 'Visible', protection: { protected: false } }], [])
 *   .targets // { 考核结果: '考核结果(1)' }
 */
export function writePlan<S extends SheetState>(outputs: readonly { name: string }[], existing: readonly S[], owned: readonly string[]): WritePlan<S> {
  const byKey = new Map(existing.map((s) => [sheetKey(s.name), s] as const));
  const ownedKeys = new Set(owned.map(sheetKey));
  const targets = targetNames(outputs.map((o) => o.name), existing.map((s) => s.name), owned);
  const targetKeys = new Set(Object.values(targets).map(sheetKey));
  const reused: { target: string; sheet: S }[] = [];
  const fresh: { target: string }[] = [];
  for (const target of Object.values(targets)) {
    if (!isLegalSheetName(target)) throw new Error(`targetNames gave an illegal sheet name: ${target}`);
    const sheet = byKey.get(sheetKey(target));
    if (sheet) reused.push({ target: sheet.name, sheet });
    else fresh.push({ target });
  }
  const names = existing.map((s) => s.name);
  const gone = new Set(staleOutputs(names, outputs.map((o) => o.name), owned).map(sheetKey));
  const stale = names.filter(
    (name) =>
      ownedKeys.has(sheetKey(name)) &&
      !targetKeys.has(sheetKey(name)) &&
      (gone.has(sheetKey(name)) || outputs.some((o) => isVariantOf(name, o.name))),
  );
  return {
    targets,
    reused,
    fresh,
    stale,
    // Our sheets a run keeps (a school's results under a district run) stay ours.
    claimed: [...Object.values(targets), ...names.filter((n) => ownedKeys.has(sheetKey(n)) && !targetKeys.has(sheetKey(n)))],
    hiddenTargets: new Set(reused.filter((r) => r.sheet.visibility !== 'Visible').map((r) => sheetKey(r.target))),
  };
}
