/**
 * 获奖登记 (SPEC §3.4): 工号, 姓名, 奖项, 类别, 级别, 等次, 日期. Unreadable awards (unknown 类别, 级别,
 * 等次) are warned about and left out; the same (teacher, 奖项, 级别, 等次) twice counts once.
 */
import type { Award } from '../../engine/model.js';
import type { SheetCells } from './sheetCells.js';
import type { SheetSpec } from './header.js';
import type { Identity } from './identity.js';
import { teacherOfRow } from './identity.js';
import { headerKey } from '../normalize/text.js';
import { readAwardCategory } from '../words/awardCategory.js';
import { readLevel } from '../words/level.js';
import { readPrize } from '../words/prize.js';
import { inPeriod } from '../../engine/period.js';
import type { Rules } from '../../engine/rules.js';

export const AWARDS_SPEC: SheetSpec = {
  columns: ['id', 'name', 'award', 'category', 'level', 'prize', 'date'],
  required: [['name', 'id'], ['award'], ['prize']],
};

/** Read 获奖登记; returns the awards and the number of data rows read. */
export function readAwards(
  cells: SheetCells,
  identity: Identity,
  period: Pick<Rules, 'periodFrom' | 'periodTo'>,
): { awards: Award[]; rowsRead: number } {
  const awards: Award[] = [];
  const firstRowByKey = new Map<string, number>();
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const teacherKey = teacherOfRow(cells, identity, i)?.key;
    if (teacherKey === undefined) continue;
    const title = cells.text(i, 'award');
    const categoryText = cells.text(i, 'category');
    const category = readAwardCategory(categoryText, title);
    if (category === null) {
      cells.issue('unknown-award-category', i, cells.column('category') ?? cells.column('award'), { value: title || categoryText });
      continue;
    }
    const levelText = cells.text(i, 'level');
    const level = readLevel(levelText);
    if (level === null) {
      cells.issue('unknown-level', i, cells.column('level'), { value: levelText });
      continue;
    }
    const prizeText = cells.text(i, 'prize');
    const step = readPrize(prizeText);
    if (step === null) {
      cells.issue('unknown-prize', i, cells.column('prize'), { value: prizeText });
      continue;
    }
    const date = cells.date(i, 'date');
    if (date === 'bad') continue;
    const row = cells.rowNumber(i);
    const award: Award = { teacherKey, title, category, level, step, date, source: { sheet: cells.sheet, row } };
    // A row outside the period is not counted at all (SPEC §2), so it can neither be nor shadow the
    // counted copy of a duplicate; the engine drops it and reports it as out of period.
    if (!inPeriod(date, period.periodFrom, period.periodTo)) {
      awards.push(award);
      continue;
    }
    const key = `${teacherKey}\u0000${headerKey(title)}\u0000${level}\u0000${step}`;
    const firstRow = firstRowByKey.get(key);
    if (firstRow !== undefined) {
      cells.issue('duplicate-award', i, cells.column('award'), { firstRow });
      continue;
    }
    firstRowByKey.set(key, row);
    awards.push(award);
  }
  return { awards, rowsRead };
}
