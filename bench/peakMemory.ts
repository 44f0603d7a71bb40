/**
 * Peak resident memory of this process, from /proc/self/status VmHWM (the kernel's own high-water
 * mark: exact, and free to read once at the end, unlike sampling `process.memoryUsage()`).
 */
import { readFileSync } from 'node:fs';

/** Peak RSS in MB, or null where /proc is not available. */
export function peakRssMb(): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
