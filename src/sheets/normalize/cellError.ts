/**
 * Excel error values (SPEC §3: a value that cannot be read is an issue). Hosts hand them over as
 * strings such as '#N/A'; readers raise `formula-error` and treat the cell as blank.
 */
import type { CellValue } from '../table.js';

const ERROR_VALUES: ReadonlySet<string> = new Set([
  '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!', '#CALC!',
  '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
]);

/**
 * Whether a cell holds an Excel error value.
 * @example isFormulaError('#N/A') // true
 */
export function isFormulaError(value: CellValue | undefined): value is string {
  if (typeof value !== 'string' || value.length > 14) return false;
  const trimmed = value.trim();
  return trimmed.startsWith('#') && ERROR_VALUES.has(trimmed.toUpperCase());
}
