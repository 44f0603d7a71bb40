/**
 * The `yanxiu` command (SPEC §9): `score`, `template`, `demo`, `consolidate` (SPEC §10).
 * Shipped as `dist/cli/yanxiu.mjs` (package.json "bin", bundled by scripts/buildCli.mjs in `npm run
 * build`; run `npx yanxiu <command> …`); before a build, `npm run --silent cli -- <command> …` runs
 * this file through tsx. Exit codes: 0 scored, 1 usage error, 2 data that
 * cannot be scored. Every error is one line on stderr, in Chinese and English.
 */
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { VERSION } from '../app/version.js';
import { CliError, EXIT_OK, EXIT_USAGE } from './cliError.js';
import { processConsole, type Console } from './console.js';
import { unplacedFileSystemError } from './fileSystemError.js';
import { HELP } from './help.js';

// Each command is imported when it runs (issue 23 item 4): `--help` and `--version` load none of
// the readers, the engine or the writers. Bundled into one file (scripts/buildCli.mjs), a module
// imported this way is evaluated only when called, so start-up stays near a bare `node`.

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  json: { type: 'string' },
  rules: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function parse(argv: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`命令行参数有误：${(e as Error).message}（用 --help 查看用法）`, `${(e as Error).message} (see --help)`);
  }
}

/** Options that only `score` takes: anywhere else they are a usage error. */
function rejectScoreOptions(command: string, values: Values): void {
  for (const name of ['output', 'json', 'rules'] as const) {
    if (values[name] !== undefined) throw new CliError(`${command} 命令不接受 --${name} 选项`, `the ${command} command takes no --${name} option`);
  }
}

function expectPositionals(command: string, rest: string[], min: number, max: number, what: string, whatEn: string): void {
  if (rest.length < min) throw new CliError(`${command} 命令缺少${what}（用 --help 查看用法）`, `${command}: missing ${whatEn} (see --help)`);
  if (rest.length > max) throw new CliError(`${command} 命令多出参数：${rest.slice(max).join(' ')}`, `${command}: unexpected argument: ${rest.slice(max).join(' ')}`);
}

/** Runs one command line; returns the exit code. */
export async function main(argv: string[], io: Console): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.help === true) {
      io.out(HELP);
      return EXIT_OK;
    }
    if (values.version === true) {
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    }
    switch (command) {
      case 'score': {
        expectPositionals('score', rest, 1, 1, '输入文件', 'input file');
        const args = { input: rest[0] ?? '' };
        const { scoreCommand } = await import('./scoreCommand.js');
        return await scoreCommand(
          {
            ...args,
            ...(values.output === undefined ? {} : { output: values.output }),
            ...(values.json === undefined ? {} : { json: values.json }),
            ...(values.rules === undefined ? {} : { rules: values.rules }),
          },
          io,
        );
      }
      case 'template': {
        rejectScoreOptions('template', values);
        expectPositionals('template', rest, 1, 1, '输出文件', 'output file');
        const { templateCommand } = await import('./templateCommand.js');
        return await templateCommand(rest[0] ?? '', io);
      }
      case 'demo': {
        rejectScoreOptions('demo', values);
        expectPositionals('demo', rest, 0, 1, '目录', 'directory');
        const { DEMO_DIR, demoCommand } = await import('./demoCommand.js');
        return await demoCommand(rest[0] ?? DEMO_DIR, io);
      }
      case 'consolidate': {
        for (const name of ['output', 'rules'] as const) {
          if (values[name] !== undefined) throw new CliError(`consolidate 命令不接受 --${name} 选项（各校按自己的考核规则计算）`, `the consolidate command takes no --${name} option`);
        }
        expectPositionals('consolidate', rest, 2, Number.POSITIVE_INFINITY, '输出文件和学校工作簿', 'output file and school workbooks');
        const [output = '', ...inputs] = rest;
        // Each school in a worker thread: one that crashes or runs out of memory is listed, the others go on.
        const [{ consolidateCommand }, { SchoolWorkers }] = await Promise.all([import('./consolidateCommand.js'), import('./schoolWorker.js')]);
        const workers = new SchoolWorkers();
        try {
          return await consolidateCommand({ output, inputs, ...(values.json === undefined ? {} : { json: values.json }) }, io, process.stderr, workers);
        } finally {
          await workers.close();
        }
      }
      case 'record-credits': {
        for (const name of ['json', 'rules'] as const) {
          if (values[name] !== undefined) throw new CliError(`record-credits 命令不接受 --${name} 选项`, `the record-credits command takes no --${name} option`);
        }
        expectPositionals('record-credits', rest, 1, 1, '输入文件', 'input file');
        const { recordCreditsCommand } = await import('./recordCreditsCommand.js');
        return await recordCreditsCommand({ input: rest[0] ?? '', ...(values.output === undefined ? {} : { output: values.output }) }, io);
      }
      case undefined:
        io.err('错误：缺少命令 / Error: missing command');
        io.out(HELP);
        return EXIT_USAGE;
      default:
        throw new CliError(`未知命令 ${command}（用 --help 查看用法）`, `unknown command: ${command} (see --help)`);
    }
  } catch (e) {
    // SPEC §11: what the file system refuses (no permission, disk full, …) is the same one line, exit 2.
    const error = e instanceof CliError ? e : unplacedFileSystemError(e);
    if (error !== null) {
      io.err(error.line());
      return error.exitCode;
    }
    // Our mistake, not the user's: say so plainly, keep the detail for a bug report.
    io.err(`错误：程序内部错误，请把本行报告给维护者 / Error: internal error: ${(e as Error).stack ?? String(e)}`);
    return EXIT_USAGE;
  }
}

// The bundled command is also the entry of its school workers (schoolWorker.ts): only the main thread
// runs a command; a worker thread loads schoolWorker.ts, which serves when it is one of its workers.
if (isMainThread) process.exitCode = await main(process.argv.slice(2), processConsole);
else await import('./schoolWorker.js');
