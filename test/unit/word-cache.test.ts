import * as assert from 'node:assert/strict';
import { hash } from '../../src/core/detect/ner/features';
import { WordCache } from '../../src/core/detect/ner/word-cache';

describe('the tagger’s per-word cache', () => {
  /**
   * A cache of `limit` words whose entries hold their word's length; `built` lists the words built, in order; `at`
   * looks up a sentence of one word, `sentence` one of several (the cache makes room before each sentence).
   */
  function cache(limit: number): { c: WordCache; built: string[]; at: (w: string) => number; sentence: (...ws: string[]) => void } {
    const built: string[] = [];
    const c = new WordCache(limit, 1, (word, e) => {
      built.push(word);
      c.v[e] = word.length;
    });
    c.pin('<S>');
    const at = (w: string): number => {
      c.reserve(1);
      return c.at(` ${w} `, 1, w.length + 1, hash(w));
    };
    const sentence = (...ws: string[]): void => {
      c.reserve(ws.length);
      for (const w of ws) c.at(` ${w} `, 1, w.length + 1, hash(w));
    };
    return { c, built, at, sentence };
  }

  it('builds a word once and answers again from the cache', () => {
    const { c, built, at } = cache(8);
    const e = at('Berlin');
    assert.equal(at('Berlin'), e);
    assert.deepEqual(built, ['Berlin']);
    assert.equal(c.v[e], 6);
    assert.deepEqual(c.stats, { hits: 1, misses: 1 });
  });

  it('keeps the words met again when it is full, and drops the words met once', () => {
    const { c, built, at, sentence } = cache(4);
    sentence('die', 'der', 'die', 'der');
    sentence('Einmal', 'die');
    sentence('Zweimal');
    assert.deepEqual(built, ['die', 'der', 'Einmal', 'Zweimal']);
    at('Neu'); // full: 'die' (2 hits) and 'der' (1 hit) stay, at most half the limit
    built.length = 0;
    for (const w of ['die', 'der', 'Einmal']) assert.equal(c.v[at(w)], w.length, `${w}'s entry holds its own sums`);
    assert.deepEqual(built, ['Einmal'], 'only the word met once is built again');
    assert.equal(c.words[0], '<S>', 'the pinned entry stays first');
  });

  it('keeps the most used words when more were met again than half the cache holds', () => {
    const { built, at, sentence } = cache(4);
    sentence('a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'd');
    at('e'); // a and b (2 hits) stay, c (1 hit) would pass half the limit
    built.length = 0;
    for (const w of ['a', 'b', 'c']) at(w);
    assert.deepEqual(built, ['c']);
  });
});
