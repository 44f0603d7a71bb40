// Build of the task pane (dist/), shaped like the official Office add-in React template
// (OfficeDev/Office-Addin-TaskPane-React): taskpane + commands entries, HTML pages, assets and
// manifest copied. `npm run build` needs no certificates; `npm run dev-server` serves https on
// localhost:3000 with the Office dev certificates (office-addin-dev-certs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));

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
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          host: 'localhost',
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          static: false,
        }
      : undefined,
  };
};
