import * as assert from 'node:assert/strict';
import type { Figure } from '../../src/core/model/entities';
import { detectFigures } from '../../src/core/detect/figures/index';
import { parseDigits, parseNumberWord } from '../../src/core/detect/figures/numbers';
import { evaluateFigures } from '../../src/eval/figures';
import { tokenize } from '../../src/core/detect/figures/tokens';

type Row = [text: string, type: Figure['type'], value: Figure['value'], unit: string | null, qualifier: Figure['qualifier']];

function rows(text: string): Row[] {
  return detectFigures(text).map((f) => [f.text, f.type, f.value, f.unit, f.qualifier]);
}

function only(text: string): Row {
  const r = rows(text);
  assert.equal(r.length, 1, `expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(r)}`);
  return r[0];
}

describe('detectFigures', () => {
  describe('number formats', () => {
    it('parses German and English digit forms', () => {
      assert.equal(parseDigits('1.000,5', 'de'), 1000.5);
      assert.equal(parseDigits('100.000', 'de'), 100000);
      assert.equal(parseDigits('2.5', 'en'), 2.5);
      assert.equal(parseDigits('1,000', 'en'), 1000);
      assert.equal(parseDigits('1,4', 'de'), 1.4);
      assert.equal(parseDigits('1.25', 'de'), 1.25);
    });
    it('parses number words', () => {
      assert.equal(parseNumberWord('drei'), 3);
      assert.equal(parseNumberWord('dreiundzwanzig'), 23);
      assert.equal(parseNumberWord('zweihundert'), 200);
      assert.equal(parseNumberWord('twenty-five'), 25);
      assert.equal(parseNumberWord('eine'), null);
    });
    it('reads space-separated thousands', () => {
      assert.deepEqual(only('Das kostet 20 800 Euro.'), ['20 800 Euro', 'money', 20800, 'EUR', null]);
    });
  });

  describe('money', () => {
    it('normalises "1,4 Milliarden US-Dollar" to 1.4e9 USD', () => {
      assert.deepEqual(only('Die Exporte beliefen sich auf 1,4 Milliarden US-Dollar.'), ['1,4 Milliarden US-Dollar', 'money', 1400000000, 'USD', null]);
    });
    it('reads "3 Mio. Euro" with the abbreviated scale inside the span', () => {
      assert.deepEqual(only('Der Gewinn lag bei 3 Mio. Euro im Jahr.'), ['3 Mio. Euro', 'money', 3000000, 'EUR', null]);
    });
    it('reads "500 €"', () => {
      assert.deepEqual(only('Es kostet 500 € pro Person.'), ['500 €', 'money', 500, 'EUR', null]);
    });
    it('reads "$2.5 billion" with a currency symbol before the number', () => {
      assert.deepEqual(only('The deal is worth $2.5 billion, officials said.'), ['$2.5 billion', 'money', 2500000000, 'USD', null]);
    });
    it('takes plain "Dollar" as USD and keeps the qualifier inside the span', () => {
      assert.deepEqual(only('Sie erbeuteten etwa drei Milliarden Dollar durch Angriffe.'), ['etwa drei Milliarden Dollar', 'money', 3e9, 'USD', 'approx']);
    });
    it('maps Rubel, Pfund and Won to ISO codes', () => {
      assert.deepEqual(only('Das kostete 300 Millionen Rubel.')[3], 'RUB');
      assert.deepEqual(only('The fund holds 2.8 trillion won in assets.')[3], 'KRW');
      assert.deepEqual(only('Es ging um 5.000 nordkoreanische Won.')[3], 'KPW');
    });
  });

  describe('quantities', () => {
    it('puts the counted noun outside the span and into unit as a lemma', () => {
      assert.deepEqual(only('die Lieferung von über 1000 Containern mit Ausrüstung'), ['über 1000', 'quantity', 1000, 'Container', 'more_than']);
    });
    it('skips adjectives and quotes before the counted noun', () => {
      assert.deepEqual(only('Pjöngjang habe Moskau 100.000 „freiwillige“ Truppen angeboten.'), ['100.000', 'quantity', 100000, 'Truppe', null]);
    });
    it('reads "Dutzende" as 12 with more_than', () => {
      assert.deepEqual(only('Nordkorea habe „Dutzende ballistischer Raketen“ geliefert.'), ['Dutzende', 'quantity', 12, 'Rakete', 'more_than']);
    });
    it('reads "two dozen" as 24', () => {
      assert.deepEqual(only('Two dozen soldiers were killed.'), ['Two dozen', 'quantity', 24, 'soldier', null]);
    });
    it('reads "Hälfte" as 0.5', () => {
      assert.deepEqual(only('Etwa die Hälfte der Beschäftigten ist betroffen.'), ['Hälfte', 'quantity', 0.5, null, null]);
    });
    it('reads "einige Millionen" as 1e6 more_than', () => {
      assert.deepEqual(only('Es gibt einige Millionen Nutzer.'), ['einige Millionen', 'quantity', 1e6, 'Nutzer', 'more_than']);
    });
    it('keeps measurement units outside the span', () => {
      assert.deepEqual(only('Der Motor leistet etwa 200 PS.'), ['etwa 200', 'quantity', 200, 'PS', 'approx']);
      assert.deepEqual(only('Der Berg ist bis zu 734 m hoch.'), ['bis zu 734', 'quantity', 734, 'm', 'up_to']);
    });
    for (const [phrase, q] of [
      ['mehr als 50', 'more_than'], ['rund 50', 'approx'], ['ca. 50', 'approx'], ['knapp 50', 'less_than'], ['fast 50', 'less_than'],
      ['weniger als 50', 'less_than'], ['bis zu 50', 'up_to'],
    ] as const) {
      it(`records the qualifier "${phrase.split(' ')[0]}" as ${q}`, () => {
        assert.deepEqual(only(`Es kamen ${phrase} Menschen.`), [phrase, 'quantity', 50, 'Mensch', q]);
      });
    }
    it('records English qualifiers', () => {
      assert.deepEqual(only('More than 1,000 people attended.'), ['More than 1,000', 'quantity', 1000, 'person', 'more_than']);
      assert.deepEqual(only('Up to 50,000 refugees crossed the border.'), ['Up to 50,000', 'quantity', 50000, 'refugee', 'up_to']);
    });
    it('counts a cardinal word with its noun', () => {
      assert.deepEqual(only('Er erkannte zwei von Russland unterstützte Separatistenstaaten an.'), ['zwei', 'quantity', 2, 'Separatistenstaat', null]);
    });
  });

  describe('dates', () => {
    it('reads "18. Juni" as --06-18', () => {
      assert.deepEqual(only('am Dienstag (18. Juni) veröffentlicht'), ['18. Juni', 'date', '--06-18', null, null]);
    });
    it('reads "Dezember 2019" as 2019-12', () => {
      assert.deepEqual(only('Sie schlugen im Dezember 2019 vor'), ['Dezember 2019', 'date', '2019-12', null, null]);
    });
    it('reads a numeric date "29.08.2006"', () => {
      assert.deepEqual(only('Stand: 29.08.2006 um Mitternacht'), ['29.08.2006', 'date', '2006-08-29', null, null]);
    });
    it('reads a bare year', () => {
      assert.deepEqual(only('die 2019 unterzeichnet wurde'), ['2019', 'date', '2019', null, null]);
    });
    it('reads a bare month after "im" with the month alone in the span', () => {
      assert.deepEqual(only('Er wurde im Mai entlassen.'), ['Mai', 'date', '--05', null, null]);
    });
    it('reads English "June 18, 2019" and "18 June"', () => {
      assert.deepEqual(only('The rally took place on June 18, 2019.'), ['June 18, 2019', 'date', '2019-06-18', null, null]);
      assert.deepEqual(only('The talks ended on 18 June.'), ['18 June', 'date', '--06-18', null, null]);
    });
    it('keeps "19. und 20. Juni" as one range span', () => {
      assert.deepEqual(only('Putin wird am 19. und 20. Juni Vietnam besuchen.'), ['19. und 20. Juni', 'date', '--06-19/--06-20', null, null]);
    });
    it('reads the year range "1948-1957"', () => {
      assert.deepEqual(only('Er regierte 1948-1957 das Land.'), ['1948-1957', 'date', '1948/1957', null, null]);
    });
    it('reads decades "1950er Jahren" and "90er Jahre"', () => {
      assert.deepEqual(only('seit den 1950er Jahren regiert'), ['1950er Jahren', 'date', '195X', null, null]);
      assert.deepEqual(only('Musik der 90er Jahre gespielt'), ['90er Jahre', 'date', '199X', null, null]);
    });
    it('reads "19. Jahrhundert" as 18XX', () => {
      assert.deepEqual(only('im 19. Jahrhundert gebaut'), ['19. Jahrhundert', 'date', '18XX', null, null]);
    });
    it('reads quarters', () => {
      assert.deepEqual(only('Der Umsatz stieg im vierten Quartal 2007 deutlich.'), ['vierten Quartal 2007', 'date', '2007-Q4', null, null]);
    });
    it('reads seasons "2000/01"', () => {
      assert.deepEqual(only('in der Saison 2000/01 aufgestiegen'), ['2000/01', 'date', '2000/2001', null, null]);
    });
    it('leaves prepositions and modifiers outside the span', () => {
      assert.deepEqual(only('Ende 2005 wurde es eröffnet.'), ['2005', 'date', '2005', null, null]);
    });
  });

  describe('durations and ages', () => {
    it('reads "35 Jahren" as a duration in years', () => {
      assert.deepEqual(only('am Ende von 35 Jahren Herrschaft'), ['35 Jahren', 'duration', 35, 'year', null]);
    });
    it('reads "zwei Tage"', () => {
      assert.deepEqual(only('für zwei Tage Nordkorea besuchen'), ['zwei Tage', 'duration', 2, 'day', null]);
    });
    it('reads "58-Jährige" as an age', () => {
      assert.deepEqual(only('Der 58-Jährige trat zurück.'), ['58-Jährige', 'duration', 58, 'year', null]);
    });
    it('reads "(39)" after a name as an age', () => {
      assert.deepEqual(only('Heidi Klum (39) moderiert.'), ['39', 'duration', 39, 'year', null]);
    });
    it('reads "einen Tag … nachdem" as one day', () => {
      assert.deepEqual(only('Der Artikel wurde einen Tag veröffentlicht, nachdem sie es bekannt gaben.'), ['einen Tag', 'duration', 1, 'day', null]);
    });
  });

  describe('percentages, times, scores, ordinals', () => {
    it('reads "3,5 Prozent" and "12 %"', () => {
      assert.deepEqual(only('Die Aktie stieg um 3,5 Prozent.'), ['3,5 Prozent', 'percent', 3.5, '%', null]);
      assert.deepEqual(only('Der Anteil lag bei 12 % im Schnitt.'), ['12 %', 'percent', 12, '%', null]);
    });
    it('reads "minus 1,8 Prozent" as -1.8', () => {
      assert.deepEqual(only('Die Wirtschaft schrumpfte um minus 1,8 Prozent.'), ['minus 1,8 Prozent', 'percent', -1.8, '%', null]);
    });
    it('reads clock times "14:30 Uhr" and "14 Uhr"', () => {
      assert.deepEqual(only('Das Treffen beginnt um 14:30 Uhr.'), ['14:30 Uhr', 'time', '14:30', null, null]);
      assert.deepEqual(only('Das Treffen beginnt um 14 Uhr.'), ['14 Uhr', 'time', '14:00', null, null]);
    });
    it('reads the score "2:1"', () => {
      assert.deepEqual(only('Dortmund wurde mit 2:1 besiegt.'), ['2:1', 'score', '2:1', null, null]);
    });
    it('reads "zum ersten Mal" as ordinal 1 (as the gold does)', () => {
      assert.deepEqual(only('Putin besucht zum ersten Mal das Land.'), ['ersten', 'ordinal', 1, null, null]);
    });
    it('reads ranking ordinals "43. Geburtstag", "zweite Meisterschaft", "Platz vier"', () => {
      assert.deepEqual(only('Er feierte seinen 43. Geburtstag.'), ['43.', 'ordinal', 43, null, null]);
      assert.deepEqual(only('Es war ihre zweite Meisterschaft.'), ['zweite', 'ordinal', 2, null, null]);
      assert.deepEqual(only('Sie landete auf Platz vier.'), ['vier', 'ordinal', 4, null, null]);
    });
  });

  describe('non-figures', () => {
    for (const text of [
      'Das Turnier WM 2006 war ein Erfolg.',
      'Nach Art. 21 des Grundgesetzes gilt das.',
      'ISBN 3-85830-034-9 ist vergriffen.',
      'Es war eine Rakete der Hwasong-11-Serie.',
      'Er fuhr einen Mercedes-Benz Maybach GLS 600 SUV und eine S650.',
      'Siehe dazu S. 570 im Anhang.',
      'Der Erste Weltkrieg und der Zweiten Weltkrieg prägten Europa.',
      'Am Montag und am Dienstag tagte der Rat.',
      'Er kam im vergangenen Jahr und seit Jahrzehnten nicht wieder.',
      'Das ist eine der wenigen Chancen, und beide wissen es.',
      'Thema Nummer eins ist das Rauchverbot.',
      'Er stand erstmals an der Spitze der ersten Liga.',
      'Das ist die viertgrößte Stadt.',
      'Die 1 ist eine Zahl.',
    ]) {
      it(`finds nothing in "${text}"`, () => {
        assert.deepEqual(rows(text), []);
      });
    }
  });

  describe('offsets', () => {
    it('returns sorted, non-overlapping spans whose text matches the input slice', () => {
      const text = 'Am 19. und 20. Juni 2024 kamen über 1000 Menschen; 3,5 Prozent mehr als 2019, um 14 Uhr.';
      const figs = detectFigures(text);
      assert.ok(figs.length >= 4);
      for (let k = 0; k < figs.length; k++) {
        assert.equal(figs[k].text, text.slice(figs[k].start, figs[k].end));
        if (k > 0) assert.ok(figs[k - 1].end <= figs[k].start);
      }
    });
    // Speed is the bench's business (npm run bench); here only that 1 MB goes through whole, every figure found.
    it('detects every figure in 1 MB of text', () => {
      const sentence = 'Die Exporte beliefen sich bis September auf 1,4 Milliarden US-Dollar, über 1000 Container. ';
      const once = detectFigures(sentence).length;
      assert.ok(once >= 2);
      assert.equal(detectFigures(sentence.repeat(12000)).length, once * 12000);
    });
  });
});

describe('figure evaluation (regression guard)', () => {
  const e = evaluateFigures();
  it('keeps seeds strict F1 ≥ 0.95 and value accuracy ≥ 0.95', () => {
    assert.ok(e.seeds.strictF1 >= 0.95, `seeds strict F1 ${e.seeds.strictF1}`);
    assert.ok(e.seeds.valueAccuracy >= 0.95, `seeds value accuracy ${e.seeds.valueAccuracy}`);
  });
  it('keeps held-out F1 ≥ 0.90 and value accuracy ≥ 0.90', () => {
    assert.ok(e.heldout.strictF1 >= 0.9, `held-out strict F1 ${e.heldout.strictF1}`);
    assert.ok(e.heldout.valueAccuracy >= 0.9, `held-out value accuracy ${e.heldout.valueAccuracy}`);
    assert.ok(e.blind.strictF1 >= 0.9, `blind strict F1 ${e.blind.strictF1}`);
  });
});

describe('figure tokenizer', () => {
  // The regex that scan.ts spells out by hand.
  const TOKEN_RE =
    /(\d+(?:[.,:/]\d+)*(?:[-–]\d+(?:[.,]\d+)*)*)((?:-?\p{L}[\p{L}\p{M}]*)(?:-\p{L}[\p{L}\p{M}]*)*)?|(\p{L}[\p{L}\p{M}\d]*(?:['’-][\p{L}\d][\p{L}\p{M}\d]*)*)|(\S)/gu;
  const reference = (text: string): [string, string, string, string][] =>
    [...text.matchAll(TOKEN_RE)].map((m) => [m[1] !== undefined ? 'num' : m[3] !== undefined ? 'word' : 'sym', m[0], m[1] ?? '', m[2] ?? '']);

  it('finds the tokens of its regex, also in odd text (marks, astral letters, lone surrogates, Unicode spaces)', () => {
    const alphabet = ['1', '9', '.', ',', ':', '/', '-', '–', "'", '’', 'a', 'Z', 'ä', 'ß', '\u0301', '𝔘', '😀', ' ', '\n', '\u00a0', '\u2009', '\uD800', '\uDC00', 'er', '€', '٣'];
    let seed = 1;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let j = 1 + Math.floor(random() * 12); j > 0; j--) text += alphabet[Math.floor(random() * alphabet.length)];
      const toks = tokenize(text).map((t): [string, string, string, string] => [t.kind, t.text, t.core, t.suffix]);
      assert.deepEqual(toks, reference(text), JSON.stringify(text));
    }
  });
});
