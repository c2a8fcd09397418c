import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { germEvalTrainPath, variedSentences } from '../../src/bench/varied-text';
import { createDetector, type CorpusDetector } from '../../src/core/detect/create';
import { IncrementalDetector } from '../../src/core/detect/incremental';
import { loadNerModel } from '../../src/core/detect/ner/model-file';
import type { Attribution, Cue } from '../../src/core/model/entities';
import { rng, type Rng } from '../helpers/prng';

const ROOT = path.resolve(__dirname, '../..');
const SEEDS = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
/** Text that moves attributions across paragraphs: pronoun sources, quotes whose speaker is in the paragraph before. */
const SNIPPETS = ['Er sagte, ', ', sagte er.', '„Das ist so“, sagte Kirby.', 'Laut Kiew ', ' zufolge ', '\n\n', '\n', ' soll ', 'habe', '„', '“', 'Kim Jong Un', ' said ', 'according to Reuters, '];

function edit(text: string, random: Rng): string {
  const at = random.int(0, text.length + 1);
  const r = random.next();
  if (r < 0.4) return text.slice(0, at) + random.pick([...'abcdefgh ,.„“"AEK\n']) + text.slice(at);
  if (r < 0.6) return text.slice(0, at) + text.slice(at + random.int(1, 30));
  if (r < 0.9) return text.slice(0, at) + random.pick(SNIPPETS) + text.slice(at);
  const br = text.indexOf('\n\n', at);
  return br < 0 ? text : text.slice(0, br) + ' ' + text.slice(br + 2);
}

describe('incremental attribution', function () {
  this.timeout(120_000);
  let detector: CorpusDetector;
  let sentences: string[] = [];

  before(() => {
    detector = createDetector({ model: loadNerModel(fs.readFileSync(path.join(ROOT, 'media', 'ner', 'model.bin'))) });
    const train = germEvalTrainPath(ROOT);
    if (train) sentences = variedSentences(train);
  });

  const full = (text: string) => detector.attribute(text, detector.detect(text));

  it('equals full attribution on every seed', () => {
    const inc = new IncrementalDetector(detector);
    for (const seed of SEEDS) assert.deepStrictEqual(inc.update(seed).cues, full(seed));
  });

  /** Runs the texts through one incremental detector, each equal to full attribution; returns the sources' names. */
  const sources = (texts: readonly string[]): (string | null)[][] => {
    const inc = new IncrementalDetector(detector);
    return texts.map((text, i) => {
      const cues = inc.update(text).cues;
      assert.deepStrictEqual(cues, full(text), `text ${i}`);
      return cues.filter((c: Cue): c is Attribution => c.kind === 'attribution').map((a) => (a.source ? `${a.source.text}=${a.source.canonical}` : null));
    });
  };
  const DOC = [
    'Juri Uschakow sprach am Montag in Moskau.',
    'Ein anderer Absatz ohne Namen.',
    'Er sagte, das Abkommen werde sich gegen niemanden richten.',
    '„Wir werden das nicht hinnehmen, das ist klar.“',
    'Der Kreml wollte sich nicht äußern.',
  ].join('\n\n');

  it('resolves a pronoun after the edit again when the edit changes its antecedent, and the speaker of a quotation after it', () => {
    const named = DOC.replace('Ein anderer Absatz ohne Namen.', 'Auch Sergej Lawrow war da.');
    assert.deepStrictEqual(sources([DOC, named, DOC.replace('Juri Uschakow', 'Sergej Lawrow'), DOC]), [
      ['Er=Juri Uschakow', 'Er=Juri Uschakow'],
      ['Er=Sergej Lawrow', 'Er=Sergej Lawrow'],
      ['Er=Sergej Lawrow', 'Er=Sergej Lawrow'],
      ['Er=Juri Uschakow', 'Er=Juri Uschakow'],
    ]);
  });

  it('takes the speaker of a quotation after the edit anew when the edit brings in or takes out a cue word', () => {
    const noCue = DOC.replace('Er sagte, das', 'Das');
    const [before, withCue, again] = sources([noCue, DOC, noCue]);
    assert.deepStrictEqual(before, [null]);
    assert.deepStrictEqual(withCue, ['Er=Juri Uschakow', 'Er=Juri Uschakow']);
    assert.deepStrictEqual(again, [null]);
  });

  it('equals full attribution after edits inside a quotation, and after edits that make or remove paragraph breaks', () => {
    const edits = [
      DOC.replace('nicht hinnehmen', 'nie hinnehmen'),
      DOC.replace('klar.“', 'klar.'),
      DOC.replace('hinnehmen, das', 'hinnehmen,\n\ndas'),
      DOC.replace('Er sagte, das', 'Er sagte,\n\ndas'),
      DOC.replace('Moskau.\n\nEin', 'Moskau. Ein'),
      DOC.replace('richten.\n\n„Wir', 'richten. „Wir'),
      DOC.replace('Ein anderer', '\n\nEin anderer'),
      DOC.replace('Juri Uschakow sprach am Montag in Moskau.\n\n', ''),
    ];
    for (const edited of edits) sources([DOC, edited, DOC, edited]);
  });

  it('names a source after the edit anew when the edit changes how a suggestion there is clustered', () => {
    const doc = (full: string): string => `Verteidigungsminister ${full} sprach am Montag.\n\nDie Rede wurde übertragen.\n\nKasparow sagte, die Lage sei ernst.`;
    assert.deepStrictEqual(sources([doc('Igor Kasparow'), doc('Kasparow'), doc('Igor Kasparow')]), [['Kasparow=Igor Kasparow'], ['Kasparow=Kasparow'], ['Kasparow=Igor Kasparow']]);
  });

  it('resolves a pronoun that named no one again when an actor appears before it', () => {
    const doc = (first: string): string => `${first}\n\nDie Rede wurde übertragen.\n\nEr sagte, die Lage sei ernst.`;
    assert.deepStrictEqual(sources([doc('Am Montag sprach niemand.'), doc('Am Montag sprach Juri Uschakow.')]), [['Er=null'], ['Er=Juri Uschakow']]);
  });

  it('equals full attribution after every edit of random edit sequences', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const random = rng(seed);
      const inc = new IncrementalDetector(detector);
      const first = sentences.length ? random.int(0, sentences.length - 40) : 0;
      let text = sentences.length ? [SEEDS[seed % SEEDS.length], ...sentences.slice(first, first + 30)].join(random.next() < 0.5 ? '\n\n' : ' ') : SEEDS[seed % SEEDS.length];
      assert.deepStrictEqual(inc.update(text).cues, full(text), `seed ${seed}, start`);
      for (let step = 0; step < 30; step++) {
        text = edit(text, random);
        assert.deepStrictEqual(inc.update(text).cues, full(text), `seed ${seed}, step ${step}`);
      }
    }
  });
});
