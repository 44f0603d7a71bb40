/**
 * Which Excel API features this Excel can do. The manifest asks for ExcelApi 1.4 (the least the
 * add-in needs); everything from a later set is gated here. ExcelApi 1.4 is Excel 2016 retail (click-to-run) and
 * later; Office 2016 MSI (ExcelApi 1.1–1.3) cannot load the add-in, and Office 2016/2019 builds that
 * show add-ins in Trident or EdgeHTML get the message of taskpane/browserCheck.js (docs/addin.md).
 */

/** The ExcelApi set manifest.xml requires (getUsedRangeOrNullObject, getItemOrNullObject, names.add). */
export const MIN_EXCEL_API = '1.4';

export interface ApiSupport {
  /** 1.6: application.suspendApiCalculationUntilNextSync — faster writes. */
  suspendCalculation: boolean;
  /** 1.7: worksheet.freezePanes and worksheet.tabColor. */
  freezePanes: boolean;
  /** 1.7: chart.series.add, series.setValues / setXAxisValues — charts with exactly our series. */
  chartSeries: boolean;
  /** 1.7: workbook.protection (structure protection checked before writing). */
  workbookProtection: boolean;
  tabColor: boolean;
  /** 1.8: range.dataValidation (template dropdowns). */
  dataValidation: boolean;
  /** 1.9: range.getSpecialCellsOrNullObject — a sheet with a stray far cell is read area by area. */
  specialCells: boolean;
  /** 1.9: worksheet.pageLayout (orientation, print titles, fit to width). */
  pageLayout: boolean;
}

/** Ask Office which sets are present; outside Office (tests) `isSetSupported` decides. */
export function detectApiSupport(isSetSupported: (version: string) => boolean = officeExcelApi): ApiSupport {
  return {
    suspendCalculation: isSetSupported('1.6'),
    freezePanes: isSetSupported('1.7'),
    chartSeries: isSetSupported('1.7'),
    workbookProtection: isSetSupported('1.7'),
    tabColor: isSetSupported('1.7'),
    dataValidation: isSetSupported('1.8'),
    pageLayout: isSetSupported('1.9'),
    specialCells: isSetSupported('1.9'),
  };
}

function officeExcelApi(version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
