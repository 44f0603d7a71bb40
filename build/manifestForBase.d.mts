/** Types of build/manifestForBase.mjs (plain ESM JavaScript, imported by webpack.config.js). */
export function deploymentBase(raw: string): string;
export function manifestForBase(xml: string, rawBase: string): string;
