// Every write the server makes on the analyst's behalf: claim and source-metadata edits (with undo) and
// actor-registry decisions.
// Sidecars are written through the corpus (lock, merge by id, never over a file that does not parse).
import * as l10n from '@vscode/l10n';
import { TEXT_CHANGED_TAG } from '../core/anchor/reanchor-sidecar';
import { claimAttribution, hedgesIn } from '../core/attribution-view';
import * as edits from '../core/corpus/claim-edits';
import { AnnotationHistory } from '../core/corpus/history';
import type { Sidecar } from '../core/model/annotation';
import type { LinkRelation } from '../core/model/vocabulary';
import { addActor, addAlias, markNotActor } from '../core/registry-edits';
import { BrokenRegistryError, editRegistryFile } from '../core/store/registry-store';
import type { ClaimEdit, MetaEdit, RegistryEdit } from '../protocol/protocol';
import { markLine, setMetaFields } from '../core/corpus/meta-edits';
import type { FileSystem } from '../core/ports';
import { pathOf } from './documents';
import type { AnnotatorWorkspace } from './workspace';

export class AnnotationEditor {
  private readonly history = new AnnotationHistory();

  constructor(private readonly ws: AnnotatorWorkspace, private readonly fs: FileSystem) {}

  /**
   * Applies one claim edit to `document`'s sidecar and records it for undo; returns the claim's id. A new claim
   * takes its claimant from the attribution it lies in, and a note of its hedges, unless the edit gives them.
   */
  async editClaim(document: string, edit: ClaimEdit, label: string): Promise<{ id: string; prefilled?: { claimant?: string; note?: string } }> {
    const ctx: edits.EditContext = { now: new Date().toISOString(), author: this.ws.settings.author };
    const prefilled = edit.op === 'add' ? this.fromAttribution(document, edit.start, edit.end) : undefined;
    let id = 'id' in edit ? edit.id : '';
    const apply = (s: Sidecar, text: string): Sidecar => {
      switch (edit.op) {
        case 'add': {
          const note = edit.note ?? prefilled?.note;
          const claimant = edit.claimant === undefined ? prefilled?.claimant : edit.claimant || undefined;
          const added = edits.addClaim(s, text, edit.start, edit.end, ctx, note, claimant);
          id = added.id;
          return edit.link ? this.withLink(document, added.sidecar, id, edit.link, ctx) : added.sidecar;
        }
        case 'link':
          return this.withLink(document, s, edit.id, edit, ctx);
        case 'status':
          return edits.setStatus(s, edit.id, edit.status, ctx);
        case 'claimant':
          return edits.setClaimant(s, edit.id, edit.claimant || undefined, ctx);
        case 'note':
          return edits.setNote(s, edit.id, edit.note?.trim() || undefined, ctx);
        case 'remove':
          return edits.removeClaim(s, edit.id);
        case 'dismiss': {
          const target = pathOf(edit.target.uri);
          return edits.dismissSuggestion(s, edit.id, this.ws.corpus.linkTarget(document, target, edit.target.id), ctx);
        }
        case 'reattach':
          return edits.moveClaim(s, edit.id, text, edit.start, edit.end, ctx);
        case 'reviewed':
          return edits.removeTag(s, edit.id, TEXT_CHANGED_TAG, ctx);
      }
    };
    const { before, after } = await this.ws.corpus.update(document, apply);
    this.history.record(document, label, before, after);
    return { id, ...(prefilled && (prefilled.claimant || prefilled.note) && edit.op === 'add' ? { prefilled } : {}) };
  }

  /** `sidecar` with claim `id` linked to a claim that must exist in the corpus. */
  private withLink(document: string, sidecar: Sidecar, id: string, link: { target: { uri: string; id: string }; relation: LinkRelation }, ctx: edits.EditContext): Sidecar {
    const target = pathOf(link.target.uri);
    if (!this.ws.corpus.findClaim(target, link.target.id)) throw new Error(l10n.t('The target claim does not exist in the corpus.'));
    return edits.addLink(sidecar, id, link.relation, this.ws.corpus.linkTarget(document, target, link.target.id), ctx);
  }

  /** Records the analyst's decision about the document as a source; undone like a claim edit. */
  async editMeta(document: string, edit: MetaEdit, label: string): Promise<void> {
    const apply = (s: Sidecar): Sidecar => (edit.op === 'set' ? setMetaFields(s, edit.fields) : markLine(s, edit.line, edit.article));
    const { before, after } = await this.ws.corpus.update(document, apply);
    this.history.record(document, label, before, after);
  }

  /** Who the passage is attributed to, and its hedges, as the detector reads the article's current text. */
  private fromAttribution(document: string, start: number, end: number): { claimant?: string; note?: string } {
    const cues = this.ws.corpus.cues(document);
    const attribution = claimAttribution(cues, start, end);
    // With nobody cited, the passage's own hedges still say how firmly it is put.
    const hedges = attribution?.hedges ?? hedgesIn(cues, start, end).map((h) => h.text);
    const claimant = attribution?.source ?? undefined;
    const note = hedges.length > 0 ? l10n.t('Hedged in the source: {0}', [...new Set(hedges)].join(', ')) : undefined;
    return { ...(claimant ? { claimant } : {}), ...(note ? { note } : {}) };
  }

  /** Undoes the last claim edit; refuses when the sidecar changed since (on disk or by another writer). */
  async undo(): Promise<{ undone: string; document: string } | { refused: 'empty' | 'changed-since' }> {
    const entry = this.history.pop((p) => this.ws.corpus.get(p)?.sidecar);
    if (entry === 'empty' || entry === 'changed-since') return { refused: entry };
    await this.ws.corpus.update(entry.path, () => entry.before);
    return { undone: entry.label, document: entry.path };
  }

  /** Applies a decision to the registry file as it is on disk now; a file that does not parse is left alone. */
  async editRegistry(edit: RegistryEdit): Promise<void> {
    const path = this.ws.registryPath;
    if (!path) throw new Error(l10n.t('Open a folder first: decisions are stored in its actor registry file.'));
    if (this.ws.settings.readOnly) throw new Error(this.ws.settings.readOnly);
    const known = this.ws.currentDetector().registry;
    try {
      const next = await editRegistryFile(this.fs, path, (file) => {
        switch (edit.op) {
          case 'addActor':
            return addActor(file, edit.canonical, edit.type, edit.aliases);
          case 'notActor':
            return markNotActor(file, edit.name);
          case 'addAlias': {
            const actor = known.findActor(edit.canonical);
            if (!actor) throw new Error(l10n.t('No actor named {0} in the registry.', edit.canonical));
            return addAlias(file, actor, edit.alias);
          }
        }
      });
      this.ws.adoptRegistry(next);
    } catch (e) {
      if (!(e instanceof BrokenRegistryError)) throw e;
      this.ws.registryProblem = { path, ...e.error };
      throw new Error(l10n.t('{0} has an error at line {1}, column {2} ({3}); fix it first — it was not changed.', path, e.error.line, e.error.column, e.error.message));
    }
  }
}
