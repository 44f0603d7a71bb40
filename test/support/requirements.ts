/**
 * What a test needs from the machine beyond `npm ci`: LibreOffice, poppler, CJK fonts, the Office
 * manifest schemas of ../shared. CI installs them all (see .ci/run); a bare clone has none of them,
 * and the tests that need them skip there with the reason printed instead of failing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Whether a command is on PATH. */
export function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether fontconfig knows a font that covers Chinese: without one, LibreOffice draws Chinese as empty boxes. */
export function hasCjkFonts(): boolean {
  if (!onPath('fc-list')) return false;
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** The Office add-in manifest schemas (XSD) that CI keeps next to the project. */
export const MANIFEST_SCHEMAS = path.resolve(import.meta.dirname, '../../../shared/schemas/office-manifest');

export type Requirement = 'soffice' | 'pdftoppm' | 'pdftotext' | 'cjk-fonts' | 'manifest-schemas';

const CHECKS: Record<Requirement, { present: () => boolean; missing: string }> = {
  soffice: { present: () => onPath('soffice'), missing: 'LibreOffice (soffice) is not on PATH; apt-get install libreoffice-calc-nogui' },
  pdftoppm: { present: () => onPath('pdftoppm'), missing: 'pdftoppm is not on PATH; apt-get install poppler-utils' },
  pdftotext: { present: () => onPath('pdftotext'), missing: 'pdftotext is not on PATH; apt-get install poppler-utils' },
  'cjk-fonts': { present: hasCjkFonts, missing: 'no CJK font is known to fontconfig (fc-list :lang=zh is empty); apt-get install fonts-noto-cjk' },
  // The file the manifest test validates against, not only the folder: a partial copy skips too.
  'manifest-schemas': {
    present: () => existsSync(path.join(MANIFEST_SCHEMAS, 'OfficeAppManifestV1_1.xsd')),
    missing: `the manifest schemas are absent (${MANIFEST_SCHEMAS}/OfficeAppManifestV1_1.xsd; CI has ../shared beside the project)`,
  },
};

/**
 * Why a test cannot run here, or undefined when everything it needs is present. The reason is
 * printed once (vitest shows it under the test file), so a skipped check is never silent.
 *
 * @example it.skipIf(missing('soffice', 'cjk-fonts'))('prints the charts', …)
 */
export function missing(...needs: Requirement[]): string | undefined {
  const reasons = needs.filter((need) => !CHECKS[need].present()).map((need) => CHECKS[need].missing);
  if (reasons.length === 0) return undefined;
  const reason = reasons.join('; ');
  console.warn(`skipped: ${reason}`);
  return reason;
}
