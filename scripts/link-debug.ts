// Where the gold's linked claims rank among the suggestions, and why: for every pair of a group (both ways) the
// counterpart's rank, score and reasons, and the suggestions ranked above it with theirs.
// `npx tsx scripts/link-debug.ts [seeds|dev] [--misses]` (seeds: eval/links/seeds-gold.json; dev: eval/links/dev-gold.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../src/core/detect/create';
import { loadNerModel } from '../src/core/detect/ner/model-file';
import { nodeGunzip } from '../src/platform/gunzip';
import { goldCorpus } from '../src/eval/links';
import { repoRoot } from '../src/eval/repo-root';

const root = repoRoot();
const which = process.argv.includes('dev') ? 'dev' : 'seeds';
const missesOnly = process.argv.includes('--misses');
const detector = createDetector({ model: loadNerModel(readFileSync(join(root, 'media', 'ner', 'model.bin')), nodeGunzip) });
const goldFile = join(root, 'eval', 'links', `${which}-gold.json`);
const { gold, keyOf, suggester } = goldCorpus(detector, goldFile, which === 'dev' ? join(root, 'eval', 'links', 'dev') : join(root, 'seeds'));
const quoteOf = new Map<string, string>();
for (const [g, group] of gold.groups.entries()) for (const [k, c] of group.claims.entries()) quoteOf.set(keyOf.get(`${g}:${k}`)!, `${c.doc} “${c.quote.slice(0, 60)}”`);
const out: string[] = [];
for (const [g, group] of gold.groups.entries()) {
  for (const [i, a] of group.claims.entries()) {
    const ranked = suggester.suggest(keyOf.get(`${g}:${i}`)!, Infinity);
    for (const [j, b] of group.claims.entries()) {
      if (i === j || a.doc === b.doc) continue;
      const to = keyOf.get(`${g}:${j}`)!;
      const rank = ranked.findIndex((s) => s.to === to) + 1;
      if (missesOnly && rank > 0 && rank <= 3) continue;
      const hit = ranked[rank - 1];
      out.push(`[${group.label}] ${a.doc} → ${b.doc}: ${rank ? `rank ${rank}` : 'not suggested'}${hit ? `, score ${hit.score}, ${hit.rel} (gold ${i === 0 ? b.rel : '-'})` : ''}`);
      out.push(`    from ${quoteOf.get(keyOf.get(`${g}:${i}`)!)}`);
      out.push(`    to   ${quoteOf.get(to)}${hit ? `\n         ${hit.reasons.join('; ')}` : ''}`);
      for (const s of ranked.slice(0, Math.min(3, rank ? rank - 1 : 3))) out.push(`    above: ${s.score} ${quoteOf.get(s.to)}\n         ${s.reasons.join('; ')}`);
    }
  }
}
process.stdout.write(out.join('\n') + '\n');
