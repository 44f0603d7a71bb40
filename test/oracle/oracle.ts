/**
 * An independent test oracle: SPEC.md §3–§6 (and docs/rules.md readings) re-implemented from the text
 * alone, without looking at src/engine or src/sheets. Slow and plain on purpose: every number is an exact
 * BigInt fraction, every rounding is done on integers. It reads the same Tables the product reads, but
 * only in clean standard form (exact column names; ISO dates, Excel serials, year-less 月日 with a
 * period; plain or full-width numbers; the SPEC's status words).
 */
import type { CellValue, Table } from '../../src/sheets/table.js';

// ───────────────────────── exact fractions ─────────────────────────

/** n/d with d > 0. */
export interface Frac {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
};
const fr = (n: bigint, d = 1n): Frac => {
  if (d === 0n) throw new Error('oracle: division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
};
const ZERO = fr(0n);
const add = (a: Frac, b: Frac): Frac => fr(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Frac, b: Frac): Frac => fr(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Frac, b: Frac): Frac => fr(a.n * b.n, a.d * b.d);
const div = (a: Frac, b: Frac): Frac => fr(a.n * b.d, a.d * b.n);
const cmp = (a: Frac, b: Frac): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
const max = (a: Frac, b: Frac): Frac => (cmp(a, b) >= 0 ? a : b);
const clamp = (x: Frac, hi: Frac): Frac => (cmp(x, ZERO) < 0 ? ZERO : cmp(x, hi) > 0 ? hi : x);
const floorDiv = (n: bigint, d: bigint): bigint => (n >= 0n ? n / d : -((-n + d - 1n) / d));
/** Decimal text (or a JS number's shortest decimal form) as an exact fraction. */
export function parseDecimal(text: string): Frac | null {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return null;
  const frac = m[3] ?? '';
  let n = BigInt((m[2] ?? '0') + frac);
  let d = 10n ** BigInt(frac.length);
  const e = Number(m[4] ?? '0');
  if (e > 0) n *= 10n ** BigInt(e);
  if (e < 0) d *= 10n ** BigInt(-e);
  return fr(m[1] === '-' ? -n : n, d);
}
/** Half-up to hundredths, for x ≥ 0 (items are clamped first): floor(100x + 1/2). */
const hundredthsHalfUp = (x: Frac): bigint => floorDiv(200n * x.n + x.d, 2n * x.d);
const ofHundredths = (h: bigint): number => Number(h) / 100;
const roundBy = (x: Frac, how: Rounding): bigint =>
  how === 'floor' ? floorDiv(x.n, x.d) : how === 'ceil' ? -floorDiv(-x.n, x.d) : floorDiv(2n * x.n + x.d, 2n * x.d);

// ───────────────────────── cell values ─────────────────────────

/** docs/rules.md 严格: 工号 compared with digit runs as numbers (T9 before T10). */
function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    const c = /^\d/.test(x) && /^\d/.test(y) ? Number(BigInt(x) - BigInt(y)) : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return Math.sign(c);
  }
  return pa.length - pb.length;
}

const text = (v: CellValue | undefined): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).normalize('NFKC').trim();
};
/** SPEC §3: names lose all white space. */
const nameOf = (v: CellValue | undefined): string => text(v).replace(/\s+/g, '');
/** docs/input-formats: 工号 without spaces, case-insensitive, all-digit ones without leading zeros. */
const idOf = (v: CellValue | undefined): string => {
  const t = text(v).replace(/\s+/g, '').toUpperCase();
  return /^\d+$/.test(t) ? String(BigInt(t)) : t;
};
/** SPEC §3.6: a number cell (or a formula's cached result) is read at Excel's 15 significant digits. */
function numberOf(v: CellValue | undefined): Frac | null {
  if (typeof v === 'number') return Number.isFinite(v) ? parseDecimal(v.toPrecision(15)) : null;
  const t = text(v).replace(/\s*(学时|课时|小时|h|分)$/i, '');
  return t === '' ? null : parseDecimal(t);
}
/** SPEC §3 hours in days, as fractions of a day: 半天 ½, 一天/全天/1天 1, 1.5天, 两天 2. */
const DAY_WORDS: Record<string, Frac> = { 半天: fr(1n, 2n), 半日: fr(1n, 2n), 一天: fr(1n), 全天: fr(1n), 整天: fr(1n), 两天: fr(2n) };
/**
 * An hours cell (SPEC §3): days × 每天学时; a number only bare or with 学时/课时/小时/h (never out of 1.5天
 * or 2节); a negative or unreadable value is no hours of its own (the row takes the session's, as blank).
 */
function hoursOf(v: CellValue | undefined, perDay: Frac): Frac | null {
  let h: Frac | null;
  if (typeof v === 'number') h = numberOf(v);
  else {
    const t = text(v).replace(/\s+/g, '');
    const days = DAY_WORDS[t] ?? (/^(\d+(?:\.\d+)?)天$/.test(t) ? parseDecimal(t.slice(0, -1)) : null);
    h = days !== null ? mul(days, perDay) : parseDecimal(t.replace(/(学时|课时|小时|h)$/i, ''));
  }
  return h !== null && cmp(h, ZERO) >= 0 ? h : null;
}
const pad = (n: number): string => String(n).padStart(2, '0');
function dateOf(v: CellValue | undefined, firstYear: number | null): string | null {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  const t = text(v);
  if (t === '') return null;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  m = /^(\d{1,2})[月./](\d{1,2})日?$/.exec(t);
  if (m && firstYear !== null) {
    const month = Number(m[1]);
    return `${month >= 8 ? firstYear : firstYear + 1}-${pad(month)}-${pad(Number(m[2]))}`;
  }
  throw new Error(`oracle: unsupported date ${JSON.stringify(v)}`);
}

/** Rows under the first row (within 10) holding the required columns, as column-name → value maps. */
function records(table: Table | undefined, required: string[]): Array<Map<string, CellValue>> {
  if (!table) return [];
  const rows = table.rows;
  const h = rows.slice(0, 10).findIndex((r) => required.every((c) => r.some((x) => text(x) === c)));
  if (h < 0) return [];
  const header = (rows[h] ?? []).map((x) => text(x));
  const out: Array<Map<string, CellValue>> = [];
  for (const row of rows.slice(h + 1)) {
    if (row.every((x) => text(x) === '')) continue; // SPEC §3: blank rows are skipped
    out.push(new Map(header.map((c, j) => [c, row[j] ?? null] as [string, CellValue])));
  }
  return out;
}

// ───────────────────────── rules (SPEC §5) ─────────────────────────

type Rounding = 'round' | 'floor' | 'ceil';
export interface OracleRules {
  periodFrom: string | null;
  periodTo: string | null;
  ratioExcellent: Frac;
  ratioGood: Frac;
  quotaRounding: Rounding;
  tiePolicy: 'share' | 'strict';
  absenceLimit: Frac;
  hoursScope: 'school' | 'group';
  defaultSessionHours: Frac;
  /** SPEC §5 每天学时: 半天, 一天, 1.5天 in an hours cell. */
  hoursPerDay: Frac;
  reportHours: number;
  ethics: Record<Tier, number>;
  missingOpenClassDeduction: Frac;
  ratioExcellentByGroup: Map<string, Frac>;
  /** §5 名额计算: 累计 (step 2) or 分别 (each tier rounded on its own). */
  quotaMethod: 'cumulative' | 'separate';
  /** §4 不合格处理: 不合格, or 仅本项 (考勤 0, tiered as usual). */
  disqualifyMode: 'tier' | 'itemOnly';
  /** §4 "Staff changes" 中途入职学时: 按比例 (h × F / E) or 按实际. */
  partialTermHours: 'prorate' | 'actual';
  /** §5 公开课课型 and 技能类教研组 word lists. */
  openTypes: string[];
  skillWords: string[];
  /** §4/§5 first-prize points of every level, 校级 included. */
  competition: Record<Level, Frac>;
  appraisal: Record<Level, Frac>;
  /** §5/§6 five-year credit cycle (start null: no ledger). */
  creditStart: number | null;
  creditYears: number;
  creditTotal: Frac;
  creditSchoolMin: Frac;
  hoursPerCredit: Frac;
  externalCredits: boolean;
  /** §5 `须交:<类别>[:<梯队>]` as written, and 缺交视为未完成任务. */
  required: Map<string, number>;
  missingIsTask: boolean;
}
const LEVEL_WORD: Record<string, Level> = { 校级: 'school', 县区级: 'district', 市级: 'city', 省级: 'province', 国家级: 'national' };
const words = (v: CellValue | undefined): string[] => text(v).split(/[、,，/\s]+/).filter((w) => w !== '');
function ratioOf(v: CellValue | undefined): Frac {
  const t = text(v);
  const pct = /^(.*)%$/.exec(t);
  const f = pct ? parseDecimal(pct[1] ?? '') : numberOf(v);
  if (!f) throw new Error(`oracle: bad ratio ${t}`);
  return pct ? div(f, fr(100n)) : f;
}
function readRules(table: Table | undefined): OracleRules {
  const r: OracleRules = {
    periodFrom: null, periodTo: null, ratioExcellent: fr(3n, 10n), ratioGood: fr(4n, 10n), quotaRounding: 'round',
    tiePolicy: 'share', absenceLimit: fr(2n, 10n), hoursScope: 'school', defaultSessionHours: fr(2n), hoursPerDay: fr(6n), reportHours: 12,
    ethics: { 优秀: 10, 良好: 8, 合格: 6, 不合格: 0 }, missingOpenClassDeduction: fr(1n), ratioExcellentByGroup: new Map(),
    quotaMethod: 'cumulative', disqualifyMode: 'tier', partialTermHours: 'prorate',
    openTypes: ['公开课', '示范课', '研讨课', '汇报课', '展示课', '优质课', '研究课', '观摩课', '探究课'],
    skillWords: ['体育', '艺术', '音乐', '美术', '信息', '综合', '心理', '音体美', '体艺', '艺体'],
    // §4: 比赛 省 5 / 市 4 / 县区 3, 评选 省 3 / 市 2 / 县区 1; 国家级 as 省级; 校级 0.
    competition: { school: fr(0n), district: fr(3n), city: fr(4n), province: fr(5n), national: fr(5n) },
    appraisal: { school: fr(0n), district: fr(1n), city: fr(2n), province: fr(3n), national: fr(3n) },
    // §5: seed 002's 120 学分 in 5 years, 50 校本; 3 学时 a 学分.
    creditStart: null, creditYears: 5, creditTotal: fr(120n), creditSchoolMin: fr(50n), hoursPerCredit: fr(3n), externalCredits: true,
    required: new Map(), missingIsTask: false,
  };
  const must = (f: Frac | null): Frac => {
    if (!f) throw new Error('oracle: bad number in rules');
    return f;
  };
  for (const rec of records(table, ['参数', '值'])) {
    const key = text(rec.get('参数')).replace(/\s+/g, '');
    const v = rec.get('值');
    if (key.startsWith('优秀比例:')) r.ratioExcellentByGroup.set(nameOf(key.slice(5)), ratioOf(v));
    else if (key.startsWith('比赛一等奖分:') && LEVEL_WORD[key.slice(7)]) r.competition[LEVEL_WORD[key.slice(7)]!] = must(numberOf(v));
    else if (key.startsWith('评选一等奖分:') && LEVEL_WORD[key.slice(7)]) r.appraisal[LEVEL_WORD[key.slice(7)]!] = must(numberOf(v));
    else if (key.startsWith('须交:')) r.required.set(key.slice(3), Number(text(v)));
    else if (key === '缺交视为未完成任务') r.missingIsTask = text(v) === '是';
    else if (key === '学分周期起始学年') r.creditStart = Number(text(v));
    else if (key === '学分周期年数') r.creditYears = Number(text(v));
    else if (key === '周期学分') r.creditTotal = must(numberOf(v));
    else if (key === '校本学分下限') r.creditSchoolMin = must(numberOf(v));
    else if (key === '每学分学时') r.hoursPerCredit = must(numberOf(v));
    else if (key === '外出学习计学分') r.externalCredits = text(v) !== '否';
    else if (key === '名额计算') r.quotaMethod = text(v) === '分别' ? 'separate' : 'cumulative';
    else if (key === '不合格处理') r.disqualifyMode = text(v) === '仅本项' ? 'itemOnly' : 'tier';
    else if (key === '中途入职学时') r.partialTermHours = text(v) === '按实际' ? 'actual' : 'prorate';
    else if (key === '公开课课型') r.openTypes = words(v);
    else if (key === '技能类教研组') r.skillWords = words(v);
    else if (key === '考核开始日期') r.periodFrom = dateOf(v, null);
    else if (key === '考核结束日期') r.periodTo = dateOf(v, null);
    else if (key === '优秀比例') r.ratioExcellent = ratioOf(v);
    else if (key === '良好比例') r.ratioGood = ratioOf(v);
    else if (key === '缺勤上限') r.absenceLimit = ratioOf(v);
    else if (key === '名额取整') r.quotaRounding = ({ 四舍五入: 'round', 向下取整: 'floor', 向上取整: 'ceil' } as const)[text(v) as '四舍五入'];
    else if (key === '同分处理') r.tiePolicy = text(v) === '严格' ? 'strict' : 'share';
    else if (key === '学时计算范围') r.hoursScope = text(v) === '教研组' ? 'group' : 'school';
    else if (key === '默认每次学时') r.defaultSessionHours = must(numberOf(v));
    else if (key === '每天学时') r.hoursPerDay = must(numberOf(v));
    else if (key === '上报学时') r.reportHours = Number(text(v));
    else if (key === '须开课扣分') r.missingOpenClassDeduction = must(numberOf(v));
    else if (key === '师德计分') {
      const [a, b, c, d] = text(v).split('/').map((x) => Number(x.trim()));
      r.ethics = { 优秀: a ?? 10, 良好: b ?? 8, 合格: c ?? 6, 不合格: d ?? 0 };
    }
    // Other keys (item maxima, award tables …) are taken at their §4 defaults by this oracle.
  }
  return r;
}

// ───────────────────────── vocabulary (SPEC §3) ─────────────────────────

type Status = 'attended' | 'notExpected' | 'excused' | 'absent';
const STATUS_WORDS: Array<[Status, string[]]> = [
  // §3.2: the session does not expect this teacher at all (not attended, not absent).
  ['notExpected', ['免', '免签', '不参加', '不适用', '未入职', '未到岗', '调出', '已调出', '离职', '已离职']],
  ['attended', ['出勤', '到', '签到', '已签到', '正常', '参加', '✓', '√', '☑', '1', '是', 'Y', '迟到', '迟', '早退', '补课', '补', '补学', '已补']],
  ['excused', ['请假', '假', '事假', '病假', '公假', '公出', '出差', '婚假', '产假', '丧假', '调休']],
  ['absent', ['缺勤', '缺', '旷', '旷会', '未到', '未签到', '×', '✗', '0', '否', 'N']],
];
/** Blank → present; anything unknown → absent (SPEC §3.2). */
function statusOf(v: CellValue | undefined): Status {
  const t = text(v);
  if (t === '') return 'attended';
  for (const [s, words] of STATUS_WORDS) if (words.includes(t)) return s;
  return 'absent';
}
type Level = 'school' | 'district' | 'city' | 'province' | 'national';
function levelOf(v: CellValue | undefined): Level | null {
  const t = text(v);
  if (t === '' || t === '校级') return 'school';
  if (['县区级', '县级', '区级', '县', '区'].includes(t)) return 'district';
  if (['市级', '市', '地市'].includes(t)) return 'city';
  if (['省级', '省'].includes(t)) return 'province';
  if (['国家级', '国家', '全国'].includes(t)) return 'national'; // §4: points as 省级
  return null;
}
const LEVEL_RANK: Record<Level, number> = { school: 0, district: 1, city: 2, province: 3, national: 4 };
function stepOf(v: CellValue | undefined): number | null {
  const t = text(v).replace(/奖$/, '');
  const table: Array<[number, string[]]> = [
    [0, ['一等', '1等', '特等', '金']], [1, ['二等', '2等', '银']], [2, ['三等', '3等', '铜']], [3, ['优秀', '优胜', '鼓励']],
  ];
  for (const [s, words] of table) if (words.includes(t)) return s;
  return null;
}
function categoryOf(cat: CellValue | undefined, title: string): 'competition' | 'appraisal' | null {
  const t = text(cat);
  if (t === '比赛') return 'competition';
  if (t === '评选') return 'appraisal';
  if (['大赛', '比赛', '基本功', '赛课', '优质课'].some((k) => title.includes(k))) return 'competition';
  if (['论文', '案例', '设计', '心得', '课件', '评选'].some((k) => title.includes(k))) return 'appraisal';
  return null;
}

// ───────────────────────── result shape ─────────────────────────

export type Tier = '优秀' | '良好' | '合格' | '不合格';
export type ItemKey = 'external' | 'attendance' | 'notes' | 'activity' | 'reading' | 'bonus';
export interface OracleTeacher {
  id: string | null;
  name: string;
  group: string;
  items: Record<ItemKey, number>;
  total: number;
  groupRank: number;
  tier: Tier;
  ethicsPoints: number;
  disqualified: 'absence' | 'task' | null;
  observedLessons: number;
  openClasses: number;
  reportHours: number;
  /** §8, with 须交 rules. */
  deliverables?: Record<string, { have: number; owe: number }>;
  /** §8, with a credit cycle the term lies in — checked here only when a period names the term. */
  credits?: OracleCredits;
}
export interface OracleCredits {
  earlierSchool: number;
  earlierOther: number;
  termSchool: number;
  termOther: number;
  total: number;
  school: number;
  owed: number;
  schoolOwed: number;
  pace: number;
  status: 'done' | 'onPace' | 'behind';
}
export interface OracleGroup {
  name: string;
  size: number;
  quota: { 优秀: number; 良好: number; 合格: number };
  counts: Record<Tier, number>;
  mean: number;
  openClassEvents: number;
  openClassLessons: number;
  eligibleForExcellentGroup: boolean;
}
export interface OracleResult {
  teachers: OracleTeacher[];
  groups: OracleGroup[];
}

interface T {
  idx: number;
  id: string | null;
  name: string;
  group: string;
  /** §3.1 须开课: 是 → 校级, or the 级别 written; null for 否/blank. */
  mustTeach: Level | null;
  /** §3.1 入职日期 / 离职日期: sessions before / after them do not expect the teacher (§4 "Staff changes"). */
  joined: string | null;
  left: string | null;
}

// ───────────────────────── the oracle ─────────────────────────

/** Score clean standard tables as SPEC §3–§6 say. */
export function oracle(tables: Table[]): OracleResult {
  const sheet = (name: string): Table | undefined => tables.find((t) => t.name === name);
  const rules = readRules(sheet('考核规则'));
  const firstYear = rules.periodFrom === null ? null : Number(rules.periodFrom.slice(0, 4)) - (Number(rules.periodFrom.slice(5, 7)) < 8 ? 1 : 0);
  const date = (v: CellValue | undefined): string | null => dateOf(v, firstYear);
  /** docs/rules.md: rows dated outside the period are not counted; undated rows are. */
  const inPeriod = (d: string | null): boolean =>
    d === null || ((rules.periodFrom === null || d >= rules.periodFrom) && (rules.periodTo === null || d <= rules.periodTo));

  // §3.1 roster
  const teachers: T[] = records(sheet('教师名册'), ['姓名', '教研组']).map((r, idx) => ({
    idx,
    id: idOf(r.get('工号')) || null,
    name: nameOf(r.get('姓名')),
    group: nameOf(r.get('教研组')) || '未分组',
    mustTeach: text(r.get('须开课')) === '是' ? 'school' : text(r.get('须开课')) === '' ? null : levelOf(r.get('须开课')),
    joined: date(r.get('入职日期')),
    left: date(r.get('离职日期')),
  }));
  /** §3 identity: by 工号 when the row has one, else by a name that is not shared. */
  const who = (idCell: CellValue | undefined, nameCell: CellValue | undefined): T | null => {
    let id = idOf(idCell);
    let name = nameOf(nameCell);
    // docs/rules.md: `王芳(T023)` in a name cell is name + 工号 (听课记录 has no 工号 column).
    const inside = /^(.+)\(([^()]+)\)$/.exec(name);
    if (id === '' && inside && !teachers.some((t) => t.name === name)) [name, id] = [inside[1] ?? '', idOf(inside[2])];
    if (id !== '') return teachers.find((t) => t.id === id) ?? null;
    const same = teachers.filter((t) => t.name === name);
    return same.length === 1 ? (same[0] ?? null) : null;
  };

  // §3.2 sign-in (long shape) + 外出学习
  interface Row { teacher: T | null; status: Status; hours: Frac | null; key: string }
  const sessions = new Map<string, { date: string; expectedGroups: string[] | null; rows: Row[] }>();
  const externalRows: Row[] = [];
  for (const r of records(sheet('签到表'), ['日期', '活动', '姓名'])) {
    const d = date(r.get('日期'));
    if (!inPeriod(d)) continue;
    const key = `${d}|${text(r.get('活动'))}`;
    const row: Row = { teacher: who(r.get('工号'), r.get('姓名')), status: statusOf(r.get('状态')), hours: hoursOf(r.get('学时'), rules.hoursPerDay), key };
    if (text(r.get('类型')) === '外出学习') {
      externalRows.push(row);
      continue;
    }
    const groups = text(r.get('参加对象')).split(/[、,，/\s]+/).map((g) => nameOf(g)).filter((g) => g !== '');
    const s = sessions.get(key) ?? { date: d ?? '', expectedGroups: null, rows: [] };
    if (groups.length > 0) s.expectedGroups = [...new Set([...(s.expectedGroups ?? []), ...groups])];
    s.rows.push(row);
    sessions.set(key, s);
  }
  for (const r of records(sheet('外出学习'), ['日期', '活动', '姓名'])) {
    const d = date(r.get('日期'));
    if (!inPeriod(d)) continue;
    const key = `${d}|${text(r.get('活动'))}`;
    externalRows.push({ teacher: who(r.get('工号'), r.get('姓名')), status: statusOf(r.get('状态')), hours: hoursOf(r.get('学时'), rules.hoursPerDay), key });
  }
  /**
   * docs/rules.md: blank 学时 → most common 学时 of the (日期, 活动) (ties → larger) → 默认每次学时. Votes are
   * the counted records (one per identified teacher), not raw rows — the product's reading; SPEC is silent.
   */
  const modeHours = (rows: Row[]): Frac => {
    const counts = new Map<string, { f: Frac; c: number }>();
    for (const r of rows) {
      if (!r.hours) continue;
      const k = `${r.hours.n}/${r.hours.d}`;
      const e = counts.get(k) ?? { f: r.hours, c: 0 };
      e.c++;
      counts.set(k, e);
    }
    let best: { f: Frac; c: number } | null = null;
    for (const e of counts.values()) if (!best || e.c > best.c || (e.c === best.c && cmp(e.f, best.f) > 0)) best = e;
    return best ? best.f : rules.defaultSessionHours;
  };

  const attended = teachers.map(() => ZERO);
  const expectedCount = teachers.map(() => 0);
  const unexcused = teachers.map(() => 0);
  // docs/rules.md: attended > not expected > excused > absent.
  const statusRank: Record<Status, number> = { attended: 3, notExpected: 2, excused: 1, absent: 0 };
  /** §4 "Staff changes": E and F, the session hours that expect a teacher, with and without dates and 免签. */
  const expectedHours = teachers.map(() => ZERO);
  const fullHours = teachers.map(() => ZERO);
  /**
   * docs/rules.md: two rows of one teacher at one (日期, 活动) are one record, the best status wins (the
   * first row among equals). Rows naming nobody identifiable are "not counted" (SPEC §3) and dropped.
   */
  const onePerTeacher = (rows: Row[]): Map<number, Row> => {
    const best = new Map<number, Row>();
    for (const r of rows) {
      if (!r.teacher) continue;
      const prev = best.get(r.teacher.idx);
      if (!prev || statusRank[r.status] > statusRank[prev.status]) best.set(r.teacher.idx, r);
    }
    return best;
  };
  for (const s of sessions.values()) {
    const best = onePerTeacher(s.rows);
    const fallback = modeHours([...best.values()]);
    for (const [idx, r] of best) if (r.status === 'attended') attended[idx] = add(attended[idx] ?? ZERO, r.hours ?? fallback);
    for (const t of teachers) {
      if (s.expectedGroups !== null && !s.expectedGroups.includes(t.group)) continue;
      // The session's hours: its most common stated 学时, else 默认每次学时 (docs/rules.md).
      fullHours[t.idx] = add(fullHours[t.idx]!, fallback);
      if ((t.joined !== null && s.date < t.joined) || (t.left !== null && s.date > t.left)) continue;
      const r = best.get(t.idx);
      if (r?.status === 'notExpected') continue;
      expectedCount[t.idx]!++;
      expectedHours[t.idx] = add(expectedHours[t.idx]!, fallback);
      if (!r || r.status === 'absent') unexcused[t.idx]!++;
    }
  }
  const externalHours = teachers.map(() => ZERO);
  const extByKey = new Map<string, Row[]>();
  for (const r of externalRows) extByKey.set(r.key, [...(extByKey.get(r.key) ?? []), r]);
  for (const rows of extByKey.values()) {
    // SPEC is silent on one teacher listed twice for one external training: as for sessions, one record.
    const best = onePerTeacher(rows);
    const fallback = modeHours([...best.values()]);
    for (const [idx, r] of best) if (r.status === 'attended') externalHours[idx] = add(externalHours[idx]!, r.hours ?? fallback);
  }

  // §3.3 observations
  const observed = teachers.map(() => 0);
  const openByTeacher = teachers.map(() => new Map<string, { date: string | null; level: Level }>());
  for (const r of records(sheet('听课记录'), ['听课人', '授课人'])) {
    const d = date(r.get('日期'));
    if (!inPeriod(d)) continue;
    const observer = who(null, r.get('听课人'));
    if (observer) observed[observer.idx]!++;
    const teacher = who(null, r.get('授课人'));
    if (!teacher || !rules.openTypes.includes(text(r.get('课型')))) continue;
    const level = levelOf(r.get('级别')) ?? 'school';
    const key = `${d}|${text(r.get('课题'))}`;
    const prev = openByTeacher[teacher.idx]!.get(key);
    if (!prev || LEVEL_RANK[level] > LEVEL_RANK[prev.level]) openByTeacher[teacher.idx]!.set(key, { date: d, level });
  }

  // §3.4 awards: only the best of each category counts, so duplicates need no special care here.
  const bestCompetition = teachers.map(() => ZERO);
  const bestAppraisal = teachers.map(() => ZERO);
  for (const r of records(sheet('获奖登记'), ['姓名', '奖项'])) {
    if (!inPeriod(date(r.get('日期')))) continue;
    const t = who(r.get('工号'), r.get('姓名'));
    const title = text(r.get('奖项'));
    const cat = categoryOf(r.get('类别'), title);
    const level = levelOf(r.get('级别'));
    const step = stepOf(r.get('等次'));
    if (!t || !cat || !level || step === null) continue;
    // §5: every level's first-prize points are a rule, 校级 (0 by default) included.
    const value = cat === 'competition'
      ? sub(rules.competition[level], mul(fr(1n, 2n), fr(BigInt(step))))
      : sub(rules.appraisal[level], mul(fr(1n, 4n), fr(BigInt(step))));
    const v = max(value, ZERO); // §4: a negative award value counts 0
    const arr = cat === 'competition' ? bestCompetition : bestAppraisal;
    arr[t.idx] = max(arr[t.idx]!, v);
  }

  // §3.5 judged items
  interface Judged { grade: string; missed: Frac; deduction: Frac; activity: Frac; retraining: Frac; discipline: Frac; task: boolean; collective: Frac }
  const judged = new Map<number, Judged>();
  for (const r of records(sheet('考核登记'), ['姓名'])) {
    const t = who(r.get('工号'), r.get('姓名'));
    if (!t || judged.has(t.idx)) continue; // SPEC: one row per teacher; a second one is ignored (product: first wins)
    const num = (c: string): Frac => numberOf(r.get(c)) ?? ZERO;
    judged.set(t.idx, {
      grade: text(r.get('学习笔记')), missed: num('读书未交'), deduction: num('读书扣分'), activity: num('活动得分'),
      retraining: num('二次培训'), discipline: num('违纪扣分'), task: text(r.get('未完成任务')) === '是', collective: num('集体加分'),
    });
  }

  // §3.8/§6 deliverables: docs/rules.md's synonym lines (first word shown); `A或B` is met by either.
  const SYNONYMS: string[][] = [
    ['教学反思', '反思', '课后反思', '教学后记', '反思笔记'], ['读书心得', '读书笔记', '读书体会', '读后感', '读书感悟'],
    ['论文', '教学论文', '教育论文', '研究论文', '优秀论文'], ['教学设计', '优秀教学设计', '教案', '教学案例设计'],
    ['课例点评', '课例评析', '课例分析', '评课稿', '评课'], ['说课稿', '说课', '说课材料'], ['基本功', '基本功训练', '教学基本功', '粉笔字', '三笔字'],
    ['小课题', '小课题研究', '微课题', '课题研究'], ['专题讲座', '讲座', '专题报告', '主讲'], ['自学笔记', '业务笔记', '业务学习笔记', '学习笔记'],
    ['教学案例', '案例'],
  ];
  const canonical = (c: string): string => {
    const k = nameOf(c).toLowerCase();
    return SYNONYMS.find((line) => line.includes(k))?.[0] ?? k;
  };
  const handedIn = teachers.map(() => new Map<string, number>());
  for (const r of records(sheet('成果登记'), ['姓名', '类别'])) {
    const t = who(r.get('工号'), r.get('姓名'));
    const category = nameOf(r.get('类别'));
    if (!t || category === '' || !inPeriod(date(r.get('日期')))) continue;
    const count = numberOf(r.get('数量'));
    const m = handedIn[t.idx]!;
    m.set(canonical(category), (m.get(canonical(category)) ?? 0) + (count === null ? 1 : Number(count.n) / Number(count.d)));
  }
  const owes = (t: T): Record<string, { have: number; owe: number }> => {
    const out: Record<string, { have: number; owe: number }> = {};
    for (const [key, owe] of rules.required) {
      if (key.includes(':')) continue; // no 梯队 in these schools' rosters
      const accepted = key.split(/或|\//).map(canonical);
      let have = 0;
      for (const [c, n] of handedIn[t.idx]!) if (accepted.includes(c)) have += n;
      out[key] = { have, owe };
    }
    return out;
  };
  const short = (t: T): boolean => Object.values(owes(t)).some((o) => o.have < o.owe);

  // §4 H_max per scope
  const scopeOf = (t: T): string => (rules.hoursScope === 'group' ? t.group : '*');
  const hMax = (hours: Frac[]): Map<string, Frac> => {
    const m = new Map<string, Frac>();
    for (const t of teachers) m.set(scopeOf(t), max(m.get(scopeOf(t)) ?? ZERO, hours[t.idx]!));
    return m;
  };
  // §4 "Staff changes": with 按比例, h' = h × F / E for a teacher expected at fewer hours than a full term's.
  const credited = teachers.map((t) => {
    const e = expectedHours[t.idx]!;
    const f = fullHours[t.idx]!;
    const h = attended[t.idx]!;
    return rules.partialTermHours === 'prorate' && cmp(e, ZERO) > 0 && cmp(e, f) < 0 ? div(mul(h, f), e) : h;
  });
  const attendanceMax = hMax(credited);
  const externalMax = hMax(externalHours);
  const GRADE: Record<string, bigint> = { 优秀: 20n, 良好: 18n, 合格: 16n, 不合格: 10n };
  const OPEN_POINTS: Record<Level, bigint> = { school: 1n, district: 2n, city: 3n, province: 3n, national: 3n };

  interface Scored { t: T; items: Record<ItemKey, bigint>; total: bigint; disqualified: 'absence' | 'task' | null }
  const scored: Scored[] = teachers.map((t) => {
    const j = judged.get(t.idx);
    const absence = expectedCount[t.idx]! > 0 && cmp(fr(BigInt(unexcused[t.idx]!), BigInt(expectedCount[t.idx]!)), rules.absenceLimit) > 0;
    // §6: 缺交视为未完成任务 = 是 makes a shortfall 未完成任务 = 是.
    const task = (j?.task ?? false) || (rules.missingIsTask && short(t));
    const disqualified = absence ? 'absence' : task ? 'task' : null;
    const eMax = externalMax.get(scopeOf(t))!;
    // §4: H_max = 0 zeroes the hours part only; 二次培训 and 违纪扣分 still apply.
    const hoursPart = cmp(eMax, ZERO) === 0 ? ZERO : div(mul(fr(30n), externalHours[t.idx]!), eMax);
    const external = add(hoursPart, sub(j?.retraining ?? ZERO, j?.discipline ?? ZERO));
    const aMax = attendanceMax.get(scopeOf(t))!;
    // §4: with 不合格处理 = 仅本项 the item is still 0 (only the tier differs).
    const attendance = disqualified !== null || cmp(aMax, ZERO) === 0 ? ZERO : div(mul(fr(30n), credited[t.idx]!), aMax);
    const notes = j && j.grade in GRADE ? fr(GRADE[j.grade]! * 10n, 20n) : ZERO;
    let open = ZERO;
    for (const o of openByTeacher[t.idx]!.values()) open = add(open, fr(OPEN_POINTS[o.level]));
    // §4: 须开课 owes one open class at its 级别; none at that 级别 or higher costs 须开课扣分 × its points.
    const owed = t.mustTeach;
    const paid = owed !== null && [...openByTeacher[t.idx]!.values()].some((o) => LEVEL_RANK[o.level] >= LEVEL_RANK[owed]);
    const deduction = owed !== null && !paid ? mul(rules.missingOpenClassDeduction, fr(OPEN_POINTS[owed])) : ZERO;
    const activity = sub(add(open, j?.activity ?? ZERO), deduction);
    // §3.5 "no row here: the judged parts score 0" — 读书 is wholly a judged part (docs/input-formats).
    const reading = j ? sub(sub(fr(10n), mul(fr(3n), j.missed)), j.deduction) : ZERO;
    const bonus = add(add(bestCompetition[t.idx]!, bestAppraisal[t.idx]!), j?.collective ?? ZERO);
    const items: Record<ItemKey, bigint> = {
      external: hundredthsHalfUp(clamp(external, fr(30n))),
      attendance: hundredthsHalfUp(clamp(attendance, fr(30n))),
      notes: hundredthsHalfUp(clamp(notes, fr(10n))),
      activity: hundredthsHalfUp(clamp(activity, fr(20n))),
      reading: hundredthsHalfUp(clamp(reading, fr(10n))),
      bonus: hundredthsHalfUp(clamp(bonus, fr(10n))),
    };
    const total = Object.values(items).reduce((a, b) => a + b, 0n);
    return { t, items, total, disqualified };
  });

  // §5 tiers, per group
  const tiers = new Map<number, Tier>();
  const ranks = new Map<number, number>();
  const groupNames = [...new Set(teachers.map((t) => t.group))];
  const groups: OracleGroup[] = groupNames.map((g) => {
    const members = scored.filter((s) => s.t.group === g);
    const size = members.length;
    for (const s of members) ranks.set(s.t.idx, 1 + members.filter((o) => o.total > s.total).length);
    const pEx = rules.ratioExcellentByGroup.get(g) ?? rules.ratioExcellent;
    const ex = roundBy(mul(fr(BigInt(size)), pEx), rules.quotaRounding);
    const exGoodRaw = rules.quotaMethod === 'separate'
      ? ex + roundBy(mul(fr(BigInt(size)), rules.ratioGood), rules.quotaRounding)
      : roundBy(mul(fr(BigInt(size)), add(pEx, rules.ratioGood)), rules.quotaRounding);
    const exGood = exGoodRaw > BigInt(size) ? BigInt(size) : exGoodRaw;
    const out = (s: Scored): boolean => s.disqualified !== null && rules.disqualifyMode === 'tier';
    const qualified = members.filter((s) => !out(s));
    const byTotal = (a: Scored, b: Scored): number => (a.total === b.total ? 0 : a.total > b.total ? -1 : 1);
    const desc = (a: bigint, b: bigint): number => (a === b ? 0 : a > b ? -1 : 1);
    const strictOrder = (a: Scored, b: Scored): number =>
      byTotal(a, b) || desc(a.items.attendance, b.items.attendance) || desc(a.items.external, b.items.external) ||
      desc(a.items.bonus, b.items.bonus) ||
      (a.t.id === null ? (b.t.id === null ? 0 : 1) : b.t.id === null ? -1 : naturalCompare(a.t.id, b.t.id)) ||
      a.t.name.localeCompare(b.t.name, 'zh-CN') || // SPEC names no collation; docs/rules.md: zh-CN, then roster order
      a.t.idx - b.t.idx;
    const walk = [...qualified].sort(rules.tiePolicy === 'strict' ? strictOrder : (a, b) => byTotal(a, b) || a.t.idx - b.t.idx);
    const slotTier = (i: number): Tier => (BigInt(i) < ex ? '优秀' : BigInt(i) < exGood ? '良好' : '合格');
    walk.forEach((s, i) => {
      const prev = walk[i - 1];
      const tier = rules.tiePolicy === 'share' && prev && prev.total === s.total ? tiers.get(prev.t.idx)! : slotTier(i);
      tiers.set(s.t.idx, tier);
    });
    for (const s of members) if (out(s)) tiers.set(s.t.idx, '不合格');
    const counts: Record<Tier, number> = { 优秀: 0, 良好: 0, 合格: 0, 不合格: 0 };
    for (const s of members) counts[tiers.get(s.t.idx)!]++;
    const sum = members.reduce((a, s) => a + s.total, 0n);
    // §6 open-class checks: distinct open classes of the group's teachers, events = their distinct dates.
    const lessons = members.flatMap((s) => [...openByTeacher[s.t.idx]!.values()]);
    // docs/rules.md: an undated open class is a lesson but not an event (an event is a date).
    const events = new Set(lessons.flatMap((l) => (l.date === null ? [] : [l.date]))).size;
    const skill = rules.skillWords.some((k) => g.includes(k));
    return {
      name: g, size,
      quota: { 优秀: Number(ex), 良好: Number(exGood - ex), 合格: size - Number(exGood) },
      counts,
      mean: size === 0 ? 0 : ofHundredths(hundredthsHalfUp(fr(sum, 100n * BigInt(size)))),
      openClassEvents: events, openClassLessons: lessons.length,
      eligibleForExcellentGroup: skill ? events >= 2 && lessons.length >= 2 : events >= 3 && lessons.length >= 5,
    };
  });

  // §3.7/§6 credit cycle, when a period names the term (its start: Aug–Jan 第一学期, Feb–Jul 第二学期).
  const termOf = (iso: string): [number, number] => {
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    return m >= 8 ? [y, 1] : m === 1 ? [y - 1, 1] : [y - 1, 2];
  };
  const anchor = rules.periodFrom ?? rules.periodTo;
  const term = anchor === null ? null : termOf(anchor);
  const start = rules.creditStart;
  const k = term === null || start === null ? 0 : term[0] - start + 1;
  const ledger = start !== null && term !== null && k >= 1 && k <= rules.creditYears;
  const earlier = teachers.map(() => ({ school: ZERO, other: ZERO }));
  if (ledger) {
    for (const r of records(sheet('学分登记'), ['姓名', '学年'])) {
      const t = who(r.get('工号'), r.get('姓名'));
      if (!t) continue;
      const yearText = text(r.get('学年'));
      const year = Number(/^(\d{4})/.exec(yearText)?.[1] ?? NaN);
      const termText = text(r.get('学期'));
      const rowTerm = ['第二学期', '下'].includes(termText) ? 2 : 1;
      if (year < start || year > start + rules.creditYears - 1) continue;
      if (year > term[0] || (year === term[0] && rowTerm >= term[1])) continue; // this term's or a later one's
      const credits = numberOf(r.get('学分')) ?? div(numberOf(r.get('学时')) ?? ZERO, rules.hoursPerCredit);
      const e = earlier[t.idx]!;
      if (text(r.get('类别')).includes('校本')) e.school = add(e.school, credits);
      else e.other = add(e.other, credits);
    }
  }
  const creditsOf = (idx: number, reportHours: number): OracleCredits => {
    const e = earlier[idx]!;
    const parts = [e.school, e.other, div(fr(BigInt(reportHours)), rules.hoursPerCredit),
      rules.externalCredits ? div(externalHours[idx]!, rules.hoursPerCredit) : ZERO].map(hundredthsHalfUp);
    const [es, eo, ts, to] = parts as [bigint, bigint, bigint, bigint];
    const total = es + eo + ts + to;
    const school = es + ts;
    const target = hundredthsHalfUp(rules.creditTotal);
    const schoolTarget = hundredthsHalfUp(rules.creditSchoolMin);
    const pace = hundredthsHalfUp(div(mul(rules.creditTotal, fr(BigInt(k))), fr(BigInt(rules.creditYears))));
    const schoolPace = hundredthsHalfUp(div(mul(rules.creditSchoolMin, fr(BigInt(k))), fr(BigInt(rules.creditYears))));
    const status = total >= target && school >= schoolTarget ? 'done' : total >= pace && school >= schoolPace ? 'onPace' : 'behind';
    const owed = (want: bigint, have: bigint): number => ofHundredths(want > have ? want - have : 0n);
    return {
      earlierSchool: ofHundredths(es), earlierOther: ofHundredths(eo), termSchool: ofHundredths(ts), termOther: ofHundredths(to),
      total: ofHundredths(total), school: ofHundredths(school), owed: owed(target, total), schoolOwed: owed(schoolTarget, school),
      pace: ofHundredths(pace), status,
    };
  };

  return {
    groups,
    teachers: scored.map((s) => {
      const tier = tiers.get(s.t.idx)!;
      const items = Object.fromEntries(Object.entries(s.items).map(([k, v]) => [k, ofHundredths(v)])) as Record<ItemKey, number>;
      return {
        id: s.t.id, name: s.t.name, group: s.t.group, items, total: ofHundredths(s.total),
        groupRank: ranks.get(s.t.idx)!, tier, ethicsPoints: rules.ethics[tier], disqualified: s.disqualified,
        observedLessons: observed[s.t.idx]!, openClasses: openByTeacher[s.t.idx]!.size,
        reportHours: tier === '不合格' ? 0 : rules.reportHours,
        ...(rules.required.size === 0 ? {} : { deliverables: owes(s.t) }),
        ...(ledger ? { credits: creditsOf(s.t.idx, tier === '不合格' ? 0 : rules.reportHours) } : {}),
      };
    }),
  };
}
