// Stand-alone entry of the merge driver (tests, running without a build): `tsx merge-driver-main.ts [merge-driver] %O %A %B`.
// The optional `merge-driver` word lets the same git config line serve this entry and the real CLI.
import { mergeDriver } from './merge-driver';

const args = process.argv.slice(2);
const [base, ours, theirs] = args[0] === 'merge-driver' ? args.slice(1) : args;
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
