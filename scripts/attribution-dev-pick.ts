// The held-out attribution dev sentences (eval/attribution/dev-gold.spec): GermEval 2014 dev sentences, detokenised,
// that hold a cue or hedge word, 60-400 characters, every third such sentence, the first 50. Prints them.
// `npx tsx scripts/attribution-dev-pick.ts`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detokenise } from '../src/bench/varied-text';
import { readGermEvalTsv } from '../src/core/detect/ner/conll';

const dir = process.env.SA_GERMEVAL_DIR ?? join(__dirname, '..', '..', 'shared', 'eval', 'germeval');
const sentences = readGermEvalTsv(readFileSync(join(dir, 'NER-de-dev.tsv'), 'utf8'));
const CUE_OR_HEDGE = /\b(sagte|sagt|erklärte|teilte|berichtet|laut|zufolge|betonte|warnte|sollen|soll|angeblich|mutmaßlich|offenbar|vermutlich|sei|seien|habe|bestritt|wies|warf|Angaben|räumte|bestätigte|könnte|dürfte|meinte|kritisierte|behauptet|so der|heißt es)\b/;
let n = 0;
const out: string[] = [];
for (const s of sentences) {
  const text = detokenise(s.tokens);
  if (CUE_OR_HEDGE.test(text) && text.length > 60 && text.length < 400 && ++n % 3 === 0) out.push(text);
}
process.stdout.write(out.slice(0, 50).join('\n') + '\n');
