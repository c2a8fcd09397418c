import { figureInputsOf } from '../../core/analysis/inputs';
import { groupFigures, type FigureInput } from '../../core/analysis/figure-groups';
import { analyseAll, corpusFolder } from '../analysed-corpus';
import { loadCliDetector } from '../load-detector';
import { UsageError } from '../usage';

/** `figures compare <folder>`: figures of different documents that measure the same quantity, grouped. */
export async function runFiguresCompare(args: string[], options: { registry?: string }): Promise<number> {
  if (args.length !== 1) throw new UsageError('figures compare needs exactly one folder');
  const { folder, articles } = await corpusFolder(args[0]!);
  const detector = loadCliDetector({ registryPath: options.registry, model: false, near: folder + '/x' });
  const inputs: FigureInput[] = analyseAll(folder, articles, detector, { cues: false }, figureInputsOf).flat();
  const groups = groupFigures(inputs).map((g) => ({
    label: g.label,
    figures: g.figures.map((f) => ({ document: f.document, start: f.figure.start, end: f.figure.end, text: f.figure.text, value: f.figure.value, unit: f.figure.unit })),
  }));
  process.stdout.write(JSON.stringify({ groups }) + '\n');
  return 0;
}
