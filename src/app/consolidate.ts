/**
 * 合并学校工作簿 (SPEC §10): many school workbooks → one district view. Each school is read and scored
 * on its own, with its own 考核规则, by the same readers and engine as 计算; only its result is kept,
 * so memory is bounded by the largest school, not by the district. A file that cannot be scored is
 * listed with its reason and the others go on. Hosts open the files; this only orders the work.
 */
import type { Host, WriteReport } from './host.js';
import { readInputs } from './inspect.js';
import { keepAsBytes } from './keptResult.js';
import { RunCancelled } from './runCancelled.js';
import { VERSION } from './version.js';
import { makeIssue, type Issue } from '../engine/issues.js';
import type { Result } from '../engine/model.js';
import { score } from '../engine/score.js';
import type { DistrictResult, DistrictSchool, DistrictView } from '../sheets/layout/district/districtView.js';
import { districtSheets } from '../sheets/layout/district/layoutDistrict.js';
import { summaryOf } from '../sheets/layout/district/schoolSummary.js';
import type { SheetToWrite } from '../sheets/output.js';
import {
  MAX_SCHOOL_NAME, cutSchoolName, isDistrictWorkbook, runLogSheetOf, schoolKey, scoredAt,
} from '../sheets/layout/district/schoolIdentity.js';

/** One school file, read only when its turn comes. */
export interface SchoolFile {
  /** The file name as given (CLI: the path; page: the file's name or its path inside the folder). */
  file: string;
  bytes(): Promise<Uint8Array>;
  /** The file's modified time, when the host knows it: which of two versions of a school is newer. */
  modified?: Date;
}

/** One school file to score: what crosses into an isolated worker (bytes, not a host). */
export interface SchoolJob {
  file: string;
  /** The file's bytes (the CLI's are a view on shared memory that the next school's file reuses). */
  bytes: Uint8Array;
  sha256: string;
  /** The time shown in 计算记录 (the same for every school of one consolidation). */
  now: Date;
  /**
   * Whether the school's full Result comes back (`ScoredFile.full`, for `--json`). Without it only the
   * compact result crosses from the worker: the explanations, over half of a full one, would only be
   * cloned to the district's thread to be dropped. @default true
   */
  full?: boolean;
}

/** What scoring one school file gives, wherever it ran. */
export interface ScoredFile {
  /** Scored or failed (never duplicate or superseded: those are the district's decisions). */
  school: DistrictSchool;
  /** The school's whole Result, explanations included (for `--json`); null when not scored. */
  full: Result | null;
  /** When the workbook was last scored by this program (its 计算记录's 计算时间), null when never. */
  scoredAt: Date | null;
  /** The district's issues about this file (a name cut to 100 characters). */
  districtIssues: Issue[];
}

/** A school workbook opened by a host. */
export interface OpenedSchool {
  host: Host;
  /** The sheets our product wrote into it (its `_YanxiuOutputs`): never read as input. */
  outputSheets: readonly string[];
}

/**
 * Where the district sheets are written. They come deferred (DeferredSheet): a writer that lays out
 * and writes one before the next never holds two of the district's 30,000-row sheets at once.
 */
export interface DistrictOutput {
  writeOutputs(sheets: readonly SheetToWrite[]): Promise<WriteReport>;
}

export interface DistrictProgress {
  /** Files finished so far, of `total`. */
  done: number;
  total: number;
  /** 0..1 over the whole consolidation. */
  fraction: number;
  /** Chinese, e.g. “正在计算 一中.xlsx（3/60）…”. */
  label: string;
}

export interface ConsolidateOptions {
  /** Opens one school's bytes as a host. */
  open(bytes: Uint8Array): Promise<OpenedSchool>;
  /**
   * Why a file could not be opened or read, in Chinese, for errors that are the file's fault
   * (damaged, encrypted, not an .xlsx); null for anything else, which is rethrown as our bug.
   */
  fileError(error: unknown): string | null;
  /**
   * Where the district sheets go (a new workbook, or the open one in Excel); none: nothing is laid out
   * or written. Only its `writeOutputs` is used: a worker that scores for Excel passes a target that
   * keeps the sheets and sends them to the pane, which writes them with the Excel host.
   */
  output?: DistrictOutput;
  onProgress?: (p: DistrictProgress) => void;
  /**
   * Each file's `yanxiu.district/1` entry, in the order given, with the school's full Result
   * (explanations included) — the CLI streams `--json` from here, so the full results of 300 schools
   * are never held at once. The view keeps only the compact DistrictResult.
   */
  onSchool?: (entry: DistrictJsonSchool) => void | Promise<void>;
  /**
   * An entry already given to `onSchool` (the `index`-th file) turned out to be an older version of a
   * school whose newer file came later: `entry` (result null, error `superseded by …`) replaces it.
   */
  onSchoolReplaced?: (index: number, entry: DistrictJsonSchool) => void | Promise<void>;
  /**
   * Scores one school file somewhere a crash cannot take the district down (the CLI: a worker thread
   * with its own memory limit). @default scoreSchoolFile in this thread
   */
  scoreFile?: (job: SchoolJob) => Promise<ScoredFile>;
  /**
   * Called once the last file is scored, before the district sheets are laid out and written: the CLI
   * ends its school worker there, so the worker's heap and the district workbook's never add up.
   */
  scoringDone?: () => void | Promise<void>;
  /**
   * The lower-case hex SHA-256 of a file's bytes. The CLI reads schools into shared memory, which
   * Web Crypto refuses, and hashes them with Node's crypto. @default sha256Hex
   */
  hash?: (bytes: Uint8Array) => Promise<string>;
  /** Paths the host passed over (not a workbook, a lock file, a link loop…), listed in 计算记录. */
  skipped?: readonly SkippedPath[];
  signal?: AbortSignal;
  /** The time shown in 计算记录. @default new Date() */
  now?: Date;
}

/** A path the host did not read as a school, and why (Chinese). */
export interface SkippedPath {
  file: string;
  reason: string;
}

/**
 * One file of SPEC §10's `yanxiu.district/1`; a duplicate's error reads `duplicate of <first file>`,
 * an older version's `superseded by <newer file>`.
 */
export interface DistrictJsonSchool {
  name: string;
  file: string;
  sha256: string;
  result: Result | null;
  error: string | null;
}

/** SPEC §10 `--json`: `yanxiu.district/1`. */
export interface DistrictJson {
  schema: 'yanxiu.district/1';
  schools: DistrictJsonSchool[];
}

export interface DistrictReport {
  view: DistrictView;
  /** Schools scored; 0 means nothing was written (CLI exit 2). */
  scored: number;
  /** Teachers of the scored schools, all together. */
  teachers: number;
  /** The district's own errors and warnings (files not counted, versions, same 工号): the banner counts them. */
  districtWarnings: number;
  /** District sheet name → the sheet actually written; empty when nothing was written. */
  written: WriteReport['written'];
}

/**
 * The school's name: its 学校名称 rule, else the file name without folder and extension; cut to
 * 100 characters (cutSchoolName).
 * @example schoolName(null, 'in/一中.xlsx') // '一中'
 */
export function schoolName(schoolNameRule: string | null, file: string): string {
  return cutSchoolName(rawSchoolName(schoolNameRule, file)).name;
}

function rawSchoolName(schoolNameRule: string | null, file: string): string {
  if (schoolNameRule !== null && schoolNameRule.trim() !== '') return schoolNameRule.trim();
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm)$/i, '') || base;
}

/** Lower-case hex SHA-256 (Web Crypto: the same in Node 20 and the browser). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The school's host, read-only, answering `outputSheets` from the ownership record read when it was
 * opened: readInputs then skips, accounts for and warns about sheets exactly as `score` does for the
 * same workbook, so a scored workbook is re-scored from its inputs.
 */
function readOnly(host: Host, outputs: readonly string[]): Host {
  return {
    listSheets: () => host.listSheets(),
    outputSheets: () => Promise.resolve([...outputs]),
    readSheet: (name) => host.readSheet(name),
    ...(host.readSheets === undefined ? {} : { readSheets: (names: string[]) => host.readSheets?.(names) ?? Promise.resolve([]) }),
    writeOutputs: () => Promise.reject(new Error('A school workbook is never written during consolidation')),
    insertSheets: () => Promise.reject(new Error('A school workbook is never written during consolidation')),
  };
}

/** Errors and warnings: what the district sheets show and count of a school's issues. */
function shown(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity !== 'info');
}

/**
 * What the district keeps of a school's result: every field of every teacher but the explanations,
 * the groups, the errors and warnings. Fresh objects (and one string per 教研组), so nothing of the
 * school's workbook or of the engine's working data stays reachable through them.
 */
export function compactResult(result: Result): DistrictResult {
  const groups = new Map<string, string>();
  const group = (name: string): string => {
    const known = groups.get(name);
    if (known !== undefined) return known;
    groups.set(name, name);
    return name;
  };
  return {
    schema: result.schema,
    period: result.period,
    teachers: result.teachers.map(({ explain: _explain, items, group: g, ...t }) => ({ ...t, group: group(g), items: { ...items } })),
    groups: result.groups,
    issues: shown(result.issues),
  };
}

/**
 * Reads, checks and scores one school file in this thread; the host and its bytes are dropped when
 * this returns. Errors that are the file's fault (fileError) make a failed school; anything else is
 * our bug and is rethrown.
 * @example const { school, full } = await scoreSchoolFile(job, { open: openSchoolWorkbook, fileError: schoolFileError });
 */
export async function scoreSchoolFile(job: SchoolJob, options: Pick<ConsolidateOptions, 'open' | 'fileError'>): Promise<ScoredFile> {
  const base = { file: job.file, sha256: job.sha256, size: job.bytes.byteLength, duplicateOf: null };
  const districtIssues: Issue[] = [];
  const named = (rule: string | null): string => {
    const raw = rawSchoolName(rule, job.file);
    const { name, cut } = cutSchoolName(raw);
    if (cut) districtIssues.push(makeIssue('district-name-too-long', {}, { file: job.file, length: Array.from(raw).length, max: MAX_SCHOOL_NAME }));
    return name;
  };
  const failed = (reason: string, issues: Issue[] = [], rules: DistrictSchool['rules'] = null, scoredAtTime: Date | null = null): ScoredFile => ({
    school: { ...base, name: named(rules?.schoolName ?? null), outcome: 'failed', result: null, rules, error: reason, issues: shown(issues) },
    full: null,
    scoredAt: scoredAtTime,
    districtIssues,
  });
  try {
    const opened = await options.open(job.bytes);
    // A district workbook given as a school would only say “找不到教师名册”: say what it is.
    if (isDistrictWorkbook(opened.outputSheets)) return failed(makeIssue('district-workbook-given').message);
    const log = runLogSheetOf(opened.outputSheets);
    const at = log === null ? null : scoredAt(await opened.host.readSheet(log));
    const read = await readInputs(readOnly(opened.host, opened.outputSheets), { now: job.now });
    if (!read.canScore) {
      const errors = read.issues.filter((i) => i.severity === 'error');
      return failed(errors.map((i) => i.message).join('；') || '数据无法计算。', read.issues, read.rules, at);
    }
    const scored = score(read.dataset, read.rules);
    // The same order as 计算 (app/run.ts): reader issues first, then the engine's.
    scored.result.issues = [...read.issues, ...scored.result.issues];
    const result = compactResult(scored.result);
    return {
      school: { ...base, name: named(read.rules.schoolName), outcome: 'scored', result, rules: read.rules, error: null, issues: result.issues },
      full: job.full === false ? null : scored.result,
      scoredAt: at,
      districtIssues,
    };
  } catch (e) {
    const reason = options.fileError(e);
    if (reason === null) throw e;
    return failed(reason);
  }
}

/**
 * A school whose scoring never finished (the isolated worker died, or threw our own bug): listed as not
 * scored with `reason`. `size` is given apart from the job, whose bytes may have been handed over.
 * @example failedSchoolFile(job, '计算这所学校时内存不足…', job.bytes.byteLength)
 */
export function failedSchoolFile(job: Pick<SchoolJob, 'file' | 'sha256'>, reason: string, size: number): ScoredFile {
  return {
    school: {
      name: schoolName(null, job.file), file: job.file, sha256: job.sha256, size, outcome: 'failed',
      result: null, rules: null, error: reason, duplicateOf: null, issues: [],
    },
    full: null,
    scoredAt: null,
    districtIssues: [],
  };
}

/**
 * SPEC §10: the same 工号 in two scored schools is a warning (a teacher who moved); both rows stay.
 * One warning per pair of schools with the count and the first few 工号, not one per teacher: two
 * schools that both number from 0001 would otherwise bury every other warning.
 */
function duplicateIds(schools: readonly DistrictSchool[]): DistrictView['districtIssues'] {
  const seen = new Map<string, { school: number; name: string }>();
  const pairs = new Map<string, { first: number; school: number; ids: string[]; count: number }>();
  schools.forEach((s, index) => {
    const inSchool = new Set<string>();
    for (const t of s.result?.teachers ?? []) {
      if (t.id === null || inSchool.has(t.id)) continue;
      inSchool.add(t.id);
      const first = seen.get(t.id);
      if (first === undefined) {
        seen.set(t.id, { school: index, name: t.name });
        continue;
      }
      const key = `${first.school}:${index}`;
      const pair = pairs.get(key) ?? { first: first.school, school: index, ids: [], count: 0 };
      pairs.set(key, pair);
      pair.count += 1;
      keepSmallest(pair.ids, t.name === first.name ? `${t.id} ${t.name}` : `${t.id} ${first.name}/${t.name}`);
    }
  });
  return [...pairs.values()]
    .sort((a, b) => a.school - b.school || a.first - b.first)
    .map((p) => {
      const first = schools[p.first];
      const school = schools[p.school];
      if (first === undefined || school === undefined) throw new Error('A 工号 pair points outside the schools');
      const examples = p.ids.join('、') + (p.count > p.ids.length ? ' 等' : '');
      return { school: school.name, file: school.file, issue: makeIssue('district-duplicate-id', {}, { first: first.name, school: school.name, count: p.count, examples }) };
    });
}

/** 工号 named in one same-工号 warning. */
const EXAMPLE_IDS = 3;

/**
 * Puts `id` among the EXAMPLE_IDS smallest kept in `ids` (sorted by ID_ORDER, an equal one after
 * those before it, as a stable sort would): the smallest 工号 come first, so the examples read as the
 * start of a numbering clash. Only those are kept: two schools that both number from 0001 share
 * every 工号, and all of them, 30,000 at 300 schools, were held until the end.
 */
export function keepSmallest(ids: string[], id: string): void {
  let at = ids.length;
  while (at > 0 && ID_ORDER.compare(ids[at - 1] ?? '', id) > 0) at--;
  if (at >= EXAMPLE_IDS) return;
  ids.splice(at, 0, id);
  if (ids.length > EXAMPLE_IDS) ids.pop();
}

/**
 * 工号 with digit runs compared as numbers (T9 before T10). One collator for every comparison:
 * `localeCompare` with a locale and options builds ICU's collator on each call, which for the
 * ~30,000 same-工号 pairs of a 300-school district cost 1.7 s and left ~70 MB of native memory behind
 * (the district's peak; docs/performance.md, "District memory, measured again").
 */
const ID_ORDER = new Intl.Collator('zh-CN', { numeric: true });

/** The version a file is of its school: its 计算记录 time, else its modified time. */
interface Version {
  at: Date | null;
  by: 'scored' | 'modified' | null;
}

function versionOf(scoredAtTime: Date | null, modified: Date | undefined): Version {
  if (scoredAtTime !== null) return { at: scoredAtTime, by: 'scored' };
  if (modified !== undefined && !Number.isNaN(modified.getTime())) return { at: modified, by: 'modified' };
  return { at: null, by: null };
}

/**
 * Of two files of one school (`earlier` given first), the newer one and how that was decided: by
 * their times when both have one and they differ, else the one given later.
 */
function newer(earlier: Version, later: Version): { laterWins: boolean; by: string } {
  if (earlier.at !== null && later.at !== null && earlier.at.getTime() !== later.at.getTime()) {
    const by = earlier.by === 'scored' && later.by === 'scored' ? '计算记录中的计算时间' : earlier.by === 'modified' && later.by === 'modified' ? '文件的修改时间' : '计算时间和修改时间';
    return { laterWins: later.at.getTime() > earlier.at.getTime(), by };
  }
  return { laterWins: true, by: '文件给出的顺序（无法比较时间）' };
}

/**
 * Score every school file one at a time and, when at least one was scored and `output` is given,
 * write the seven district sheets there. Two files of one school (SPEC §10: the same normalised
 * 学校名称) count once — the newer — and an identical file counts once.
 * @example const report = await consolidate(files, { open, fileError, output: await XlsxHost.create() });
 */
export async function consolidate(files: readonly SchoolFile[], options: ConsolidateOptions): Promise<DistrictReport> {
  const now = options.now ?? new Date();
  const total = files.length;
  const checkCancelled = (): void => {
    if (options.signal?.aborted === true) throw new RunCancelled();
  };
  const progress = (done: number, fraction: number, label: string): void => {
    // Checked before and after each report (as 计算 does), so a cancel pressed while a label shows stops the next step.
    checkCancelled();
    options.onProgress?.({ done, total, fraction, label });
    checkCancelled();
  };
  const scoreFile = options.scoreFile ?? ((job: SchoolJob) => scoreSchoolFile(job, options));
  const schools: DistrictSchool[] = [];
  const districtIssues: DistrictView['districtIssues'] = [];
  const firstBySha = new Map<string, string>();
  /** Normalised 学校名称 → the index and version of the school's file counted so far. */
  const counted = new Map<string, { index: number; version: Version }>();
  const failedIssue = (school: DistrictSchool): void => {
    districtIssues.push({ school: school.name, file: school.file, issue: makeIssue('district-school-failed', {}, { file: school.file, reason: school.error ?? '' }) });
  };

  for (const [i, source] of files.entries()) {
    // 90% of the bar is the schools; layout and writing the rest.
    progress(i, (i / Math.max(total, 1)) * 0.9, `正在计算 ${source.file}（${i + 1}/${total}）…`);
    let bytes: Uint8Array;
    try {
      bytes = await source.bytes();
    } catch (e) {
      const reason = options.fileError(e);
      if (reason === null) throw e;
      const school: DistrictSchool = {
        name: schoolName(null, source.file), file: source.file, sha256: '', size: 0, outcome: 'failed',
        result: null, rules: null, error: reason, duplicateOf: null, issues: [],
      };
      schools.push(school);
      failedIssue(school);
      await options.onSchool?.(jsonEntry(school, null));
      continue;
    }
    const sha256 = await (options.hash ?? sha256Hex)(bytes);
    const first = firstBySha.get(sha256);
    if (first !== undefined) {
      const issue = makeIssue('district-duplicate-file', {}, { file: source.file, first });
      const school: DistrictSchool = {
        name: schoolName(null, source.file), file: source.file, sha256, size: bytes.byteLength, outcome: 'duplicate',
        result: null, rules: null, error: `与“${first}”内容相同`, duplicateOf: first, issues: [],
      };
      schools.push(school);
      districtIssues.push({ school: school.name, file: source.file, issue });
      await options.onSchool?.(jsonEntry(school, null));
      continue;
    }
    firstBySha.set(sha256, source.file);
    const scored = await scoreFile({ file: source.file, bytes, sha256, now, full: options.onSchool !== undefined });
    const { school } = scored;
    keepAsBytes(school);
    schools.push(school);
    for (const issue of scored.districtIssues) districtIssues.push({ school: school.name, file: school.file, issue });
    if (school.outcome === 'failed') {
      failedIssue(school);
      await options.onSchool?.(jsonEntry(school, null));
      continue;
    }
    // SPEC §10: a file that failed never replaces a school's scored file; two scored files of one school count once.
    const key = schoolKey(school.name);
    const version = versionOf(scored.scoredAt, source.modified);
    const other = counted.get(key);
    if (other === undefined) {
      counted.set(key, { index: i, version });
      await options.onSchool?.(jsonEntry(school, scored.full));
      continue;
    }
    const otherSchool = schools[other.index];
    if (otherSchool === undefined) throw new Error('A counted school is missing from the list');
    const { laterWins, by } = newer(other.version, version);
    const [winner, loser, loserIndex] = laterWins ? [school, otherSchool, other.index] : [otherSchool, school, i];
    supersede(loser, winner);
    districtIssues.push({
      school: loser.name, file: loser.file,
      issue: makeIssue('district-superseded', {}, { file: loser.file, winner: winner.file, school: winner.name, by }),
    });
    if (laterWins) {
      counted.set(key, { index: i, version });
      await options.onSchoolReplaced?.(loserIndex, jsonEntry(loser, null));
      await options.onSchool?.(jsonEntry(school, scored.full));
    } else {
      await options.onSchool?.(jsonEntry(school, null));
    }
  }
  await options.scoringDone?.();
  districtIssues.push(...duplicateIds(schools));

  const view: DistrictView = { schools, districtIssues, skipped: [...(options.skipped ?? [])], now, version: VERSION };
  const scored = schools.filter((s) => s.outcome === 'scored').length;
  const teachers = schools.reduce((n, s) => n + (summaryOf(s)?.teachers ?? 0), 0);
  const districtWarnings = districtIssues.filter((d) => d.issue.severity !== 'info').length;
  if (scored === 0 || options.output === undefined) {
    progress(total, 1, scored === 0 ? '没有可计算的学校' : '汇总完成');
    return { view, scored, teachers, districtWarnings, written: {} };
  }
  // Each district sheet is laid out as the writer comes to it: one step.
  progress(total, 0.9, '正在生成并写入全区汇总…');
  const { written } = await options.output.writeOutputs(districtSheets(view));
  progress(total, 1, '汇总完成');
  return { view, scored, teachers, districtWarnings, written };
}

/** The older file of a school: listed, never counted — its result and issues are dropped. */
function supersede(loser: DistrictSchool, winner: DistrictSchool): void {
  loser.outcome = 'superseded';
  loser.result = null;
  loser.issues = [];
  loser.supersededBy = winner.file;
  loser.error = `同校较新的“${winner.file}”已计入`;
}

/** A file's `yanxiu.district/1` entry; `full` is the school's whole Result (null when not scored). */
function jsonEntry(school: DistrictSchool, full: Result | null): DistrictJsonSchool {
  return {
    name: school.name,
    file: school.file,
    sha256: school.sha256,
    result: full,
    error:
      school.outcome === 'duplicate' ? `duplicate of ${school.duplicateOf ?? ''}`
      : school.outcome === 'superseded' ? `superseded by ${school.supersededBy ?? ''}`
      : school.error,
  };
}
