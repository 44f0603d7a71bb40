/**
 * Copying and asking plain data (records, arrays, primitives, dates) on every browser the page
 * supports: `structuredClone` and `Object.hasOwn` arrived after its floor (Chrome 98 / 93, Safari 15.4;
 * docs/addin.md), so the lint rule keeps them out of src and these stand in.
 */

/**
 * A deep copy of plain data, as `structuredClone` gives it.
 * @example copyData({ a: [1, { b: 2 }] }) // a new { a: [1, { b: 2 }] }
 */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => copyData(v)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyData(v)])) as T;
  }
  return value;
}

/**
 * Whether `object` has `key` as its own property (not inherited), as `Object.hasOwn` answers.
 * @example hasOwn({ a: 1 }, 'toString') // false
 */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
