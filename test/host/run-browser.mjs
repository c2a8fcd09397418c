// Runs the browser suite (dist/browser/test/index.js) inside VS Code's WEB WORKER extension host: code-server from
// npm + headless Debian Chromium via playwright-core, with the extension forced to run as a web extension (its
// `browser` entry, dist/browser/extension.js, whose language server runs in a Web Worker). Does not build: run
// `npm run build` first.
//
//   node test/host/run-browser.mjs
//
// The extension is loaded from a variant folder in the run folder: the repository's dist/, media/ and l10n/ with a
// package.json that says "extensionKind": ["web"] and has no node `main`, so the workbench cannot pick the node
// extension host. The repository's own package.json (and the node-host suites) stay as they are.
// Env: SA_WORKSPACE_SRC (default: <repo>/seeds, copied into the run folder), BROWSER_TIMEOUT_MS (default 180000),
//      KEEP_RUN_DIR=1 (keep the temp run folder), HOST_LOG=1 (workbench noise too), CHROMIUM_PATH.
// Writes test-results/browser.json: {passed, failed, pending, exitCode, durationMs, failures, error?}.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO, makeRunDir, reportRun, runSuiteInHost, startCodeServer } from './code-server.mjs';

const WEB_WORKER_HOST = /web worker extension host is started/i;
const started = Date.now();
const wsSrc = resolve(process.env.SA_WORKSPACE_SRC ?? join(REPO, 'seeds'));
const timeoutMs = Number(process.env.BROWSER_TIMEOUT_MS ?? 180_000);
const resultsFile = join(REPO, 'test-results/browser.json');

function preflight() {
  const missing = ['dist/browser/extension.js', 'dist/browser/server.js', 'dist/browser/test/index.js']
    .filter((f) => !existsSync(join(REPO, f)))
    .map((f) => `${join(REPO, f)} (run npm run build)`);
  if (!existsSync(wsSrc)) missing.push(wsSrc);
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
}

/** The extension as a web extension only: same files (symlinked), a package.json without `main`. */
function webVariant(runDir) {
  const dir = join(runDir, 'web-extension');
  mkdirSync(dir);
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new Error('package.json has no "browser" entry');
  delete manifest.main;
  manifest.extensionKind = ['web'];
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const f of ['dist', 'media', 'l10n']) symlinkSync(join(REPO, f), join(dir, f));
  for (const f of ['package.nls.json', 'package.nls.de.json']) if (existsSync(join(REPO, f))) copyFileSync(join(REPO, f), join(dir, f));
  return dir;
}

async function main() {
  preflight();
  const runDir = makeRunDir('sa-browser-');
  const workspace = join(runDir, 'seeds');
  cpSync(wsSrc, workspace, { recursive: true });
  const extPath = webVariant(runDir);
  const testsPath = join(extPath, 'dist/browser/test/index.js');
  console.log(`[browser] run folder ${runDir}`);

  const server = await startCodeServer({ runDir, echo: process.env.HOST_LOG ? (l) => console.log(`[code-server] ${l}`) : undefined });
  let result;
  try {
    console.log(`[browser] code-server ready at ${server.origin} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    let webWorkerHost = false;
    const run = await runSuiteInHost({
      server, runDir, folder: workspace, extPath, testsPath, timeoutMs, prefix: '[web]',
      onPage: (page) => {
        // The workbench says in the page's console where it started the extension host; the suite checks it from inside too.
        page.on('console', (m) => { if (WEB_WORKER_HOST.test(m.text())) webWorkerHost = true; if (process.env.HOST_LOG && m.type() === 'error') console.error(`[browser] console: ${m.text()} ${JSON.stringify(m.location())}`); });
        page.on('pageerror', (e) => console.error(`[browser] page error: ${process.env.HOST_LOG ? e.stack : e.message}`));
      },
    });
    result = run.reported ? { ...run.result, webWorkerHost } : run.result;
    if (run.reported && !webWorkerHost) {
      // Passing tests prove nothing about the browser build if the workbench ran them in a node extension host.
      result.failed += 1;
      result.failures = [...(result.failures ?? []), 'the workbench never said it started the web worker extension host'];
    }
  } finally {
    await server.stop();
    if (!process.env.KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    else console.log(`[browser] kept ${runDir}`);
  }
  return result;
}

await reportRun('browser', resultsFile, main);
