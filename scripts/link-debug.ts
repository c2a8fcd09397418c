// Where the gold's linked claims rank among the suggestions, and why: for every pair of a group (both ways) the
// counterpart's rank, score and reasons, and the suggestions ranked above it with theirs.
// `npx tsx scripts/link-debug.ts [seeds|dev|analyst] [--misses]` (seeds: eval/links/seeds-gold.json; dev:
// eval/links/dev-gold.json; analyst: the links in the seeds' sidecars; nosynonyms: without the thesaurus).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../src/core/detect/create';
import { loadNerModel } from '../src/core/detect/ner/model-file';
import { nodeGunzip } from '../src/platform/gunzip';
import { readThesaurus } from '../src/platform/node-thesaurus';
import type { LinkSuggester } from '../src/core/analysis/link-suggester';
import { analystCorpus, goldCorpus } from '../src/eval/links';
import { repoRoot } from '../src/eval/repo-root';

const root = repoRoot();
const which = process.argv.includes('dev') ? 'dev' : 'seeds';
const missesOnly = process.argv.includes('--misses');
const detector = createDetector({ model: loadNerModel(readFileSync(join(root, 'media', 'ner', 'model.bin')), nodeGunzip) });
const out: string[] = [];
const thesaurus = process.argv.includes('nosynonyms') ? undefined : readThesaurus(root);

/** One directed pair: where `to` ranks among `from`'s suggestions, and what ranks above it. */
function show(label: string, suggester: LinkSuggester, from: string, to: string, quoteOf: ReadonlyMap<string, string>, gold = '-'): void {
  const ranked = suggester.suggest(from, Infinity);
  const rank = ranked.findIndex((s) => s.to === to) + 1;
  if (missesOnly && rank > 0 && rank <= 3) return;
  const hit = ranked[rank - 1];
  out.push(`[${label}] ${from.slice(0, 3)} → ${to.slice(0, 3)}: ${rank ? `rank ${rank}` : 'not suggested'}${hit ? `, score ${hit.score}, ${hit.rel} (gold ${gold})` : ''}`);
  out.push(`    from ${quoteOf.get(from)?.slice(0, 70)}`);
  out.push(`    to   ${quoteOf.get(to)?.slice(0, 70)}${hit ? `\n         ${hit.reasons.join('; ')}` : ''}`);
  for (const s of ranked.slice(0, Math.min(3, rank ? rank - 1 : 3))) out.push(`    above: ${s.score} ${quoteOf.get(s.to)?.slice(0, 70)}\n         ${s.reasons.join('; ')}`);
}

if (process.argv.includes('analyst')) {
  const { pairs, suggester, quotes } = analystCorpus(detector, root, thesaurus);
  for (const [a, b] of pairs) for (const [x, y] of [[a, b], [b, a]] as const) show('analyst link', suggester, x, y, quotes);
  process.stdout.write(out.join('\n') + '\n');
  process.exit(0);
}
const goldFile = join(root, 'eval', 'links', `${which}-gold.json`);
const { gold, keyOf, suggester } = goldCorpus(detector, goldFile, which === 'dev' ? join(root, 'eval', 'links', 'dev') : join(root, 'seeds'), thesaurus);
const quoteOf = new Map<string, string>();
for (const [g, group] of gold.groups.entries()) for (const [k, c] of group.claims.entries()) quoteOf.set(keyOf.get(`${g}:${k}`)!, `${c.doc} “${c.quote}”`);
for (const [g, group] of gold.groups.entries()) {
  for (const [i, a] of group.claims.entries()) {
    for (const [j, b] of group.claims.entries()) {
      if (i !== j && a.doc !== b.doc) show(group.label, suggester, keyOf.get(`${g}:${i}`)!, keyOf.get(`${g}:${j}`)!, quoteOf, i === 0 ? b.rel : '-');
    }
  }
}
process.stdout.write(out.join('\n') + '\n');
