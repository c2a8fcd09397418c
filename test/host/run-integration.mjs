// Runs the mocha integration suite (dist/test/integration/index.js) inside a REAL VS Code 1.139 extension host:
// code-server from npm + headless Debian Chromium via playwright-core. Does not build: run `npm run build` first.
//
//   node test/host/run-integration.mjs
//
// Env: SA_EXTENSION_PATH (default: repo root), SA_TESTS_PATH (default: <ext>/dist/test/integration/index.js),
//      SA_WORKSPACE_SRC (default: <repo>/seeds, copied into the run folder), SA_TEST_GREP (mocha grep),
//      INTEGRATION_TIMEOUT_MS (default 300000), KEEP_RUN_DIR=1 (keep the temp run folder), CHROMIUM_PATH,
//      SA_RESULTS_FILE (default: test-results/integration.json). The scale bench runs through here too.
// Writes test-results/integration.json: {passed, failed, pending, exitCode, durationMs, failures, error?}.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO, makeRunDir, reportRun, runSuiteInHost, startCodeServer } from './code-server.mjs';

const started = Date.now();
const extPath = resolve(process.env.SA_EXTENSION_PATH ?? REPO);
const testsPath = resolve(process.env.SA_TESTS_PATH ?? join(extPath, 'dist/test/integration/index.js'));
const wsSrc = resolve(process.env.SA_WORKSPACE_SRC ?? join(REPO, 'seeds'));
const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 300_000);
const resultsFile = resolve(process.env.SA_RESULTS_FILE ?? join(REPO, 'test-results/integration.json'));

function preflight() {
  const missing = [];
  if (!existsSync(join(extPath, 'package.json'))) missing.push(`${extPath}/package.json`);
  const main = join(extPath, 'dist/extension.js');
  if (!existsSync(main)) missing.push(`${main} (run npm run build)`);
  if (!existsSync(testsPath)) missing.push(`${testsPath} (run npm run build)`);
  if (!existsSync(wsSrc)) missing.push(wsSrc);
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
}

async function main() {
  preflight();
  const runDir = makeRunDir('sa-integration-');
  const workspace = join(runDir, 'seeds');
  cpSync(wsSrc, workspace, { recursive: true });
  console.log(`[integration] run folder ${runDir}`);

  const server = await startCodeServer({ runDir, echo: process.env.HOST_LOG ? (l) => console.log(`[code-server] ${l}`) : undefined });
  let result;
  try {
    console.log(`[integration] code-server ready at ${server.origin} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    ({ result } = await runSuiteInHost({
      server, runDir, folder: workspace, extPath, testsPath, timeoutMs, prefix: '[host]',
      onPage: (page) => page.on('pageerror', (e) => console.error(`[integration] page error: ${e.message}`)),
    }));
  } finally {
    await server.stop();
    if (!process.env.KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    else console.log(`[integration] kept ${runDir}`);
  }
  return result;
}

await reportRun('integration', resultsFile, main);
