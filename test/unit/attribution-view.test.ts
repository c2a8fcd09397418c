import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citedSources, claimAttribution } from '../../src/core/attribution-view';
import { createDetector } from '../../src/core/detect/create';
import { addClaim } from '../../src/core/corpus/claim-edits';
import { exportCsv } from '../../src/core/export/csv';
import { emptySidecar } from '../../src/core/corpus/document-state';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', '002_7002fa1c3b2b2e4d.txt'), 'utf8');
const detector = createDetector();
const cues = detector.attribute(SEED, detector.detect(SEED));

describe('attribution view (claims, sources, exports)', () => {
  it('gives a claim in reported speech its source, cue, mode and hedge', () => {
    const start = SEED.indexOf('gehe es vor allem darum');
    const a = claimAttribution(cues, start, SEED.indexOf('.', start));
    assert.deepStrictEqual(a, { source: 'Nationaler Sicherheitsrat Russlands', cue: 'berichtete', mode: 'indirect', stance: 'asserts', hedges: ['gehe'] });
  });

  it('finds nobody cited for a passage without attribution', () => {
    const start = SEED.indexOf('Kim Jong Un');
    assert.strictEqual(claimAttribution(cues, start, start + 'Kim Jong Un'.length), null);
  });

  it('lists who the article cites, most cited first, with the hedged ones counted', () => {
    const sources = citedSources(cues);
    assert.strictEqual(sources[0]!.name, 'Kim Jong Un');
    const council = sources.find((s) => s.name === 'Nationaler Sicherheitsrat Russlands');
    assert.deepStrictEqual([council?.count, council?.hedged], [1, 1]);
  });

  it('exports the attribution in CSV columns after the claim\'s own', () => {
    const start = SEED.indexOf('gehe es vor allem darum');
    const end = SEED.indexOf('.', start);
    const { sidecar, id } = addClaim(emptySidecar('002.txt'), SEED, start, end, { now: '2026-12-02T00:00:00Z', author: 't' });
    const csv = exportCsv([{ path: '002.txt', sidecar, attributions: new Map([[id, claimAttribution(cues, start, end)]]) }]);
    const [header, row] = csv.replace('\uFEFF', '').trim().split('\r\n');
    assert.match(header!, /,author,cited_source,cue,mode,stance,hedges,/);
    assert.match(row!, /,Nationaler Sicherheitsrat Russlands,berichtete,indirect,asserts,gehe,/);
  });
});
