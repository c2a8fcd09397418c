import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Annotation, Sidecar } from '../../src/core/model/annotation';
import { gitAttributesLine, gitConfigEntries } from '../../src/core/store/git-setup';
import { parseSidecar } from '../../src/core/store/parse';
import { serializeSidecar } from '../../src/core/store/serialize';
import { DOC_TEXT, claimOn, sidecarOf } from '../helpers/sidecars';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const DRIVER = join(ROOT, 'src', 'cli', 'merge-driver-main.ts');
const SIDECAR = 'doc.txt.annotations.json';

const A = claimOn('Putin und Kim trafen sich am Montag.', '01A');
const B = claimOn('Der Kreml schwieg.', '01B');
const E = claimOn('sagte das Pentagon', '01E');
const later = (a: Annotation, body: Partial<Annotation['body']>, minute: number): Annotation =>
  ({ ...a, body: { ...a.body, ...body }, modified: `2024-06-19T10:${String(minute).padStart(2, '0')}:00.000Z` });

describe('git merge with the sidecar merge driver (real git)', function () {
  this.timeout(60_000);
  let repo = '';
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const commitSidecar = (s: Sidecar, message: string): void => {
    writeFileSync(join(repo, SIDECAR), serializeSidecar(s));
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };
  const readSidecar = (): { raw: string; sidecar: Sidecar } => {
    const raw = readFileSync(join(repo, SIDECAR), 'utf8');
    const parsed = parseSidecar(raw, SIDECAR);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
    return { raw, sidecar: parsed.sidecar };
  };

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'sa-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.org');
    git('config', 'commit.gpgsign', 'false');
    for (const [key, value] of gitConfigEntries(DRIVER, { runtime: TSX })) git('config', key, value);
    writeFileSync(join(repo, '.gitattributes'), gitAttributesLine() + '\n');
    writeFileSync(join(repo, 'doc.txt'), DOC_TEXT);
    commitSidecar(sidecarOf(A, B, E), 'base');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('merges two branches that add, edit and delete claims in the same sidecar, without conflict markers', () => {
    git('checkout', '-q', '-b', 'feature');
    const C = claimOn('Nordkorea liefere Munition', '01C');
    commitSidecar(sidecarOf(later(A, { status: 'corroborated' }, 1), B, C), 'feature: edit A, add C, delete E');
    git('checkout', '-q', 'main');
    const D = claimOn('trafen sich', '01D');
    commitSidecar(sidecarOf(later(A, { claimant: 'KCNA' }, 2), later(B, { note: 'no comment' }, 3), D), 'main: edit A and B, add D, delete E');

    const merge = spawnSync('git', ['merge', '--no-edit', 'feature'], { cwd: repo, encoding: 'utf8' });
    assert.equal(merge.status, 0, merge.stdout + merge.stderr);
    const { raw, sidecar } = readSidecar();
    assert.doesNotMatch(raw, /^(<<<<<<<|=======|>>>>>>>)/m);
    assert.deepEqual(sidecar.annotations.map((a) => a.id), ['01A', '01B', '01C', '01D']);
    const [a, b] = sidecar.annotations;
    assert.deepEqual([a.body.status, a.body.claimant, b.body.note], ['corroborated', 'KCNA', 'no comment']);
    assert.equal(raw, serializeSidecar(sidecar), 'the merged file is in canonical form');
  });

  it('reports a true field conflict: git stops, the file stays valid JSON with both values visible', () => {
    git('checkout', '-q', '-b', 'feature');
    commitSidecar(sidecarOf(later(A, { status: 'refuted' }, 1), B, E), 'feature: A refuted');
    git('checkout', '-q', 'main');
    commitSidecar(sidecarOf(later(A, { status: 'corroborated' }, 2), B, E), 'main: A corroborated');

    const merge = spawnSync('git', ['merge', '--no-edit', 'feature'], { cwd: repo, encoding: 'utf8' });
    assert.notEqual(merge.status, 0);
    assert.match(merge.stdout + merge.stderr, /CONFLICT/);
    assert.match(git('status', '--porcelain'), /^UU doc\.txt\.annotations\.json$/m);
    const { raw, sidecar } = readSidecar();
    assert.doesNotMatch(raw, /^(<<<<<<<|=======|>>>>>>>)/m);
    const a = sidecar.annotations[0];
    assert.equal(a.body.status, 'corroborated');
    assert.ok(a.body.tags.includes('merge-conflict'));
    assert.match(a.body.note ?? '', /theirs "refuted"/);
  });

  it('leaves the files alone and fails when one side does not parse', () => {
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, SIDECAR), serializeSidecar(sidecarOf(A, B)).replace('"document": "doc.txt",', '"document": "doc.txt"'));
    git('commit', '-q', '-am', 'feature: broken by hand');
    git('checkout', '-q', 'main');
    commitSidecar(sidecarOf(A, B, E, claimOn('Kreml', '01K')), 'main: add K');
    const merge = spawnSync('git', ['merge', '--no-edit', 'feature'], { cwd: repo, encoding: 'utf8' });
    assert.notEqual(merge.status, 0);
    assert.match(merge.stderr + merge.stdout, /does not parse: .*:4:3:/);
  });
});
