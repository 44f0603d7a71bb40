// Build of the task pane (dist/), shaped like the official Office add-in React template
// (OfficeDev/Office-Addin-TaskPane-React): taskpane + commands entries, HTML pages, assets and
// manifest copied. `npm run build` needs no certificates; `npm run dev-server` serves https on
// localhost:<config.dev_server_port> with the Office dev certificates (office-addin-dev-certs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { manifestForBase } from './build/manifestForBase.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
// package.json `config.dev_server_port`: office-addin-debugging (`npm start`) waits on the same port.
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const devServerPort = Number(process.env.npm_package_config_dev_server_port ?? packageJson.config.dev_server_port);

/** The https options for webpack-dev-server, from the Office dev certificates (installed on first use). */
async function httpsOptions() {
  const devCerts = await import('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

export default async (env = {}, argv = {}) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: argv.mode ?? 'production',
    // No eval-based source maps: the page's Content-Security-Policy forbids eval (see taskpane.html).
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
    },
    output: {
      path: path.join(root, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Sources import './x.js' (moduleResolution Bundler); the file on disk is x.ts / x.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      alias: {
        // Self-contained browser builds: no Node polyfills (stream, buffer) needed, no eval.
        jszip$: path.join(root, 'node_modules/jszip/dist/jszip.min.js'),
      },
    },
    // Syntax every webview Excel uses today can parse (docs/addin.md): webpack's own runtime code
    // follows `target`, every module (dependencies too) goes through esbuild's lowering.
    target: ['web', 'es2020'],
    module: {
      rules: [
        { test: /\.(tsx?|m?js|cjs)$/, use: { loader: path.join(root, 'build/lowerSyntax.cjs') } },
        // Fluent UI's packages are ESM with extension-less imports in places.
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The add-in's pane (Office.js from Microsoft's CDN, as add-ins must) and the same app as a
      // web page without Office.js (index.html): a school network where the CDN hangs would leave a
      // page that waits on office.js blank, and the web page never needs it.
      ...[
        { filename: 'taskpane.html', officeJs: true },
        { filename: 'index.html', officeJs: false },
      ].map(
        (page) =>
          new HtmlWebpackPlugin({
            ...page,
            template: './src/taskpane/taskpane.html',
            chunks: ['taskpane'],
            scriptLoading: 'defer',
          }),
      ),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // YANXIU_BASE_URL=https://…/ points every URL of dist/manifest.xml at the deployment (docs/addin.md).
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              process.env.YANXIU_BASE_URL ? manifestForBase(content.toString('utf8'), process.env.YANXIU_BASE_URL) : content,
          },
          // Copied untouched (ES5, no loader): it must parse where the bundle cannot.
          { from: 'src/taskpane/browserCheck.js', to: 'browser-check.js' },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: devServerPort,
          host: 'localhost',
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          static: false,
        }
      : undefined,
  };
};
