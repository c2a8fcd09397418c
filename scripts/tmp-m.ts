import { readFileSync, readdirSync } from 'node:fs';
import { detectBoilerplate } from '../src/core/source/boilerplate';
import { detectSourceMeta } from '../src/core/source/detect-meta';
import { guessLanguage } from '../src/core/detect/figures/numbers';
const texts = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync('seeds/' + f, 'utf8'));
const bench = (name: string, fn: (t: string) => unknown): void => {
  for (let w = 0; w < 200; w++) for (const t of texts) fn(t);
  const s = performance.now(); let n = 0;
  for (let k = 0; k < 1000; k++) for (const t of texts) { fn(t); n++; }
  console.log(name, ((performance.now() - s) / n * 1000).toFixed(1), 'µs per doc');
};
bench('boilerplate', (t) => detectBoilerplate(t));
bench('meta', (t) => detectSourceMeta(t, []));
bench('language', (t) => guessLanguage(t));
