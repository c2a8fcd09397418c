// Writes the example claims of the seed corpus (run once: `npx tsx scripts/seed-claims.ts`); the sidecars are committed.
// The accusation that North Korea supplies Russia with munitions appears in four articles; the claims are linked.
import { join } from 'node:path';
import { addClaim, addLink, setClaimant, setNote, setStatus } from '../src/core/corpus/claim-edits';
import { Corpus } from '../src/core/corpus/corpus';
import type { ClaimStatus, LinkRelation } from '../src/core/model/annotation';
import { silentLogger } from '../src/core/ports';
import { nodeFileSystem } from '../src/platform/node-fs';

const seeds = join(__dirname, '..', 'seeds');
const ctx = { now: '2026-11-23T02:00:00.000Z', author: 'source-annotator-examples' };

interface Example { key: string; file: string; passage: string; claimant: string; status: ClaimStatus; note?: string; links?: Array<[LinkRelation, string]> }

const examples: Example[] = [
  { key: 'wh', file: '000_41ba3a301a52d707.txt', passage: 'Bestätigt wird dies durch Berichte des Weißen Hauses über die Lieferung von über 1000 Containern mit militärischer Ausrüstung und Munition an Russland.', claimant: 'USA', status: 'corroborated', note: 'White House figure: over 1,000 containers.' },
  { key: 'ws', file: '002_7002fa1c3b2b2e4d.txt', passage: 'Washington und Seoul werfen Nordkorea vor, Russland mit Waffen und Munition für den Ukraine-Krieg zu versorgen.', claimant: 'USA', status: 'corroborated', links: [['same', 'wh']] },
  { key: 'kiew', file: '002_7002fa1c3b2b2e4d.txt', passage: 'Laut Kiew wurde an Angriffsorten in der Ukraine nordkoreanische Munition entdeckt, die von Russland eingesetzt wurde.', claimant: 'Ukraine', status: 'unverified', links: [['corroborates', 'ws']] },
  { key: 'miller', file: '003_b00be4cc04626c15.txt', passage: 'Nordkorea habe „Dutzende ballistischer Raketen und über 11.000 Container mit Munition“ an Russland geliefert', claimant: 'US-Außenministerium', status: 'corroborated', note: 'Later figure: over 11,000 containers (vs. over 1,000 in the White House report).', links: [['elaborates', 'wh']] },
  { key: 'denial', file: '003_b00be4cc04626c15.txt', passage: 'Moskau und Pjöngjang haben Waffenlieferungen bestritten.', claimant: 'Russland', status: 'disputed', links: [['contradicts', 'miller']] },
  { key: 'ft', file: '004_d1f4603b43a6e82a.txt', passage: 'Die Veröffentlichung legt nahe, dass Pjöngjang Munition, Mehrfachraketensysteme und ballistische Kurzstreckenraketen anbieten kann, die Moskau auf dem Schlachtfeld in der Ukraine einsetzen wird.', claimant: 'Financial Times', status: 'unverified', links: [['elaborates', 'ws']] },
];

async function main(): Promise<void> {
  const corpus = new Corpus(nodeFileSystem, silentLogger, { detect: () => [] });
  await corpus.scan({ roots: [seeds], extensions: ['.txt'], maxBytes: 1 << 24 });
  const ids = new Map<string, { path: string; id: string }>();
  for (const ex of examples) {
    const path = join(seeds, ex.file);
    const text = corpus.get(path)!.text!;
    const start = text.indexOf(ex.passage);
    if (start < 0) throw new Error(`passage not found in ${ex.file}: ${ex.passage}`);
    let id = '';
    await corpus.update(path, (s) => {
      const added = addClaim(s, text, start, start + ex.passage.length, ctx);
      id = added.id;
      let next = setStatus(added.sidecar, id, ex.status, ctx);
      next = setClaimant(next, id, ex.claimant, ctx);
      return ex.note ? setNote(next, id, ex.note, ctx) : next;
    });
    ids.set(ex.key, { path, id });
    for (const [rel, key] of ex.links ?? []) {
      const target = ids.get(key)!;
      await corpus.update(path, (s) => addLink(s, id, rel, corpus.linkTarget(path, target.path, target.id), ctx));
    }
  }
  process.stdout.write(`${examples.length} example claims written\n`);
}

void main();
