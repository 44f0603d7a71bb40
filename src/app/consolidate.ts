/**
 * 合并学校工作簿 (SPEC §10): many school workbooks → one district view. Each school is read and scored
 * on its own, with its own 考核规则, by the same readers and engine as 计算; only its result is kept,
 * so memory is bounded by the largest school, not by the district. A file that cannot be scored is
 * listed with its reason and the others go on. Hosts open the files; this only orders the work.
 */
import type { Host, WriteReport } from './host.js';
import { readInputs } from './inspect.js';
import { RunCancelled } from './runCancelled.js';
import { VERSION } from './version.js';
import { makeIssue, type Issue } from '../engine/issues.js';
import type { Result } from '../engine/model.js';
import { score } from '../engine/score.js';
import type { DistrictResult, DistrictSchool, DistrictView } from '../sheets/layout/district/districtView.js';
import { layoutDistrict } from '../sheets/layout/district/layoutDistrict.js';

/** One school file, read only when its turn comes. */
export interface SchoolFile {
  /** The file name as given (CLI: the path; page: the file's name or its path inside the folder). */
  file: string;
  bytes(): Promise<Uint8Array>;
}

/** A school workbook opened by a host. */
export interface OpenedSchool {
  host: Host;
  /** The sheets our product wrote into it (its `_YanxiuOutputs`): never read as input. */
  outputSheets: readonly string[];
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
  /** Where the district sheets go (a new workbook, or the open one in Excel); none: nothing is written. */
  output?: Host;
  onProgress?: (p: DistrictProgress) => void;
  /**
   * Each file's `yanxiu.district/1` entry, in the order given, with the school's full Result
   * (explanations included) — the CLI streams `--json` from here, so the full results of 300 schools
   * are never held at once. The view keeps only the compact DistrictResult.
   */
  onSchool?: (entry: DistrictJsonSchool) => void | Promise<void>;
  signal?: AbortSignal;
  /** The time shown in 计算记录. @default new Date() */
  now?: Date;
}

/** One file of SPEC §10's `yanxiu.district/1`; a duplicate's error reads `duplicate of <first file>`. */
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
  /** District sheet name → the sheet actually written; empty when nothing was written. */
  written: WriteReport['written'];
}

/** The school's name: its 学校名称 rule, else the file name without folder and extension. */
export function schoolName(schoolNameRule: string | null, file: string): string {
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

/** Read, check and score one school; the host and its bytes are dropped when this returns. */
async function scoreSchool(
  source: SchoolFile, bytes: Uint8Array, sha256: string, options: ConsolidateOptions, now: Date,
): Promise<{ school: DistrictSchool; full: Result | null }> {
  const base = { file: source.file, sha256, size: bytes.byteLength, duplicateOf: null };
  const failed = (reason: string, issues: Issue[] = [], rules: DistrictSchool['rules'] = null): { school: DistrictSchool; full: null } => ({
    school: { ...base, name: schoolName(rules?.schoolName ?? null, source.file), outcome: 'failed', result: null, rules, error: reason, issues: shown(issues) },
    full: null,
  });
  try {
    const opened = await options.open(bytes);
    const read = await readInputs(readOnly(opened.host, opened.outputSheets), { now });
    if (!read.canScore) {
      const errors = read.issues.filter((i) => i.severity === 'error');
      return failed(errors.map((i) => i.message).join('；') || '数据无法计算。', read.issues, read.rules);
    }
    const scored = score(read.dataset, read.rules);
    // The same order as 计算 (app/run.ts): reader issues first, then the engine's.
    scored.result.issues = [...read.issues, ...scored.result.issues];
    const result = compactResult(scored.result);
    return {
      school: {
        ...base, name: schoolName(read.rules.schoolName, source.file), outcome: 'scored',
        result, rules: read.rules, error: null, issues: result.issues,
      },
      full: scored.result,
    };
  } catch (e) {
    const reason = options.fileError(e);
    if (reason === null) throw e;
    return failed(reason);
  }
}

/** SPEC §10: the same 工号 in two scored schools is a warning (a teacher who moved); both rows stay. */
function duplicateIds(schools: readonly DistrictSchool[]): DistrictView['districtIssues'] {
  const seen = new Map<string, { school: string; name: string }>();
  const out: DistrictView['districtIssues'] = [];
  for (const s of schools) {
    const inSchool = new Set<string>();
    for (const t of s.result?.teachers ?? []) {
      if (t.id === null || inSchool.has(t.id)) continue;
      inSchool.add(t.id);
      const first = seen.get(t.id);
      if (first === undefined) seen.set(t.id, { school: s.name, name: t.name });
      else out.push({ school: s.name, file: s.file, issue: makeIssue('district-duplicate-id', {}, { id: t.id, first: first.school, firstName: first.name, school: s.name, name: t.name }) });
    }
  }
  return out;
}

/**
 * Score every school file one at a time and, when at least one was scored and `output` is given,
 * write the seven district sheets there.
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
  const schools: DistrictSchool[] = [];
  const districtIssues: DistrictView['districtIssues'] = [];
  const firstBySha = new Map<string, string>();

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
      districtIssues.push({ school: school.name, file: school.file, issue: makeIssue('district-school-failed', {}, { file: school.file, reason }) });
      await options.onSchool?.(jsonEntry(school, null));
      continue;
    }
    const sha256 = await sha256Hex(bytes);
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
    const { school, full } = await scoreSchool(source, bytes, sha256, options, now);
    schools.push(school);
    if (school.outcome === 'failed') {
      districtIssues.push({ school: school.name, file: school.file, issue: makeIssue('district-school-failed', {}, { file: school.file, reason: school.error ?? '' }) });
    }
    await options.onSchool?.(jsonEntry(school, full));
  }
  districtIssues.push(...duplicateIds(schools));

  const view: DistrictView = { schools, districtIssues, now, version: VERSION };
  const scored = schools.filter((s) => s.outcome === 'scored').length;
  const teachers = schools.reduce((n, s) => n + (s.result?.teachers.length ?? 0), 0);
  if (scored === 0 || options.output === undefined) {
    progress(total, 1, scored === 0 ? '没有可计算的学校' : '汇总完成');
    return { view, scored, teachers, written: {} };
  }
  progress(total, 0.9, '正在生成全区汇总…');
  const sheets = layoutDistrict(view);
  progress(total, 0.95, '正在写入工作簿…');
  const { written } = await options.output.writeOutputs(sheets);
  progress(total, 1, '汇总完成');
  return { view, scored, teachers, written };
}

/** A file's `yanxiu.district/1` entry; `full` is the school's whole Result (null when not scored). */
function jsonEntry(school: DistrictSchool, full: Result | null): DistrictJsonSchool {
  return {
    name: school.name,
    file: school.file,
    sha256: school.sha256,
    result: full,
    error: school.outcome === 'duplicate' ? `duplicate of ${school.duplicateOf ?? ''}` : school.error,
  };
}
