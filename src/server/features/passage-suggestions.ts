// Passages not yet tagged that look like a claim of another document ("this sentence in 002 looks like claim X in
// 000"): shown as hints on open articles and offered by the light bulb as "Tag as claim and link", one step.
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { claimAttribution } from '../../core/attribution-view';
import { articleTextOf } from '../../core/corpus/article-text';
import { sentenceSpans } from '../../core/analysis/inputs';
import { statesByAdjective } from '../../core/analysis/demonyms';
import type { Figure } from '../../core/model/entities';
import { preview } from '../../core/text';
import type { SuggestedLink } from '../../protocol/protocol';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';
import { suggester, toWire } from './suggestions';

export interface PassageSuggestion { start: number; end: number; link: SuggestedLink }

/** A hint says so from this score on; the light bulb offers the best match from OFFER on. */
const HINT = 0.3;
const OFFER = 0.2;
/** Longer articles get no passage hints (every sentence is compared with every claim's features). */
const MAX_CHECKED = 200_000;

const cache = new WeakMap<object, { text: string; sidecar: unknown; from: unknown; out: PassageSuggestion[] }>();

/** The untagged sentences of `document` and the claim elsewhere each most likely states, score OFFER or more. */
export function passageSuggestions(ws: AnnotatorWorkspace, locator: Locator, document: string): PassageSuggestion[] {
  const state = ws.corpus.get(document);
  const text = state && articleTextOf(state);
  if (!state || text === undefined || text.length > MAX_CHECKED || state.sidecarProblem) return [];
  const s = suggester(ws);
  const hit = cache.get(state);
  if (hit && hit.text === text && hit.sidecar === state.sidecar && hit.from === s) return hit.out;
  const claims = state.sidecar.annotations.map((a) => a.target.selector[1]);
  const entities = ws.corpus.entities(document);
  const cues = ws.corpus.cues(document);
  const out: PassageSuggestion[] = [];
  for (const [start, end] of sentenceSpans(text)) {
    if (claims.some((c) => c.start < end && start < c.end)) continue;
    const inside = entities.filter((e) => e.start >= start && e.end <= end);
    const passage = text.slice(start, end);
    const [best] = s.suggestForPassage({
      key: `${document}#@${start}`,
      document,
      text: passage,
      actors: [...inside.flatMap((e) => (e.kind === 'actor' ? [e.canonical] : [])), ...statesByAdjective(passage)],
      figures: inside.filter((e): e is Figure => e.kind === 'figure'),
      claimant: claimAttribution(cues, start, end)?.source ?? null,
    });
    const link = best && best.score >= OFFER ? toWire(ws, locator, best)[0] : undefined;
    if (link) out.push({ start, end, link });
  }
  cache.set(state, { text, sidecar: state.sidecar, from: s, out });
  return out;
}

/** Hints (no Problems entry) on the untagged sentences that most look like a claim elsewhere. */
export function passageHints(ws: AnnotatorWorkspace, locator: Locator, document: string): Diagnostic[] {
  return passageSuggestions(ws, locator, document)
    .filter((p) => p.link.score >= HINT)
    .map((p) => ({
      range: locator.range(document, p.start, p.end),
      severity: DiagnosticSeverity.Hint,
      source: 'Source Annotator',
      message: l10n.t('Looks like a claim in {0}: “{1}” ({2}?). The light bulb tags and links it.', p.link.title, preview(p.link.exact, 80), p.link.rel),
    }));
}
