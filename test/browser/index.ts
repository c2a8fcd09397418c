// The in-host runner of the browser suite: VS Code loads the bundle (dist/browser/test/index.js, built by
// scripts/build.mjs from setup.ts, every *.test.ts here and this file) in the WEB WORKER extension host and calls
// run(). It prints the same machine-readable line as the node suite, for test/host/run-browser.mjs:
//   __RESULT__ {"passed":N,"failed":M,"pending":P,"failures":[...]}
export const RESULT_PREFIX = '__RESULT__ ';

export function run(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const failures: string[] = [];
    const counts = { passed: 0, failed: 0, pending: 0, tests: 0 };
    const finish = (): void => {
      if (counts.tests === 0) {
        counts.failed = Math.max(counts.failed, 1);
        failures.push('no browser tests were registered (is every *.test.ts in the bundle?)');
      }
      const { passed, failed, pending } = counts;
      console.log(RESULT_PREFIX + JSON.stringify({ passed, failed, pending, failures }));
      if (failed > 0) reject(new Error(`${failed} browser test(s) failed`));
      else resolve();
    };
    /** The spec reporter, counting for the result line. */
    class ResultReporter extends Mocha.reporters.Spec {
      constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
        runner.on('test', () => counts.tests++);
        runner.on('pass', () => counts.passed++);
        runner.on('pending', () => counts.pending++);
        runner.on('fail', (test: Mocha.Runnable, err: Error) => {
          counts.failed++;
          const first = (err?.message ?? String(err)).split('\n')[0] ?? '';
          failures.push(`${test.fullTitle()}: ${first.length > 200 ? `${first.slice(0, 200)}…` : first}`);
        });
        runner.once('end', finish);
        super(runner, options);
      }
    }
    try {
      mocha.reporter(ResultReporter);
      mocha.run();
    } catch (err) {
      console.error(err);
      console.log(RESULT_PREFIX + JSON.stringify({ passed: 0, failed: 1, pending: 0, failures: [`runner crashed: ${String(err)}`] }));
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
