/**
 * Which Excel API features this Excel can do. The manifest asks for ExcelApi 1.4 (the least the
 * add-in needs); everything from a later set is gated here so older Excel (2016 MSI, 2019) still works.
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
  tabColor: boolean;
  /** 1.8: range.dataValidation (template dropdowns). */
  dataValidation: boolean;
  /** 1.9: worksheet.pageLayout (orientation, print titles, fit to width). */
  pageLayout: boolean;
}

/** Ask Office which sets are present; outside Office (tests) `isSetSupported` decides. */
export function detectApiSupport(isSetSupported: (version: string) => boolean = officeExcelApi): ApiSupport {
  return {
    suspendCalculation: isSetSupported('1.6'),
    freezePanes: isSetSupported('1.7'),
    chartSeries: isSetSupported('1.7'),
    tabColor: isSetSupported('1.7'),
    dataValidation: isSetSupported('1.8'),
    pageLayout: isSetSupported('1.9'),
  };
}

function officeExcelApi(version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
