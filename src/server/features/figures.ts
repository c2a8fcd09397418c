// Figures side by side: what the other sources of the corpus say for the quantity a figure measures (from the
// index's comparable figures), and the Problems where they disagree ("000 says über 1000 Container; 003 says über
// 11.000 Container"; qualifiers count: "über 1000" and "1.200" agree).
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { figureInputFromIndex, sameQuantityAs, type FigureInput } from '../../core/analysis/figure-groups';
import { valuesAgree } from '../../core/analysis/figure-match';
import { figureInputsOf } from '../../core/analysis/inputs';
import type { Figure } from '../../core/model/entities';
import { basename } from '../../core/paths';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';

interface Buckets { version: number; byQuantity: Map<string, FigureInput[]> }
const cache = new WeakMap<AnnotatorWorkspace, Buckets>();
/** Longer articles get no figure Problems. */
const MAX_CHECKED = 200_000;
const keyOf = (f: Figure): string => `${f.type}:${f.unit ?? ''}`;

/** The index's comparable figures by quantity, rebuilt when the index changed. */
function buckets(ws: AnnotatorWorkspace): Map<string, FigureInput[]> {
  const hit = cache.get(ws);
  if (hit && hit.version === ws.index.version) return hit.byQuantity;
  const byQuantity = new Map<string, FigureInput[]>();
  for (const [document, { summary }] of ws.index.entries()) {
    const text = ws.corpus.get(document)?.text;
    if (text === undefined) continue;
    for (const q of summary.quantities ?? []) {
      const list = byQuantity.get(keyOf(q.figure)) ?? byQuantity.set(keyOf(q.figure), []).get(keyOf(q.figure))!;
      list.push(figureInputFromIndex(document, text, q));
    }
  }
  cache.set(ws, { version: ws.index.version, byQuantity });
  return byQuantity;
}

/** What other documents say for the quantity `figure` (a figure of `document`) measures, with whether they agree. */
export function sameQuantityElsewhere(ws: AnnotatorWorkspace, document: string, figure: Figure): Array<FigureInput & { agrees: boolean }> {
  const state = ws.corpus.get(document);
  if (!state?.text) return [];
  const target = figureInputsOf({ path: document, text: state.text, entities: [figure, ...ws.corpus.entities(document).filter((e) => e.kind === 'actor')] })[0];
  if (!target) return [];
  return sameQuantityAs(target, buckets(ws).get(keyOf(figure)) ?? []).map((f) => ({ ...f, agrees: valuesAgree(figure, f.figure) }));
}

/** Hover lines: "003 (Putin verspricht …): über 11.000 Container". */
export function otherSourcesHover(ws: AnnotatorWorkspace, locator: Locator, document: string, figure: Figure): string {
  const others = sameQuantityElsewhere(ws, document, figure);
  if (others.length === 0) return '';
  const lines = others.slice(0, 8).map((o) => {
    const title = ws.corpus.get(o.document)?.title ?? basename(o.document);
    return `- ${o.agrees ? '' : '⚠ '}“${o.figure.text}”${o.figure.unit ? ` ${o.figure.unit}` : ''} — [${title.slice(0, 60)}](${locator.link(o.document, o.figure.start)})`;
  });
  return `\n\n**${l10n.t('Other sources on this quantity')}**\n${lines.join('\n')}${others.length > 8 ? `\n- ${l10n.t('… and {0} more', others.length - 8)}` : ''}`;
}

/** Problems on an open article: its figures that other sources contradict. */
export function figureDiagnostics(ws: AnnotatorWorkspace, locator: Locator, document: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A long document's figures are compared in its hovers only: checking thousands after every index batch would not pay.
  if ((ws.corpus.get(document)?.text?.length ?? Infinity) > MAX_CHECKED) return out;
  for (const e of ws.corpus.entities(document)) {
    if (e.kind !== 'figure' || (e.type !== 'money' && e.type !== 'quantity' && e.type !== 'percent')) continue;
    const against = sameQuantityElsewhere(ws, document, e).filter((o) => !o.agrees);
    if (against.length === 0) continue;
    const says = against.slice(0, 3).map((o) => l10n.t('{0} says “{1}”', basename(o.document), `${o.figure.text}${o.figure.unit ? ` ${o.figure.unit}` : ''}`)).join('; ');
    out.push({
      range: locator.range(document, e.start, e.end),
      severity: DiagnosticSeverity.Information,
      source: 'Source Annotator',
      message: l10n.t('Sources disagree: this article says “{0}”; {1}.', `${e.text}${e.unit ? ` ${e.unit}` : ''}`, says),
    });
  }
  return out;
}
