// Varied text for benchmarks: the GermEval 2014 train sentences (24,000 German news and Wikipedia sentences),
// each used once and detokenised, so that no per-word cache can flatter the figures the way repeated text does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBioes } from '../core/detect/ner/conll';

/** The train file: $SA_GERMEVAL_DIR, else ../shared/eval/germeval beside the repository. */
export function germEvalTrainPath(repoRoot: string): string | undefined {
  const dir = process.env.SA_GERMEVAL_DIR ?? join(repoRoot, '..', 'shared', 'eval', 'germeval');
  const path = join(dir, 'train_bioes.train');
  return existsSync(path) ? path : undefined;
}

/** Tokens joined as a writer would have: no space before closing punctuation, none after an opening quote or bracket. */
export function detokenise(tokens: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  for (const token of tokens) {
    let glue = out === '' || /^[.,;:!?%)\]}]$/.test(token) || /[([{„‚]$/.test(out);
    if (token === '"') {
      glue = quoteOpen || out === '';
      quoteOpen = !quoteOpen;
    } else if (out.endsWith('"') && quoteOpen) {
      glue = true;
    }
    out += (glue ? '' : ' ') + token;
  }
  return out;
}

/** Every train sentence once, in file order, detokenised. */
export function variedSentences(trainPath: string): string[] {
  return readBioes(readFileSync(trainPath, 'utf8')).map((s) => detokenise(s.tokens));
}

/** One long article: the sentences as paragraphs of five. */
export function variedArticle(sentences: readonly string[]): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return paragraphs.join('\n\n');
}

/**
 * `count` articles of about `bytes` each, cut from the sentences in order (wrapping round when they run out,
 * so a 10,000-article corpus of 25 MB repeats each sentence about nine times, never within one article).
 */
export function variedCorpus(sentences: readonly string[], count: number, bytes: number): string[] {
  const docs: string[] = [];
  let next = 0;
  for (let d = 0; d < count; d++) {
    const lines: string[] = [];
    let size = 0;
    while (size < bytes) {
      const s = sentences[next++ % sentences.length];
      lines.push(s);
      size += s.length + 1;
    }
    docs.push(`Artikel ${d + 1}: ${lines[0].slice(0, 60)}\n\n${lines.join(' ')}\n`);
  }
  return docs;
}
