/** Native chart parts for the .xlsx package writer (see chartXml.ts for the OOXML references). */
export { chartXml } from './chartXml.js';
export { drawingXml, type ChartAnchor } from './drawingXml.js';
export type { ChartDataCells } from './chartDataCells.js';
