import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    for (const doc of ['/c/a.txt', '/c/b „quoted“.txt']) entries.set(doc, { key: contentKey(text), summary: summarise(doc, entities, undefined, text) });
    const file = join(dir, 'index.json');
    await saveIndexCache(nodeFileSystem, file, 'detector-1', entries);
    assert.doesNotThrow(() => JSON.parse(readFileSync(file, 'utf8')), 'one JSON document');
    const back = await loadIndexCache(nodeFileSystem, file, 'detector-1', silentLogger);
    assert.deepEqual([...back.keys()], [...entries.keys()]);
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
});
