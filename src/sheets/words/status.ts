/**
 * 状态 words of SPEC §3.2 → AttendanceStatus.
 */
import type { AttendanceStatus } from '../../engine/model.js';
import type { CellValue } from '../table.js';
import { TextMemo } from '../normalize/memo.js';
import { cellText, headerKey } from '../normalize/text.js';
import { STATUS_WORDS } from './vocabulary.js';
import { wordMap } from './wordMap.js';

const STATUS_BY_WORD = wordMap(STATUS_WORDS);
/** A sign-in sheet has a handful of status texts on 1,000,000 rows: each is looked up once. */
const STATUS_BY_TEXT = new TextMemo((text: string) => statusOfText(cellText(text)));

/**
 * Read a status cell: `blank` for an empty cell (the caller decides: present in long shape, absent in a
 * matrix), `unknown` for words SPEC §3.2 does not list. TRUE/FALSE cells (checkboxes) are present/absent.
 * @example readStatus('病假') // 'excused'
 */
export function readStatus(value: CellValue | undefined): AttendanceStatus | 'blank' | 'unknown' {
  if (typeof value === 'boolean') return value ? 'present' : 'absent';
  if (typeof value === 'string') return STATUS_BY_TEXT.get(value);
  return statusOfText(cellText(value));
}

function statusOfText(text: string): AttendanceStatus | 'blank' | 'unknown' {
  if (text === '') return 'blank';
  return STATUS_BY_WORD.get(headerKey(text)) ?? 'unknown';
}

/**
 * attended > not expected > excused > absent (SPEC §3.2 duplicate rows: the best status wins; a row saying
 * 免签 beside one saying 缺勤 means the teacher was not expected, one saying 出勤 that they came anyway).
 */
export function statusRank(status: AttendanceStatus): number {
  if (status === 'absent') return 0;
  if (status === 'excused') return 1;
  if (status === 'notExpected') return 2;
  return 3;
}
