/**
 * Where the commands print: stdout and stderr, injectable so tests can capture them.
 */
import { oneLine } from './terminalText.js';

export interface Console {
  out(text: string): void;
  err(line: string): void;
}

/** The terminal: an error line is one line, whatever it quotes (SPEC §11; each caller escapes names too). */
export const processConsole: Console = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${oneLine(line)}\n`),
};
