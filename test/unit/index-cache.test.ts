import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity } from '../../src/core/model/entities';
import { silentLogger } from '../../src/core/ports';
import { nodeFileSystem } from '../../src/platform/node-fs';
import { summarise } from '../../src/server/corpus-index';
import { contentKey, loadIndexCache, saveIndexCache, type CachedSummary } from '../../src/server/index-cache';
import { flatEntries } from '../../src/server/packed-mentions';

describe('the persisted index (index-cache)', () => {
  const text = 'Nordkorea hat über 1000 Container geliefert, sagte Kirby. Kirby wiederholte es.';
  const entities: Entity[] = [
    { kind: 'actor', type: 'state', start: 0, end: 9, text: 'Nordkorea', canonical: 'Nordkorea', source: 'registry' },
    { kind: 'figure', type: 'quantity', start: 14, end: 23, text: 'über 1000', value: 1000, unit: 'Container', qualifier: 'more_than' },
    { kind: 'actor', type: 'person', start: 51, end: 56, text: 'Kirby', canonical: 'John Kirby', source: 'registry' },
    { kind: 'actor', type: 'person', start: 58, end: 63, text: 'Kirby', canonical: 'John Kirby', source: 'registry' },
  ];
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sa-index-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every document (in parts) and reads back the same summaries for the same detector', async () => {
    const entries = new Map<string, CachedSummary>();
    const stamp = { size: 123, mtime: 1764670000123.456 };
    for (const doc of ['/c/a.txt', '/c/b „quoted“.txt']) entries.set(doc, { key: contentKey(text), metaKey: doc === '/c/a.txt' ? '' : 'k1', stamp: doc === '/c/a.txt' ? stamp : undefined, summary: summarise(doc, entities, undefined, text) });
    const file = join(dir, 'index.bin');
    await saveIndexCache(nodeFileSystem, file, 'detector-1', entries);
    const back = await loadIndexCache(nodeFileSystem, file, 'detector-1', silentLogger);
    assert.deepEqual([...back.keys()], [...entries.keys()]);
    assert.deepEqual(back.get('/c/a.txt')!.stamp, stamp);
    assert.equal(back.get('/c/b „quoted“.txt')!.stamp, undefined);
    for (const [doc, { key, summary }] of back) {
      const was = entries.get(doc)!.summary;
      assert.equal(key, contentKey(text));
      assert.deepEqual([summary.figures, summary.actors], [1, 3]);
      assert.deepEqual([...flatEntries(summary.mentions)], [...flatEntries(was.mentions)]);
      assert.deepEqual(summary.quantities, JSON.parse(JSON.stringify(was.quantities)));
      assert.equal(text.slice(...summary.quantities![0]!.sentence), 'Nordkorea hat über 1000 Container geliefert, sagte Kirby.');
    }
    assert.equal((await loadIndexCache(nodeFileSystem, file, 'detector-2', silentLogger)).size, 0, 'another detector’s index is not used');
  });

  it('a persisted index cut short, or in the older JSON format, is ignored (and rebuilt)', async () => {
    const entries = new Map<string, CachedSummary>([['/c/a.txt', { key: contentKey(text), metaKey: '', summary: summarise('/c/a.txt', entities, undefined, text) }]]);
    const file = join(dir, 'index.bin');
    await saveIndexCache(nodeFileSystem, file, 'detector-1', entries);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    const warnings: string[] = [];
    const log = { ...silentLogger, warn: (m: string) => void warnings.push(m) };
    assert.equal((await loadIndexCache(nodeFileSystem, file, 'detector-1', log)).size, 0);
    assert.match(warnings.join('\n'), /ignoring the index cache/);
    writeFileSync(file, JSON.stringify({ format: 4, detector: 'detector-1', documents: {} }));
    assert.equal((await loadIndexCache(nodeFileSystem, file, 'detector-1', log)).size, 0);
  });

  it('contentKey tells texts apart by every code unit, odd lengths included', () => {
    const keys = new Set(['', 'a', 'b', 'ab', 'ba', 'abc', 'abd', 'Straße', 'Strasse', 'x'.repeat(1001), 'x'.repeat(1000) + 'y'].map(contentKey));
    assert.equal(keys.size, 11);
  });
});
