// Webpack loader: esbuild's transform lowers every module (ours and node_modules, e.g. tabster's
// class `static {}` blocks via Fluent UI) to the syntax the oldest webview Excel still uses with
// this add-in understands (docs/addin.md: Safari 14.1 on macOS 11.3, Chromium 80 in early WebView2; esbuild cannot lower
// destructuring for Safari 14.0, which macOS 11.3 replaced).
// esbuild cannot lower regular-expression lookbehind; test/e2e/bundle.test.ts rejects it instead.
/* global require, module */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads loaders as CommonJS
const esbuild = require('esbuild');

/** The browsers the built pane must parse in; also webpack's `target` for its own runtime code. */
const TARGETS = ['es2020', 'chrome80', 'safari14.1'];

module.exports = function lowerSyntax(source, map) {
  const callback = this.async();
  const file = this.resourcePath;
  const loader = file.endsWith('.tsx') ? 'tsx' : file.endsWith('.ts') ? 'ts' : 'js';
  esbuild
    .transform(source, {
      loader,
      target: TARGETS,
      jsx: 'automatic',
      sourcemap: 'external',
      sourcefile: file,
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: false } },
    })
    .then(
      (result) => callback(null, result.code, result.map || map),
      (error) => callback(error),
    );
};
module.exports.TARGETS = TARGETS;
