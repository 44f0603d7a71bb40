/**
 * Which sheets are ours, in a file: the hidden workbook-level defined name of
 * src/sheets/layout/ownership.ts (the rules both hosts share), read from and written to the
 * workbook part's defined names.
 */
import { OWNERSHIP_NAME, ownershipConstant, parseOwnership, sheetKey } from '../../../sheets/layout/ownership.js';
import type { DefinedName } from '../package/workbookPart.js';

const isMark = (n: DefinedName): boolean => n.sheet === null && sheetKey(n.name) === sheetKey(OWNERSHIP_NAME);

/** The sheet names listed by the ownership name, if the workbook has one. */
export function ownedSheets(names: DefinedName[]): string[] {
  const mark = names.find(isMark);
  return mark ? parseOwnership(mark.value) : [];
}

/** The defined names with the ownership name set to exactly `sheets` (removed when empty). */
export function withOwnedSheets(names: DefinedName[], sheets: string[]): DefinedName[] {
  const others = names.filter((n) => !isMark(n));
  if (sheets.length === 0) return others;
  return [...others, { name: OWNERSHIP_NAME, sheet: null, hidden: true, value: ownershipConstant(sheets), source: null }];
}
