import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { isTempFile } from '../../src/platform/node-fs';
import { parseSidecar } from '../../src/core/store/parse';
import { serializeSidecar } from '../../src/core/store/serialize';
import { rng } from '../helpers/prng';
import { claimOn, sidecarOf } from '../helpers/sidecars';

const KILLS = 200;
const LANES = 4;

describe('atomic sidecar writes under SIGKILL (fault injection)', function () {
  this.timeout(120_000);
  let dir = '';
  let writer = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-kill-'));
    // Bundled once so that each of the many child processes starts in milliseconds, not via tsx.
    writer = join(dir, 'atomic-writer.cjs');
    buildSync({ entryPoints: [join(__dirname, '..', 'helpers', 'atomic-writer.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: writer, logLevel: 'error' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`leaves a sidecar that parses and validates after each of ${KILLS} kills at random moments`, async () => {
    const started = Date.now();
    // Independent lanes (one sidecar each) run side by side to keep the test short.
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane, KILLS / LANES)));
    const midWrite = lanes.reduce((n, l) => n + l.midWrite, 0);
    console.log(`    ${KILLS} SIGKILLs in ${((Date.now() - started) / 1000).toFixed(1)} s: sidecar valid after every one; ${midWrite} kills landed mid-write (temp file left behind)`);
    assert.ok(midWrite > 0, 'no kill landed in the middle of a write: the test proves nothing');
  });

  async function runLane(lane: number, kills: number): Promise<{ midWrite: number }> {
    const path = join(dir, `doc${lane}.txt.annotations.json`);
    writeFileSync(path, serializeSidecar(sidecarOf(claimOn('Der Kreml schwieg.', 'initial'))));
    const random = rng(4242 + lane);
    let midWrite = 0;
    for (let kill = 0; kill < kills; kill++) {
      const child = spawn(process.execPath, [writer, path, String(lane * 1000 + kill + 1)], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      // A quarter of the kills at any moment after spawn (possibly during the first write), the rest while writing.
      if (random.next() < 0.25) {
        await sleep(random.int(0, 80));
      } else {
        await new Promise<void>((r) => child.stdout.once('data', () => r()));
        await sleep(random.int(0, 30));
      }
      assert.equal(child.exitCode, null, 'the writer stopped by itself');
      child.kill('SIGKILL');
      await exited;
      const parsed = parseSidecar(readFileSync(path), path);
      assert.ok(parsed.ok, `lane ${lane}, after kill ${kill + 1}: ${parsed.ok ? '' : parsed.error.message}`);
      const leftovers = readdirSync(dir).filter((f) => isTempFile(f) && f.startsWith(`.doc${lane}.`));
      if (leftovers.length > 0) midWrite++;
      for (const f of leftovers) rmSync(join(dir, f));
    }
    return { midWrite };
  }
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
