import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodedRows } from '../../src/core/detect/ner/coded-rows';
import { loadNerModel, zeroRuns } from '../../src/core/detect/ner/model-file';
import { PerceptronNer } from '../../src/core/detect/ner/model';

const W = 3;

/** Every bucket's row; rows listed in `filled` get codes, the rest stay empty. */
function dense(buckets: number, filled: number[]): Uint8Array {
  const d = new Uint8Array(buckets * W);
  for (const b of filled) d[b * W + (b % W)] = 1 + (b % 250);
  return d;
}

describe('coded weight rows without the empty ones', () => {
  // Bucket counts and rows around the 32-bit words of the bit index, and a long empty stretch (a multi-byte run).
  const buckets = 1000;
  const filled = [0, 1, 30, 31, 32, 33, 63, 64, 500, 998, 999];
  const d = dense(buckets, filled);

  it('finds every bucket\'s row, and the zero row for an empty bucket', () => {
    const rows = CodedRows.pack(d, W);
    assert.equal(rows.codes.length, (filled.length + 1) * W, 'only the filled rows and one zero row are kept');
    for (let b = 0; b < buckets; b++) {
      const at = rows.offsetOf(b);
      assert.deepEqual(Array.from(rows.codes.subarray(at, at + W)), Array.from(d.subarray(b * W, (b + 1) * W)), `bucket ${b}`);
      if (!filled.includes(b)) assert.equal(at, 0);
    }
    assert.deepEqual(rows.expand(), d);
  });

  it('reads the file\'s zero runs into the same rows', () => {
    const packed = CodedRows.pack(d, W);
    const stream = zeroRuns(d);
    const read = CodedRows.unpackZeroRuns(Uint8Array.from([9, 9, ...stream]), 2, buckets, W);
    assert.deepEqual(read.codes, packed.codes);
    assert.deepEqual(read.expand(), d);
    assert.throws(() => CodedRows.unpackZeroRuns(stream.subarray(0, stream.length - 2), 0, buckets, W), /truncated/);
  });

  it('tags the shipped model\'s text exactly as its weights expanded to every bucket do', () => {
    const coded = loadNerModel(fs.readFileSync(path.resolve(__dirname, '../../media/ner/model.bin')));
    const floats = new PerceptronNer(coded.floatWeights(), coded.transitions, coded.buckets, coded.hinters);
    const text = 'Der russische Präsident Wladimir Putin traf Kim Jong-un in Pjöngjang. Laut KCNA sagte Kim, die Beziehungen zu Moskau seien stark. Die Bundesjustizministerin äußerte sich in Berlin.';
    assert.deepEqual(coded.tag(text), floats.tag(text));
    assert.ok(coded.tag(text).length >= 4);
  });
});
