/**
 * The bench's seeded PRNG is the sample school's (mulberry32): every generated workbook is
 * byte-for-byte reproducible, so the cached files stay valid.
 */
export { Prng as Random } from '../src/app/sample/prng.js';
