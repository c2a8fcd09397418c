import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ClaimInput } from '../../src/core/analysis/claim-features';
import { LinkSuggester } from '../../src/core/analysis/link-suggester';
import { germanStem, porter } from '../../src/core/analysis/stemmer';
import { loadThesaurus, Thesaurus, THESAURUS_FILES } from '../../src/core/analysis/thesaurus';
import { readThesaurus } from '../../src/platform/node-thesaurus';

const root = join(__dirname, '..', '..');
const claim = (key: string, text: string, over: Partial<ClaimInput> = {}): ClaimInput => ({ key, document: key.split('#')[0]!, text, actors: [], figures: [], ...over });

describe('synonym tables (media/thesaurus)', () => {
  it('reads a table gzipped or not, one set per line, comments skipped, by language', () => {
    const text = '# a comment\nausstand streik\nstreik ausgeh\n';
    for (const bytes of [new TextEncoder().encode(text), gzipSync(text)]) {
      const t = loadThesaurus({ de: bytes });
      assert.deepEqual(t.synsets('streik', 'de'), ['de0', 'de1'], 'an ambiguous word is in every set it belongs to');
      assert.deepEqual(t.synsets('ausstand', 'de'), ['de0']);
      assert.equal(t.synsets('streik', 'en'), undefined, 'each language has its own sets');
      assert.equal(t.synsets('ausgeh', 'de')?.length, 1);
    }
  });

  it('ships German and English tables keyed by the suggester\'s stems', () => {
    const t = readThesaurus(root);
    assert.ok(t, 'media/thesaurus/ is there');
    for (const path of Object.values(THESAURUS_FILES)) assert.ok(readFileSync(join(root, path!)).length > 0, path);
    const shared = (a: string[] | readonly string[] | undefined, b: readonly string[] | undefined): boolean => !!a && !!b && a.some((x) => b.includes(x));
    assert.ok(shared(t.synsets(germanStem('streik'), 'de'), t.synsets(germanStem('ausstand'), 'de')), 'Streik ~ Ausstand (OpenThesaurus)');
    assert.ok(shared(t.synsets(porter('earthquake'), 'en'), t.synsets(porter('quake'), 'en')), 'earthquake ~ quake (WordNet)');
  });
});

describe('link suggestions through synonyms', () => {
  const thesaurus = new Thesaurus({ de: 'aussta streik\nunverhaltnismassig uberzog\n' });
  const corpus = [
    claim('a.txt#1', 'Die Bahn bezeichnete den Ausstand als unverhältnismäßig.'),
    claim('b.txt#1', 'Ein Sprecher nannte den Streik überzogen.'),
    claim('c.txt#1', 'Die Ernte in Bayern fiel dieses Jahr gut aus.'),
  ];

  it('suggests a claim that only synonyms connect, and names them in its reasons', () => {
    assert.deepEqual(new LinkSuggester(corpus).suggest('a.txt#1'), [], 'without a thesaurus they share no word');
    const [best, ...rest] = new LinkSuggester(corpus, [], { thesaurus }).suggest('a.txt#1');
    assert.equal(best?.to, 'b.txt#1');
    assert.deepEqual(rest, []);
    assert.match(best!.reasons.join('; '), /synonyms: Ausstand ~ Streik, unverhältnismäßig ~ überzogen/);
  });

  it('weighs a synonym below the same word, and does not count a shared word twice through its set', () => {
    const same = [claim('x.txt#1', 'Die Bahn nannte den Streik überzogen.'), claim('y.txt#1', 'Ein Sprecher nannte den Streik überzogen.')];
    const withSynonyms = new LinkSuggester([...corpus, ...same], [], { thesaurus });
    const plain = new LinkSuggester([...corpus, ...same]);
    const score = (s: LinkSuggester, from: string, to: string): number => s.suggest(from, 9).find((x) => x.to === to)!.score;
    assert.equal(score(withSynonyms, 'x.txt#1', 'y.txt#1'), score(plain, 'x.txt#1', 'y.txt#1'), 'the same words: no synonym credit on top');
    assert.ok(score(withSynonyms, 'a.txt#1', 'b.txt#1') < score(withSynonyms, 'x.txt#1', 'b.txt#1'), 'synonyms count less than the words themselves');
    assert.ok(!withSynonyms.suggest('x.txt#1', 9).find((x) => x.to === 'y.txt#1')!.reasons.some((r) => r.startsWith('synonyms')));
  });
});
