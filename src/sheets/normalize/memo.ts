/**
 * A bounded memo of a pure text function. Input sheets repeat the same few thousand texts — names,
 * status words, 活动 titles, 参加对象, dates — on up to 1,000,000 rows, so normalising each distinct
 * text once instead of once per cell takes most of the reader's time off (docs/performance.md).
 * The texts of one workbook are few: when the memo is full it simply starts over, which keeps memory
 * bounded on a sheet of distinct texts without any LRU bookkeeping per lookup.
 */

/**
 * Longer texts (remarks, pasted paragraphs) rarely repeat; they are computed, not kept. A 参加对象
 * listing a school's groups is ~100 characters and repeats on every row of its session.
 */
const MAX_KEY_LENGTH = 256;
const DEFAULT_LIMIT = 100_000;

export class TextMemo<T> {
  private readonly map = new Map<string, T>();
  /** The previous lookup: a column read row by row often repeats the cell above (same session, same status). */
  private lastText: string | undefined;
  private lastValue: T | undefined;

  constructor(
    private readonly compute: (text: string) => T,
    private readonly limit: number = DEFAULT_LIMIT,
  ) {}

  /**
   * `compute(text)`, from the memo when it has been seen.
   * @example new TextMemo((s) => s.trim()).get(' 张三 ') // '张三'
   */
  get(text: string): T {
    if (text === this.lastText) return this.lastValue as T;
    let value = this.map.get(text);
    if (value === undefined) {
      value = this.compute(text);
      if (text.length <= MAX_KEY_LENGTH) {
        if (this.map.size >= this.limit) this.map.clear();
        this.map.set(text, value);
      }
    }
    this.lastText = text;
    this.lastValue = value;
    return value;
  }
}
