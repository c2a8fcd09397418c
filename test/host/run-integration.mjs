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
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { REPO, makeRunDir, runSuiteInHost, startCodeServer } from './code-server.mjs';

const started = Date.now();
const extPath = resolve(process.env.SA_EXTENSION_PATH ?? REPO);
const testsPath = resolve(process.env.SA_TESTS_PATH ?? join(extPath, 'dist/test/integration/index.js'));
const wsSrc = resolve(process.env.SA_WORKSPACE_SRC ?? join(REPO, 'seeds'));
const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 300_000);
const resultsFile = resolve(process.env.SA_RESULTS_FILE ?? join(REPO, 'test-results/integration.json'));

mkdirSync(dirname(resultsFile), { recursive: true });
rmSync(resultsFile, { force: true });

function writeResult(r) {
  const out = { passed: 0, failed: 0, pending: 0, ...r, durationMs: Date.now() - started };
  writeFileSync(resultsFile, JSON.stringify(out, null, 2) + '\n');
  return out;
}

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
    const { reported, code } = await runSuiteInHost({
      server, runDir, folder: workspace, extPath, testsPath, timeoutMs, prefix: '[host]',
      onPage: (page) => page.on('pageerror', (e) => console.error(`[integration] page error: ${e.message}`)),
    });
    if (reported) {
      result = { ...reported, exitCode: code };
      if (code !== 0 && result.failed === 0) result.failed = 1; // the host failed after mocha (e.g. run() rejected)
    } else {
      result = { passed: 0, failed: 1, exitCode: code, error: 'the test runner exited without reporting counts (did run() crash before mocha ran?)' };
    }
  } finally {
    await server.stop();
    if (!process.env.KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    else console.log(`[integration] kept ${runDir}`);
  }
  return result;
}

let result;
try {
  result = await main();
} catch (e) {
  console.error(`[integration] FAILED: ${e.message}`);
  result = { passed: 0, failed: 1, exitCode: 1, error: e.message };
}
const out = writeResult(result);
for (const f of out.failures ?? []) console.log(`[integration] ✘ ${f}`);
console.log(`[integration] ${out.passed} passed, ${out.failed} failed, ${out.pending ?? 0} pending in ${(out.durationMs / 1000).toFixed(1)} s`);
process.exit(out.failed > 0 || out.exitCode !== 0 ? 1 : 0);
