/**
 * Sheet names in formulas. Which names are legal and free is decided in src/sheets/layout/ownership.ts,
 * shared with the Office.js host.
 */

/** A sheet name as it must appear in a formula: `'考核结果'!`. */
export function quotedSheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
