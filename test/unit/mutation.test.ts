import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rate, runMutationSuite, type Tally } from '../helpers/mutation-run';
import { DELETING_KINDS, ELSEWHERE_KINDS, INSIDE_KINDS } from '../helpers/mutations';

const SEEDS = join(__dirname, '..', '..', 'seeds');

describe('re-anchoring under mutations of the seed articles', () => {
  const texts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const { tallies, wrong } = runMutationSuite(texts, 5);
  const sum = (...ts: Tally[]): Tally => ts.reduce((a, t) => ({
    trials: a.trials + t.trials, found: a.found + t.found, boundaryOff: a.boundaryOff + t.boundaryOff,
    orphaned: a.orphaned + t.orphaned, wrong: a.wrong + t.wrong,
  }));
  const elsewhere = sum(...ELSEWHERE_KINDS.map((k) => tallies[k]));
  const inside = sum(...INSIDE_KINDS.map((k) => tallies[k]));
  const deleted = sum(...DELETING_KINDS.map((k) => tallies[k]));
  const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

  before(() => {
    for (const [kind, t] of Object.entries(tallies)) {
      console.log(`    ${kind.padEnd(17)} trials ${String(t.trials).padStart(4)}  found ${pct(rate(t)).padStart(7)}  boundary-off ${t.boundaryOff}  orphaned ${t.orphaned}  wrong ${t.wrong}`);
    }
    console.log(`    edits elsewhere: ${pct(rate(elsewhere))} found with exact text; small edit inside: ${pct(rate(inside))}; claim deleted: ${pct(deleted.orphaned / deleted.trials)} orphaned; wrong placements: ${wrong.length}`);
    for (const w of wrong.slice(0, 5)) console.log('    WRONG', JSON.stringify(w));
  });

  it('finds ≥ 99% of claims again, with their exact text, after edits elsewhere', () => {
    assert.ok(elsewhere.trials > 500, `too few trials: ${elsewhere.trials}`);
    assert.ok(rate(elsewhere) >= 0.99, pct(rate(elsewhere)));
  });

  it('finds ≥ 95% of claims on the edited sentence after a small edit inside the claim', () => {
    assert.ok(rate(inside) >= 0.95, pct(rate(inside)));
  });

  it('never places a claim onto other text, and orphans every claim whose sentence was deleted', () => {
    assert.deepEqual(wrong, []);
    assert.equal(deleted.orphaned, deleted.trials);
  });
});
