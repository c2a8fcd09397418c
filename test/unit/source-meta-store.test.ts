import * as assert from 'node:assert/strict';
import type { Sidecar } from '../../src/core/model/annotation';
import { mergeSidecars } from '../../src/core/store/merge';
import { mergeById } from '../../src/core/store/merge-by-id';
import { parseSidecar } from '../../src/core/store/parse';
import { serializeSidecar } from '../../src/core/store/serialize';
import { SidecarStore } from '../../src/core/store/sidecar-store';
import { MemoryFileSystem } from '../helpers/memory-fs';
import { claimOn, sidecarOf } from '../helpers/sidecars';

const withMeta = (meta: Sidecar['meta'], s: Sidecar = sidecarOf()): Sidecar => ({ ...s, meta });

describe('source metadata in the sidecar (schema v3)', () => {
  it('reads a v2 sidecar as is, keeps it v2 on save, and writes v3 once it records metadata', () => {
    const v2 = serializeSidecar(sidecarOf(claimOn('Der Kreml schwieg.', '01A'))).replace('"schemaVersion": 3', '"schemaVersion": 2');
    const r = parseSidecar(v2, 'doc.txt.annotations.json');
    assert.ok(r.ok);
    assert.equal(r.migrated, false, 'opening a v2 corpus rewrites nothing');
    assert.equal(r.sidecar.annotations.length, 1);
    assert.equal(serializeSidecar(r.sidecar), v2, 'no version churn in a diff');
    assert.match(serializeSidecar({ ...r.sidecar, meta: { outlet: 'AFP' } }), /"schemaVersion": 3/);
  });

  it('stores meta after the fingerprint in a fixed key order, with null kept as "none"', () => {
    const text = serializeSidecar(withMeta({ language: 'de', published: '2024-06', outlet: 'Welt Nachrichten', source: null, boilerplateLines: ['Leave a Reply', 'Jetzt beobachten'] }));
    const json = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), ['schemaVersion', 'document', 'fingerprint', 'meta', 'annotations']);
    assert.deepEqual(Object.keys(json.meta as object), ['outlet', 'source', 'published', 'language', 'boilerplateLines']);
    assert.deepEqual((json.meta as { boilerplateLines: string[] }).boilerplateLines, ['Jetzt beobachten', 'Leave a Reply']);
    const back = parseSidecar(text, 'x');
    assert.ok(back.ok);
    assert.equal(back.sidecar.meta?.source, null);
  });

  it('rejects a published date that is not a partial ISO date, pointing at it', () => {
    const text = serializeSidecar(withMeta({ published: '2024-06' })).replace('"2024-06"', '"18. Juni 2024"');
    const r = parseSidecar(text, 'x');
    assert.ok(!r.ok);
    assert.match(r.error.message, /meta\.published: expected a partial ISO date/);
  });

  it('writes a sidecar for an article that has metadata but no claims', async () => {
    const fs = new MemoryFileSystem();
    const store = new SidecarStore(fs);
    await store.save('doc.txt', sidecarOf());
    assert.equal(await fs.exists('doc.txt.annotations.json'), false, 'nothing to record, no file');
    await store.save('doc.txt', withMeta({ outlet: 'AFP' }));
    assert.match(fs.text('doc.txt.annotations.json'), /"outlet": "AFP"/);
  });

  it('merges meta field by field in the git driver: one-sided changes apply, a real clash keeps ours and is reported', () => {
    const base = withMeta({ outlet: 'OZD', published: '2024-06' });
    const ours = withMeta({ outlet: 'OZD', published: '2024-06-18', boilerplateLines: ['Jetzt beobachten'] });
    const theirs = withMeta({ outlet: 'OZD-News', published: '2024-06-19', language: 'de', boilerplateLines: ['Leave a Reply'] });
    const { merged, conflicts } = mergeSidecars(base, ours, theirs);
    assert.deepEqual(merged.meta, { outlet: 'OZD-News', published: '2024-06-18', language: 'de', boilerplateLines: ['Jetzt beobachten', 'Leave a Reply'] });
    assert.deepEqual(conflicts, [{ id: null, field: 'meta.published', ours: '"2024-06-18"', theirs: '"2024-06-19"' }]);
  });

  it('keeps a metadata change made in another window when the editor saves its own', () => {
    const base = withMeta({ outlet: 'OZD' });
    const mine = withMeta({ outlet: 'OZD', title: 'Kim und Schoigu' });
    const onDisk = withMeta({ outlet: 'AFP', boilerplateLines: ['Leave a Reply'] });
    assert.deepEqual(mergeById(base, mine, onDisk).meta, { title: 'Kim und Schoigu', outlet: 'AFP', boilerplateLines: ['Leave a Reply'] });
  });

  it('removes a boilerplate decision undone on one side', () => {
    const base = withMeta({ boilerplateLines: ['a', 'b'] });
    const { merged } = mergeSidecars(base, withMeta({ boilerplateLines: ['a'] }), withMeta({ boilerplateLines: ['a', 'b', 'c'] }));
    assert.deepEqual(merged.meta, { boilerplateLines: ['a', 'c'] });
  });
});
