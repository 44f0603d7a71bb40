/**
 * What the Office.js host throws when it cannot write, or could write only part of, the outputs.
 * The `code` is what the pane's friendlyError explains in Chinese; `sheets` says which sheets it
 * concerns, so the message can say truthfully what was and was not changed. Office.js applies a
 * batch's operations one after the other and does not roll back the ones before a failure
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync),
 * hence "partly written" rather than a promise that nothing changed.
 */

export type WriteErrorCode =
  /** Workbook structure is protected and the outputs need a new sheet (or a stale one removed). Nothing written. */
  | 'WorkbookStructureProtected'
  /** One of our output sheets is protected. Nothing written. */
  | 'OutputSheetProtected'
  /** A sheet the user asked to go to is hidden (Excel cannot activate a hidden sheet). */
  | 'SheetHidden'
  /** Adding the output sheets failed: some may exist, empty, already recorded as ours. */
  | 'OutputsNotWritten'
  /** The write failed part-way: these output sheets may be cleared or partly written. */
  | 'OutputsPartlyWritten';

export class ExcelWriteError extends Error {
  override readonly name = 'ExcelWriteError';
  constructor(
    readonly code: WriteErrorCode,
    /** The sheets concerned (by their names in the workbook). */
    readonly sheets: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${sheets.join(', ')}`, options);
  }
}
