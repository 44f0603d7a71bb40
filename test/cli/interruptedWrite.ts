/**
 * Run by fileSafety.test.ts in a child process: creates the temporary file of an output, prints its
 * path, then is interrupted by the signal named in argv[3] while the file is still pending.
 */
import { createTemporary } from '../../src/cli/files.js';

const [, , target = '', signal = 'SIGINT'] = process.argv;
const temporary = await createTemporary(target);
console.log(temporary.path);
process.kill(process.pid, signal as NodeJS.Signals);
await new Promise((resolve) => setTimeout(resolve, 5000));
