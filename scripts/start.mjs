// npm start: build the extension and open the seeds in VS Code with it loaded (Extension Development Host).
//  - With a local `code` CLI on PATH:  code --extensionDevelopmentPath=<repo> <repo>/seeds
//  - Otherwise: installs the bundled VS Code host (code-server 4.139 = VS Code 1.139, from npm; ~3 min once),
//    serves it on http://127.0.0.1:8080 (or $PORT; a free port if taken) with the extension loaded and the
//    REAL seeds/ folder open, so the analyst's sidecars are saved in the repo. Runs until Ctrl+C.
// Usage: npm start [-- <folder>]   (default: seeds/). Env: PORT, SA_FORCE_BROWSER=1 (use code-server even if `code`
// exists), SA_NO_BUILD=1, SA_FOLDER (same as the folder argument).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
// `npm start -- ~/my-articles` opens that folder (its articles are the corpus when it has no seeds/ folder).
const folder = resolve(process.argv[2] ?? process.env.SA_FOLDER ?? join(REPO, 'seeds'));
if (!existsSync(folder)) {
  console.error(`[start] ${folder} does not exist: give a folder of articles (npm start -- <folder>)`);
  process.exit(2);
}

function run(cmd, args, what) {
  console.log(`[start] ${what}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[start] ${what} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

if (!existsSync(join(REPO, 'node_modules'))) run('npm', ['ci', '--no-audit', '--no-fund'], 'installing dependencies');
if (!process.env.SA_NO_BUILD) run(process.execPath, ['scripts/build.mjs'], 'building');

const code = process.env.SA_FORCE_BROWSER ? undefined : onPath('code');
if (code) {
  console.log(`[start] opening ${folder} in VS Code (${code}) with the extension in development mode`);
  const child = spawn(code, [`--extensionDevelopmentPath=${REPO}`, folder], { stdio: 'inherit' });
  child.on('exit', (c) => process.exit(c ?? 0));
} else {
  run('bash', ['test/host/install-host.sh'], 'installing the VS Code host');
  const { startCodeServer, workbenchUrl } = await import('../test/host/code-server.mjs');
  // Persistent state (settings, window layout) in .cache/vscode-host/session; the workspace itself is the repo's.
  const runDir = join(REPO, '.cache/vscode-host/session');
  mkdirSync(runDir, { recursive: true });
  const server = await startCodeServer({
    runDir,
    port: Number(process.env.PORT ?? 8080),
    keepUserSettings: true,
    baseSettings: {
      'telemetry.telemetryLevel': 'off',
      'workbench.startupEditor': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'chat.disableAIFeatures': true,
      'security.workspace.trust.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    },
    echo: process.env.HOST_LOG ? (l) => console.log(`[code-server] ${l}`) : undefined,
  });
  const url = workbenchUrl(server.origin, { folder, extensionDevelopmentPath: REPO });
  console.log('');
  console.log(`[start] VS Code (code-server) is serving ${folder} with Source Annotator loaded.`);
  console.log(`[start] Open in your browser:\n\n    ${url}\n`);
  console.log(`[start] (Only on 127.0.0.1: from another machine use  ssh -L ${server.port}:127.0.0.1:${server.port} <host>.)`);
  console.log('[start] After rebuilding (npm run build), reload the window: F1 → "Developer: Reload Window". Ctrl+C stops.');
  let stopping = false;
  const stop = async (sig) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[start] ${sig}: stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const info = await server.exited;
  if (!stopping) {
    console.error(`[start] code-server exited unexpectedly (${JSON.stringify(info)}); log: ${server.logFile}`);
    process.exit(1);
  }
}
