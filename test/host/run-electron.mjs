// The same integration suite (dist/test/integration/index.js) under @vscode/test-electron, i.e. in a desktop
// VS Code that test-electron DOWNLOADS from update.code.visualstudio.com on first use (cached in .vscode-test/).
// Not used in CI: the CI machines cannot reach that host (use test/host/run-integration.mjs there, which runs
// the suite in code-server's real VS Code extension host). Use this on a developer machine with internet:
//
//   npm run build && node test/host/run-electron.mjs            # latest stable VS Code
//   VSCODE_VERSION=1.139.1 node test/host/run-electron.mjs      # a given version
//
// On a headless Linux box wrap it in xvfb-run. The workspace is a temp copy of seeds/, as in CI.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO } from './code-server.mjs';

const runDir = mkdtempSync(join(tmpdir(), 'sa-electron-'));
const workspace = join(runDir, 'seeds');
cpSync(join(REPO, 'seeds'), workspace, { recursive: true });
mkdirSync(join(runDir, 'user-data'), { recursive: true });

let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: REPO,
    extensionTestsPath: join(REPO, 'dist/test/integration/index.js'),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(runDir, 'user-data'),
      '--extensions-dir', join(runDir, 'extensions'),
    ],
  });
} catch (e) {
  console.error(`[electron] tests failed: ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
process.exit(code);
