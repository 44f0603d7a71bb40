/**
 * The page's view of a finished consolidation (合并学校工作簿). The file worker keeps every teacher of
 * every school (30,000 rows for a district of 300 schools) for the sheets it writes; the page shows
 * only the totals and the files not counted, so the worker sends this cut-down report and the UI
 * thread never deserialises the teachers.
 */
import type { DistrictReport } from '../app/consolidate.js';

export function trimDistrictReport(report: DistrictReport): DistrictReport {
  const view = {
    ...report.view,
    schools: report.view.schools.map((s) => ({ ...s, result: s.result === null ? null : { ...s.result, teachers: [], issues: [] }, issues: [] })),
    districtIssues: [],
  };
  return { ...report, view };
}
