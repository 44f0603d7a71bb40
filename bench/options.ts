/**
 * Command-line options of `npm run bench`.
 *   --sizes 60,2000   only these sizes (default 60,2000,8000,20000)
 *   --teachers N      only generate bench/.cache/bench-N (no measuring)
 *   --quick           smoke run: 60 teachers, no LibreOffice baseline at 2,000
 *   --no-formulas     skip the LibreOffice formula baseline
 *   --no-page         skip the standalone page in Chromium (at 2,000 and 20,000; needs `npm run build`)
 *   --profile         also write a CPU profile of the CLI at the largest size and summarise it
 *   --district N      the district row with N schools of ~100 teachers (default 300; 0 skips it)
 */
export interface BenchOptions {
  sizes: number[];
  generateOnly: number | null;
  formulas: boolean;
  profile: boolean;
  /** Sizes at which the formula baseline runs (SPEC: 60 and 2,000). */
  formulaSizes: number[];
  /** Schools in the district row (issue 13); 0 skips it. */
  districtSchools: number;
  /** Sizes at which the standalone page is driven in Chromium (issue 15 item 8); empty with --no-page. */
  pageSizes: number[];
}

export const DEFAULT_SIZES = [60, 2000, 8000, 20000];
const FORMULA_SIZES = [60, 2000];
const PAGE_SIZES = [2000, 20000];

/** Parse argv (without node and script); throws with a usage line on anything unknown. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, generateOnly: null, formulas: true, profile: false, formulaSizes: FORMULA_SIZES, districtSchools: 300, pageSizes: PAGE_SIZES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') options.sizes = value().split(',').map(positiveInt);
    else if (arg === '--teachers') options.generateOnly = positiveInt(value());
    else if (arg === '--quick') {
      options.sizes = [60];
      options.districtSchools = 10;
    } else if (arg === '--district') options.districtSchools = value() === '0' ? 0 : positiveInt(argv[i] ?? '');
    else if (arg === '--no-formulas') options.formulas = false;
    else if (arg === '--no-page') options.pageSizes = [];
    else if (arg === '--profile') options.profile = true;
    else throw new Error(`unknown option ${arg}\nusage: npm run bench -- [--sizes 60,2000] [--teachers N] [--quick] [--no-formulas] [--no-page] [--profile] [--district N]`);
  }
  return options;
}

function positiveInt(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`not a positive whole number: ${text}`);
  return n;
}
