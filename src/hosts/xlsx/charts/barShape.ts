/**
 * What each ChartKind means in DrawingML terms (CT_BarChart, ECMA-376 Part 1 §21.2.2.16).
 * All three kinds are one `c:barChart`; they differ only in these values.
 */
import type { ChartKind } from '../../../sheets/output.js';

export interface BarShape {
  /** `col` = vertical columns, `bar` = horizontal bars (categories on the left). */
  barDir: 'col' | 'bar';
  grouping: 'stacked' | 'clustered' | 'percentStacked';
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
  /** The value axis' number format when it is not the source's (0% for shares). */
  valueAxisFormat?: string;
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
  // District 图表 (issue 13): each school's tiers as shares; the values stay counts, Excel divides.
  percentStackedColumn: {
    barDir: 'col',
    grouping: 'percentStacked',
    gapWidth: 60,
    overlap: 100,
    labelPosition: 'ctr',
    reverseCategories: false,
    labelNumberFormat: '0;-0;;@',
    valueAxisFormat: '0%',
  },
  clusteredBar: {
    barDir: 'bar',
    grouping: 'clustered',
    gapWidth: 80,
    labelPosition: 'outEnd',
    reverseCategories: true,
  },
};
