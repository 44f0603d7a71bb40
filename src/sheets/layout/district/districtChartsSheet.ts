/**
 * 图表 of the district (SPEC §10): two tables, each with a native chart beside it — the 等次 shares
 * per school (100% stacked columns, drawn from the counts so the chart does the division) and the
 * mean total per school (columns). Laid out by the school 图表's own block helper.
 */
import { TIERS } from '../../../engine/model.js';
import type { OutputSheet } from '../../output.js';
import { chartPages } from '../chartsSheet.js';
import { TIER_COLORS } from '../labels.js';
import { scoredSchools, type DistrictView } from './districtView.js';
import { summaryOf } from './schoolSummary.js';

export const DISTRICT_CHARTS_SHEET = '图表';

/** Charts start at column I (as on the school 图表) and widen with the number of schools. */
const CHART_LEFT = 8;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** The chart's last column for `n` schools: about two schools per column, within bounds. */
export function chartRight(n: number): number {
  return CHART_LEFT + Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(n / 2)));
}

/**
 * @example districtChartsSheet(view).charts?.map((c) => c.kind) // ['percentStackedColumn', 'column']
 */
export function districtChartsSheet(view: DistrictView): OutputSheet {
  const schools = scoredSchools(view);
  const right = chartRight(schools.length);
  return chartPages(DISTRICT_CHARTS_SHEET, [
    {
      title: '各校等次占比',
      header: ['学校', ...TIERS],
      rows: schools.map((s) => [s.name, ...summaryOf(s).tiers]),
      chart: { id: 'tier-shares-by-school', kind: 'percentStackedColumn', title: '各校等次占比', categoryAxisTitle: '学校', valueAxisTitle: '占比', legend: 'bottom' },
      seriesColors: (c) => {
        const tier = TIERS[c - 1];
        return tier === undefined ? undefined : TIER_COLORS[tier];
      },
      chartRight: right,
    },
    {
      title: '各校平均分',
      header: ['学校', '平均分'],
      rows: schools.map((s) => [s.name, summaryOf(s).meanTotal]),
      chart: { id: 'mean-total-by-school', kind: 'column', title: '各校平均分', categoryAxisTitle: '学校', valueAxisTitle: '平均分', legend: 'none', dataLabels: schools.length <= 30 },
      seriesColors: () => '5B9BD5',
      numberFormat: '0.00',
      chartRight: right,
    },
  ], [16, 9, 9, 9, 9, 3, 3, 3]);
}
