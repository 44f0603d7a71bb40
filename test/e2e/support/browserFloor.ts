/**
 * A browser at the floor the page claims (Chrome 80 / Safari 14.1, docs/addin.md): a script that deletes
 * every built-in build/browserFloor.json lists as newer than that, for the page (an init script) and
 * for its workers (prepended to their scripts as they are served).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.js';

interface Floor {
  globals: { name: string }[];
  /** Used only behind a test for them, with a fallback (the package codec's compression streams). */
  detected: { name: string }[];
  shimmed: { name: string }[];
  statics: { object: string; property: string }[];
  methods: { on: string[]; name: string }[];
}

const floor = JSON.parse(readFileSync(path.join(ROOT, 'build/browserFloor.json'), 'utf8')) as Floor;

/** Each built-in the script removes, as the object it lives on and its key (`['Array.prototype', 'at']`). */
export const REMOVED: readonly (readonly [owner: string, key: string])[] = [
  ...[...floor.globals, ...floor.detected, ...floor.shimmed].map((g) => ['self', g.name] as const),
  ...floor.statics.map((s) => [s.object, s.property] as const),
  ...floor.methods.flatMap((m) => m.on.map((o) => [`${o}.prototype`, m.name] as const)),
];

/** The prototype a method lives on: `TypedArray` is the one all typed arrays share. */
const prototypeOf = (on: string): string =>
  on === 'TypedArray' ? 'Object.getPrototypeOf(Int8Array.prototype)' : `(typeof self[${JSON.stringify(on)}] === 'undefined' ? {} : self[${JSON.stringify(on)}].prototype)`;

/** Plain ES5 that deletes them from whatever global scope runs it (a window or a worker). */
export function removeNewBuiltIns(): string {
  const q = (s: string): string => JSON.stringify(s);
  const lines = [
    ...[...floor.globals, ...floor.detected, ...floor.shimmed].map((g) => `delete self[${q(g.name)}];`),
    ...floor.statics.map((s) => `if (typeof self[${q(s.object)}] !== 'undefined') delete self[${q(s.object)}][${q(s.property)}];`),
    ...floor.methods.flatMap((m) => m.on.map((o) => `delete ${prototypeOf(o)}[${q(m.name)}];`)),
  ];
  return `(function () {\n${lines.join('\n')}\n})();\n`;
}
