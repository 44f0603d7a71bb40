/**
 * A failure the `yanxiu` command reports as one line on stderr, in Chinese and English, with its
 * exit code (SPEC §9: 1 usage errors, 2 data that cannot be scored).
 */
import { oneLine } from './terminalText.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_DATA = 2;

export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(en);
    this.name = 'CliError';
  }

  /**
   * `错误：找不到输入文件 x.xlsx / Error: input file not found: x.xlsx` — one line whatever a file name
   * holds: control characters are shown escaped (a newline in a name cannot forge a second 错误 line).
   */
  line(): string {
    return oneLine(`错误：${this.zh} / Error: ${this.en}`);
  }
}
