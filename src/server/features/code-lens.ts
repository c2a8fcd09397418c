// A lens over each claim: how it is linked and where it stands ("linked to 3 claims in 2 documents · corroborated").
import * as l10n from '@vscode/l10n';
import type { CodeLens } from 'vscode-languageserver';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';

export function claimLenses(ws: AnnotatorWorkspace, locator: Locator, document: string): CodeLens[] {
  const state = ws.corpus.get(document);
  if (!state?.text) return [];
  return state.sidecar.annotations
    .filter((a) => a.anchor === 'anchored')
    .map((a) => {
      const targets = [
        ...a.links.map((l) => ws.corpus.resolveLink(document, l.target)),
        ...ws.corpus.incomingLinks(document, a.id).map((i) => ({ document: i.from.document, id: i.from.annotation.id })),
      ];
      const ids = new Set(targets.map((t) => `${t.document}#${t.id}`));
      const docs = new Set(targets.map((t) => t.document));
      const linked = ids.size === 0 ? l10n.t('not linked') : ids.size === 1 ? l10n.t('linked to 1 claim in 1 document') : l10n.t('linked to {0} claims in {1} documents', ids.size, docs.size);
      const [, pos] = a.target.selector;
      return { range: locator.range(document, pos.start, pos.start), command: { title: `${linked} · ${l10n.t(a.body.status)}`, command: '' } };
    });
}
