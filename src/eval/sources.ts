// Source metadata and boilerplate against eval/sources/seeds-gold.json: per field, how many documents are
// right; per boilerplate line, found or missed; and every detected range that is not in the gold (an article
// sentence marked as boilerplate).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSourceMeta } from '../core/source/resolve';

interface GoldDocument { path: string; title: string | null; outlet: string | null; source: string | null; published: string | null; language: string; author: string | null; boilerplate: string[] }
const FIELDS = ['outlet', 'source', 'published', 'language', 'author', 'title'] as const;

export interface SourcesReport { right: Record<string, [number, number]>; found: number; expected: number; missed: string[]; wrong: string[] }

export function evaluateSources(goldFile: string, root: string): SourcesReport {
  const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { documents: GoldDocument[] }).documents;
  const right: Record<string, [number, number]> = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]]));
  const report: SourcesReport = { right, found: 0, expected: 0, missed: [], wrong: [] };
  for (const doc of gold) {
    const text = readFileSync(join(root, doc.path), 'utf8');
    const meta = resolveSourceMeta(text);
    for (const f of FIELDS) {
      if (f === 'title' && doc.title === null) continue;
      right[f]![1]++;
      if (meta[f] === doc[f]) right[f]![0]++;
      else report.wrong.push(`${doc.path}: ${f} ${JSON.stringify(meta[f])}, gold ${JSON.stringify(doc[f])}`);
    }
    const spans = meta.boilerplate.map((b) => text.slice(b.start, b.end));
    const matches = (g: string, s: string): boolean => (g.endsWith('*') ? s.startsWith(g.slice(0, -1)) : s === g);
    for (const g of doc.boilerplate) {
      report.expected++;
      if (spans.some((s) => matches(g, s))) report.found++;
      else report.missed.push(`${doc.path}: ${g}`);
    }
    for (const s of spans) if (!doc.boilerplate.some((g) => matches(g, s))) report.wrong.push(`${doc.path}: marked as boilerplate: ${s.slice(0, 80)}`);
  }
  return report;
}

export function formatSourcesReport(r: SourcesReport): string[] {
  return [
    'Source metadata, seeds (eval/sources/seeds-gold.json, tuned on)',
    ...Object.entries(r.right).map(([f, [ok, n]]) => `  ${f.padEnd(10)} ${ok}/${n} documents right`),
    `  boilerplate lines found ${r.found}/${r.expected}; article text marked as boilerplate: ${r.wrong.filter((w) => w.includes('marked as')).length}`,
    ...r.missed.map((m) => `  missed: ${m}`),
    ...r.wrong.map((w) => `  wrong: ${w}`),
  ];
}
