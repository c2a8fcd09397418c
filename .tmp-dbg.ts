import { readFileSync, readdirSync } from 'node:fs';
import { runMutationSuite } from './test/helpers/mutation-run';
const texts = readdirSync('seeds').map((f) => readFileSync('seeds/' + f, 'utf8'));
for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
  const t0 = performance.now();
  const { tallies, wrong } = runMutationSuite(texts, 10, seed);
  const s = Object.entries(tallies).filter(([k])=>k.startsWith('typo')||k.startsWith('delete')).map(([k, t]) => `${k}:${t.found}/${t.trials}/o${t.orphaned}/b${t.boundaryOff}`).join(' ');
  console.log(seed, (performance.now() - t0).toFixed(0) + 'ms', 'wrong', wrong.length, s);
  for (const w of wrong.slice(0, 3)) console.log(JSON.stringify(w).slice(0, 400));
}
