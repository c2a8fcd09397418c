import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createDetector } from '../../src/core/detect/create';
import { isKonjunktivI } from '../../src/core/detect/attribution/konjunktiv';
import type { Attribution, Cue, Hedge } from '../../src/core/model/entities';

const ROOT = path.resolve(__dirname, '../..');
const detector = createDetector();
const cues = (text: string): Cue[] => detector.attribute(text, detector.detect(text));
const attributions = (text: string): Attribution[] => cues(text).filter((c): c is Attribution => c.kind === 'attribution');
const hedges = (text: string): string[] => cues(text).filter((c): c is Hedge => c.kind === 'hedge').map((h) => `${h.text}/${h.type}`);
const slice = (text: string, s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);

describe('attribution gold files', () => {
  for (const name of ['seeds-gold.json', 'dev-gold.json', 'tune-gold.json', 'en-tune-gold.json', 'en-dev-gold.json']) {
    it(`${name}: every span's text is its slice, and spans are sorted`, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'eval', 'attribution', name), 'utf8')) as { documents: { file?: string; text?: string; attributions: Attribution[]; hedges: Hedge[] }[] };
      for (const doc of gold.documents) {
        const text = doc.text ?? fs.readFileSync(path.join(ROOT, doc.file!), 'utf8');
        for (const a of doc.attributions) {
          assert.equal(text.slice(a.start, a.end), a.text);
          if (a.source) assert.equal(text.slice(a.source.start, a.source.end), a.source.text);
          if (a.content) assert.ok(a.content.end > a.content.start);
        }
        for (const h of doc.hedges) assert.equal(text.slice(h.start, h.end), h.text);
        const starts = doc.attributions.map((a) => a.start);
        assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
      }
    });
  }
});

describe('attribution', () => {
  it('reads an inverted cue after reported speech, with its source after it', () => {
    const text = 'Der Gipfel stelle die größte Bedrohung dar, sagte Victor Cha, ein ehemaliger Beamter.';
    const [a] = attributions(text);
    assert.equal(a.text, 'sagte');
    assert.equal(slice(text, a.source), 'Victor Cha');
    assert.equal(slice(text, a.content), 'Der Gipfel stelle die größte Bedrohung dar');
    assert.equal(a.mode, 'indirect');
    assert.equal(a.hedged, true);
  });

  it('takes a quotation as direct content and "so" as its cue', () => {
    const text = '„Wir werden das nicht hinnehmen“, so Kirby.';
    const [a] = attributions(text);
    assert.equal(a.text, 'so');
    assert.equal(slice(text, a.content), 'Wir werden das nicht hinnehmen');
    assert.equal(a.mode, 'direct');
  });

  it('annotates the finite verb of a separable cue and reads the stance', () => {
    const text = 'Washington wirft Peking vor, Nordkorea zu ermutigen.';
    const [a] = attributions(text);
    assert.equal(a.text, 'wirft');
    assert.equal(a.stance, 'accuses');
    assert.equal(slice(text, a.source), 'Washington');
    const denial = attributions('Moskau und Pjöngjang haben Waffenlieferungen bestritten.')[0];
    assert.equal(denial.stance, 'denies');
    assert.equal(denial.mode, 'reported');
  });

  it('reads laut and zufolge as according_to, and chains laut after a cue', () => {
    const text = 'Die Zusammenarbeit sei gewachsen, sagte Kim laut der Nachrichtenagentur KCNA.';
    const [said, laut] = attributions(text);
    assert.equal(laut.text, 'laut');
    assert.equal(laut.mode, 'according_to');
    assert.deepEqual(laut.content, said.content);
    const z = attributions('Dem „Spiegel“ zufolge arbeiten beide Staaten an einem Plan.')[0];
    assert.equal(z.text, 'zufolge');
  });

  it('resolves a pronoun source to the person before it', () => {
    const text = 'Juri Uschakow sprach am Montag.\n\nEr sagte, das Abkommen werde sich gegen niemanden richten.';
    const [a] = attributions(text);
    assert.equal(a.source?.text, 'Er');
    assert.equal(a.source?.canonical, 'Juri Uschakow');
  });

  it('reads English clause verbs with that, a subject before its appositive, and a subject after a subordinator', () => {
    const read = (text: string): Array<[string, string | null, string | null]> => attributions(text).map((a) => [a.text, slice(text, a.source), slice(text, a.content)]);
    assert.deepEqual(read('But he added that none of the congressmen asked him.'), [['added', 'he', 'none of the congressmen asked him']]);
    assert.deepEqual(read('Dewey Lawrence, a Tyler lawyer representing the bankers, said it would force banks to sell.'), [['said', 'Dewey Lawrence', 'it would force banks to sell']]);
    assert.deepEqual(read('The lawyer sounded the keynote when he said it would force banks to sell.'), [['said', 'he', 'it would force banks to sell']]);
    // Still: content before the cue, with its source after or before it.
    assert.deepEqual(read('The economy will grow, the minister said.'), [['said', 'the minister', 'The economy will grow']]);
    assert.deepEqual(read('The delay will hurt, said Kirby.'), [['said', 'Kirby', 'The delay will hurt']]);
  });

  it('reads English cues', () => {
    const text = 'The deal is off, a spokesman told reporters. According to Reuters, the talks failed.';
    const [told, according] = attributions(text);
    assert.equal(told.text, 'told reporters');
    assert.equal(slice(text, told.source), 'a spokesman');
    assert.equal(according.mode, 'according_to');
    assert.equal(slice(text, according.content), 'the talks failed');
  });

  it('reads English quotations, trailing according to, and citing as a second source of the same content', () => {
    const quote = '"We will not accept this," said John Kirby, a spokesman.';
    const [q] = attributions(quote);
    assert.equal(slice(quote, q.content), 'We will not accept this');
    assert.equal(slice(quote, q.source), 'John Kirby');
    assert.equal(q.mode, 'direct');
    const trailing = 'The talks failed, according to officials familiar with the matter.';
    assert.equal(slice(trailing, attributions(trailing)[0].content), 'The talks failed');
    const citing = 'He said the deal was dead, citing a report by Reuters.';
    const [said, cited] = attributions(citing);
    assert.deepEqual(cited.content, said.content);
    assert.equal(slice(citing, said.content), 'the deal was dead');
  });

  it('does not take negated or idiomatic uses for cues', () => {
    assert.deepEqual(attributions('Er äußerte sich nicht dazu.'), []);
    assert.deepEqual(attributions('Das sagt viel über die Lage.'), []);
  });
});

describe('attribution: German sources, contents and cues (tuning rules)', () => {
  const one = (text: string): [string, string | null, string | null, string] => {
    const list = attributions(text);
    assert.equal(list.length, 1, JSON.stringify(list));
    const [a] = list;
    return [a.text, slice(text, a.source), slice(text, a.content), a.mode];
  };

  it('reads "hält X für Y" and "bewerten X als Y" as a judgement whose content is their own clause', () => {
    assert.deepEqual(one('Die Ministerin hält dies für übertrieben, wie sie betont.').slice(0, 4), ['hält', 'Die Ministerin', 'dies für übertrieben', 'reported']);
    assert.deepEqual(one('Dennoch bewerten die Fachleute die Gefahr als gering, da keine Tests stattfanden.'), ['bewerten', 'die Fachleute', 'die Gefahr als gering', 'reported']);
    assert.deepEqual(attributions('Sie hält das Buch für ihn bereit.'), []);
    assert.deepEqual(attributions('Die Firma hält an ihrem Plan fest.'), []);
  });

  it('takes a defence with its clause ("verteidigte sich damit, dass"), not with an object', () => {
    assert.deepEqual(one('Der Trainer verlor und verteidigte sich damit, dass der Platz nass gewesen sei.'), ['verteidigte', 'Der Trainer', 'der Platz nass gewesen sei', 'indirect']);
    assert.deepEqual(attributions('Der Minister verteidigte die Reform.'), []);
  });

  it('ends a subject before its verb: "Die Ministerin lobte …", not "Die Ministerin lobte"', () => {
    assert.deepEqual(one('Die Ministerin lobte den Plan, sagte aber: „Wir brauchen mehr Zeit.“'), ['sagte', 'Die Ministerin', 'Wir brauchen mehr Zeit.', 'direct']);
  });

  it('gives a second verb after a comma the subject of the sentence ("…, sagt jedoch: „…“")', () => {
    const list = attributions('Der Trainer hält das Ziel für vermessen, sagt jedoch: „Jeder will gewinnen.“');
    assert.deepEqual(list.map((x) => [x.text, slice('Der Trainer hält das Ziel für vermessen, sagt jedoch: „Jeder will gewinnen.“', x.source)]), [['hält', 'Der Trainer'], ['sagt', 'Der Trainer']]);
  });

  it('reads "Das sagt X" as a cue, but an attributive participle after an article as none', () => {
    assert.deepEqual(one('Das sagt Vereinsmanager Michael Meier über den Konflikt.'), ['sagt', 'Vereinsmanager Michael Meier', 'Das', 'reported']);
    assert.deepEqual(attributions('Die erwartete Einigung blieb aus.'), []);
    assert.deepEqual(attributions('Den angekündigten Ausstand gab es nicht.'), []);
  });

  it('does not read the addressee after a name as its genitive ("sagte Anna Weber der Zeitung")', () => {
    assert.deepEqual(one('Das sagte Bundeskanzler Olaf Scholz der Zeitung.').slice(0, 2), ['sagte', 'Bundeskanzler Olaf Scholz']);
    assert.deepEqual(one('Das sagte der Sprecher der Regierung.').slice(0, 2), ['sagte', 'der Sprecher der Regierung']);
  });

  it('takes the subject before an appositive when no source follows the cue', () => {
    assert.deepEqual(one('Der Sprecher, Leiter der Abteilung für Energie, sagt: „Die Preise steigen.“'), ['sagt', 'Der Sprecher', 'Die Preise steigen.', 'direct']);
    assert.deepEqual(one('Die Ministerin, eine erfahrene Juristin, sagte, die Reform sei nötig.'), ['sagte', 'Die Ministerin', 'die Reform sei nötig', 'indirect']);
    // A clause between commas is no appositive: the source follows the cue.
    assert.deepEqual(one('Nach dem Treffen, das lange dauerte, sagte der Minister, es gebe Fortschritte.').slice(0, 3), ['sagte', 'der Minister', 'es gebe Fortschritte']);
  });

  it('reads a quotation that never closes, or that opened in an earlier sentence, as direct', () => {
    assert.deepEqual(one('Der Sprecher sagt: "Ich kann nur alle dazu aufrufen, die Preise zu vergleichen.').slice(2), ['Ich kann nur alle dazu aufrufen, die Preise zu vergleichen.', 'direct']);
    assert.deepEqual(one('Außerdem bin ich gern hier in der Gegend ", meinte sie.').slice(2), ['Außerdem bin ich gern hier in der Gegend', 'direct']);
  });

  it('takes a denial\'s object before a comma as its content ("wies Spekulationen zurück, wonach …")', () => {
    assert.deepEqual(one('Das Paar wies zugleich Spekulationen zurück, wonach sie geheiratet hätten.').slice(1), ['Das Paar', 'Spekulationen', 'reported']);
    assert.deepEqual(one('Die Regierung wies am Montag zurück, dass sie Waffen geliefert habe.').slice(2), ['sie Waffen geliefert habe', 'indirect']);
    assert.deepEqual(one('Der Minister bestritt gegenüber der Zeitung, dass es Lieferungen gegeben habe.').slice(2), ['es Lieferungen gegeben habe', 'indirect']);
  });

  it('takes no cue from a finite verb that opens its sentence (no prefield: a fragment, a question, a condition)', () => {
    assert.deepEqual(attributions('räumte den Städten Handelsprivilegien ein, was die Nachbarn erboste.'), []);
    assert.deepEqual(attributions('Räumt man ein, dass es Fehler gab, muss man handeln.'), []);
    assert.equal(attributions('Bestätigt wird dies durch Berichte der Zeitung.').length, 1);
  });

  it('reads the impersonal "heißt es" before a colon or comma, parenthetical or after its content', () => {
    const t1 = 'Im hohen Norden, so heißt es, können Menschen noch überleben, anderswo nicht.';
    assert.deepEqual(one(t1), ['heißt', null, 'Im hohen Norden, so heißt es, können Menschen noch überleben', 'indirect']);
    assert.deepEqual(one('Die Legende ist alt; in ihr heißt es: Der Fluss entspringt im Maul des Löwen.'), ['heißt', 'ihr', 'Der Fluss entspringt im Maul des Löwen', 'indirect']);
    assert.deepEqual(one('Es heißt, der Kanzler sei krank.'), ['heißt', null, 'der Kanzler sei krank', 'indirect']);
    assert.deepEqual(one('Die Lage sei ernst, heißt es.'), ['heißt', null, 'Die Lage sei ernst', 'indirect']);
    assert.deepEqual(attributions('Das heißt, wir müssen warten.'), []);
    assert.deepEqual(attributions('Seit der Reform heißt es an den Briefkästen „Sonstige“.'), []);
    assert.deepEqual(attributions('Der Hund heißt Bello.'), []);
  });
});

describe('attribution: German word order, reflexives and idioms', () => {
  const read = (text: string): [string, string | null, string | null, string, string][] =>
    attributions(text).map((a) => [a.text, slice(text, a.source), slice(text, a.content), a.mode, a.stance]);

  it('takes the subject after the verb when a prepositional phrase or a sentence adverb fills the prefield', () => {
    assert.deepEqual(read('Gegenüber der Zeitung sagte der Minister, er werde nicht zurücktreten.')[0].slice(0, 3), ['sagte', 'der Minister', 'er werde nicht zurücktreten']);
    assert.deepEqual(read('Zugleich warnte der Minister vor einer Eskalation.')[0].slice(0, 3), ['warnte', 'der Minister', 'vor einer Eskalation']);
    // The source phrase does not swallow a bare object noun: "räumte der Minister Fehler ein".
    assert.deepEqual(read('Im Interview räumte der Minister Fehler ein.'), [['räumte', 'der Minister', 'Fehler', 'reported', 'asserts']]);
  });

  it('reads on past a clause before the cue that is no content ("Der Präsident der Bank, X, sagte am Montag, …")', () => {
    assert.deepEqual(read('Der Präsident der Zentralbank, Olaf Scholz, sagte am Donnerstag in Frankfurt, die Zinsen blieben niedrig.').map((x) => x.slice(0, 3)), [['sagte', 'Der Präsident der Zentralbank, Olaf Scholz', 'die Zinsen blieben niedrig']]);
    // A short parenthesis after the subject belongs to it.
    assert.deepEqual(read('Bundeskanzler Olaf Scholz (SPD) sagte, es gebe keine Hinweise.').map((x) => x.slice(0, 3)), [['sagte', 'Bundeskanzler Olaf Scholz (SPD)', 'es gebe keine Hinweise']]);
  });

  it('skips a reflexive pronoun, but not for verbs that become others with it', () => {
    assert.deepEqual(read('„Das ist ein Skandal“, empörte sich der Abgeordnete.'), [['empörte', 'der Abgeordnete', 'Das ist ein Skandal', 'direct', 'asserts']]);
    assert.deepEqual(read('Ebenfalls äußerte sich der Verband: Die Lage sei ernst.')[0].slice(0, 3), ['äußerte', 'der Verband', 'Die Lage sei ernst']);
    assert.deepEqual(read('Er meldete sich krank.'), []);
    assert.deepEqual(read('Die Vermutung bestätigte sich später.'), []);
  });

  it('takes no cue from a verb whose clause ends in another particle, or from an idiom', () => {
    assert.deepEqual(read('Die Firma meldete im Mai Insolvenz an.'), []);
    assert.deepEqual(read('Der Veranstalter sagte das Konzert ab.'), []);
    assert.deepEqual(read('Der Verein schrieb Geschichte, als er den Pokal gewann.'), []);
    assert.deepEqual(read('Deutschland erklärte Frankreich den Krieg.'), []);
    assert.deepEqual(read('Das Unglück forderte 20 Todesopfer, darunter drei Kinder.'), []);
    assert.equal(read('Die Polizei meldete drei Festnahmen.').length, 1);
  });

  it('reads a name in quotation marks after its article as one source phrase', () => {
    assert.deepEqual(read('Das berichtet die „Süddeutsche Zeitung“ in ihrer Ausgabe.')[0].slice(0, 3), ['berichtet', 'die „Süddeutsche Zeitung“', 'Das']);
    assert.deepEqual(read('Die „Financial Times“ berichtete, der Deal sei geplatzt.')[0].slice(0, 3), ['berichtete', 'Die „Financial Times“', 'der Deal sei geplatzt']);
  });

  it('takes the content after a colon that follows an inverted source ("Auf die Frage, …, antwortete er: „Nein.“")', () => {
    assert.deepEqual(read('Auf die Frage, ob er zurücktrete, antwortete er: „Nein.“'), [['antwortete', 'er', 'Nein.', 'direct', 'asserts']]);
  });

  it('reads "nach eigenen Angaben" with the clause\'s subject as source and the clause as content', () => {
    assert.deepEqual(read('Die Firma hat nach eigenen Angaben 400 Mitarbeiter entlassen.'), [['nach eigenen Angaben', 'Die Firma', 'Die Firma hat nach eigenen Angaben 400 Mitarbeiter entlassen', 'according_to', 'asserts']]);
    assert.deepEqual(read('Nach eigener Aussage hat er nie gelogen.')[0].slice(0, 2), ['Nach eigener Aussage', 'er']);
    // A number after the head noun starts the next phrase.
    assert.deepEqual(read('Nach eigenen Angaben verkaufte das Unternehmen 2000 Autos.')[0].slice(0, 2), ['Nach eigenen Angaben', 'das Unternehmen']);
    assert.deepEqual(read('Nach Meinung des Gerichts war die Kündigung rechtens.')[0].slice(0, 2), ['Nach Meinung', 'des Gerichts']);
  });

  it('reads a number compound as a noun ("die 23-Jährige") and "lobte" only with its clause', () => {
    assert.deepEqual(read('„Ich bin sehr glücklich“, sagte die 23-Jährige nach dem Rennen.')[0].slice(0, 3), ['sagte', 'die 23-Jährige', 'Ich bin sehr glücklich']);
    assert.deepEqual(read('Der Trainer lobte seine Mannschaft: „Die Jungs haben alles gegeben.“')[0].slice(0, 3), ['lobte', 'Der Trainer', 'Die Jungs haben alles gegeben.']);
    assert.deepEqual(read('Er lobte die Arbeit, die sie geleistet hatten.'), []);
  });

  it('takes a reporting verb with neither object nor topic for none, and writing or telling a work for none', () => {
    assert.deepEqual(read('Seit 2005 berichtet er für die Zeitung aus Washington.'), []);
    assert.deepEqual(read('Sie antwortete auf einen Brief ihres Vaters.'), []);
    assert.deepEqual(read('Er schrieb mehrere Romane und Gedichte.'), []);
    assert.deepEqual(read('Der Film erzählt die Geschichte eines jungen Mannes.'), []);
    assert.deepEqual(read('Die Opposition kritisierte am Montag in Berlin scharf die Pläne.').map((x) => x[0]), ['kritisierte']);
    assert.deepEqual(read('Er erzählte von seiner Kindheit.').map((x) => x[2]), ['von seiner Kindheit']);
    assert.deepEqual(read('Die Zeitung schrieb darüber ausführlich.').map((x) => x[0]), ['schrieb']);
    assert.deepEqual(read('Er warnt vor den Folgen des Klimawandels.').map((x) => x[0]), ['warnt']);
  });

  it('reads "zeigte sich" only with its clause', () => {
    assert.deepEqual(read('Der Bürgermeister zeigte sich zufrieden: „Das ist ein guter Tag.“')[0].slice(0, 3), ['zeigte sich', 'Der Bürgermeister', 'Das ist ein guter Tag.']);
    assert.deepEqual(read('Die Wirkung zeigte sich, als es regnete.'), []);
    assert.deepEqual(read('Die Bilder zeigten, dass Fahrzeuge fehlten.'), []);
  });

  it('reads more verbs of telling with their clause, "den Vorwurf, …" as an accusation, and ends content at a coordinated cue', () => {
    assert.deepEqual(read('Seine Frau erzählte, er sei oft krank gewesen.')[0].slice(0, 3), ['erzählte', 'Seine Frau', 'er sei oft krank gewesen']);
    assert.deepEqual(read('Der Sprecher stellte klar, dass es keine Pläne gebe.')[0].slice(0, 3), ['stellte klar', 'Der Sprecher', 'es keine Pläne gebe']);
    assert.deepEqual(read('Das Gericht begründete die Entscheidung damit, dass kein Beweis vorliege.')[0].slice(0, 3), ['begründete', 'Das Gericht', 'kein Beweis vorliege']);
    assert.equal(read('Der Sprecher wiederholte am Montag den Vorwurf, das Land habe Raketen geliefert.')[0][4], 'accuses');
    assert.deepEqual(read('Der Sprecher sagte, man werde das prüfen, und fügte hinzu, dass es keine Beweise gebe.').map((x) => x.slice(0, 3)), [
      ['sagte', 'Der Sprecher', 'man werde das prüfen'],
      ['fügte hinzu', 'Der Sprecher', 'es keine Beweise gebe'],
    ]);
  });
});

describe('hedges', () => {
  it('finds reportative sollen with a perfect infinitive but not the deontic soll', () => {
    assert.deepEqual(hedges('Die Hacker sollen dabei drei Milliarden Dollar erbeutet haben.'), ['sollen/reportative']);
    assert.deepEqual(hedges('Die Anlage soll 2026 fertig werden.'), []);
  });

  it('English: epistemic may and could, likely and potentially; no Konjunktiv I in an English sentence', () => {
    assert.deepEqual(hedges('The toll may be higher, and the talks could also fail, officials said.'), ['may/modal', 'could/modal']);
    assert.deepEqual(hedges('The plan will likely fail and potentially cost jobs.'), ['likely/adverb', 'potentially/adverb']);
    assert.deepEqual(hedges('The schools cannot now handle the student load, the report said.'), []);
    assert.deepEqual(hedges('May was cold, and you may not smoke here.'), []);
  });

  it('finds adverbs, epistemic modals, Berichten zufolge and English hedges', () => {
    assert.deepEqual(hedges('Die Angriffe wurden mutmaßlich von Hackern verübt.'), ['mutmaßlich/adverb']);
    assert.deepEqual(hedges('Das könnte den Konflikt anheizen.'), ['könnte/modal']);
    assert.deepEqual(hedges('Berichten zufolge ist er abgereist.'), ['Berichten zufolge/adverb']);
    assert.deepEqual(hedges('The missile was allegedly launched from the north and is believed to have failed.'), ['allegedly/adverb', 'is believed to/other']);
  });

  it('finds Konjunktiv I forms but not the first person or adjectives', () => {
    assert.deepEqual(hedges('Er sagte, die Lage sei ernst und es gebe keine Lösung.'), ['sei/subjunctive', 'gebe/subjunctive']);
    assert.deepEqual(hedges('Ich habe das gesehen.'), []);
    assert.ok(isKonjunktivI('entspreche'));
    assert.ok(!isKonjunktivI('gute'));
    assert.ok(!isKonjunktivI('meine'));
  });
});
