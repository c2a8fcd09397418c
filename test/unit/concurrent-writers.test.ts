import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { LockTimeoutError } from '../../src/core/ports';
import { parseRegistry } from '../../src/core/store/parse-registry';
import { parseSidecar } from '../../src/core/store/parse';
import { lockPathFor, withFileLock } from '../../src/platform/file-lock';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const ARTICLE = '001_06a44ca30d8e1d01.txt';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], cwd: string): { done: Promise<Run>; stdout: () => string } {
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, SOURCE_ANNOTATOR_AUTHOR: 'writer' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })));
  return { done, stdout: () => stdout };
}

/** A child that holds `file`'s lock until killed; resolves once it holds it. */
async function holdLock(helper: string, file: string, cwd: string): Promise<{ kill: () => Promise<void>; exited: Promise<Run> }> {
  const child = spawn(process.execPath, [helper, 'hold', file], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<Run>((resolve) => child.once('exit', (code) => resolve({ code, stdout: '', stderr: '', ms: 0 })));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', () => reject(new Error('the lock holder exited before taking the lock')));
  });
  return {
    exited,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

const ids = (sidecarPath: string): string[] => {
  const parsed = parseSidecar(readFileSync(sidecarPath), sidecarPath);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
  return parsed.sidecar!.annotations.map((a) => a.id);
};

describe('concurrent writers (real processes, real files)', function () {
  this.timeout(120_000);
  let dir = '';
  let helper = '';
  let article = '';
  let text = '';

  before(() => {
    assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first');
    helper = join(mkdtempSync(join(tmpdir(), 'sa-lock-helper-')), 'lock-child.cjs');
    buildSync({ entryPoints: [join(__dirname, '..', 'helpers', 'lock-child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: helper, logLevel: 'error' });
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-concurrent-'));
    cpSync(join(ROOT, 'seeds', ARTICLE), join(dir, ARTICLE));
    article = join(dir, ARTICLE);
    text = readFileSync(article, 'utf8');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const round of [1, 2, 3]) {
    it(`20 CLI processes adding claims to one article at once: every reported claim is in the sidecar (round ${round})`, async () => {
      const writers = Array.from({ length: 20 }, (_, i) => {
        const start = (i * 97 + round * 13) % (text.length - 40);
        return run([CLI, 'claim', 'add', article, '--start', String(start), '--end', String(start + 30), '--note', `writer ${i}`], dir).done;
      });
      const results = await Promise.all(writers);
      for (const r of results) assert.equal(r.code, 0, r.stderr);
      const reported = results.map((r) => (JSON.parse(r.stdout) as { id: string }).id);
      assert.equal(new Set(reported).size, 20);
      const stored = ids(`${article}.annotations.json`);
      const missing = reported.filter((id) => !stored.includes(id));
      assert.deepEqual(missing, [], `${missing.length} of 20 reported claims are missing from the sidecar`);
      assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.sa-lock') || f.endsWith('.sa-tmp')), [], 'no lock or temp file is left behind');
    });
  }

  it('a writer waits for a live lock holder and proceeds once that holder is killed (its stale lock is recovered)', async () => {
    const sidecar = `${article}.annotations.json`;
    const holder = await holdLock(helper, sidecar, dir);
    let writer: ReturnType<typeof run> | undefined;
    try {
      assert.ok(existsSync(lockPathFor(sidecar)), 'the lock is visible on disk while held');
      writer = run([CLI, 'claim', 'add', article, '--start', '0', '--end', '20'], dir);
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(writer.stdout(), '', 'the writer did not write while another process held the lock');
    } finally {
      await holder.kill();
    }
    const result = await writer.done;
    assert.equal(result.code, 0, result.stderr);
    const { id } = JSON.parse(result.stdout) as { id: string };
    assert.ok(ids(sidecar).includes(id), 'the claim is in the sidecar');
    assert.ok(!existsSync(lockPathFor(sidecar)), 'the recovered lock was released');
  });

  it('a writer that cannot get the lock in time says so and runs nothing', async () => {
    const file = join(dir, 'busy.json');
    writeFileSync(file, '{}\n');
    const holder = await holdLock(helper, file, dir);
    try {
      let ran = false;
      await assert.rejects(
        withFileLock(file, async () => void (ran = true), { timeoutMs: 400 }),
        (e: unknown) => e instanceof LockTimeoutError && /another process/.test(e.message),
      );
      assert.equal(ran, false);
      assert.equal(readFileSync(file, 'utf8'), '{}\n');
    } finally {
      await holder.kill();
    }
  });

  it('12 processes adding actors to the workspace registry at once: every actor is in the file', async () => {
    const registry = join(dir, 'source-annotator.actors.json');
    const names = Array.from({ length: 12 }, (_, i) => `Analyst Person ${String.fromCharCode(65 + i)}`);
    const results = await Promise.all(names.map((name) => run([helper, 'add-actor', registry, name], dir).done));
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const parsed = parseRegistry(readFileSync(registry));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.registry.actors.map((a) => a.canonical).sort(), names);
  });

  it('a registry that does not parse is left byte for byte and the writer says why', async () => {
    const registry = join(dir, 'source-annotator.actors.json');
    const broken = '{ "schemaVersion": 1, "actors": [ oops ] }\n';
    writeFileSync(registry, broken);
    const r = await run([helper, 'add-actor', registry, 'Someone'], dir).done;
    assert.equal(r.code, 1);
    assert.match(r.stderr, /actors\.json:1:\d+: .*not overwriting it/);
    assert.equal(readFileSync(registry, 'utf8'), broken);
  });
});
