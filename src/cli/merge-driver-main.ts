// Stand-alone entry of the merge driver (for tests and for running without a build): `tsx merge-driver-main.ts %O %A %B`.
import { mergeDriver } from './merge-driver';

const [base, ours, theirs] = process.argv.slice(2);
if (base === undefined || ours === undefined || theirs === undefined) {
  process.stderr.write('usage: merge-driver-main <base> <ours> <theirs>\n');
  process.exitCode = 2;
} else {
  mergeDriver(base, ours, theirs).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(`source-annotator merge-driver: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
