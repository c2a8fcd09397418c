// The in-host mocha runner: VS Code loads this file (extensionTestsPath) in the extension host and calls run().
// It runs every compiled `*.test.js` next to it (dist/test/integration/**), with both the BDD (describe/it)
// and TDD (suite/test) globals, and prints one machine-readable line for the launchers:
//   __RESULT__ {"passed":N,"failed":M,"pending":P,"failures":[...]}
// Launchers: test/host/run-integration.mjs (code-server, CI) and test/host/run-electron.mjs (@vscode/test-electron).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

type MochaCtor = typeof import('mocha');

export const RESULT_PREFIX = '__RESULT__ ';

function loadMocha(): MochaCtor {
  // mocha 12 is an ES module package; require(esm) hands back its namespace, older majors the class itself.
  const req = createRequire(__filename);
  const mod = req('mocha') as MochaCtor & { default?: MochaCtor };
  return mod.default ?? mod;
}

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const grep = process.env.SA_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.SA_TEST_TIMEOUT ?? 20_000),
    reporter: 'spec',
    ...(grep ? { grep } : {}),
  });
  // Also expose suite/test/suiteSetup…: test authors may use either interface.
  Mocha.interfaces.tdd(mocha.suite);

  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);

  return new Promise<void>((resolve, reject) => {
    let runner: Mocha.Runner;
    const failures: string[] = [];
    try {
      runner = mocha.run((failed) => {
        const stats = runner.stats ?? { passes: 0, failures: failed, pending: 0 };
        const result = {
          passed: stats.passes,
          failed: Math.max(stats.failures, failed),
          pending: stats.pending,
          files: files.length,
          failures,
        };
        if (files.length === 0) {
          result.failed = Math.max(result.failed, 1);
          failures.push(`no *.test.js files found under ${__dirname}`);
        }
        console.log(RESULT_PREFIX + JSON.stringify(result));
        if (result.failed > 0) reject(new Error(`${result.failed} integration test(s) failed`));
        else resolve();
      });
      runner.on('fail', (test: Mocha.Runnable, err: Error) => {
        // One short line per failure for the launchers; mocha's reporter prints the full diff above.
        const first = (err?.message ?? String(err)).split('\n')[0] ?? '';
        failures.push(`${test.fullTitle()}: ${first.length > 200 ? `${first.slice(0, 200)}…` : first}`);
      });
    } catch (err) {
      console.error(err);
      console.log(RESULT_PREFIX + JSON.stringify({ passed: 0, failed: 1, pending: 0, files: files.length, failures: [`runner crashed: ${String(err)}`] }));
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
