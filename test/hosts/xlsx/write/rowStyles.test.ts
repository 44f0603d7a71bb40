import { describe, expect, it } from 'vitest';
import { RowStyles } from '../../../../src/hosts/xlsx/write/rowStyles.js';
import type { CellLook, RangeFormat } from '../../../../src/sheets/output.js';

/** An xfFor that numbers each distinct look from 1 in the order first asked, and records every call. */
function recordingXf() {
  const ids = new Map<string, number>();
  const calls: CellLook[] = [];
  const xfFor = (look: CellLook) => {
    calls.push(look);
    const key = JSON.stringify(look);
    if (!ids.has(key)) ids.set(key, ids.size + 1);
    return ids.get(key)!;
  };
  return { xfFor, calls, ids };
}

const range = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

describe('RowStyles', () => {
  it('cuts a row into runs covered by the same formats, later formats winning property by property', () => {
    const formats: RangeFormat[] = [
      { range: range(0, 0, 0, 3), bold: true, fill: 'FFFF00' },
      { range: range(0, 2, 0, 5), fill: 'C6EFCE' },
    ];
    const { xfFor, calls } = recordingXf();
    const runs = new RowStyles(formats, xfFor).next(0);
    expect(runs).toEqual([
      { left: 0, right: 1, xf: 1 },
      { left: 2, right: 3, xf: 2 },
      { left: 4, right: 5, xf: 3 },
    ]);
    expect(calls).toEqual([{ bold: true, fill: 'FFFF00' }, { bold: true, fill: 'C6EFCE' }, { fill: 'C6EFCE' }]);
  });

  it('leaves columns between formats out, and rows no format covers empty', () => {
    const styles = new RowStyles([{ range: range(1, 0, 1, 0), bold: true }, { range: range(1, 3, 2, 3), wrap: true }], recordingXf().xfFor);
    expect(styles.next(0)).toEqual([]);
    expect(styles.next(1).map((r) => [r.left, r.right])).toEqual([[0, 0], [3, 3]]);
    expect(styles.next(2).map((r) => [r.left, r.right])).toEqual([[3, 3]]);
    expect(styles.next(3)).toEqual([]);
    expect([styles.lastRow, styles.lastColumn]).toEqual([2, 3]);
  });

  it('asks for the style of a look once, however many rows and formats carry it', () => {
    // The status fill of a credit ledger: one single-cell format per teacher row.
    const formats: RangeFormat[] = [{ range: range(1, 0, 1000, 4), numberFormat: '0.00' }];
    for (let r = 1; r <= 1000; r++) formats.push({ range: range(r, 4, r, 4), fill: r % 2 ? 'C6EFCE' : 'FFC7CE' });
    const { xfFor, calls } = recordingXf();
    const styles = new RowStyles(formats, xfFor);
    for (let r = 0; r <= 1000; r++) styles.next(r);
    expect(calls).toEqual([{ numberFormat: '0.00' }, { numberFormat: '0.00', fill: 'C6EFCE' }, { numberFormat: '0.00', fill: 'FFC7CE' }]);
  });

  it('ignores a range whose right is left of its left', () => {
    const { xfFor, calls } = recordingXf();
    const styles = new RowStyles([{ range: range(0, 0, 0, 0), bold: true }, { range: range(0, 2, 0, 1), bold: true }], xfFor);
    expect(styles.next(0)).toEqual([{ left: 0, right: 0, xf: 1 }]);
    expect(calls).toEqual([{ bold: true }]);
  });
});
