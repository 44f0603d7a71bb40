/**
 * Compile-time guard: every public member of the Excel test double must exist, under the same
 * name, on the @types/office-js class it stands for — so a typo in the fake (or a member Excel
 * does not have) fails `tsc` instead of making a test pass against an API that does not exist.
 */
import type { FakeApplication, FakeFunctionResult, FakeFunctions, FakeNamedItem, FakeNamedItemCollection, FakeRequestContext, FakeTableCollection, FakeWorkbook, FakeWorkbookProtection, FakeWorksheetCollection } from './fakeExcel.js';
import type { FakeDataValidation, FakeRange, FakeRangeFormat } from './fakeRange.js';
import type { FakeChart, FakeChartSeries, FakeLoadedTable, FakeTable, FakeWorksheet } from './fakeWorksheet.js';

/** `true` when F has no public key that R lacks; otherwise the offending keys, as a type error. */
type OnlyRealMembers<F, R> = [Exclude<keyof F, keyof R>] extends [never] ? true : { notInOfficeJs: Exclude<keyof F, keyof R> };

export const typingChecks: [
  OnlyRealMembers<FakeRange, Excel.Range>,
  OnlyRealMembers<FakeRangeFormat, Excel.RangeFormat>,
  OnlyRealMembers<FakeDataValidation, Excel.DataValidation>,
  OnlyRealMembers<FakeWorksheet, Excel.Worksheet>,
  OnlyRealMembers<FakeWorksheetCollection, Excel.WorksheetCollection>,
  OnlyRealMembers<FakeChart, Excel.Chart>,
  OnlyRealMembers<FakeChartSeries, Excel.ChartSeries>,
  OnlyRealMembers<FakeTable, Excel.Table>,
  OnlyRealMembers<FakeLoadedTable, Excel.Table>,
  OnlyRealMembers<FakeTableCollection, Excel.TableCollection>,
  OnlyRealMembers<FakeNamedItem, Excel.NamedItem>,
  OnlyRealMembers<FakeNamedItemCollection, Excel.NamedItemCollection>,
  OnlyRealMembers<FakeApplication, Excel.Application>,
  OnlyRealMembers<FakeWorkbook, Excel.Workbook>,
  OnlyRealMembers<FakeWorkbookProtection, Excel.WorkbookProtection>,
  OnlyRealMembers<FakeRequestContext, Excel.RequestContext>,
  OnlyRealMembers<FakeFunctions, Excel.Functions>,
  OnlyRealMembers<FakeFunctionResult, Excel.FunctionResult<number>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
