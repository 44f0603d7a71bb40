/**
 * `yanxiu record-credits <in.xlsx> [-o out.xlsx]` (SPEC §7, §9): appends this term's credits to 学分登记
 * and nothing else. Without -o the input file itself is updated (written to a temporary file beside it,
 * then renamed into place), as a clerk keeps one ledger workbook term after term.
 */
import { recordCredits } from '../app/recordCredits.js';
import { CliError, EXIT_DATA, EXIT_OK } from './cliError.js';
import type { Console } from './console.js';
import { checkOutputs, writeOutputFile } from './files.js';
import { fileErrorLine, openWorkbook } from './openWorkbook.js';
import { issueLine } from './scoreCommand.js';

export async function recordCreditsCommand(args: { input: string; output?: string }, io: Console): Promise<number> {
  if (args.output !== undefined) await checkOutputs(args.input, [{ path: args.output, option: '-o' }]);
  const host = await openWorkbook(args.input);
  let workbook: Uint8Array[];
  let done: string;
  try {
    const recorded = await recordCredits(host);
    if (!recorded.ok) {
      for (const issue of recorded.errors) io.err(issueLine(issue));
      io.err(new CliError(`${recorded.reason}未写入任何内容`, 'nothing was recorded: the term or the data cannot be scored', EXIT_DATA).line());
      return EXIT_DATA;
    }
    const { plan } = recorded;
    done = `已在“${plan.sheet}”${plan.create ? '（新建）' : ''}登记 ${plan.term} 的学分 ${plan.added} 行` +
      `${plan.replaced > 0 ? `，替换此前登记的同学期 ${plan.replaced} 行` : ''}`;
    workbook = await host.saveChunks();
  } catch (error) {
    throw fileErrorLine(args.input, error);
  }
  const output = args.output ?? args.input;
  await writeOutputFile(output, workbook);
  io.out(`${done}：${output}\n`);
  return EXIT_OK;
}
