import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ActorDetector, buildRegistry } from '../../src/core/detect/actors/index';
import { loadNerModel } from '../../src/core/detect/ner/model-file';
import type { PerceptronNer } from '../../src/core/detect/ner/model';

const MODEL = path.resolve(__dirname, '../../media/ner/model.bin');

describe('discovery model', () => {
  let model: PerceptronNer;

  before(() => {
    model = loadNerModel(fs.readFileSync(MODEL));
  });

  it('ships a weights file of at most 5 MB', () => {
    assert.ok(fs.statSync(MODEL).size <= 5 * 1024 * 1024);
  });

  it('loads from bytes', () => {
    const t0 = Date.now();
    loadNerModel(new Uint8Array(fs.readFileSync(MODEL)));
    assert.ok(Date.now() - t0 < 2000);
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
});
