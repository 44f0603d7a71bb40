// Builds the `yanxiu` command (package.json "bin") into one ES module that plain `node` runs:
// dist/cli/yanxiu.mjs, every import bundled (JSZip included), no tsx and no node_modules needed at
// run time. `npm run build` calls this after webpack (webpack empties dist/ first). An optional
// argument writes the bundle elsewhere (the CLI tests build their own copy: node scripts/buildCli.mjs <file>).
import { chmodSync } from 'node:fs';
import process from 'node:process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.resolve(process.argv[2] ?? path.join(root, 'dist/cli/yanxiu.mjs'));

await build({
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
  // JSZip is CommonJS and require()s Node built-ins; an ES module has no `require` of its own.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as yanxiuCreateRequire } from 'node:module'; const require = yanxiuCreateRequire(import.meta.url);",
  },
});
chmodSync(outfile, 0o755);
process.stdout.write(`built ${path.relative(process.cwd(), outfile)}\n`);
