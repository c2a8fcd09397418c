import type { ResolvedSourceMeta } from '../../core/model/source-meta';
import { resolveSourceMeta } from '../../core/source/resolve';
import { readArticle } from '../read-text';
import { recordedMeta } from '../recorded-meta';
import { UsageError } from '../usage';

/** The public `meta` contract: exactly these fields, in this order. */
function toContract(path: string, m: ResolvedSourceMeta): object {
  return {
    path, title: m.title, outlet: m.outlet, source: m.source, published: m.published, language: m.language, url: m.url,
    boilerplate: m.boilerplate.map((b) => ({ start: b.start, end: b.end })),
  };
}

/** Prints each article's source metadata: what its sidecar records, else what its text says. */
export async function runMeta(files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError('meta needs at least one file');
  let problems = 0;
  const documents = [];
  for (const path of files) {
    const text = await readArticle(path);
    const { meta, problem } = await recordedMeta(path);
    if (problem) {
      problems++;
      process.stderr.write(`source-annotator: ${problem}\n`);
    }
    documents.push(toContract(path, resolveSourceMeta(text, meta)));
  }
  process.stdout.write(JSON.stringify({ documents }) + '\n');
  return problems > 0 ? 1 : 0;
}
