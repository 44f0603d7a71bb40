/**
 * 成果登记 (SPEC §3.8): 工号, 姓名, 类别 (free text: 论文, 教学反思, 说课稿 …), 日期, 数量 (default 1),
 * 标题 / 备注. Rows keep their dates: the engine counts undated rows and those inside the period.
 */
import type { Deliverable } from '../../engine/model.js';
import type { SheetCells } from './sheetCells.js';
import type { SheetSpec } from './header.js';
import type { Identity } from './identity.js';
import { teacherOfRow } from './identity.js';

export const DELIVERABLES_SPEC: SheetSpec = {
  columns: ['id', 'name', 'category', 'date', 'count', 'deliverableTitle', 'origin'],
  required: [['name', 'id'], ['category']],
};

/** Read one 成果登记 sheet; returns the deliverables and the number of data rows read. */
export function readDeliverables(cells: SheetCells, identity: Identity): { deliverables: Deliverable[]; rowsRead: number } {
  const deliverables: Deliverable[] = [];
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const found = teacherOfRow(cells, identity, i);
    if (found === null) continue;
    const category = cells.text(i, 'category').replace(/\s+/g, '');
    if (category === '') {
      cells.issue('missing-deliverable-category', i, cells.column('category'));
      continue;
    }
    const date = cells.periodDate(i, 'date', true);
    if (date === 'bad') continue;
    const count = cells.number(i, 'count', '1');
    deliverables.push({
      teacherKey: found.key,
      category,
      date,
      count: count === null || count === 'bad' ? 1 : Math.max(0, count),
      title: cells.text(i, 'deliverableTitle') || cells.text(i, 'origin'),
      source: { sheet: cells.sheet, row: cells.rowNumber(i) },
    });
  }
  return { deliverables, rowsRead };
}
