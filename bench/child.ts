/**
 * Runs each measured stage in its own child process, so one stage's heap never inflates the next
 * one's peak memory and the measured process does only that stage.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Max RSS of the process tree, MB, from GNU time (null when it is not installed). */
  maxRssMb: number | null;
}

/** Spawn `tsx <args>` in the project root, with GNU time around it when available. */
export async function runTsx(args: string[], timeoutMs = 30 * 60_000): Promise<ChildRun> {
  return runCommand(TSX, args, timeoutMs);
}

/** `node <args>` (plain Node, no TypeScript loader): the bundled command and the physical floor. */
export async function runNode(args: string[], timeoutMs = 30 * 60_000): Promise<ChildRun> {
  return runCommand(process.execPath, args, timeoutMs);
}

/** `node <nodeFlags> --import tsx <args>`: for flags NODE_OPTIONS refuses, such as --cpu-prof. */
export async function runNodeTsx(nodeFlags: string[], args: string[], timeoutMs = 30 * 60_000): Promise<ChildRun> {
  return runCommand(process.execPath, [...nodeFlags, '--import', 'tsx', ...args], timeoutMs);
}

async function runCommand(program: string, args: string[], timeoutMs: number): Promise<ChildRun> {
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : program;
  const argv = withTime ? ['-f', '__MAXRSS_KB__=%M', program, ...args] : args;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const match = /__MAXRSS_KB__=(\d+)/.exec(stderr);
      stderr = stderr.replace(/__MAXRSS_KB__=\d+\n?/, '');
      resolve({ code, stdout, stderr, wallMs, maxRssMb: match ? Number(match[1]) / 1024 : null });
    });
  });
}

/** Run one stage of bench/stage.ts and parse the JSON line it prints last. */
export async function runStage<T>(stage: string, args: string[]): Promise<T & { peakMb: number | null }> {
  const run = await runTsx([join(ROOT, 'bench', 'stage.ts'), stage, ...args]);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.code !== 0 || !last.startsWith('{')) {
    throw new Error(`stage ${stage} failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(last) as T & { peakMb: number | null };
}
