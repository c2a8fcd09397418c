// The German attribution tuning sentences (eval/attribution/tune-gold.spec): GermEval 2014 *train* sentences,
// detokenised, that hold a cue or hedge word, 60–400 characters, every seventh such sentence, the first 40. The dev
// set's rule on another split: rules are tuned on these, while the dev set stays held out.
// `npx tsx scripts/attribution-tune-pick.ts`
import { germEvalTrainPath, variedSentences } from '../src/bench/varied-text';
import { repoRoot } from '../src/eval/repo-root';

const train = germEvalTrainPath(repoRoot());
if (!train) throw new Error('GermEval train file not found (set SA_GERMEVAL_DIR)');
const CUE_OR_HEDGE = /\b(sagte|sagt|erklärte|teilte|berichtet|laut|zufolge|betonte|warnte|sollen|soll|angeblich|mutmaßlich|offenbar|vermutlich|sei|seien|habe|bestritt|wies|warf|Angaben|räumte|bestätigte|könnte|dürfte|meinte|kritisierte|behauptet|so der|heißt es)\b/;
let n = 0;
const out: string[] = [];
for (const text of variedSentences(train)) {
  if (CUE_OR_HEDGE.test(text) && text.length > 60 && text.length < 400 && ++n % 7 === 0) out.push(text);
}
process.stdout.write(out.slice(0, 40).map((t) => `= text: ${t}\n`).join('\n'));
