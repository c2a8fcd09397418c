// The whole actor detector (registry + model, as the editor and `detect` run it) on GermEval sentences.
import type { ActorDetector } from '../core/detect/actors/index';
import type { Sentence } from '../core/detect/ner/conll';
import { scoreTags, type NerScores } from '../core/detect/ner/evaluate';
import type { ActorType } from '../core/model/entities';

const LABEL: Record<ActorType, string> = { person: 'PER', organisation: 'ORG', state: 'LOC', location: 'LOC' };

/**
 * Sentences are rebuilt as tokens joined by spaces. A mention inside a token ("UN" in "UN-Sanktionen") follows
 * the seeds' guidelines, where GermEval labels the token *part (scored as O): such mentions are counted apart,
 * not as errors.
 */
export function evaluateDetectorOnGermEval(detector: ActorDetector, sentences: readonly Sentence[]): { scores: NerScores; subToken: number } {
  let subToken = 0;
  const pairs = sentences.map((s) => {
    const starts: number[] = [];
    let offset = 0;
    for (const tok of s.tokens) {
      starts.push(offset);
      offset += tok.length + 1;
    }
    const ends = s.tokens.map((tok, i) => starts[i]! + tok.length);
    const pred = s.tokens.map(() => 'O');
    for (const m of detector.detect(s.tokens.join(' '))) {
      const first = starts.indexOf(m.start);
      const last = ends.indexOf(m.end);
      if (first < 0 || last < first) {
        subToken++;
        continue;
      }
      const label = LABEL[m.type];
      if (first === last) pred[first] = `S-${label}`;
      else {
        pred[first] = `B-${label}`;
        for (let i = first + 1; i < last; i++) pred[i] = `I-${label}`;
        pred[last] = `E-${label}`;
      }
    }
    return { gold: s.tags, pred };
  });
  return { scores: scoreTags(pairs), subToken };
}
