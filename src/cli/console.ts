/**
 * Where the commands print: stdout and stderr, injectable so tests can capture them.
 */
export interface Console {
  out(text: string): void;
  err(line: string): void;
}

export const processConsole: Console = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
};
