// `npm run eval`: figure and actor scores on the seeds gold, GermEval dev, and the hand-made held-out figure set.
import { evaluateActors, formatActorReport } from './actors';
import { evaluateFigures, formatFigureReport } from './figures';

const lines = [...formatFigureReport(evaluateFigures()), '', ...formatActorReport(evaluateActors())];
process.stdout.write(lines.join('\n') + '\n');
