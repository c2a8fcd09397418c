// Prints SHA-256 fingerprints of the full detection output (figures, registry, model) on the varied article, the five
// seeds and a varied corpus, so that a speed change can show that it changed no output. Run: npx tsx scripts/detect-fingerprint.ts [--docs N]
// [--check]; --check compares the output with scripts/detect-fingerprint.expected (the fingerprints with --docs 10000,
// recorded again on 2026-12-02 with the pruned model and English weekdays, months and pronouns as not-actors) and
// exits 1 when they differ.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../src/core/detect/create';
import { loadNerModel } from '../src/core/detect/ner/model-file';
import { repoRoot } from '../src/eval/repo-root';
import { nodeGunzip } from '../src/platform/gunzip';
import { germEvalTrainPath, variedArticle, variedCorpus, variedSentences } from '../src/bench/varied-text';

const root = repoRoot();
const docsArg = process.argv.indexOf('--docs');
const check = process.argv.includes('--check');
const docs = docsArg >= 0 ? Number(process.argv[docsArg + 1]) : check ? 10000 : 2000;
const lines: string[] = [];
const log = (line: string): void => {
  lines.push(line);
  console.log(line);
};
const bytes = readFileSync(join(root, 'media', 'ner', 'model.bin'));
const fresh = (): ReturnType<typeof createDetector> => createDetector({ model: loadNerModel(bytes, nodeGunzip) });
const sha = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

const seedsDir = join(root, 'seeds');
const seeds = fresh();
for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
  log(`seed ${f}: ${sha(seeds.detect(readFileSync(join(seedsDir, f), 'utf8')))}`);
}
const train = germEvalTrainPath(root);
if (!train) log('GermEval train file missing: varied text skipped');
else {
  const sentences = variedSentences(train);
  const article = variedArticle(sentences);
  const found = fresh().detect(article);
  log(`varied article (${article.length} chars): ${found.length} entities, ${sha(found)}`);
  const detector = fresh();
  const hash = createHash('sha256');
  let n = 0;
  for (const doc of variedCorpus(sentences, docs, 2500)) {
    const e = detector.detect(doc);
    n += e.length;
    hash.update(JSON.stringify(e));
  }
  log(`varied corpus (${docs} docs, one detector): ${n} entities, ${hash.digest('hex').slice(0, 16)}`);
}

if (check) {
  const path = join(root, 'scripts', 'detect-fingerprint.expected');
  const expected = existsSync(path) ? readFileSync(path, 'utf8').trimEnd().split('\n') : [];
  const same = expected.length === lines.length && expected.every((l, i) => l === lines[i]);
  console.log(same ? 'fingerprints as expected' : `fingerprints differ from ${path}`);
  if (!same) process.exitCode = 1;
}
