import { join } from 'node:path';
import { claimInputsOf, sentencesOf } from '../../core/analysis/inputs';
import { LinkSuggester } from '../../core/analysis/link-suggester';
import { readThesaurus } from '../../platform/node-thesaurus';
import { analyseAll, corpusFolder } from '../analysed-corpus';
import { loadCliDetector } from '../load-detector';
import { UsageError } from '../usage';

/**
 * `links suggest <folder> [--top K]`: for each claim, the claims of other documents it likely matches, best first.
 * Only articles with claims are read and detected (registry actors and figures: the discovery model's suggestions
 * are not canonical names, and would triple the time on a large corpus).
 */
export async function runLinksSuggest(args: string[], options: { top?: string; registry?: string }): Promise<number> {
  if (args.length !== 1) throw new UsageError('links suggest needs exactly one folder');
  const top = options.top === undefined ? 5 : Number(options.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--top must be a whole number of at least 1');
  const { folder, articles } = await corpusFolder(args[0]!);
  const detector = loadCliDetector({ registryPath: options.registry, model: false, near: folder + '/x' });
  const docs = analyseAll(folder, articles, detector, { cues: true, keep: (s) => s.annotations.some((a) => a.anchor === 'anchored') }, (d) => ({ claims: claimInputsOf(d), sentences: sentencesOf(d.text) }));
  const suggester = new LinkSuggester(docs.flatMap((d) => d.claims), docs.flatMap((d) => d.sentences), { thesaurus: packageThesaurus() });
  const suggestions = suggester.all(top).map((s) => ({ from: s.from, to: s.to, score: s.score, rel: s.rel, reasons: s.reasons }));
  process.stdout.write(JSON.stringify({ suggestions }) + '\n');
  return 0;
}

/** The shipped synonym tables: media/ next to dist/ (bundle) or two folders up from src/cli/commands (tsx). */
function packageThesaurus(): ReturnType<typeof readThesaurus> {
  for (const root of [join(__dirname, '..'), join(__dirname, '..', '..', '..')]) {
    const thesaurus = readThesaurus(root);
    if (thesaurus) return thesaurus;
  }
  process.stderr.write('source-annotator: synonym tables (media/thesaurus/) not found; suggesting links without synonyms\n');
  return undefined;
}
