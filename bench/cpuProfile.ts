/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and
 * the files with the most self time. Also runnable alone: `tsx bench/cpuProfile.ts file.cpuprofile [top]`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

/** Self time by function and by file, largest first. */
export function summariseProfile(path: string, root: string): { totalMs: number; functions: SelfTime[]; files: SelfTime[] } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = profile.endTime - profile.startTime;

  const functions = new Map<string, SelfTime>();
  const files = new Map<string, SelfTime>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = shortUrl(frame.url, root);
    const name = frame.functionName || (file ? '(anonymous)' : frame.url || '(native)');
    const fnKey = `${name}@${file}:${frame.lineNumber + 1}`;
    add(functions, fnKey, name, file ? `${file}:${frame.lineNumber + 1}` : '', us, totalUs);
    add(files, file || name, file || name, '', us, totalUs);
  }
  const sorted = (m: Map<string, SelfTime>): SelfTime[] => [...m.values()].sort((a, b) => b.ms - a.ms);
  return { totalMs: totalUs / 1000, functions: sorted(functions), files: sorted(files) };
}

/** A markdown table of the top entries. */
export function formatSelfTimes(entries: SelfTime[], top: number): string {
  const lines = ['| self ms | share | function | where |', '|---:|---:|---|---|'];
  for (const e of entries.slice(0, top)) lines.push(`| ${e.ms.toFixed(0)} | ${(e.share * 100).toFixed(1)}% | ${e.name} | ${e.where} |`);
  return lines.join('\n');
}

function add(map: Map<string, SelfTime>, key: string, name: string, where: string, us: number, totalUs: number): void {
  const entry = map.get(key) ?? { name, where, ms: 0, share: 0 };
  entry.ms += us / 1000;
  entry.share = (entry.ms * 1000) / totalUs;
  map.set(key, entry);
}

function shortUrl(url: string, root: string): string {
  if (!url) return '';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (path.startsWith('node:')) return path;
  const rel = relative(root, path);
  return rel.startsWith('node_modules/') ? rel.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*$/, 'npm:$1') : rel;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [path, top] = process.argv.slice(2);
  if (!path) throw new Error('usage: tsx bench/cpuProfile.ts file.cpuprofile [top]');
  const summary = summariseProfile(path, process.cwd());
  console.log(`total ${summary.totalMs.toFixed(0)} ms\n\nby function\n${formatSelfTimes(summary.functions, Number(top ?? 25))}`);
  console.log(`\nby file\n${formatSelfTimes(summary.files, 15)}`);
}
