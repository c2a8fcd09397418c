import * as assert from 'node:assert/strict';
import type { Entity } from '../../src/core/model/entities';
import { eachActor, flatEntries, internedMentions, mentionsNamed, packEntities, packMentions } from '../../src/server/packed-mentions';

const actor = (canonical: string, start: number): Entity => ({ kind: 'actor', type: 'person', start, end: start + canonical.length, text: canonical, canonical, source: 'registry' });

describe('packed mentions (the index’s actor mentions)', () => {
  const entities: Entity[] = [actor('Wladimir Putin', 0), { kind: 'figure', type: 'quantity', start: 20, end: 24, text: '1000', value: 1000, unit: 'Container', qualifier: null } as Entity, actor('Kim Jong-un', 30), actor('Wladimir Putin', 50)];

  it('keeps every mention of each actor, in order, and the counts', () => {
    const { figures, actors, mentions } = packEntities(entities);
    assert.deepEqual([figures, actors], [1, 3]);
    assert.deepEqual(mentionsNamed(mentions, 'a.txt', 'Wladimir Putin'), [{ document: 'a.txt', start: 0, end: 14 }, { document: 'a.txt', start: 50, end: 64 }]);
    assert.deepEqual(mentionsNamed(mentions, 'a.txt', 'Olaf Scholz'), []);
    assert.deepEqual([...eachActor(mentions, 'a.txt')].map(([name, ms]) => [name, ms.length]), [['Wladimir Putin', 2], ['Kim Jong-un', 1]]);
  });

  it('round-trips through the persisted form (canonical name → flat offsets)', () => {
    const { mentions } = packEntities(entities);
    const stored = JSON.parse(JSON.stringify(Object.fromEntries(flatEntries(mentions)))) as Record<string, number[]>;
    assert.deepEqual(stored, { 'Wladimir Putin': [0, 14, 50, 64], 'Kim Jong-un': [30, 41] });
    assert.deepEqual([...flatEntries(packMentions(Object.entries(stored)))], [...flatEntries(mentions)]);
  });

  it('survives a thread crossing (structured clone), its names shared again', () => {
    const { mentions } = packEntities(entities);
    const copy = internedMentions(structuredClone(mentions));
    assert.deepEqual(mentionsNamed(copy, 'b.txt', 'Kim Jong-un'), [{ document: 'b.txt', start: 30, end: 41 }]);
    assert.equal(copy.names.length, 2);
  });
});
