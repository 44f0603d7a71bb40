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

  /**
   * SPEC §3 "Identity": the one roster name an unknown name is one character away from (`李晓明` →
   * `李小明`: one character changed, added or dropped), or null when none or several are. Never used to
   * match — only named in the `unknown-teacher` warning.
   * @example identity.nearName('李晓明') // '李小明'
   */
  nearName(name: string): string | null {
    const memo = this.nearMemo.get(name);
    if (memo !== undefined) return memo;
    const found = this.nearNameUncached(name);
    this.nearMemo.set(name, found);
    return found;
  }

  private readonly nearMemo = new Map<string, string | null>();
  /** Roster names by their one-character-blanked forms (`李?明`) and by their one-character-dropped forms. */
  private nearIndex: { blanked: Map<string, Set<string>>; dropped: Map<string, Set<string>> } | null = null;

  private nearNameUncached(name: string): string | null {
    const chars = [...name];
    if (chars.length < 2) return null;
    if (this.nearIndex === null) {
      const blanked = new Map<string, Set<string>>();
      const dropped = new Map<string, Set<string>>();
      for (const rosterName of this.byName.keys()) {
        for (const variant of blankedForms([...rosterName])) addTo(blanked, variant, rosterName);
        for (const variant of droppedForms([...rosterName])) addTo(dropped, variant, rosterName);
      }
      this.nearIndex = { blanked, dropped };
    }
    const found = new Set<string>();
    // One character changed: both blank the same position.
    for (const variant of blankedForms(chars)) for (const n of this.nearIndex.blanked.get(variant) ?? []) found.add(n);
    // One character added to a roster name: dropping it gives the roster name.
    for (const variant of droppedForms(chars)) if (this.byName.has(variant)) found.add(variant);
    // One character dropped from a roster name.
    for (const n of this.nearIndex.dropped.get(name) ?? []) found.add(n);
    found.delete(name);
    return found.size === 1 ? ([...found][0] ?? null) : null;
  }

  /** `张伟(T012)` beside 工号 T012 is no mismatch. */
  private namesId(name: string, teacher: Teacher): boolean {
    const split = splitNameAndId(name);
    return split !== null && split.name === teacher.name;
  }
}

function blankedForms(chars: readonly string[]): string[] {
  return chars.map((_, i) => `${chars.slice(0, i).join('')}\u0000${chars.slice(i + 1).join('')}`);
}

/** Forms with one character dropped, none shorter than one character. */
function droppedForms(chars: readonly string[]): string[] {
  if (chars.length < 2) return [];
  return chars.map((_, i) => chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
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
 * @param counted what the row still counts for when this person is not identified (听课记录: the other
 *   side), for the message; default: nothing (`这一行未计入`).
 */
export function identifyRow(
  cells: SheetCells, identity: Identity, index: number, person: PersonCells, counted?: string,
): string | null {
  const { id, name, idColumn, nameColumn } = person;
  const found = identity.match(id, name);
  const extra = counted === undefined ? {} : { counted };
  switch (found.kind) {
    case 'teacher':
      if (found.mismatch) {
        cells.issue('id-name-mismatch', index, idColumn, { id, rosterName: found.teacher.name, name });
      }
      return found.teacher.key;
    case 'ambiguous':
      cells.issue('ambiguous-teacher', index, nameColumn, { name: found.name, ...extra });
      return null;
    case 'unknown': {
      const near = found.by === 'name' ? identity.nearName(found.name) : null;
      const column = found.by === 'id' ? (idColumn ?? nameColumn) : nameColumn;
      cells.issue('unknown-teacher', index, column, { name: found.name, ...extra, ...(near === null ? {} : { suggestion: near }) });
      return null;
    }
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
