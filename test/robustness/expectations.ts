/**
 * Compares a run against a messy case's expectation (test/fixtures/messy/messyCase.ts) and lists
 * every mismatch, so one failing fixture reports all it got wrong at once.
 */
import type { Issue } from '../../src/engine/issues.js';
import { ITEM_KEYS, type Result } from '../../src/engine/model.js';
import type { RunReport } from '../../src/app/types.js';
import type { Expectation, ExpectedIssue } from '../fixtures/messy/messyCase.js';

const matches = (issue: Issue, want: ExpectedIssue): boolean =>
  issue.code === want.code &&
  (want.sheet === undefined || issue.sheet === want.sheet) &&
  (want.row === undefined || issue.row === want.row) &&
  (want.column === undefined || issue.column === want.column);

const show = (i: ExpectedIssue): string => [i.code, i.sheet, i.row, i.column].filter((x) => x !== undefined).join(' ');

/** Every issue of a run: the reader's, or the reader's and the engine's once scored. */
export function allIssues(report: RunReport): Issue[] {
  return report.score?.result.issues ?? report.inspect.issues;
}

export function expectationViolations(report: RunReport, expect: Expectation): string[] {
  const out: string[] = [];
  const issues = allIssues(report);
  if (report.inspect.canScore !== expect.canScore) out.push(`canScore ${report.inspect.canScore}, want ${expect.canScore}`);
  if (expect.teacherCount !== undefined && report.inspect.read.teacherCount !== expect.teacherCount) {
    out.push(`teacherCount ${report.inspect.read.teacherCount}, want ${expect.teacherCount}`);
  }
  for (const want of expect.issues) if (!issues.some((i) => matches(i, want))) out.push(`missing issue: ${show(want)}`);
  for (const bad of expect.forbiddenIssues ?? []) {
    for (const i of issues.filter((x) => matches(x, bad))) out.push(`unexpected issue: ${show(i as ExpectedIssue)} — ${i.message}`);
  }
  if (expect.teachers || expect.groups) {
    const result = report.score?.result;
    if (!result) return [...out, 'no result although figures are expected'];
    out.push(...figureViolations(result, expect));
  }
  for (const [output, notAt] of Object.entries(expect.outputNotAt ?? {})) {
    const at = report.written[output];
    if (at === undefined || at === notAt) out.push(`${output} written to ${String(at)}, must not be ${notAt}`);
  }
  return out;
}

export function figureViolations(result: Result, expect: Expectation): string[] {
  const out: string[] = [];
  for (const want of expect.teachers ?? []) {
    const found = result.teachers.filter((t) => t.name === want.name && (want.id === undefined || t.id === want.id));
    const label = `${want.name}${want.id ? `(${want.id})` : ''}`;
    const t = found[0];
    if (found.length !== 1 || !t) {
      out.push(`${label}: found ${found.length} teachers`);
      continue;
    }
    for (const k of ITEM_KEYS) {
      const v = want.items?.[k];
      if (v !== undefined && t.items[k] !== v) out.push(`${label}: ${k} ${t.items[k]}, want ${v}`);
    }
    if (want.total !== undefined && t.total !== want.total) out.push(`${label}: total ${t.total}, want ${want.total}`);
    if (want.tier !== undefined && t.tier !== want.tier) out.push(`${label}: tier ${t.tier}, want ${want.tier}`);
    if (want.groupRank !== undefined && t.groupRank !== want.groupRank) out.push(`${label}: rank ${t.groupRank}, want ${want.groupRank}`);
    if (want.disqualified !== undefined && t.disqualified !== want.disqualified) {
      out.push(`${label}: disqualified ${String(t.disqualified)}, want ${String(want.disqualified)}`);
    }
    if (want.group !== undefined && t.group !== want.group) out.push(`${label}: group ${t.group}, want ${want.group}`);
  }
  for (const want of expect.groups ?? []) {
    const g = result.groups.find((x) => x.name === want.name);
    if (!g) {
      out.push(`group ${want.name} missing (have ${result.groups.map((x) => x.name).join(', ')})`);
      continue;
    }
    if (want.size !== undefined && g.size !== want.size) out.push(`${want.name}: size ${g.size}, want ${want.size}`);
    for (const [tier, n] of Object.entries(want.counts ?? {})) {
      const have = g.counts[tier as keyof typeof g.counts];
      if (have !== n) out.push(`${want.name}: ${tier} ${have}, want ${n}`);
    }
  }
  return out;
}
