/**
 * Names reach the terminal escaped (issue 19 item 14, SPEC §11): a file or school name cannot clear
 * the screen or forge an extra “错误：…” line.
 */
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { oneLine, safeLines } from '../../src/cli/terminalText.js';

describe('oneLine', () => {
  it.each([
    ['plain 一中.xlsx', 'plain 一中.xlsx'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['tab\there', 'tab\\there'],
    ['\u001b[2J\u001b[H清屏', '\\e[2J\\e[H清屏'],
    ['bell\u0007', 'bell\\x07'],
    ['del\u007f', 'del\\x7f'],
    ['c1\u009b31m', 'c1\\x9b31m'],
    ['line\u2028sep', 'line\\u{2028}sep'],
    ['rtl\u202Excod.exe', 'rtl\\u{202e}xcod.exe'],
    ['C:\\学校\\一中.xlsx', 'C:\\学校\\一中.xlsx'],
  ])('%j → %j', (raw, shown) => {
    expect(oneLine(raw)).toBe(shown);
  });

  it('keeps our own line breaks between lines and escapes inside each', () => {
    expect(safeLines('已汇总\n文件：a\u001bb')).toBe('已汇总\n文件：a\\eb');
  });

  it('a CliError naming a file with a newline is still one line', () => {
    const line = new CliError('找不到输入文件 x\n错误：伪造.xlsx', 'input file not found: x\nError: forged.xlsx').line();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('错误：找不到输入文件 x\\n错误：伪造.xlsx / Error: input file not found: x\\nError: forged.xlsx');
  });
});
