// Build of the task pane (inside Excel), the browser preview and the packaged manifest. See docs/hosting.md.
//   npm run build                 production, minified, dist/manifest.xml pointed at the production URL
//   npm run build:dev             development build, manifest keeps https://localhost:3000
//   npm run dev-server            https://localhost:3000 with Office's trusted development certificate
// Production URL: `webpack --mode production --env prodUrl=https://host/path/` or ITA_PROD_URL=…;
// without either, the placeholder https://ita-workbench.example.org/ (scripts/manifest-url.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { DEV_URL, manifestForUrl, resolveProdUrl } from './scripts/manifest-url.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Office's CDN copy of office.js: add-ins must load it from there, never bundle it. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * @param {Record<string, unknown>} env  webpack --env values: prodUrl, outDir and noSourceMaps (tests), WEBPACK_SERVE (set by `webpack serve`)
 * @param {{ mode?: 'production' | 'development' }} argv
 * @returns {Promise<import('webpack').Configuration>}
 */
export default async function config(env = {}, argv = {}) {
  const mode = argv.mode ?? (env.production ? 'production' : 'development');
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  // Resolve (and so validate) the URL before building: a bad URL fails the build, not the deployment.
  const baseUrl = production ? resolveProdUrl(typeof env.prodUrl === 'string' ? env.prodUrl : undefined) : DEV_URL;
  const outDir = typeof env.outDir === 'string' ? path.resolve(env.outDir) : path.join(root, 'dist');

  return {
    mode,
    context: root,
    target: 'web',
    // Source maps beside the production files (for support); `--env noSourceMaps` (the build test) skips them for speed.
    devtool: env.noSourceMaps ? false : production ? 'source-map' : 'eval-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: outDir,
      // Content hashes: the Office web view caches hard and would otherwise serve stale code after an update.
      filename: production ? '[name].[contenthash:16].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:16].js' : '[name].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      // Nothing in the browser bundles may reach a Node built-in: fail loudly as an empty module rather than polyfill.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type-checking is `npm run typecheck`; the build only strips types (tsconfig says noEmit for tsc).
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
        { test: /\.(png|svg|jpe?g|gif|woff2?)$/i, type: 'asset/resource' },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // The xlsx adapter and fflate only ever in the preview's lazily loaded chunk; the pane inside Excel never loads them.
          // Not named: the preview's Web Worker (preview/worker.ts) is an entry of its own and takes these modules too.
          xlsx: {
            test: /[\\/](node_modules[\\/]fflate|src[\\/]adapters[\\/]xlsx)[\\/]/,
            chunks: 'async',
            enforce: true,
            priority: 20,
          },
        },
      },
    },
    performance: production
      ? { hints: 'warning', maxEntrypointSize: 1_500_000, maxAssetSize: 1_200_000 }
      : { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // Injected at the end of <body>, after the template's loading state and office.js tag, deferred.
        inject: 'body',
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({ filename: 'support.html', template: './src/support/support.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/*.svg', to: 'assets/[name][ext]', noErrorOnMissing: true },
          // The sample workbook: the pane's first run inserts its sheets (or offers it for download), the preview opens it.
          { from: 'samples/ita-2567-sample.xlsx', to: 'assets/ita-2567-sample.xlsx' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? manifestForUrl(content.toString('utf8'), baseUrl) : content),
          },
        ],
      }),
    ],
    devServer: serving ? await devServer() : undefined,
  };
}

/** https on port 3000 with the Office development certificate; only called by `webpack serve` (it may prompt to install a CA). */
async function devServer() {
  const { getHttpsServerOptions } = await import('office-addin-dev-certs');
  return {
    port: 3000,
    hot: true,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await getHttpsServerOptions() },
    static: { directory: path.join(root, 'assets'), publicPath: '/assets' },
    devMiddleware: { writeToDisk: false },
  };
}
