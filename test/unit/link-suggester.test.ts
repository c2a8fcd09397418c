import * as assert from 'node:assert/strict';
import type { ClaimInput } from '../../src/core/analysis/claim-features';
import { groupFigures } from '../../src/core/analysis/figure-groups';
import { sentenceSpans } from '../../src/core/analysis/inputs';
import { LinkSuggester } from '../../src/core/analysis/link-suggester';
import { termsOf } from '../../src/core/analysis/terms';
import type { Figure } from '../../src/core/model/entities';

const fig = (text: string, value: number, unit: string | null, qualifier: Figure['qualifier'] = null, type: Figure['type'] = 'quantity'): Figure =>
  ({ kind: 'figure', type, start: 0, end: text.length, text, value, unit, qualifier });
const claim = (key: string, text: string, over: Partial<ClaimInput> = {}): ClaimInput => ({ key, document: key.split('#')[0]!, text, actors: [], figures: [], ...over });

describe('link suggestions across documents', () => {
  const corpus = [
    claim('a.txt#1', 'Nordkorea liefert Russland Munition und Raketen für den Krieg.', { actors: ['Nordkorea', 'Russland'] }),
    claim('b.txt#1', 'Pjöngjang schickt Munition an Moskau, sagen US-Beamte.', { actors: ['Nordkorea', 'Russland'], claimant: 'USA' }),
    claim('b.txt#2', 'Die Ernte in Bayern fiel dieses Jahr gut aus.', { actors: ['Bayern'] }),
    claim('c.txt#1', 'Moskau und Pjöngjang haben Munitionslieferungen bestritten.', { actors: ['Nordkorea', 'Russland'], stance: 'denies' }),
    claim('a.txt#2', 'Nordkorea liefert Russland Munition.', { actors: ['Nordkorea', 'Russland'] }),
  ];

  it('ranks claims of other documents that share words, compounds and actors, never one of the same document', () => {
    const s = new LinkSuggester(corpus).suggest('a.txt#1', 5);
    assert.deepEqual(s.map((x) => x.to).sort(), ['b.txt#1', 'c.txt#1'], 'the Bavarian harvest shares nothing');
    s.sort((x, y) => (x.to < y.to ? -1 : 1));
    assert.ok(s.every((x) => !x.to.startsWith('a.txt')));
    assert.match(s[0]!.reasons.join(' '), /shared words: Munition/);
    assert.match(s[0]!.reasons.join(' '), /shared actors: Nordkorea, Russland/);
  });

  it('finds the claim an untagged passage states, in another document only', () => {
    const s = new LinkSuggester(corpus);
    const [best] = s.suggestForPassage(claim('d.txt#@0', 'Pjöngjang liefert Munition an Moskau.', { actors: ['Nordkorea', 'Russland'] }));
    assert.ok(best && ['a.txt#1', 'a.txt#2', 'b.txt#1', 'c.txt#1'].includes(best.to), String(best?.to));
    assert.deepEqual(s.suggestForPassage(claim('a.txt#@9', 'Die Ernte in Bayern fiel gut aus.', { actors: ['Bayern'] }), 3).map((x) => x.to), ['b.txt#2']);
    assert.deepEqual(s.suggestForPassage(claim('b.txt#@9', 'Die Ernte in Bayern fiel gut aus.', { actors: ['Bayern'] }), 3), [], 'not its own document');
  });

  it('splits a text into sentence passages with their offsets', () => {
    const text = 'Erster Satz ist lang genug hier. Zweiter Satz, auch lang genug!\n\nDritter Absatz mit einem Satz.';
    assert.deepEqual(sentenceSpans(text).map(([a, b]) => text.slice(a, b)), ['Erster Satz ist lang genug hier.', 'Zweiter Satz, auch lang genug!', 'Dritter Absatz mit einem Satz.']);
  });

  it('guesses contradicts for a denial and leaves out what is linked or was rejected', () => {
    const s = new LinkSuggester(corpus).suggest('a.txt#1');
    assert.equal(s.find((x) => x.to === 'c.txt#1')?.rel, 'contradicts');
    const rejected = new LinkSuggester(corpus.map((c) => (c.key === 'a.txt#1' ? { ...c, excluded: ['c.txt#1'] } : c)));
    assert.deepEqual(rejected.suggest('a.txt#1').map((x) => x.to), ['b.txt#1']);
    const linkedTheOtherWay = new LinkSuggester(corpus.map((c) => (c.key === 'b.txt#1' ? { ...c, excluded: ['a.txt#1'] } : c)));
    assert.ok(!linkedTheOtherWay.suggest('a.txt#1').some((x) => x.to === 'b.txt#1'), 'a link from the other side counts');
  });

  it('reads disagreeing figures of one quantity as a contradiction, and qualified ones that fit as agreement', () => {
    const figures = [
      claim('x.txt#1', 'Über 1000 Container mit Munition gingen nach Russland.', { figures: [fig('über 1000', 1000, 'Container', 'more_than')] }),
      claim('y.txt#1', 'Es waren über 11.000 Container mit Munition für Russland.', { figures: [fig('über 11.000', 11000, 'Container', 'more_than')] }),
      claim('z.txt#1', 'Nur 500 Container mit Munition erreichten Russland.', { figures: [fig('500', 500, 'Container')] }),
    ];
    const s = new LinkSuggester(figures).suggest('y.txt#1');
    assert.match(s.find((x) => x.to === 'x.txt#1')!.reasons.join(' '), /same quantity: “über 11.000” ~ “über 1000”/);
    const z = s.find((x) => x.to === 'z.txt#1')!;
    assert.equal(z.rel, 'contradicts');
    assert.match(z.reasons.join(' '), /figures disagree/);
  });

  it('finds a claim through a number it states in other words, within the figures\' tolerance, across languages', () => {
    const claims = [
      claim('de.txt#1', 'Rund zwei Dutzend Organisationen unterzeichneten den Aufruf.', { figures: [fig('Rund zwei Dutzend', 24, 'Organisation', 'approx')] }),
      claim('en.txt#1', 'About 25 groups signed the appeal.', { figures: [fig('About 25', 25, 'group', 'approx')] }),
      claim('en.txt#2', 'Some 40 groups stayed away.', { figures: [fig('Some 40', 40, 'group', 'approx')] }),
    ];
    const s = new LinkSuggester(claims).suggest('de.txt#1');
    assert.deepEqual(s.map((x) => x.to), ['en.txt#1'], 'no word in common, 24 ~ 25; 40 is too far');
    assert.match(s[0]!.reasons.join(' '), /Rund zwei Dutzend/);
  });

  it('meets German compounds and inflections through base forms and compound parts', () => {
    const s = new LinkSuggester([
      claim('a.txt#1', 'Moskau und Pjöngjang haben Waffenlieferungen bestritten.', { actors: ['Nordkorea', 'Russland'] }),
      claim('b.txt#1', 'Nordkorea will Russland Waffen liefern.', { actors: ['Nordkorea', 'Russland'] }),
      claim('c.txt#1', 'Russland und Nordkorea unterzeichnen ein Abkommen.', { actors: ['Nordkorea', 'Russland'] }),
    ], ['Die Waffen kamen per Zug.', 'Sie liefern Getreide.']);
    const [best] = s.suggest('a.txt#1');
    assert.equal(best?.to, 'b.txt#1');
    assert.match(best!.reasons.join(' '), /shared words: Waffenlieferungen ~ (Waffen\/liefern|liefern\/Waffen)/);
    assert.deepEqual([...termsOf('Containern Raketen Lieferungen').words.keys()], [...termsOf('Container Rakete Lieferung').words.keys()]);
  });
});

describe('figure groups', () => {
  it('groups figures of different documents that count the same thing in alike sentences, and no others', () => {
    const input = (document: string, f: Figure, context: string, actors: string[]): Parameters<typeof groupFigures>[0][number] => ({ document, figure: f, context, sentence: [0, context.length], actors });
    const groups = groupFigures([
      input('000', fig('über 1000', 1000, 'Container', 'more_than'), 'Die Lieferung von über 1000 Containern mit Munition an Russland.', ['USA', 'Russland']),
      input('003', fig('über 11.000', 11000, 'Container', 'more_than'), 'Nordkorea habe über 11.000 Container mit Munition an Russland geliefert.', ['Nordkorea', 'Russland']),
      input('005', fig('40', 40, 'Container'), 'Im Hafen von Hamburg standen 40 Container mit Bananen.', ['Hamburg']),
      input('004', fig('3 Milliarden Dollar', 3e9, 'USD', null, 'money'), 'Hacker erbeuteten drei Milliarden Dollar.', []),
    ]);
    assert.deepEqual(groups.map((g) => g.figures.map((f) => f.document)), [['000', '003']]);
    assert.deepEqual(groups[0]!.disagreements, [], 'über 1000 and über 11.000 can both be true');
  });
});
