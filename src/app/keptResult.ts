/**
 * How the district keeps a scored school's result between scoring it and writing the district
 * workbook: as the UTF-8 bytes of its JSON, not as objects. 300 schools of ~100 teachers kept as
 * objects were ~640 bytes a teacher of live heap, and V8 keeps about as much again free beside a live
 * heap (it grows the heap by a factor of the live size), so the view of a district cost twice its
 * size in memory while the schools were scored and while the sheets were laid out; as bytes it is
 * ~330 bytes a teacher, outside the heap and with no slack (docs/performance.md, "District memory: the
 * view as bytes, the sheets streamed").
 *
 * The school's `result` stays a property that reads as before: each read decodes the bytes, and the
 * last school decoded is remembered, so a layout that reads `s.result` several times for one school
 * decodes it once, and only one school's objects are alive at a time beyond what a layout keeps. A
 * result is never changed through what a read returns (the layouts only read it); setting `result` to
 * null (an older version superseded) drops the bytes.
 */
import type { DistrictResult, DistrictSchool } from '../sheets/layout/district/districtView.js';
import { summarize } from '../sheets/layout/district/schoolSummary.js';

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

/** The school decoded last: its bytes (identity) and what they decoded to. */
let lastDecoded: { bytes: Uint8Array; result: DistrictResult } | null = null;

/**
 * Replaces `school.result` by its bytes, with its summary beside them (`school.summary`, not
 * enumerable: a copy or a clone of the school is the plain school it was): the district sheets that
 * show a school's counts read the summary and decode nothing. Its issues are not encoded: a scored
 * school's `issues` is its result's issues (scoreSchoolFile), the same array, which a read puts back.
 * @example keepAsBytes(school); school.summary?.teachers // not decoded; school.result?.teachers.length // decoded
 */
export function keepAsBytes(school: DistrictSchool): void {
  const result = school.result;
  if (result === null) return;
  const { issues, ...rest } = result;
  let bytes: Uint8Array | null = ENCODER.encode(JSON.stringify(rest));
  Object.defineProperties(school, {
    summary: { value: summarize(result), enumerable: false, configurable: true, writable: true },
    result: {
      enumerable: true,
      configurable: true,
      get: (): DistrictResult | null => (bytes === null ? null : decode(bytes, issues)),
      set: (value: DistrictResult | null) => {
        if (value !== null) throw new Error('A kept school result is only ever dropped (set to null)');
        bytes = null;
        delete school.summary;
      },
    },
  });
}

function decode(bytes: Uint8Array, issues: DistrictResult['issues']): DistrictResult {
  if (lastDecoded?.bytes === bytes) return lastDecoded.result;
  const result: DistrictResult = { ...(JSON.parse(DECODER.decode(bytes)) as Omit<DistrictResult, 'issues'>), issues };
  lastDecoded = { bytes, result };
  return result;
}
