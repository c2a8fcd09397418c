// Bundles the extension (node and browser builds), the language server (node process and Web Worker), the CLI, the
// benchmark, the evaluation, the integration tests and the browser suite with esbuild.
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const testsIn = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
};

// The browser suite as one bundle with mocha in it (a web worker extension host cannot require node_modules):
// mocha's setup first, then every test file, then the runner's run().
const browserTests = readdirSync('test/browser').filter((f) => f.endsWith('.test.ts')).sort();
// mocha.js is a UMD file in an ESM package: bundled as is, it would see this bundle's `module` and replace its
// exports (run()) with mocha's own. Hidden from it, it takes its browser path and sets globalThis.mocha.
const mochaAsGlobal = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};
const browserSuite = [`import './setup';`, ...browserTests.map((f) => `import './${f.slice(0, -3)}';`), `export { run } from './index';`].join('\n');

// The import command's converters (PDF.js, Readability, linkedom, mammoth: 4 MB) are a bundle of their own,
// dist/importer.js, which the CLI loads only for `import` (and the node language server only for an import): inside dist/cli.js, compiling them would slow every
// other command's start (the git merge driver runs once per conflicted file) by about 0.2 s.
const importCommandApart = {
  name: 'import-command-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/import$/ }, () => ({ path: './importer.js', external: true }));
  },
};

const serverMainApart = {
  name: 'server-main-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/server-main\.js$/ }, () => ({ path: './server-main.js', external: true }));
  },
};

const buildId = { SA_BUILD_ID: JSON.stringify(`${version}+${Date.now().toString(36)}`) };
// csv-stringify's default build uses node's Buffer at load time; its browser build carries its own.
const browser = { ...common, platform: 'browser', target: 'es2022', alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' } };

// Webview pages (src/webview/<name>.ts → dist/webview/<name>.js): plain browser scripts, loaded by nonce.
const webviewPages = readdirSync('src/webview').filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join('src/webview', f));

await Promise.all([
  esbuild.build({ ...browser, entryPoints: webviewPages, outdir: 'dist/webview', format: 'iife' }),
  esbuild.build({ ...common, entryPoints: ['src/extension/node-main.ts'], outfile: 'dist/extension.js' }),
  // The browser build (package.json `browser`): the extension for the web worker extension host, and the language
  // server for the Web Worker it starts. No node module may reach these bundles (esbuild fails on one).
  esbuild.build({ ...browser, entryPoints: ['src/extension/browser-main.ts'], outfile: 'dist/browser/extension.js', format: 'cjs' }),
  esbuild.build({ ...browser, entryPoints: ['src/server/browser-main.ts'], outfile: 'dist/browser/server.js', format: 'iife', define: buildId }),
  esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [importCommandApart] }),
  esbuild.build({ ...common, entryPoints: ['src/cli/commands/import.ts'], outfile: 'dist/importer.js' }),
  // The build id keys the server's persisted index: a cache made by other detection code is never reused.
  esbuild.build({ ...browser, stdin: { contents: browserSuite, resolveDir: 'test/browser', sourcefile: 'suite.ts', loader: 'ts' }, outfile: 'dist/browser/test/index.js', format: 'cjs', plugins: [mochaAsGlobal] }),
  // dist/server.js only turns on Node's compile cache and loads dist/server-main.js (src/server/node-entry.ts).
  esbuild.build({ ...common, entryPoints: ['src/server/main.ts'], outfile: 'dist/server-main.js', define: buildId }),
  esbuild.build({ ...common, entryPoints: ['src/server/node-entry.ts'], outfile: 'dist/server.js', sourcemap: false, plugins: [serverMainApart] }),
  esbuild.build({ ...common, entryPoints: ['src/server/index-worker.ts'], outfile: 'dist/index-worker.js' }),
  esbuild.build({ ...common, entryPoints: ['src/bench/main.ts'], outfile: 'dist/bench.js' }),
  esbuild.build({ ...common, entryPoints: ['src/eval/main.ts'], outfile: 'dist/eval.js' }),
  // Integration tests run inside the VS Code extension host; mocha stays external so it resolves from node_modules.
  esbuild.build({
    ...common,
    entryPoints: testsIn('test/integration'),
    outdir: 'dist/test/integration',
    outbase: 'test/integration',
    bundle: true,
    external: ['vscode', 'mocha'],
  }),
  // The scale bench's in-host part (npm run bench), with the same runner.
  esbuild.build({
    ...common,
    entryPoints: testsIn('test/host-bench'),
    outdir: 'dist/test/host-bench',
    outbase: 'test/host-bench',
    bundle: true,
    external: ['vscode', 'mocha'],
  }),
]);
