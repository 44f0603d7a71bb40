/**
 * 教师名册 (SPEC §3.1): 工号 (optional), 姓名, 教研组 (required); 备课组, 学科, 梯队, 须开课, 入职日期,
 * 离职日期.
 */
import type { IsoDate, Level, Teacher } from '../../engine/model.js';
import { cellText } from '../normalize/text.js';
import type { SheetCells } from './sheetCells.js';
import { isTotalLabel } from './sheetCells.js';
import type { SheetSpec } from './header.js';
import { idLookupKey, normalizeId } from '../normalize/name.js';
import { readYesNo } from '../words/yesNo.js';
import { readLevel } from '../words/level.js';

export const ROSTER_SPEC: SheetSpec = {
  columns: ['id', 'name', 'group', 'prepGroup', 'subject', 'echelon', 'mustTeach', 'joined', 'left'],
  required: [['name'], ['group']],
};

/** SPEC §3.1: a teacher without 教研组 is scored in this group. */
export const UNGROUPED = '未分组';

export interface RosterRead {
  teachers: Teacher[];
  /** Names that two roster rows without 工号 share: rows naming them are never matched by name. */
  ambiguousNames: Set<string>;
  rowsRead: number;
}

/**
 * Read the roster. A duplicated 工号 keeps its first row; two rows of one name without 工号 are both
 * kept (keys `name:李强`, `name:李强#2`) with an error, and rows elsewhere naming them are not counted.
 * @example readRoster(cells).teachers[0] // { key: 'id:T001', id: 'T001', name: '张三', group: '语文组', … }
 */
export function readRoster(cells: SheetCells): RosterRead {
  const teachers: Teacher[] = [];
  const ambiguousNames = new Set<string>();
  const rowById = new Map<string, number>();
  const rowByNameWithoutId = new Map<string, number>();
  /** How many roster rows without 工号 carry a name, once it is more than one (keys `name:李强#2`). */
  const nameCount = new Map<string, number>();
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    rowsRead++;
    const id = normalizeId(cells.text(i, 'id'));
    const name = cells.name(i, 'name');
    if (isTotalLabel(name)) continue;
    const row = cells.rowNumber(i);
    if (name === '') {
      if (id === '') cells.issue('missing-name', i, cells.column('name'));
      else cells.issue('missing-roster-name', i, cells.column('name'), { id });
      continue;
    }
    if (id !== '') {
      const first = rowById.get(idLookupKey(id));
      if (first !== undefined) {
        cells.issue('duplicate-roster-id', i, cells.column('id'), { id, rows: `${first}、${row}` });
        continue;
      }
      rowById.set(idLookupKey(id), row);
    } else {
      const first = rowByNameWithoutId.get(name);
      if (first !== undefined) {
        // Both stay on the roster (scored, shown for correction); the name matches neither.
        cells.issue('duplicate-roster-name', i, cells.column('name'), { name, rows: `${first}、${row}` });
        ambiguousNames.add(name);
        nameCount.set(name, (nameCount.get(name) ?? 1) + 1);
      } else rowByNameWithoutId.set(name, row);
    }
    let group = cells.text(i, 'group');
    if (group === '') {
      group = UNGROUPED;
      cells.issue('missing-group', i, cells.column('group'), { name });
    }
    const joined = staffDate(cells, i, 'joined', name);
    let left = staffDate(cells, i, 'left', name);
    if (joined !== null && left !== null && left < joined) {
      cells.issue('staff-dates-reversed', i, cells.column('left'), { name, joined, left });
      left = null;
    }
    teachers.push({
      key: id !== '' ? `id:${id}` : nameCount.has(name) ? `name:${name}#${nameCount.get(name) ?? 2}` : `name:${name}`,
      id: id === '' ? null : id,
      name,
      group,
      prepGroup: orNull(cells.text(i, 'prepGroup')),
      subject: orNull(cells.text(i, 'subject')),
      echelon: orNull(cells.text(i, 'echelon')),
      mustTeachLevel: mustTeachLevel(cells, i),
      ...(joined === null ? {} : { joined }),
      ...(left === null ? {} : { left }),
      source: { sheet: cells.sheet, row },
    });
  }
  return { teachers, ambiguousNames, rowsRead };
}

/**
 * 须开课 (SPEC §3.1, seed 000): 是 → 校级, 否/blank → null, or a 级别 word (区级, 市级 …); anything
 * else is `unknown-yes-no` and read as 否.
 */
function mustTeachLevel(cells: SheetCells, i: number): Level | null {
  const text = cells.text(i, 'mustTeach');
  const level = text === '' ? null : readLevel(text);
  if (level !== null && readYesNo(text) === 'unknown') return level;
  return cells.yesNo(i, 'mustTeach') === true ? 'school' : null;
}

/**
 * 入职日期 / 离职日期 (SPEC §3.1): a date, or null when blank; an unreadable one is a warning and the
 * teacher is scored over the whole term (never a row dropped from the roster).
 */
function staffDate(cells: SheetCells, i: number, key: 'joined' | 'left', name: string): IsoDate | null {
  const value = cells.raw(i, key);
  const parse = cells.dates.parse(value);
  if (parse === null) return null;
  const read = cells.dates.resolve(parse);
  if (read.kind === 'date') return read.iso;
  cells.issue('bad-staff-date', i, cells.column(key), { name, value: cellText(value), what: key === 'joined' ? '入职' : '离职' });
  return null;
}

function orNull(text: string): string | null {
  return text === '' ? null : text;
}
