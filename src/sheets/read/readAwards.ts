/**
 * 获奖登记 (SPEC §3.4): 工号, 姓名, 奖项, 类别, 级别, 等次, 日期. Unreadable awards (unknown 类别, 级别,
 * 等次) are warned about and left out; the same (teacher, 奖项, 级别, 等次) twice counts once.
 */
import type { Award, Level } from '../../engine/model.js';
import type { SheetCells } from './sheetCells.js';
import type { SheetSpec } from './header.js';
import type { Identity } from './identity.js';
import { teacherOfRow } from './identity.js';
import { headerKey } from '../normalize/text.js';
import { readAwardCategory } from '../words/awardCategory.js';
import { findLevelIn, readLevel } from '../words/level.js';
import { findPrizeIn, readPrize } from '../words/prize.js';
import { inPeriod } from '../../engine/period.js';
import type { Rules } from '../../engine/rules.js';

export const AWARDS_SPEC: SheetSpec = {
  columns: ['id', 'name', 'award', 'category', 'level', 'prize', 'awardText', 'date'],
  // SPEC §3.4: 级别 and 等次 may stand in a combined column or in 奖项 itself, so only these are required.
  required: [['name', 'id'], ['award']],
};

/** Awards already counted, across every 获奖登记 sheet: (teacher, 奖项, 级别, 等次) → where first seen. */
export type AwardsSeen = Map<string, { sheet: string; row: number }>;

/**
 * Read one 获奖登记 sheet; returns the awards and the number of data rows read. `seen` is shared by
 * all the workbook's award sheets, so a row repeated on two sheets counts once.
 */
export function readAwards(
  cells: SheetCells,
  identity: Identity,
  period: Pick<Rules, 'periodFrom' | 'periodTo'>,
  seen: AwardsSeen = new Map(),
): { awards: Award[]; rowsRead: number } {
  const awards: Award[] = [];
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const teacherKey = teacherOfRow(cells, identity, i)?.key;
    if (teacherKey === undefined) continue;
    const title = cells.text(i, 'award');
    const combined = cells.text(i, 'awardText');
    const categoryText = cells.text(i, 'category');
    const category = readAwardCategory(categoryText, title);
    if (category === null) {
      cells.issue('unknown-award-category', i, cells.column('category') ?? cells.column('award'), { value: title || categoryText });
      continue;
    }
    const level = awardLevel(cells, i, title, combined);
    if (level === 'bad') continue;
    const step = awardPrize(cells, i, title, combined);
    if (step === 'bad') continue;
    const date = cells.periodDate(i, 'date', true);
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
    const first = seen.get(key);
    if (first !== undefined) {
      cells.issue('duplicate-award', i, cells.column('award'), { firstRow: first.sheet === cells.sheet ? first.row : `“${first.sheet}”第 ${first.row}` });
      continue;
    }
    seen.set(key, { sheet: cells.sheet, row });
    awards.push(award);
  }
  return { awards, rowsRead };
}

/** 级别: the 级别 column; when absent or blank, the combined column, then 奖项 (never 校级 by default). */
function awardLevel(cells: SheetCells, i: number, title: string, combined: string): Level | 'bad' {
  const levelText = cells.text(i, 'level');
  if (levelText !== '') {
    const level = readLevel(levelText);
    if (level !== null) return level;
    cells.issue('unknown-level', i, cells.column('level'), { value: levelText });
    return 'bad';
  }
  const found = findLevelIn(combined, true) ?? findLevelIn(title, false);
  if (found !== null) return found;
  cells.issue('unknown-award-level', i, cells.column('level') ?? cells.column('awardText') ?? cells.column('award'), {
    value: [title, combined].filter((t) => t !== '').join(' '),
  });
  return 'bad';
}

/** 等次: the 等次 column; when absent or blank, the combined column, then 奖项. */
function awardPrize(cells: SheetCells, i: number, title: string, combined: string): number | 'bad' {
  const prizeText = cells.text(i, 'prize');
  // A combined 获奖等级 cell is about the prize, so its bare words count (市级优秀); 奖项 text only by strict forms.
  const step = prizeText !== '' ? readPrize(prizeText) : (findPrizeIn(combined) ?? readPrize(combined) ?? findPrizeIn(title));
  if (step !== null) return step;
  cells.issue('unknown-prize', i, cells.column('prize') ?? cells.column('awardText') ?? cells.column('award'), {
    value: prizeText || combined || title,
  });
  return 'bad';
}
