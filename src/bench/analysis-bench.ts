// Across sources at scale: `links suggest` and `figures compare` (the CLI, as a user runs it) on the 10,000-article
// corpus of varied text, with one claim tagged in every article (its second sentence). Target: ≤ 30 s each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSelectors } from '../core/anchor/selectors';
import { fingerprint } from '../core/anchor/fingerprint';
import { SCHEMA_VERSION } from '../core/model/annotation';
import { serializeSidecar } from '../core/store/serialize';
import { variedCorpus } from './varied-text';

function timed(args: string[]): { ms: number; out: string } {
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { ms: Date.now() - started, out: r.stdout };
}

export function benchAnalysis(root: string, sentences: readonly string[], count = 10_000): string[] {
  // SA_BENCH_KEEP=1 leaves the corpus behind (its path is printed) for profiling the commands on it.
  const dir = mkdtempSync(join(tmpdir(), 'sa-analysis-bench-'));
  try {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    variedCorpus(sentences, count, 2500).forEach((text, i) => {
      const name = `${String(i).padStart(5, '0')}.txt`;
      writeFileSync(join(corpus, name), text);
      // The claim: the article's second sentence (its first is part of the title line).
      const start = text.indexOf('\n\n') + 2;
      const firstEnd = text.indexOf('. ', start);
      const end = text.indexOf('. ', firstEnd + 2);
      if (firstEnd < 0 || end < 0) return;
      const claim = { id: `01BENCH${String(i).padStart(8, '0')}`, kind: 'claim' as const, target: { selector: makeSelectors(text, firstEnd + 2, end + 1) }, anchor: 'anchored' as const, body: { status: 'unverified' as const, tags: [] }, links: [], created: '2026-12-02T00:00:00Z', modified: '2026-12-02T00:00:00Z', author: 'bench' };
      writeFileSync(join(corpus, `${name}.annotations.json`), serializeSidecar({ schemaVersion: SCHEMA_VERSION, document: name, fingerprint: fingerprint(text), annotations: [claim] }));
    });
    const cli = join(root, 'dist', 'cli.js');
    if (process.env.SA_BENCH_KEEP === 'corpus') return [`corpus in ${corpus}`];
    const links = timed([cli, 'links', 'suggest', corpus]);
    const suggestions = (JSON.parse(links.out) as { suggestions: unknown[] }).suggestions.length;
    const figures = timed([cli, 'figures', 'compare', corpus]);
    const groups = (JSON.parse(figures.out) as { groups: unknown[] }).groups.length;
    return [
      `## Across sources, ${count} articles (one claim each), the CLI end to end`,
      `links suggest: ${(links.ms / 1000).toFixed(1)} s (${suggestions} suggestions); figures compare: ${(figures.ms / 1000).toFixed(1)} s (${groups} groups). Target ≤ 30 s each.`,
    ];
  } finally {
    if (process.env.SA_BENCH_KEEP) process.stdout.write(`(corpus kept in ${dir})\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
