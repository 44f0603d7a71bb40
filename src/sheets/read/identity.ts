/**
 * Matching a row to a roster teacher (SPEC §3 "Identity"): by 工号 when the row has one, else by
 * normalised 姓名; a name shared by 2+ roster teachers without a 工号 is never guessed.
 * The maps are built once per workbook: one Map lookup per row (1,000,000 rows must stay fast).
 */
import type { Teacher } from '../../engine/model.js';
import { isTotalLabel, type SheetCells } from './sheetCells.js';
import type { ColumnKey } from '../words/vocabulary.js';
import { idLookupKey, normalizeId, splitNameAndId } from '../normalize/name.js';

export type IdentityMatch =
  | { kind: 'teacher'; teacher: Teacher; mismatch: boolean }
  | { kind: 'ambiguous'; name: string }
  | { kind: 'unknown'; name: string; by: 'id' | 'name' }
  | { kind: 'blank' };

const AMBIGUOUS = 'ambiguous' as const;

export class Identity {
  private readonly byId = new Map<string, Teacher>();
  private readonly byName = new Map<string, Teacher | typeof AMBIGUOUS>();
  /** A roster without any 工号: 工号 written in other sheets cannot be matched, so names decide. */
  private readonly rosterHasIds: boolean;

  /**
   * @param ambiguousNames names that must never be matched by name alone even if only one roster
   *   teacher carries them (the duplicate of a `duplicate-roster-name` was dropped).
   */
  constructor(teachers: readonly Teacher[], ambiguousNames: Iterable<string> = []) {
    for (const t of teachers) {
      if (t.id !== null && !this.byId.has(idLookupKey(t.id))) this.byId.set(idLookupKey(t.id), t);
      this.byName.set(t.name, this.byName.has(t.name) ? AMBIGUOUS : t);
    }
    for (const name of ambiguousNames) this.byName.set(name, AMBIGUOUS);
    this.rosterHasIds = this.byId.size > 0;
  }

  /**
   * Find the teacher a row means from its normalised 工号 and 姓名 (either may be '').
   * A name cell written `张伟(T012)` is read as name + 工号 when 张伟(T012) is not itself a roster name.
   * @example identity.match('', '张伟(T012)') // { kind: 'teacher', teacher: <T012>, mismatch: false }
   */
  match(id: string, name: string): IdentityMatch {
    if (id !== '' && this.rosterHasIds) {
      const teacher = this.byId.get(idLookupKey(id));
      if (teacher === undefined) return { kind: 'unknown', name: name === '' ? id : name, by: 'id' };
      return { kind: 'teacher', teacher, mismatch: name !== '' && name !== teacher.name && !this.namesId(name, teacher) };
    }
    if (name === '') return id === '' ? { kind: 'blank' } : { kind: 'unknown', name: id, by: 'id' };
    const found = this.byName.get(name);
    if (found === AMBIGUOUS) return { kind: 'ambiguous', name };
    if (found !== undefined) return { kind: 'teacher', teacher: found, mismatch: false };
    const split = id === '' ? splitNameAndId(name) : null;
    if (split !== null && this.rosterHasIds) return this.match(normalizeId(split.id), split.name);
    return { kind: 'unknown', name, by: 'name' };
  }

  /** `张伟(T012)` beside 工号 T012 is no mismatch. */
  private namesId(name: string, teacher: Teacher): boolean {
    const split = splitNameAndId(name);
    return split !== null && split.name === teacher.name;
  }
}

/** The person a row names: normalised 工号 and 姓名, and the headers of their columns (for issues). */
export interface PersonCells {
  id: string;
  name: string;
  idColumn: string | undefined;
  nameColumn: string | undefined;
}

/** Read the 工号 and 姓名 cells of a row (each read once). */
export function personAt(cells: SheetCells, index: number, idKey: ColumnKey | null, nameKey: ColumnKey): PersonCells {
  return {
    id: idKey === null ? '' : normalizeId(cells.text(index, idKey)),
    name: cells.name(index, nameKey),
    idColumn: idKey === null ? undefined : cells.column(idKey),
    nameColumn: cells.column(nameKey) ?? (idKey === null ? undefined : cells.column(idKey)),
  };
}

/**
 * Identify the teacher of one row and raise the SPEC §3 issue when it cannot be counted.
 * Returns the teacher key, or null when the row is not counted.
 */
export function identifyRow(cells: SheetCells, identity: Identity, index: number, person: PersonCells): string | null {
  const { id, name, idColumn, nameColumn } = person;
  const found = identity.match(id, name);
  switch (found.kind) {
    case 'teacher':
      if (found.mismatch) {
        cells.issue('id-name-mismatch', index, idColumn, { id, rosterName: found.teacher.name, name });
      }
      return found.teacher.key;
    case 'ambiguous':
      cells.issue('ambiguous-teacher', index, nameColumn, { name: found.name });
      return null;
    case 'unknown':
      cells.issue('unknown-teacher', index, found.by === 'id' ? (idColumn ?? nameColumn) : nameColumn, { name: found.name });
      return null;
    case 'blank':
      cells.issue('missing-name', index, nameColumn);
      return null;
  }
}

/**
 * The teacher of a row whose person is in the 工号 / 姓名 columns, with the cells read: null for a 合计
 * row and for a row that cannot be counted (identifyRow has raised its issue).
 */
export function teacherOfRow(cells: SheetCells, identity: Identity, index: number): { key: string; person: PersonCells } | null {
  const person = personAt(cells, index, 'id', 'name');
  if (isTotalLabel(person.name)) return null;
  const key = identifyRow(cells, identity, index, person);
  return key === null ? null : { key, person };
}
