/** Whether a command is on PATH: tests that need LibreOffice or poppler skip where they are missing. */
import { execFileSync } from 'node:child_process';

export function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
