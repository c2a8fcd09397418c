import * as assert from 'node:assert/strict';
import type { ClaimInput } from '../../src/core/analysis/claim-features';
import { CompoundSplitter } from '../../src/core/analysis/compounds';
import { sameFigure } from '../../src/core/analysis/figure-match';
import { LinkSuggester } from '../../src/core/analysis/link-suggester';
import { germanStem, guessLanguage, porter } from '../../src/core/analysis/stemmer';
import { termsOf } from '../../src/core/analysis/terms';
import type { Figure } from '../../src/core/model/entities';

const fig = (text: string, value: number | string, unit: string | null, qualifier: Figure['qualifier'] = null, type: Figure['type'] = 'quantity'): Figure =>
  ({ kind: 'figure', type, start: 0, end: text.length, text, value, unit, qualifier });
const claim = (key: string, text: string, over: Partial<ClaimInput> = {}): ClaimInput => ({ key, document: key.split('#')[0]!, text, actors: [], figures: [], ...over });

describe('link features: base forms', () => {
  it('brings a German verb, its participles and its -ung noun to one base form', () => {
    const forms = ['liefern', 'lieferte', 'geliefert', 'Lieferung', 'Lieferungen'].map((w) => germanStem(w.toLowerCase()));
    assert.deepEqual(new Set(forms), new Set(['liefer']));
    assert.equal(germanStem('ausgeweitet'), germanStem('ausweiten'), 'the ge- inside a separable verb');
    assert.equal(germanStem('ausweitung'), germanStem('ausweiten'));
    assert.equal(germanStem('angegriffen'), germanStem('angriff'));
    assert.equal(germanStem('raketen'), germanStem('rakete'));
  });

  it('stems English by Porter’s rules', () => {
    assert.deepEqual(['approved', 'approval', 'hackers', 'organisations', 'relational', 'hopping'].map(porter), ['approv', 'approv', 'hacker', 'organis', 'relat', 'hop']);
  });

  it('guesses a passage’s language from words only one of the languages has', () => {
    assert.equal(guessLanguage('The Federal Reserve raised its rate'.split(' ')), 'en');
    assert.equal(guessLanguage('Die Fed hat den Leitzins angehoben'.split(' ')), 'de');
    assert.equal(guessLanguage('Nordkorea will Russland Waffen liefern'.split(' ')), 'de', '"will" is German too');
    assert.equal(guessLanguage('Größere Lieferungen'.split(' ')), 'de', 'umlauts');
    // In context, each passage is stemmed by its own language's rules.
    assert.ok(termsOf('The systems were approved by the government').words.has('approv'));
    assert.ok(termsOf('Die Systeme wurden geliefert').words.has('liefer'));
  });
});

describe('link features: German compounds', () => {
  const vocabulary = new Map([['Waffen', 5], ['liefern', 3], ['Luft', 2], ['Verteidigung', 2], ['System', 4], ['bereit', 3], ['Schafe', 1], ['Abkommen', 2]].map(([w, n]) => [germanStem((w as string).toLowerCase()), n as number]));
  const split = new CompoundSplitter(vocabulary);

  it('splits a compound into words the corpus has, recursively and over linking -s-', () => {
    assert.deepEqual(split.parts('waffenlieferungen'), ['waff', 'liefer']);
    assert.deepEqual(split.parts('luftverteidigungssysteme'), ['luf', 'verteidig', 'sys']);
    assert.deepEqual(split.parts('waffenlieferungsabkommen'), ['waff', 'liefer', 'abkomm']);
  });

  it('leaves short words, unknown parts and derivation suffixes alone', () => {
    assert.equal(split.parts('lieferte'), undefined, 'too short to be a compound');
    assert.equal(split.parts('bereitschaft'), undefined, '-schaft is a suffix, not the word Schaf');
    assert.equal(split.parts('gartenzwerge'), undefined, 'parts the corpus does not have');
  });

  it('adds the parts beside the compound, sharing one weight', () => {
    const t = termsOf('Waffenlieferungen', split);
    assert.equal(t.words.get('waff'), 0.5);
    assert.equal(t.words.get('liefer'), 0.5);
    assert.equal([...t.words.values()].reduce((a, b) => a + b), 2);
    assert.equal(termsOf('The arms deliveries', split).words.get('waff'), undefined, 'English passages are not split');
  });
});

describe('link features: rarity and figures', () => {
  it('weighs a shared actor by its rarity: one in every claim finds little, a rare one much', () => {
    const everywhere = ['Russland'];
    const s = new LinkSuggester([
      claim('a.txt#1', 'Der Gipfel endete ohne Ergebnis.', { actors: [...everywhere, 'Belarus'] }),
      claim('b.txt#1', 'Das Treffen brachte keine Einigung.', { actors: [...everywhere, 'Belarus'] }),
      claim('c.txt#1', 'Die Ernte fiel schlecht aus.', { actors: everywhere }),
      claim('d.txt#1', 'Die Preise stiegen stark.', { actors: everywhere }),
      claim('e.txt#1', 'Der Winter war mild.', { actors: everywhere }),
    ]);
    const ranked = s.suggest('a.txt#1', 5);
    assert.deepEqual(ranked.map((x) => x.to), ['b.txt#1'], 'sharing only the actor every claim names is not worth showing');
    assert.match(ranked[0]!.reasons.join('; '), /shared actors: Belarus, Russland/, 'the rarer first');
  });

  it('weighs a shared word by its rarity among the corpus sentences', () => {
    const background = Array.from({ length: 30 }, (_, i) => `Die Regierung berichtete am Tag ${i} über neue Pläne.`);
    const s = new LinkSuggester([
      claim('a.txt#1', 'Die Regierung plant ein Tempolimit.'),
      claim('b.txt#1', 'Ein Tempolimit ist beschlossen.'),
      claim('c.txt#1', 'Die Regierung ist zerstritten.'),
    ], background);
    const [first, second] = s.suggest('a.txt#1');
    assert.equal(first?.to, 'b.txt#1');
    assert.ok(!second || second.score < first!.score / 3, 'a word of every sentence says little');
  });

  it('matches figures that state the same number in other words or units, and no others', () => {
    assert.ok(sameFigure(fig('über 5000', 5000, null, 'more_than'), fig('More than 5,000 people', 5000, 'person', 'more_than')));
    assert.ok(sameFigure(fig('about 25', 25, 'organisation', 'approx'), fig('zwei Dutzend', 24, 'Organisation', 'approx')));
    assert.ok(!sameFigure(fig('über 1000', 1000, 'Container', 'more_than'), fig('Dutzende', 12, 'Rakete', 'more_than')), 'open ranges are no match');
    assert.ok(!sameFigure(fig('180 Euro', 180, 'EUR', null, 'money'), fig('180 Dollar', 180, 'USD', null, 'money')), 'another currency');
    assert.ok(sameFigure(fig('Juni', '--06', null, null, 'date'), fig('June', '--06', null, null, 'date')));
  });

  it('ranks a claim stating the same rare figure first, across languages, and says so', () => {
    const s = new LinkSuggester([
      claim('en.txt#1', 'The death toll has risen to more than 5,000.', { actors: ['Türkei'], figures: [fig('more than 5,000', 5000, null, 'more_than')] }),
      claim('de.txt#1', 'Die Zahl der Todesopfer ist auf über 5000 gestiegen.', { actors: ['Türkei'], figures: [fig('über 5000', 5000, null, 'more_than')] }),
      claim('de.txt#2', 'Die Regierung rief den Notstand aus.', { actors: ['Türkei'] }),
      claim('x.txt#1', 'In Syrien starben 1400 Menschen.', { actors: ['Syrien'], figures: [fig('1400', 1400, 'Mensch')] }),
    ]);
    const [best] = s.suggest('en.txt#1');
    assert.equal(best?.to, 'de.txt#1');
    assert.match(best!.reasons.join('; '), /same figure: “more than 5,000” ~ “über 5000”/);
  });
});
