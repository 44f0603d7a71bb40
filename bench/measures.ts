/**
 * What one bench run measures per workbook size (all times in ms, memory in MB).
 */
import type { FormulaBaseline } from './formulaBaseline.js';
import type { PageMeasure } from './stages/page.js';

export interface OfficeMeasure {
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Bytes the reads brought back (responses before scoring) and the writes sent (requests after). */
  readResponseBytes: number;
  writeRequestBytes: number;
}

export interface SizeMeasure {
  teachers: number;
  /** Data rows of 签到表, and of all input sheets. */
  signinRows: number;
  totalRows: number;
  fileMb: number;
  /**
   * The physical floor (issue 23): inflate every part, touch every byte, write the package back with
   * Node's zlib — the whole plain-`node` process (bench/physicalFloor.mjs), wall time, as the
   * end-to-end row is measured.
   */
  physicalFloorMs: number | null;
  /** Bytes of all parts inflated (the XML a run must at least read). */
  inflatedMb: number | null;
  /** xlsx library alone (ExcelJS streaming reader, every cell): "a general library". */
  floorMs: number | null;
  floorPeakMb: number | null;
  /** Host: listSheets + readSheet → Tables. */
  hostReadMs: number | null;
  /** readWorkbook: Tables → Dataset + Issues. */
  parseMs: number | null;
  /** score: Dataset + Rules → ScoreRun, first call in the process. */
  engineMs: number | null;
  /** The same, best of 3 warm calls. */
  engineWarmMs: number | null;
  /** layoutOutputs: ScoreRun → OutputSheet[]. */
  layoutMs: number | null;
  /** host.writeOutputs + saving the file. */
  writeMs: number | null;
  pipelinePeakMb: number | null;
  /**
   * `node yanxiu.mjs score in.xlsx -o out.xlsx` — the command as `npm run build` ships it, built from
   * this checkout — wall time and peak RSS; best of the rounds run beside the physical floor.
   */
  e2eMs: number | null;
  e2ePeakMb: number | null;
  office: OfficeMeasure | null;
  /**
   * The standalone page in Chromium (bench/stages/page.ts), best of the runs alternated with the
   * command (`bestPage`); a string says why it was not run.
   */
  page?: PageMeasure | string;
  /**
   * The shipped command's end to end, best of the runs alternated with the page's (CLI, page, CLI,
   * page…), so that the page's ratio compares two runs of the same minutes; absent when the page was
   * not measured.
   */
  pageCliMs?: number;
  /** Formula baseline; a string says why it was not run. */
  formula: FormulaBaseline | string;
  /** Stages that failed, with the first line of the error. */
  failures: string[];
}
