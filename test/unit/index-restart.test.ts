import * as assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus/corpus';
import { emptySidecar } from '../../src/core/corpus/document-state';
import { markLine } from '../../src/core/corpus/meta-edits';
import { serializeSidecar } from '../../src/core/store/serialize';
import type { Entity } from '../../src/core/model/entities';
import { silentLogger } from '../../src/core/ports';
import { nodeFileSystem } from '../../src/platform/node-fs';
import { CorpusIndex } from '../../src/server/corpus-index';
import { loadIndexCache, saveIndexCache } from '../../src/server/index-cache';
import { flatEntries } from '../../src/server/packed-mentions';

/** A detector that counts its calls and finds "Putin". */
function countingDetector(): { detect: (text: string) => Entity[]; calls: number } {
  const d = {
    calls: 0,
    detect(text: string): Entity[] {
      d.calls++;
      const out: Entity[] = [];
      for (let at = text.indexOf('Putin'); at >= 0; at = text.indexOf('Putin', at + 1)) out.push({ kind: 'actor', type: 'person', start: at, end: at + 5, text: 'Putin', canonical: 'Wladimir Putin', source: 'registry' });
      return out;
    },
  };
  return d;
}

const HOUR_AGO = Date.now() / 1000 - 3600;

describe('the persisted index across server runs (stamps and content keys)', () => {
  let dir: string;
  let corpusDir: string;
  let cacheFile: string;
  const article = (n: number): string => join(corpusDir, `${n}.txt`);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-index-restart-'));
    corpusDir = join(dir, 'corpus');
    mkdirSync(corpusDir);
    cacheFile = join(dir, 'index.bin');
    for (let n = 0; n < 4; n++) {
      writeFileSync(article(n), `Artikel ${n}\n\nPutin traf ${n} Minister in Moskau. Putin sprach.\n`);
      utimesSync(article(n), HOUR_AGO, HOUR_AGO); // A corpus that was not written a moment ago.
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One server run: reads the corpus, restores what the persisted index still holds, indexes the rest and persists it. */
  async function run(detectorKey = 'detector-1'): Promise<{ detections: number; stats: CorpusIndex['stats']; index: CorpusIndex }> {
    const detector = countingDetector();
    const corpus = new Corpus(nodeFileSystem, silentLogger, detector);
    await corpus.scan({ roots: [corpusDir], extensions: ['.txt'], maxBytes: 1 << 20 });
    const index = new CorpusIndex(corpus);
    index.restore(await loadIndexCache(nodeFileSystem, cacheFile, detectorKey, silentLogger));
    await index.build([], { report: () => undefined, cancelled: false }, () => undefined);
    await saveIndexCache(nodeFileSystem, cacheFile, detectorKey, index.snapshot());
    return { detections: detector.calls, stats: { ...index.stats }, index };
  }

  it('an unchanged corpus re-detects nothing, and hashes no text: every file has the stamp it had', async () => {
    assert.equal((await run()).detections, 4);
    const again = await run();
    assert.equal(again.detections, 0);
    assert.deepEqual(again.stats, { reused: 4, hashed: 0, detected: 0 });
    const mentions = [...flatEntries(again.index.get(article(2))!.mentions)];
    const text = readFileSync(article(2), 'utf8');
    const first = text.indexOf('Putin');
    const second = text.indexOf('Putin', first + 1);
    assert.deepEqual(mentions, [['Wladimir Putin', [first, first + 5, second, second + 5]]], 'the restored summary is the one detected');
  });

  it('a file rewritten with the same size and another mtime is re-detected', async () => {
    await run();
    const before = readFileSync(article(1), 'utf8');
    const after = before.replace('Moskau', 'Minsk!');
    assert.equal(Buffer.byteLength(after), Buffer.byteLength(before));
    writeFileSync(article(1), after);
    utimesSync(article(1), HOUR_AGO + 60, HOUR_AGO + 60);
    const second = await run();
    assert.deepEqual([second.detections, second.stats.detected, second.stats.reused], [1, 1, 3]);
    assert.equal((await run()).detections, 0, 'and its new stamp is persisted');
  });

  it('a file that grew is re-detected, with its new mentions', async () => {
    await run();
    appendFileSync(article(3), 'Nachtrag: Putin reiste ab.\n');
    utimesSync(article(3), HOUR_AGO + 120, HOUR_AGO + 120);
    const second = await run();
    assert.equal(second.detections, 1);
    assert.equal([...flatEntries(second.index.get(article(3))!.mentions)][0]![1].length, 6, 'three mentions of Putin');
  });

  it('a file touched but not changed is hashed, not re-detected, and its new stamp is kept', async () => {
    await run();
    utimesSync(article(0), HOUR_AGO + 300, HOUR_AGO + 300);
    const second = await run();
    assert.deepEqual([second.detections, second.stats.hashed, second.stats.reused], [0, 1, 4]);
    assert.deepEqual((await run()).stats, { reused: 4, hashed: 0, detected: 0 });
  });

  it('a file written a moment ago is not trusted by its stamp (a write in the same clock tick would keep it)', async () => {
    writeFileSync(article(0), readFileSync(article(0), 'utf8')); // Same bytes, mtime now.
    await run();
    const second = await run();
    assert.equal(second.detections, 0);
    assert.equal(second.stats.hashed, 1, 'its text was hashed instead');
  });

  it('another detector (a new build, model or registry) invalidates the whole persisted index', async () => {
    await run('detector-1');
    const other = await run('detector-2');
    assert.deepEqual([other.detections, other.stats.reused], [4, 0]);
  });

  it('a boilerplate line recorded in the sidecar between runs re-detects that article without it', async () => {
    await run();
    // The analyst (or a git pull) marks "Putin sprach." as boilerplate in 2.txt's sidecar: it is blanked for detection.
    const sidecar = markLine(emptySidecar('2.txt'), 'Putin traf 2 Minister in Moskau. Putin sprach.', false);
    writeFileSync(`${article(2)}.annotations.json`, serializeSidecar(sidecar));
    const second = await run();
    assert.deepEqual([second.detections, second.stats.detected, second.stats.reused], [1, 1, 3]);
    assert.deepEqual([...flatEntries(second.index.get(article(2))!.mentions)], [], 'the blanked line has no mentions');
    assert.equal((await run()).detections, 0, 'and the new summary is persisted with its key');
  });

  it('gives way to a client that keeps sending, between slices of detection, and still completes', async () => {
    for (let n = 4; n < 40; n++) writeFileSync(article(n), `Artikel ${n}\n\nPutin traf ${n} Minister.\n`);
    const detector = countingDetector();
    const slow = (text: string): Entity[] => {
      for (const until = Date.now() + 1; Date.now() < until; ); // A millisecond of detection per article: several slices.
      return detector.detect(text);
    };
    const corpus = new Corpus(nodeFileSystem, silentLogger, { detect: slow });
    await corpus.scan({ roots: [corpusDir], extensions: ['.txt'], maxBytes: 1 << 20 });
    const index = new CorpusIndex(corpus);
    // A client that never stops sending: each slice gives way to it for a while, then the index moves on.
    const detectedWhenAsked: number[] = [];
    const heardFromClient = (): number => detectedWhenAsked.push(detector.calls);
    await index.build([], { report: () => undefined, cancelled: false, heardFromClient }, () => undefined);
    assert.equal(index.size(), 40);
    assert.equal(detector.calls, 40);
    assert.ok(new Set(detectedWhenAsked).size > 2, `asked between slices, not once: ${detectedWhenAsked.join(',')}`);
  });
});
