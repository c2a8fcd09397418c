import * as assert from 'node:assert/strict';
import { clusteredNames } from '../../src/core/detect/actors/index';
import { ClusterNames } from '../../src/core/detect/cluster-names';
import type { ActorMention } from '../../src/core/model/entities';
import { rng } from '../helpers/prng';

/** Names that cluster with each other: surnames, genitives, two fuller names ending alike, an s that is no genitive. */
const NAMES = ['Kasparow', 'Kasparows', 'Igor Kasparow', 'Pavel Kasparow', 'Maus', 'Mau', 'Peter Maus', 'Hans Mau', 'Schoigus', 'Sergej Schoigu', 'Schoigu', 'Nowak', 'Kraus', 'Anna Kraus', 'Otto Krau'];

const suggestion = (canonical: string, type: 'person' | 'organisation'): ActorMention => ({ kind: 'actor', type, start: 0, end: canonical.length, text: canonical, canonical, source: 'model', confidence: 0.9 });

describe('clustered names after an edit', () => {
  it('equal clustering all suggestions anew, for any run of suggestions replaced', () => {
    const random = rng(5);
    const some = (n: number): ActorMention[] => Array.from({ length: n }, () => suggestion(random.pick(NAMES), random.next() < 0.9 ? 'person' : 'organisation'));
    for (let doc = 0; doc < 200; doc++) {
      let ms = some(random.int(0, 12));
      const clusters = new ClusterNames();
      clusters.all(ms);
      for (let edit = 0; edit < 20; edit++) {
        const head = random.int(0, ms.length + 1);
        const before = ms.slice(head, head + random.int(0, 3));
        const after = random.next() < 0.3 ? before : some(random.int(0, 3));
        const next = [...ms.slice(0, head), ...after, ...ms.slice(head + before.length)];
        const got = clusters.replace(head, before, after, () => next);
        assert.deepStrictEqual(got, clusteredNames(next), JSON.stringify({ from: ms.map((m) => m.canonical), to: next.map((m) => m.canonical) }));
        ms = next;
      }
    }
  });
});
