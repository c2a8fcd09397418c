// Suggested links and figure groups against eval/links/seeds-gold.json: for every pair of claims an analyst would
// link across documents, where the counterpart ranks among the suggestions (top-3 rate, mean reciprocal rank);
// figure groups by pairwise precision, recall and F1. The same pairs on eval/links/dev-gold.json (20 made-up German
// and English articles in eval/links/dev/, written before the BM25 scorer and never tuned on) check that a change
// carries over beyond the seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { claimInputsOf, figureInputsOf, sentencesOf, type AnalysedDocument } from '../core/analysis/inputs';
import { groupFigures } from '../core/analysis/figure-groups';
import { LinkSuggester } from '../core/analysis/link-suggester';
import type { Thesaurus } from '../core/analysis/thesaurus';
import type { CorpusDetector } from '../core/detect/create';
import { emptySidecar } from '../core/corpus/document-state';
import { makeSelectors } from '../core/anchor/selectors';
import { detectBoilerplate, maskBoilerplate } from '../core/source/boilerplate';
import { parseSidecar } from '../core/store/parse';
import type { LinkRelation } from '../core/model/vocabulary';

export interface Gold {
  groups: Array<{ label: string; claims: Array<{ doc: string; quote: string; rel: LinkRelation }> }>;
  figureGroups: Array<{ label: string; figures: Array<{ doc: string; text: string }> }>;
}

/** `best`: the top-3 rate and MRR of a perfect ranking (every counterpart above every other claim): a claim with five counterparts has at most three in its top 3. */
export interface PairScores { pairs: number; top3: number; mrr: number; best: { top3: number; mrr: number }; relations: [number, number]; misses: string[] }
export interface LinksReport extends PairScores { synonyms: boolean; analyst: { pairs: number; top3: number; mrr: number }; figures: { p: number; r: number; f1: number; gold: number; predicted: number }; dev?: PairScores }

/** The gold's claims tagged in memory on the articles of `dir` (the articles' own sidecars stay out of it), and a suggester over them. */
export function goldCorpus(detector: CorpusDetector, goldFile: string, dir: string, thesaurus?: Thesaurus): { gold: Gold; docs: Map<string, AnalysedDocument>; keyOf: Map<string, string>; suggester: LinkSuggester } {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const docs = new Map<string, AnalysedDocument>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const article = maskBoilerplate(text, detectBoilerplate(text));
    const entities = detector.detect(article);
    docs.set(f.slice(0, 3), { path: f, text, sidecar: emptySidecar(f), entities, cues: detector.attribute(article, entities) });
  }
  const keyOf = new Map<string, string>();
  for (const [g, group] of gold.groups.entries()) {
    for (const [k, c] of group.claims.entries()) {
      const d = docs.get(c.doc)!;
      const start = d.text.indexOf(c.quote);
      if (start < 0) throw new Error(`${goldFile}: not in ${c.doc}: ${c.quote}`);
      const id = `g${g}c${k}`;
      d.sidecar = { ...d.sidecar, annotations: [...d.sidecar.annotations, { id, kind: 'claim', target: { selector: makeSelectors(d.text, start, start + c.quote.length) }, anchor: 'anchored', body: { status: 'unverified', tags: [] }, links: [], created: '', modified: '', author: 'eval' }] };
      keyOf.set(`${g}:${k}`, `${d.path}#${id}`);
    }
  }
  const suggester = new LinkSuggester([...docs.values()].flatMap(claimInputsOf), [...docs.values()].flatMap((d) => sentencesOf(d.text)), { thesaurus });
  return { gold, docs, keyOf, suggester };
}

/** For every pair of claims of one group in different documents (both ways), where the counterpart ranks. */
export function scorePairs(gold: Gold, keyOf: ReadonlyMap<string, string>, suggester: LinkSuggester): PairScores {
  let pairs = 0, top3 = 0, rr = 0, relOk = 0, relN = 0, bestTop3 = 0, bestRr = 0;
  const misses: string[] = [];
  for (const [g, group] of gold.groups.entries()) {
    for (const [i, a] of group.claims.entries()) {
      const counterparts = group.claims.filter((b) => b.doc !== a.doc).length;
      for (let k = 1; k <= counterparts; k++) [bestTop3, bestRr] = [bestTop3 + (k <= 3 ? 1 : 0), bestRr + 1 / k];
      const ranked = suggester.suggest(keyOf.get(`${g}:${i}`)!, Infinity);
      for (const [j, b] of group.claims.entries()) {
        if (i === j || a.doc === b.doc) continue;
        pairs++;
        const rank = ranked.findIndex((s) => s.to === keyOf.get(`${g}:${j}`)) + 1;
        if (rank > 0 && rank <= 3) top3++;
        if (rank > 0) rr += 1 / rank;
        else misses.push(`${a.doc} “${a.quote.slice(0, 40)}…” → ${b.doc} “${b.quote.slice(0, 40)}…”: not suggested`);
        if (rank > 3) misses.push(`${a.doc} “${a.quote.slice(0, 40)}…” → ${b.doc} “${b.quote.slice(0, 40)}…”: rank ${rank}`);
        if (i === 0 && rank > 0) {
          relN++;
          if (ranked[rank - 1]!.rel === b.rel) relOk++;
        }
      }
    }
  }
  return { pairs, top3: pairs ? top3 / pairs : 0, mrr: pairs ? rr / pairs : 0, best: { top3: pairs ? bestTop3 / pairs : 0, mrr: pairs ? bestRr / pairs : 0 }, relations: [relOk, relN], misses };
}

/**
 * `devFile`: a second gold whose articles lie in `<its folder>/dev` (eval/links/dev-gold.json), reported apart and
 * never tuned on. `thesaurus`: the synonym sets the suggester uses (media/thesaurus/), if any.
 */
export function evaluateLinks(detector: CorpusDetector, goldFile: string, root: string, devFile?: string, thesaurus?: Thesaurus): LinksReport {
  const { gold, docs, keyOf, suggester } = goldCorpus(detector, goldFile, join(root, 'seeds'), thesaurus);
  const dev = devFile && existsSync(devFile) ? (() => {
    const d = goldCorpus(detector, devFile, join(dirname(devFile), 'dev'), thesaurus);
    return scorePairs(d.gold, d.keyOf, d.suggester);
  })() : undefined;
  return { synonyms: thesaurus !== undefined, analyst: analystLinks(detector, root, thesaurus), ...scorePairs(gold, keyOf, suggester), figures: figureScores(gold, docs), dev };
}

/**
 * The links an analyst made between the seeds (their sidecars), taken out and suggested again: for each linked pair
 * of claims in different documents, both ways, where the other ranks.
 */
function analystLinks(detector: CorpusDetector, root: string, thesaurus?: Thesaurus): LinksReport['analyst'] {
  const { pairs, suggester } = analystCorpus(detector, root, thesaurus);
  let top3 = 0, rr = 0, n = 0;
  for (const [a, b] of pairs) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      n++;
      const rank = suggester.suggest(x, Infinity).findIndex((s) => s.to === y) + 1;
      if (rank > 0 && rank <= 3) top3++;
      if (rank > 0) rr += 1 / rank;
    }
  }
  return { pairs: n, top3: n ? top3 / n : 0, mrr: n ? rr / n : 0 };
}

/** The seeds with their sidecars' claims, links taken out, a suggester over them, and the linked pairs across documents. */
export function analystCorpus(detector: CorpusDetector, root: string, thesaurus?: Thesaurus): { pairs: Array<[string, string]>; suggester: LinkSuggester; quotes: Map<string, string> } {
  const docs: AnalysedDocument[] = [];
  const pairs: Array<[string, string]> = [];
  const quotes = new Map<string, string>();
  for (const f of readdirSync(join(root, 'seeds')).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(root, 'seeds', f), 'utf8');
    const parsed = (() => { try { return parseSidecar(readFileSync(join(root, 'seeds', f + '.annotations.json')), f); } catch { return undefined; } })();
    const sidecar = parsed?.ok ? parsed.sidecar : emptySidecar(f);
    for (const a of sidecar.annotations) {
      quotes.set(`${f}#${a.id}`, `${f.slice(0, 3)} “${a.target.selector[0].exact}”`);
      for (const l of a.links) if (!l.target.startsWith(`${f}#`)) pairs.push([`${f}#${a.id}`, l.target]);
    }
    const article = maskBoilerplate(text, detectBoilerplate(text));
    const entities = detector.detect(article);
    docs.push({ path: f, text, sidecar: { ...sidecar, annotations: sidecar.annotations.map((a) => ({ ...a, links: [] })) }, entities, cues: detector.attribute(article, entities) });
  }
  return { pairs, suggester: new LinkSuggester(docs.flatMap(claimInputsOf), docs.flatMap((d) => sentencesOf(d.text)), { thesaurus }), quotes };
}

function figureScores(gold: Gold, docs: Map<string, AnalysedDocument>): LinksReport['figures'] {
  const groups = groupFigures([...docs.entries()].flatMap(([, d]) => figureInputsOf(d)));
  const id = (doc: string, text: string): string => `${doc}:${text}`;
  const predicted = new Set<string>();
  for (const g of groups) {
    const members = g.figures.map((f) => id(f.document.slice(0, 3), f.figure.text));
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) predicted.add([members[x], members[y]].sort().join('|'));
  }
  const expected = new Set<string>();
  for (const g of gold.figureGroups) {
    const members = g.figures.map((f) => id(f.doc, f.text));
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) expected.add([members[x], members[y]].sort().join('|'));
  }
  const tp = [...predicted].filter((p) => expected.has(p)).length;
  const p = predicted.size ? tp / predicted.size : 1;
  const r = expected.size ? tp / expected.size : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold: expected.size, predicted: predicted.size };
}

export function formatLinksReport(r: LinksReport): string[] {
  const pct = (x: number): string => (100 * x).toFixed(1);
  return [
    `Suggested links and figure groups, seeds (eval/links/seeds-gold.json, tuned on), ${r.synonyms ? 'with' : 'without'} synonyms (media/thesaurus/)`,
    `  the seeds' own analyst links (their sidecars, links taken out), ${r.analyst.pairs} directed pairs across documents: counterpart in the top 3 for ${pct(r.analyst.top3)} %, mean reciprocal rank ${r.analyst.mrr.toFixed(3)}`,
    `  linked pairs across documents ${r.pairs}: counterpart in the top 3 for ${pct(r.top3)} %, mean reciprocal rank ${r.mrr.toFixed(3)} (a perfect ranking: ${pct(r.best.top3)} %, ${r.best.mrr.toFixed(3)}); guessed relation right ${r.relations[0]}/${r.relations[1]}`,
    `  figure groups: pairwise P ${pct(r.figures.p)} R ${pct(r.figures.r)} F1 ${pct(r.figures.f1)} (${r.figures.gold} gold pairs, ${r.figures.predicted} predicted)`,
    ...r.misses.map((m) => `  miss: ${m}`),
    ...(r.dev ? [
      '',
      'Suggested links, dev check (eval/links/dev-gold.json: 20 made-up German and English articles, NOT tuned on)',
      `  linked pairs across documents ${r.dev.pairs}: counterpart in the top 3 for ${pct(r.dev.top3)} %, mean reciprocal rank ${r.dev.mrr.toFixed(3)} (a perfect ranking: ${pct(r.dev.best.top3)} %, ${r.dev.best.mrr.toFixed(3)}); guessed relation right ${r.dev.relations[0]}/${r.dev.relations[1]}`,
    ] : []),
  ];
}
