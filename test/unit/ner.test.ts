import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'fflate';
import { ActorDetector, buildRegistry } from '../../src/core/detect/actors/index';
import { encodeNerModel, loadNerModel, loadNerModelInTurns, pruneWeakRows } from '../../src/core/detect/ner/model-file';
import { FEATURE_VERSION, hash } from '../../src/core/detect/ner/features';
import { clusterLookup, learnClusters } from '../../src/core/detect/ner/clusters';
import { L, LABELS, PerceptronNer } from '../../src/core/detect/ner/model';
import { registryGazetteer, registryMentions } from '../../src/core/detect/ner/gazetteer';
import { lexiconGazetteer, wordHinter } from '../../src/core/detect/ner/lexicon';
import { nerSentences, nerTokens, tokenSpans } from '../../src/core/detect/ner/tokenize';
import { scoreTags } from '../../src/core/detect/ner/evaluate';
import { withWordLists, wordListClasses, type WordLists } from '../../src/core/detect/ner/word-lists';

const LISTS: WordLists = {
  first: ['angela', 'hans'],
  last: ['merkel', 'müller'],
  places: ['berlin', 'erfurt'],
  nouns: ['Amt', 'Ministerium', 'Müller', 'Regierung', 'Regierungen'],
  frequent: ['die', 'und', 'regierung'],
};

const MODEL = path.resolve(__dirname, '../../media/ner/model.bin');

describe('discovery model', () => {
  let model: PerceptronNer;

  before(() => {
    model = loadNerModel(fs.readFileSync(MODEL));
  });

  it('ships a weights file of at most 5 MB', () => {
    assert.ok(fs.statSync(MODEL).size <= 5 * 1024 * 1024);
  });

  it('loads from bytes (load time is measured by npm run bench)', () => {
    const loaded = loadNerModel(new Uint8Array(fs.readFileSync(MODEL)));
    assert.equal(loaded.buckets, model.buckets);
  });

  it('loads a step at a time with turns in between (the server answers requests meanwhile), the same model', async () => {
    let turns = 0;
    const loaded = await loadNerModelInTurns(new Uint8Array(fs.readFileSync(MODEL)), async () => void turns++);
    assert.ok(turns >= 4, `${turns} turns`);
    const text = 'Bundeskanzler Olaf Scholz traf in Brüssel die Chefin der Europäischen Kommission, Ursula von der Leyen.';
    assert.deepEqual(loaded.tag(text), model.tag(text));
    assert.deepEqual(Array.from(loaded.floatWeights()), Array.from(model.floatWeights()));
  });

  it('takes no English weekday, month or pronoun for a name, yet still finds the people and banks around them', () => {
    const d = new ActorDetector(buildRegistry(), model);
    const text = 'The Federal Reserve held rates on Wednesday. He said in September that Jerome Powell would stay. They disagreed on Monday.';
    const names = d.detect(text).map((m) => m.text);
    for (const word of ['Wednesday', 'He', 'September', 'They', 'Monday']) assert.ok(!names.includes(word), `${word} is not an actor: ${names.join(', ')}`);
    assert.ok(names.includes('Jerome Powell') && names.includes('Federal Reserve'), names.join(', '));
  });

  it('empties the weakest weight rows, by their largest |w|, and leaves the others as they were', () => {
    // Five rows of width 3; row 1 is already empty. Largest |w| per non-empty row: 0.1, 2, -0.5 → 0.5, 3.
    const w = Float32Array.from([0.1, 0, -0.05, 0, 0, 0, 2, -1, 0, 0, -0.5, 0.2, 0, 0, 3]);
    const before = Array.from(w);
    assert.equal(pruneWeakRows(w, 3, 0.5), 2, 'half of the four non-empty rows');
    assert.deepEqual(Array.from(w), [0, 0, 0, 0, 0, 0, 2, -1, 0, 0, 0, 0, 0, 0, 3]);
    const again = Float32Array.from(before);
    assert.equal(pruneWeakRows(again, 3, 0), 0, 'a fraction of 0 empties nothing');
    assert.deepEqual(Array.from(again), before);
  });

  it('reads back the weights it wrote with zero runs (file version 2) exactly', () => {
    const buckets = 64;
    const w = new Float32Array(buckets * L);
    w[3] = 1.5;
    w[200] = -0.25;
    w[buckets * L - 1] = 2;
    const header = { format: 'sa-ner' as const, featureVersion: FEATURE_VERSION, buckets, labels: [...LABELS], trainedOn: 'test' };
    const v1bytes = encodeNerModel(w, new Float32Array((L + 1) * L), { ...header, version: 1 });
    const v1 = loadNerModel(v1bytes);
    const v2bytes = encodeNerModel(w, new Float32Array((L + 1) * L), { ...header, version: 2 });
    const v2 = loadNerModel(v2bytes);
    const read = Array.from(v1.floatWeights());
    assert.deepEqual(Array.from(v2.floatWeights()), read);
    for (const i of [3, 200, buckets * L - 1]) assert.ok(Math.abs(read[i] - w[i]) <= 0.1 * Math.abs(w[i]), `weight ${i}: ${read[i]} for ${w[i]}`);
    assert.equal(read.filter((x) => x !== 0).length, 3, 'zeros stay zeros');
    assert.ok(gunzipSync(v2bytes).length < gunzipSync(v1bytes).length - buckets * L + 20, 'zero runs are shorter');
    assert.deepEqual([v2bytes[0], v2bytes[1]], [0x1f, 0x8b], 'the file is gzipped');
    assert.deepEqual(Array.from(loadNerModel(gunzipSync(v2bytes)).floatWeights()), read, 'an uncompressed file loads too');
  });

  it('clusters words that share their neighbours, from tokens alone', () => {
    const sents: string[][] = [];
    for (const name of ['Müller', 'Schmidt', 'Meier']) for (let k = 0; k < 4; k++) sents.push(['Herr', name, 'sagte', 'das']);
    for (const city of ['Bonn', 'Köln', 'Kiel']) for (let k = 0; k < 4; k++) sents.push(['in', city, 'wohnen', 'viele']);
    const lookup = clusterLookup(learnClusters(sents, { fine: 4, coarse: 2, contexts: 20 }));
    assert.equal(lookup('Müller')?.[0], lookup('Schmidt')?.[0]);
    assert.equal(lookup('Bonn')?.[0], lookup('Kiel')?.[0]);
    assert.notEqual(lookup('Müller')?.[0], lookup('Bonn')?.[0]);
    assert.equal(lookup('Unbekannt'), undefined);
  });

  it('tags people, organisations and places in a simple sentence', () => {
    const text = 'Angela Merkel besuchte am Montag die Siemens AG in München.';
    const found = model.tag(text).map((s) => `${text.slice(s.start, s.end)}/${s.label}`);
    assert.deepEqual(found, ['Angela Merkel/PER', 'Siemens AG/ORG', 'München/LOC']);
  });

  it('gives suggestions a confidence and leaves registry mentions alone', () => {
    const d = new ActorDetector(buildRegistry(), model);
    const ms = d.detect('Wladimir Putin sprach mit Hans-Jürgen Kleinschmidt in Putins Datscha.');
    assert.deepEqual(ms.map((m) => `${m.text}:${m.source}`), ['Wladimir Putin:registry', 'Hans-Jürgen Kleinschmidt:model', 'Putins:registry']);
    const s = ms[1];
    assert.equal(s.type, 'person');
    assert.ok(s.confidence !== undefined && s.confidence > 0 && s.confidence <= 1);
  });

  it('tags from cached per-word sums exactly as from the reference feature ids', () => {
    let seed = 7;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) - 0.5;
    const B = 1 << 12;
    const w = new Float32Array(B * L).map(random);
    const t = new Float32Array((L + 1) * L).map(random);
    const m = new PerceptronNer(w, t, B, {
      registry: registryGazetteer(),
      lexicon: lexiconGazetteer(['PER\tAngela Merkel', 'LOC\tBerlin']),
      words: withWordLists(wordHinter(['Berlin\t1\t0\t0\t5', 'die\t50\t0\t0\t0', 'Die\t10\t0\t0\t0']), LISTS),
    });
    const toks = 'Die Angela Merkel sprach in Berlin mit Wladimir Putin über die EU-Sanktionen .'.split(' ');
    const ref = m.viterbi(m.emissions(m.features(toks)), toks.length);
    const fast = m.tagTokens(toks);
    assert.deepEqual(fast, ref.map((y) => LABELS[y]));
  });

  it('says from its word lists whether an unseen word is a name or a common noun', () => {
    const classes = wordListClasses(LISTS);
    assert.deepEqual(classes('Regierung'), ['nn', 'f1']);
    assert.deepEqual(classes('Bundesjustizministerium'), ['nnc', 'f-'], 'a compound is known by its head noun');
    assert.deepEqual(classes('Müller'), ['ln+nn', 'f-'], 'a surname that is also a noun is both');
    assert.deepEqual(classes('Erfurts'), ['pls', 'f-'], 'genitive of a place');
    assert.deepEqual(classes('Angela'), ['fn', 'f-']);
    assert.deepEqual(classes('Xqzt'), [undefined, 'f-']);
  });

  it('learns OTH names but never reports or scores them', () => {
    const B = 1 << 8;
    const w = new Float32Array(B * L);
    const sOth = LABELS.indexOf('S-OTH');
    for (let f = 0; f < B; f++) w[f * L + sOth] = 1; // every feature votes for S-OTH
    const m = new PerceptronNer(w, new Float32Array((L + 1) * L), B, {});
    assert.ok(m.tagTokens(['Faust', 'II']).every((t) => t === 'S-OTH'));
    assert.deepEqual(m.tag('Faust II'), []);
    const scores = scoreTags([{ gold: ['S-OTH', 'S-PER'], pred: ['O', 'S-PER'] }, { gold: ['O'], pred: ['S-OTH'] }]);
    assert.deepEqual([scores.P, scores.R], [1, 1], 'OTH is neither missed nor spurious');
  });

  it('gives the same spans with registry mentions from the caller as from its own registry pass', () => {
    const text = 'Wladimir Putin traf in Moskau den Chef der Deutschen Bank, Christian Sewing. Danach flog er nach Peking.';
    assert.deepEqual(model.tag(text, registryMentions()(text)), model.tag(text));
  });

  it('tokenises like the GermEval conversion and splits sentences', () => {
    const text = 'Dr. Müller (SPD) kam z.B. nach Baden-Württemberg. Er sagte: „Nein!“\nNeue Zeile 3,5 Mio. 😀';
    assert.deepEqual(nerTokens(text).map((t) => t.text), ['Dr.', 'Müller', '(', 'SPD', ')', 'kam', 'z.B.', 'nach', 'Baden-Württemberg', '.', 'Er', 'sagte', ':', '„', 'Nein', '!', '“', 'Neue', 'Zeile', '3', ',', '5', 'Mio.', '😀']);
    for (const t of nerTokens(text)) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(nerSentences(text).map((s) => s.length), [10, 7, 7]);
    const tokenised = 'Die St . Michaelskapelle baute Robert R . Livingston . Sie steht noch .';
    assert.deepEqual(nerSentences(tokenised).map((s) => s.length), [10, 4], 'a full stop set apart from an abbreviation ends no sentence');
  });

  it('keeps every token where a text has more than its arrays first make room for (one every four characters)', () => {
    const text = `${'(,)'.repeat(40)} Ende`;
    const spans = tokenSpans(text);
    assert.equal(spans.starts.length, 121);
    assert.deepEqual(Array.from(spans.starts.subarray(118)), [118, 119, 121]);
    assert.deepEqual(Array.from(spans.ends.subarray(118)), [119, 120, 125]);
    spans.starts.forEach((s, i) => assert.equal(spans.hashes[i], hash(text, s, spans.ends[i])));
  });
});
