/**
 * What each ChartKind means in DrawingML terms (CT_BarChart, ECMA-376 Part 1 §21.2.2.16).
 * All three kinds are one `c:barChart`; they differ only in these values.
 */
import type { ChartKind } from '../../../sheets/output.js';

export interface BarShape {
  /** `col` = vertical columns, `bar` = horizontal bars (categories on the left). */
  barDir: 'col' | 'bar';
  grouping: 'stacked' | 'clustered';
  /** Space between category groups, % of a bar's width. */
  gapWidth: number;
  /** 100 puts the series of one category in a single stack; absent for clustered. */
  overlap?: number;
  /** `ctr` is the only label position a stacked segment allows; `outEnd` reads best otherwise. */
  labelPosition: 'ctr' | 'outEnd';
  /**
   * Horizontal bars list categories bottom-up by default; reversing the category axis (with the
   * value axis crossing at the maximum so it stays at the bottom) makes them read top-down like
   * the table beside the chart.
   */
  reverseCategories: boolean;
  /** Stacked counts of 0 would print a pile of "0" labels; this number format hides zeros. */
  labelNumberFormat?: string;
}

export const BAR_SHAPES: Record<ChartKind, BarShape> = {
  stackedColumn: {
    barDir: 'col',
    grouping: 'stacked',
    gapWidth: 60,
    overlap: 100,
    labelPosition: 'ctr',
    reverseCategories: false,
    labelNumberFormat: '0;-0;;@',
  },
  column: {
    barDir: 'col',
    grouping: 'clustered',
    gapWidth: 60,
    labelPosition: 'outEnd',
    reverseCategories: false,
  },
  clusteredBar: {
    barDir: 'bar',
    grouping: 'clustered',
    gapWidth: 80,
    labelPosition: 'outEnd',
    reverseCategories: true,
  },
};
