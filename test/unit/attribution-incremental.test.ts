import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { germEvalTrainPath, variedSentences } from '../../src/bench/varied-text';
import { createDetector, type CorpusDetector } from '../../src/core/detect/create';
import { IncrementalDetector } from '../../src/core/detect/incremental';
import { loadNerModel } from '../../src/core/detect/ner/model-file';
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
