// Bundles the extension, the CLI, the benchmark, the evaluation and the integration tests with esbuild.
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
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

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js' }),
  esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The build id keys the server's persisted index: a cache made by other detection code is never reused.
  esbuild.build({ ...common, entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js', define: { SA_BUILD_ID: JSON.stringify(`${version}+${Date.now().toString(36)}`) } }),
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
