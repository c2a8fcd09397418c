import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fingerprint } from '../../src/core/anchor/fingerprint';
import { mapOffsets } from '../../src/core/anchor/map-offsets';
import { reanchor } from '../../src/core/anchor/reanchor';
import { makeSelectors } from '../../src/core/anchor/selectors';
import { sha256Hex } from '../../src/core/anchor/sha256';

const TEXT = [
  'Putin und Kim trafen sich am Montag in Pjöngjang.',
  'Nordkorea liefere seit Monaten Munition an Russland, sagte ein Sprecher des Pentagons.',
  'Der Kreml wies das zurück.',
  'Nordkorea liefere seit Monaten Munition an Russland, behauptete später auch Südkorea.',
].join('\n\n');
const claim = (text: string, quote: string, nth = 0): [number, number] => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  return [at, at + quote.length];
};

describe('fingerprint', () => {
  it('matches node:crypto SHA-256 over the UTF-8 bytes, at every padding boundary', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 131 + 7) & 255);
      assert.equal(sha256Hex(bytes), createHash('sha256').update(bytes).digest('hex'), `length ${n}`);
    }
  });

  it('counts the length in UTF-16 code units and hashes umlauts and emoji as UTF-8', () => {
    const text = 'Pjöngjang 🚀';
    assert.deepEqual(fingerprint(text), { length: 12, sha256: createHash('sha256').update(text, 'utf8').digest('hex') });
  });
});

describe('makeSelectors', () => {
  it('keeps 32 characters of context, fewer at the ends of the text', () => {
    const [start, end] = claim(TEXT, 'Der Kreml wies das zurück.');
    const [q, p] = makeSelectors(TEXT, start, end);
    assert.equal(q.exact, 'Der Kreml wies das zurück.');
    assert.equal(q.prefix, TEXT.slice(start - 32, start));
    assert.equal(q.suffix, TEXT.slice(end, end + 32));
    assert.deepEqual(p, { type: 'TextPositionSelector', start, end });
    assert.equal(makeSelectors(TEXT, 0, 5)[0].prefix, '');
  });

  it('rejects an empty or out-of-range span', () => {
    assert.throws(() => makeSelectors(TEXT, 3, 3), RangeError);
    assert.throws(() => makeSelectors(TEXT, 0, TEXT.length + 1), RangeError);
  });
});

describe('reanchor', () => {
  const quote = 'Nordkorea liefere seit Monaten Munition an Russland';
  const second = makeSelectors(TEXT, ...claim(TEXT, quote, 1));

  it('keeps the stored position when the text is unchanged', () => {
    assert.deepEqual(reanchor(TEXT, second), { status: 'anchored', start: second[1].start, end: second[1].end, method: 'position', score: 1 });
  });

  it('tells a repeated quote apart by its context after text was inserted before it', () => {
    const edited = 'EILMELDUNG\n\n' + TEXT;
    const r = reanchor(edited, second);
    assert.equal(r.status, 'anchored');
    assert.equal(r.status === 'anchored' && r.start, claim(edited, quote, 1)[0]);
    assert.equal(r.status === 'anchored' && r.method, 'exact');
  });

  it('follows a claim through a fixed typo inside it (fuzzy), on the corrected span', () => {
    const sel = makeSelectors(TEXT, ...claim(TEXT, 'Der Kreml wies das zurück.'));
    const edited = TEXT.replace('Der Kreml wies das zurück.', 'Der Kreml wies dies zurück.');
    const r = reanchor(edited, sel);
    assert.equal(r.status === 'anchored' && r.method, 'fuzzy');
    assert.equal(r.status === 'anchored' && edited.slice(r.start, r.end), 'Der Kreml wies dies zurück.');
  });

  it('orphans a claim whose sentence was deleted even though a look-alike sentence remains', () => {
    const full = 'Nordkorea liefere seit Monaten Munition an Russland, sagte ein Sprecher des Pentagons.';
    const sel = makeSelectors(TEXT, ...claim(TEXT, full));
    const edited = TEXT.replace(full + '\n\n', '');
    assert.deepEqual(reanchor(edited, sel), { status: 'orphaned' });
  });

  it('orphans a short quote whose only remaining occurrence has a different context', () => {
    const sel = makeSelectors(TEXT, ...claim(TEXT, 'Kreml'));
    const edited = TEXT.replace('Der Kreml wies das zurück.', 'Moskau schwieg.') + '\n\nDer Kreml bestätigte nichts.';
    assert.deepEqual(reanchor(edited, sel), { status: 'orphaned' });
  });

  it('orphans everything in an empty text', () => {
    assert.deepEqual(reanchor('', second), { status: 'orphaned' });
  });
});

describe('mapOffsets', () => {
  const claimRange = { start: 10, end: 20 };
  const map = (rangeOffset: number, rangeLength: number, text: string) => mapOffsets([claimRange], [{ rangeOffset, rangeLength, text }])[0];

  it('shifts a range after an edit before it, and leaves it alone after an edit behind it', () => {
    assert.deepEqual(map(2, 3, 'abcdef'), { start: 13, end: 23, collapsed: false });
    assert.deepEqual(map(25, 3, ''), { start: 10, end: 20, collapsed: false });
  });

  it('does not grow the claim when typing at either boundary', () => {
    assert.deepEqual(map(10, 0, 'xx'), { start: 12, end: 22, collapsed: false });
    assert.deepEqual(map(20, 0, 'xx'), { start: 10, end: 20, collapsed: false });
  });

  it('grows or shrinks the claim for an edit strictly inside it', () => {
    assert.deepEqual(map(12, 2, 'abcd'), { start: 10, end: 22, collapsed: false });
  });

  it('trims a claim whose start or end was deleted, and collapses one deleted whole', () => {
    assert.deepEqual(map(5, 10, ''), { start: 5, end: 10, collapsed: false });
    assert.deepEqual(map(15, 10, 'z'), { start: 10, end: 15, collapsed: false });
    assert.deepEqual(map(8, 15, 'new'), { start: 11, end: 11, collapsed: true });
  });

  it('applies several changes of one event in the order given (VS Code reports them back to front)', () => {
    const changes = [{ rangeOffset: 30, rangeLength: 0, text: 'END' }, { rangeOffset: 0, rangeLength: 5, text: '' }];
    assert.deepEqual(mapOffsets([claimRange], changes), [{ start: 5, end: 15, collapsed: false }]);
  });
});
