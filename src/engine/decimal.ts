/**
 * Exact decimal arithmetic for scores and quotas (SPEC §4, §5.2).
 * Binary floats lie (1.005 is stored as 1.00499999999999989…, 10 × 0.3 is 3.0000000000000004),
 * so rounding goes through the decimal string and ratios become exact fractions.
 */

/** Significant digits kept before rounding: enough for any score, few enough to hide float noise. */
const SIGNIFICANT = 15;

/** Integers below this in size have at most SIGNIFICANT digits. */
const EXACT_INTEGER_LIMIT = 1e15;
/** Below this many units the float's distance from its 15-digit reading is < 1e-5 unit. */
const FAST_LIMIT = 1e9;
const HALF_MARGIN = 1e-4;
/** Decimals read near a half: far below any value a school writes, far above float noise at score sizes. */
const FIXED_DECIMALS = 10;

const DECIMAL_TEXT = /^(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * A number as Excel holds it: 15 significant digits (Excel shows, compares and stores typed numbers at
 * 15 digits, but caches formula results at full binary precision, so `=1-30%-30%` arrives as
 * 0.39999999999999997). Every number read from a cell and every ratio made exact goes through here,
 * so 40% is 40% wherever it was computed. Non-finite input is returned as is.
 * @example excelNumber(1 - 0.3 - 0.3) // 0.4
 * @example excelNumber(1 - 0.7) // 0.3
 */
export function excelNumber(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // An integer of at most 15 digits is its own 15-digit reading (most cells: 工号, hours, dates),
  // and a string per cell was a measurable part of reading 1,000,000 sign-in rows.
  if (Number.isInteger(x) && x < EXACT_INTEGER_LIMIT && x > -EXACT_INTEGER_LIMIT) return x;
  return Number(x.toPrecision(SIGNIFICANT));
}

/** An exact non-negative-denominator fraction. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

/**
 * Round half up (away from zero for negatives) to `digits` decimals, reading the number the way a
 * person would write it (15 significant digits). Non-finite input gives 0: the engine is total.
 * @example roundHalfUp(1.005, 2) // 1.01, roundHalfUp(2.675, 2) // 2.68
 */
export function roundHalfUp(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  const scale = 10 ** digits;
  const scaled = Math.abs(x) * scale;
  if (scaled < FAST_LIMIT) {
    // Fast path: away from a half, the float and its 15-digit decimal reading round the same way
    // (they differ by < 1e-5 of a unit here); only near-halves need the decimal string.
    const whole = Math.floor(scaled);
    const fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) > HALF_MARGIN) {
      const rounded = (fraction > 0.5 ? whole + 1 : whole) / scale;
      return x < 0 ? -rounded : rounded;
    }
  }
  // Scores are sums and differences of operands near 1–100, so float noise is absolute (1.005 − 1 is
  // 0.00499999999999989): read small numbers to a fixed 10 decimals, which keeps every digit a person
  // wrote and drops the noise; only huge numbers fall back to 15 significant digits.
  const text = scaled < FAST_LIMIT ? Math.abs(x).toFixed(FIXED_DECIMALS) : Math.abs(x).toPrecision(SIGNIFICANT);
  const rounded = roundDecimalText(text, digits);
  return x < 0 ? -rounded : rounded;
}

/**
 * A score as an integer number of hundredths, rounded half up: sums of these are exact.
 * @example toHundredths(26.245) // 2625
 */
export function toHundredths(x: number): number {
  return Math.round(roundHalfUp(x, 2) * 100);
}

/**
 * A number as the exact fraction of its decimal form at Excel's 15 significant digits (0.3 → 3/10, not
 * the binary value; 1 − 0.7 = 0.30000000000000004 → 3/10 as well, so 向上取整 of 10 × it is 3).
 * Non-finite input gives 0/1.
 * @example exactFraction(0.3) // { num: 3n, den: 10n }
 */
export function exactFraction(x: number): Fraction {
  if (!Number.isFinite(x) || x === 0) return { num: 0n, den: 1n };
  const parts = parseDecimal(String(Math.abs(excelNumber(x))));
  if (parts === null) return { num: 0n, den: 1n };
  const sign = x < 0 ? -1n : 1n;
  if (parts.exponent >= 0) return { num: sign * parts.digits * 10n ** BigInt(parts.exponent), den: 1n };
  return { num: sign * parts.digits, den: 10n ** BigInt(-parts.exponent) };
}

/** value = digits × 10^exponent */
interface DecimalParts {
  digits: bigint;
  exponent: number;
}

function parseDecimal(text: string): DecimalParts | null {
  const m = DECIMAL_TEXT.exec(text);
  if (m === null) return null;
  const whole = m[1] ?? '0';
  const frac = m[2] ?? '';
  const exp = m[3] === undefined ? 0 : Number(m[3]);
  return { digits: BigInt(whole + frac), exponent: exp - frac.length };
}

/** Round a non-negative decimal text half up to `digits` decimals. */
function roundDecimalText(text: string, digits: number): number {
  const scale = 10 ** digits;
  const dot = text.indexOf('.');
  // Fast path for the plain form of everyday scores: integer string arithmetic stays below 2^53.
  if (dot >= 0 && text.indexOf('e') < 0 && dot + digits <= 15) {
    const frac = text.slice(dot + 1);
    const kept = Number(text.slice(0, dot) + frac.slice(0, digits).padEnd(digits, '0'));
    const next = frac.charCodeAt(digits); // NaN past the end
    return (next >= 53 /* '5' */ ? kept + 1 : kept) / scale;
  }
  const parts = parseDecimal(text);
  if (parts === null) return 0;
  const shift = parts.exponent + digits;
  if (shift >= 0) return Number(parts.digits * 10n ** BigInt(shift)) / scale;
  const divisor = 10n ** BigInt(-shift);
  let quotient = parts.digits / divisor;
  if ((parts.digits % divisor) * 2n >= divisor) quotient += 1n;
  return Number(quotient) / scale;
}
