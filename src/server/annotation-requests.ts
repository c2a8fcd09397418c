// The custom requests that read and write annotations: claims, the outline, claim edits and undo, registry
// decisions, export, the claims × sources matrix, the claims graph and orphaned sidecars. Each waits for announced
// file changes, then answers from the workspace.
import * as l10n from '@vscode/l10n';
import type { Connection } from 'vscode-languageserver';
import { claimantKindIn } from '../core/export/claimreview';
import { exportAnnotations } from '../core/export/exporter';
import {
  ClaimsRequest,
  EditClaimRequest,
  EditMetaRequest,
  EditRegistryRequest,
  ExportRequest,
  MatrixRequest,
  GraphRequest,
  OrphanSidecarsRequest,
  OutlineRequest,
  RegistryActorsRequest,
  SourceMetaRequest,
  SuggestionsRequest,
  toBase64,
  UndoRequest,
} from '../protocol/protocol';
import { buildClaimGraph } from '../core/analysis/claim-graph';
import { sourceMetaOf } from '../core/corpus/article-text';
import { AnnotationEditor } from './annotation-edits';
import { pathOf } from './documents';
import { claimsOf, outline } from './features/claims';
import { exportDocumentsOf } from './features/export-documents';
import { claimsMatrix } from './features/matrix';
import { suggestedLinks } from './features/suggestions';
import type { Locator } from './locator';
import type { AnnotatorWorkspace } from './workspace';

export interface AnnotationRequestContext {
  state(): { ws: AnnotatorWorkspace; locator: Locator; editor: AnnotationEditor };
  /** Runs `work` after the file changes and writes already under way (and before later ones). */
  settle<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once the file changes and writes already under way are applied. */
  settled(): Promise<unknown>;
  /** The path of an article of the corpus (read and annotatable), else undefined. */
  docPath(uri: string): string | undefined;
  /** The document's annotations changed: redraw, recount, re-check. */
  annotationsChanged(document: string): void;
  /** The registry changed: a new detector. */
  detectorChanged(): void;
}

export function registerAnnotationRequests(connection: Connection, ctx: AnnotationRequestContext): void {
  const article = (uri: string): string => {
    const path = ctx.docPath(uri);
    if (path === undefined) throw new Error(l10n.t('{0} is not an article of the corpus.', pathOf(uri)));
    return path;
  };

  // Reads wait for what is under way; writes queue behind it.
  const read = <T>(answer: () => T | Promise<T>): Promise<T> => ctx.settled().then(answer);
  connection.onRequest(ClaimsRequest, ({ uri }) => read(() => claimsOf(ctx.state().ws, ctx.state().locator, uri === undefined ? undefined : pathOf(uri))));
  connection.onRequest(OutlineRequest, ({ uri }) => read(() => outline(ctx.state().ws, ctx.state().locator, pathOf(uri))));
  connection.onRequest(EditClaimRequest, ({ uri, edit, label }) =>
    ctx.settle(async () => {
      const document = article(uri);
      const result = await ctx.state().editor.editClaim(document, edit, label);
      ctx.annotationsChanged(document);
      return result;
    }),
  );
  connection.onRequest(SuggestionsRequest, ({ uri, id, top }) => read(() => suggestedLinks(ctx.state().ws, ctx.state().locator, pathOf(uri), id, top ?? 5)));
  connection.onRequest(SourceMetaRequest, ({ uri }) => read(() => {
    const state = ctx.state().ws.corpus.get(pathOf(uri));
    return (state && sourceMetaOf(state)) ?? null;
  }));
  connection.onRequest(EditMetaRequest, ({ uri, edit, label }) =>
    ctx.settle(async () => {
      const document = article(uri);
      await ctx.state().editor.editMeta(document, edit, label);
      // A line marked (or unmarked) as boilerplate changes what detection sees.
      if (edit.op === 'markLine') ctx.state().ws.index.refresh(document);
      ctx.annotationsChanged(document);
    }),
  );
  connection.onRequest(UndoRequest, () =>
    ctx.settle(async () => {
      const result = await ctx.state().editor.undo();
      if ('document' in result) ctx.annotationsChanged(result.document);
      return 'undone' in result ? { undone: result.undone } : result;
    }),
  );
  connection.onRequest(EditRegistryRequest, (edit) =>
    ctx.settle(async () => {
      await ctx.state().editor.editRegistry(edit);
      ctx.detectorChanged();
    }),
  );
  connection.onRequest(RegistryActorsRequest, () => read(() => ctx.state().ws.currentDetector().registry.actors.map((a) => ({ canonical: a.canonical, type: a.type }))));
  connection.onRequest(ExportRequest, ({ format, baseUri }) =>
    read(() => {
      const { ws } = ctx.state();
      const { documents, skipped } = exportDocumentsOf(ws);
      const output = exportAnnotations(format, documents, { baseUri, now: new Date().toISOString(), claimantKind: claimantKindIn(ws.currentDetector().registry) });
      const claims = documents.reduce((n, d) => n + d.sidecar.annotations.length, 0);
      const encoded = typeof output === 'string' ? { content: output, encoding: 'utf8' as const } : { content: toBase64(output), encoding: 'base64' as const };
      return { ...encoded, claims, documents: documents.length, skipped };
    }),
  );
  connection.onRequest(MatrixRequest, () => read(() => claimsMatrix(ctx.state().ws, ctx.state().locator)));
  connection.onRequest(GraphRequest, () =>
    read(() => {
      const { ws, locator } = ctx.state();
      const { documents, skipped } = exportDocumentsOf(ws);
      return { root: locator.uris.uri(ws.root ?? '/'), graph: buildClaimGraph(documents), skipped };
    }),
  );
  connection.onRequest(OrphanSidecarsRequest, () =>
    read(async () => {
      const { ws, locator } = ctx.state();
      return (await ws.orphanSidecars()).map((p) => locator.uris.uri(p));
    }),
  );
}
